/** 列入严重违法失信名单: the case whose penalty decision it rests on, the reason and its legal basis, the listing decision's number and date. */
import { Alert, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../components/FormModal';
import { messages } from '../../messages';
import { creditMessages } from './messages';
import { useCreditMutations } from './credit-api';
import { CaseSearchSelect } from './CaseSearchSelect';
import { isAfterToday, todayForPicker } from '../../lib/time';

const m = creditMessages;
const FIELDS = ['caseId', 'reason', 'legalBasis', 'decisionNo', 'listedOn'] as const;

interface Values {
  caseId?: string;
  reason?: string;
  legalBasis?: string;
  decisionNo?: string;
  listedOn?: Dayjs;
}

export function AddDishonestModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { addDishonest } = useCreditMutations();

  return (
    <FormModal<Values, unknown>
      open={open}
      title={m.addTitle}
      okText={messages.common.submit}
      width={640}
      form={form}
      fields={FIELDS}
      formProps={{ initialValues: { listedOn: todayForPicker() } }}
      submit={(v) =>
        addDishonest.mutateAsync({
          caseId: v.caseId!,
          reason: v.reason!.trim(),
          legalBasis: v.legalBasis!.trim(),
          decisionNo: v.decisionNo!.trim(),
          listedOn: v.listedOn!.format('YYYY-MM-DD'),
        })
      }
      success={m.added}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={m.addNote} style={{ marginBottom: 16 }} />
      <Form.Item name="caseId" label={m.caseLabel} rules={[{ required: true, message: m.caseRequired }]}>
        <CaseSearchSelect placeholder={m.caseSearch} aria-label={m.caseLabel} />
      </Form.Item>
      <Form.Item name="reason" label={m.reason} rules={[{ required: true, whitespace: true, message: m.reasonRequired }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="legalBasis" label={m.legalBasis} rules={[{ required: true, whitespace: true, message: m.legalBasisRequired }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="decisionNo" label={m.decisionNo} rules={[{ required: true, whitespace: true, message: m.decisionNoRequired }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="listedOn" label={m.listedOn} rules={[{ required: true, message: m.listedOnRequired }]}>
        <DatePicker disabledDate={(d) => isAfterToday(d)} />
      </Form.Item>
    </FormModal>
  );
}
