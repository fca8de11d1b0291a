/** 移出严重违法失信名单: the date and the reason; warns when the review date has not come. */
import { Alert, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../components/FormModal';
import { creditMessages } from './messages';
import { useCreditMutations, type DishonestEntry } from './credit-api';
import { isAfterToday, shanghaiToday, todayForPicker } from '../../lib/time';

const m = creditMessages;
const FIELDS = ['removedOn', 'removalKind', 'removalReason'] as const;

interface Values {
  removedOn?: Dayjs;
  removalKind?: string;
  removalReason?: string;
}

export function RemoveDishonestModal({ entry, onClose }: { entry: DishonestEntry | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { removeDishonest } = useCreditMutations();
  const today = shanghaiToday();

  return (
    <FormModal<Values, unknown>
      open={entry !== null}
      title={entry ? m.removeTitle(entry.enterpriseName) : ''}
      okText={m.remove}
      danger
      form={form}
      fields={FIELDS}
      formProps={{ initialValues: { removedOn: todayForPicker() } }}
      submit={(v) => removeDishonest.mutateAsync({ entry: entry!, removedOn: v.removedOn!.format('YYYY-MM-DD'), removalKind: v.removalKind!, removalReason: v.removalReason!.trim() })}
      success={m.removed}
      onClose={onClose}
    >
      {entry?.reviewableOn && entry.reviewableOn > today && <Alert type="warning" showIcon title={m.removeEarly(entry.reviewableOn)} style={{ marginBottom: 16 }} />}
      <Form.Item name="removedOn" label={m.removedOn} rules={[{ required: true, message: m.removedOnRequired }]}>
        <DatePicker disabledDate={(d) => isAfterToday(d) || (entry !== null && d.isBefore(dayjs(entry.listedOn), 'day'))} />
      </Form.Item>
      <Form.Item name="removalKind" label={m.removalKind} rules={[{ required: true, message: m.removalKindRequired }]}>
        <Radio.Group options={[...m.removalKinds]} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
      </Form.Item>
      <Form.Item name="removalReason" label={m.removalReason} rules={[{ required: true, whitespace: true, message: m.removalReasonRequired }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
