/** 完成对账: the rectification deadline for what was found not in place (default 30 days). */
import { Alert, Form, InputNumber } from 'antd';
import { FormModal } from '../../components/FormModal';
import { disposalDetailMessages } from '../disposals/messages';
import { reconciliationsMessages } from './messages';
import { useReconciliationMutations, type FinishReply, type Reconciliation } from './reconciliations-api';

const m = reconciliationsMessages;

interface Props {
  reconciliation: Reconciliation;
  open: boolean;
  onClose: () => void;
  onFinished: (reply: FinishReply) => void;
}

export function FinishModal({ reconciliation, open, onClose, onFinished }: Props) {
  const [form] = Form.useForm<{ rectificationDays?: number }>();
  const { finish } = useReconciliationMutations();

  return (
    <FormModal
      open={open}
      title={m.finishTitle}
      okText={m.finish}
      form={form}
      fields={['rectificationDays']}
      conflict={disposalDetailMessages.versionConflict}
      formProps={{ initialValues: { rectificationDays: 30 } }}
      submit={({ rectificationDays }) => finish.mutateAsync({ r: reconciliation, rectificationDays })}
      onClose={onClose}
      onDone={onFinished}
    >
      <Alert type="info" showIcon title={m.finishNote} style={{ marginBottom: 16 }} />
      <Form.Item name="rectificationDays" label={m.rectificationDays} rules={[{ required: true, type: 'integer', min: 1, max: 365 }]}>
        <InputNumber min={1} max={365} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </FormModal>
  );
}
