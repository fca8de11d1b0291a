/** 提交法制审核: the proposed penalty (fine, confiscated gains, licence action) and the 拟处罚意见, to 法规处. */
import { Alert, App, Col, Form, Input, InputNumber, Radio, Row } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { optionsOf } from '../../lib/enums';
import { formProblem } from '../../lib/form-errors';
import { messages } from '../../messages';
import { useCaseMutations, type CaseDetail, type LicenceAction } from './cases-api';
import { yuanText } from './money';

const m = messages.cases;
const fields = ['proposedFine', 'proposedConfiscation', 'licenceAction', 'proposal'];

interface Values {
  proposedFine?: number | null;
  proposedConfiscation?: number | null;
  licenceAction?: LicenceAction;
  proposal?: string;
}

export function ReviewRequestModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { requestReview } = useCaseMutations();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
    // A resubmission starts from the proposal that was returned.
    const r = c.legalReview;
    form.setFieldsValue(r ? { proposedFine: r.proposedFine, proposedConfiscation: r.proposedConfiscation, licenceAction: r.proposedLicenceAction, proposal: r.proposal } : { licenceAction: 'none' });
  }, [open]);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      await requestReview.mutateAsync({
        id: c.id,
        body: {
          version: c.version,
          proposedFine: v.proposedFine ?? 0,
          ...(typeof v.proposedConfiscation === 'number' ? { proposedConfiscation: v.proposedConfiscation } : {}),
          licenceAction: v.licenceAction ?? 'none',
          proposal: (v.proposal ?? '').trim(),
        },
      });
      message.success(m.reviewRequested);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, fields, m.versionConflict));
    }
  };

  return (
    <FormModal open={open} title={m.requestReviewTitle} width={680} pending={requestReview.isPending} problem={problem} onOk={() => form.submit()} onCancel={onClose}>
      <Alert type="info" showIcon title={c.legalReviewReasons.length ? m.reviewRequiredFor(c.legalReviewReasons.join('、')) : m.reviewRule} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} name="caseReviewRequest" layout="vertical" onFinish={onFinish}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="proposedFine" label={m.proposedFine} rules={[{ required: true, message: m.proposedFineRequired }]}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="proposedConfiscation" label={m.proposedConfiscation}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="licenceAction" label={m.proposedLicence} rules={[{ required: true, message: m.licenceActionRequired }]}>
          <Radio.Group options={optionsOf(m.licenceAction)} />
        </Form.Item>
        <Form.Item name="proposal" label={m.proposal} rules={[{ required: true, whitespace: true, min: 2, message: m.proposalRequired }]}>
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
