/** 移送司法机关 (食品安全法 art. 121): date, receiving organ, 移送书 number and the suspected crime. */
import { Alert, App, Col, DatePicker, Form, Input, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { formProblem } from '../../lib/form-errors';
import { messages } from '../../messages';
import { useCaseMutations, type CaseDetail } from './cases-api';
import { isAfterToday, todayForPicker } from '../../lib/time';

const m = messages.cases;
const fields = ['transferredOn', 'organ', 'documentNo', 'reason'];

interface Values {
  transferredOn?: Dayjs | null;
  organ?: string;
  documentNo?: string;
  reason?: string;
}

export function TransferModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { transfer } = useCaseMutations();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
    form.setFieldsValue({ transferredOn: todayForPicker() });
  }, [open, form]);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      await transfer.mutateAsync({
        id: c.id,
        body: { version: c.version, transferredOn: v.transferredOn?.format('YYYY-MM-DD') ?? '', organ: (v.organ ?? '').trim(), documentNo: (v.documentNo ?? '').trim(), reason: (v.reason ?? '').trim() },
      });
      message.success(m.transferDone);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, fields, m.versionConflict));
    }
  };

  return (
    <FormModal open={open} title={m.transferTitle} width={680} pending={transfer.isPending} problem={problem} onOk={() => form.submit()} onCancel={onClose}>
      <Alert type="info" showIcon title={m.transferNote} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} name="caseTransfer" layout="vertical" onFinish={onFinish}>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="transferredOn" label={m.transferredOn} rules={[{ required: true, message: m.transferredOnRequired }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => isAfterToday(d) || d.isBefore(dayjs(c.filedOn), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="documentNo" label={m.transferDocumentNo} rules={[{ required: true, whitespace: true, min: 2, message: m.transferDocumentNoRequired }]}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="organ" label={m.organ} rules={[{ required: true, whitespace: true, min: 2, message: m.organRequired }]}>
          <Input maxLength={200} placeholder={m.organPlaceholder} />
        </Form.Item>
        <Form.Item name="reason" label={m.reason} rules={[{ required: true, whitespace: true, min: 2, message: m.reasonRequired }]}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
