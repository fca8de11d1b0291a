/** 新建对账: the unit checked, the period, all disposals or a random sample of them. */
import { DatePicker, Form, InputNumber, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { messages } from '../../messages';
import { disposalDetailMessages } from '../disposals/messages';
import { reconciliationsMessages } from './messages';
import { useReconciliationMutations } from './reconciliations-api';

const m = reconciliationsMessages;

interface Values {
  unitId?: string;
  period?: [Dayjs, Dayjs];
  mode: 'all' | 'random';
  sampleSize?: number;
}

export function NewReconciliationModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { start } = useReconciliationMutations();
  const mode = Form.useWatch('mode', form) ?? 'all';

  return (
    <FormModal<Values, { id: string }>
      open={open}
      title={m.createTitle}
      okText={messages.common.submit}
      form={form}
      // The period's two dates are one field here.
      fields={['unitId', 'mode', 'sampleSize']}
      conflict={disposalDetailMessages.versionConflict}
      formProps={{ initialValues: { mode: 'all' } }}
      submit={(v) =>
        start.mutateAsync({
          unitId: v.unitId!,
          periodFrom: v.period![0].format('YYYY-MM-DD'),
          periodTo: v.period![1].format('YYYY-MM-DD'),
          mode: v.mode,
          sampleSize: v.mode === 'random' ? v.sampleSize : undefined,
        })
      }
      success={m.created}
      onClose={onClose}
      onDone={(r) => navigate(`/reconciliations/${r.id}`)}
    >
      <Form.Item name="unitId" label={m.unit} rules={[{ required: true, message: m.unitRequired }]}>
        <UnitTreeSelect />
      </Form.Item>
      <Form.Item name="period" label={m.period} rules={[{ required: true, message: m.periodRequired }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="mode" label={m.mode}>
        <Radio.Group optionType="button" options={[{ value: 'all', label: m.modeAll }, { value: 'random', label: m.modeRandom }]} />
      </Form.Item>
      {mode === 'random' && (
        <Form.Item name="sampleSize" label={m.sampleSize} rules={[{ required: true, type: 'integer', min: 1, max: 1000, message: m.sampleSizeRequired }]}>
          <InputNumber min={1} max={1000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      )}
    </FormModal>
  );
}
