/** 提交法制审核: the proposed penalty (fine, confiscated gains, licence action) and the 拟处罚意见, to 法规处. */
import { Alert, Col, Form, Input, InputNumber, Radio, Row } from 'antd';
import { useEffect } from 'react';
import { FormModal } from '../../components/FormModal';
import { optionsOf } from '../../lib/enums';
import { casesMessages } from './messages';
import { useCaseMutations, type CaseDetail, type LicenceAction } from './cases-api';
import { yuanText } from './money';

const m = casesMessages;
const fields = ['proposedFine', 'proposedConfiscation', 'licenceAction', 'proposal'];

interface Values {
  proposedFine?: number | null;
  proposedConfiscation?: number | null;
  licenceAction?: LicenceAction;
  proposal?: string;
}

export function ReviewRequestModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { requestReview } = useCaseMutations();

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!open) return;
    // A resubmission starts from the proposal that was returned.
    const r = c.legalReview;
    form.setFieldsValue(r ? { proposedFine: r.proposedFine, proposedConfiscation: r.proposedConfiscation, licenceAction: r.proposedLicenceAction, proposal: r.proposal } : { licenceAction: 'none' });
  }, [open]);

  const submit = async (v: Values) => {
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
  };

  return (
    <FormModal
      open={open}
      title={m.requestReviewTitle}
      width={680}
      form={form}
      fields={fields}
      conflict={m.versionConflict}
      formProps={{ name: 'caseReviewRequest' }}
      submit={submit}
      success={m.reviewRequested}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={c.legalReviewReasons.length ? m.reviewRequiredFor(c.legalReviewReasons.join('、')) : m.reviewRule} style={{ marginBottom: 16 }} />
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
    </FormModal>
  );
}
