/**
 * 录入某年节假日: the year's statutory holidays and 调休 make-up workdays, as the State Council
 * published them — each a period (春节 02-06 ~ 02-12) or a single day picked as a one-day period.
 */
import { Button, DatePicker, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import { shanghaiYear } from '../../lib/time';
import { sampleFormMessages } from '../samples/messages';
import { deadlinesMessages } from './messages';
import { expandDays, type DayRow } from './calendar-days';
import { useDeadlineMutations } from './deadlines-api';

const m = deadlinesMessages;

interface Values {
  year?: number;
  holidays: DayRow[];
  workdays: DayRow[];
  note?: string;
}

function DayList({ name, title, add }: { name: 'holidays' | 'workdays'; title: string; add: string }) {
  return (
    <Form.List name={name}>
      {(rows, { add: append, remove }) => (
        <Flex vertical gap={4} style={{ marginBottom: 16 }}>
          <Typography.Text strong>{title}</Typography.Text>
          {rows.map((row) => (
            <Flex key={row.key} gap={8} align="flex-start">
              <Form.Item name={[row.name, 'range']} rules={[{ required: true, message: m.dateRequired }]} style={{ marginBottom: 8 }}>
                <DatePicker.RangePicker placeholder={[m.dateFrom, m.dateTo]} style={{ width: 260 }} />
              </Form.Item>
              <Form.Item name={[row.name, 'name']} rules={[{ required: true, whitespace: true, message: m.dayNameRequired }]} style={{ marginBottom: 8, flex: 1 }}>
                <Input placeholder={m.dayNamePlaceholder} maxLength={32} />
              </Form.Item>
              <Button type="link" danger onClick={() => remove(row.name)}>
                {sampleFormMessages.removeItem}
              </Button>
            </Flex>
          ))}
          <Button onClick={() => append({})} style={{ alignSelf: 'flex-start' }}>
            {add}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

export function CalendarYearModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { enterYear } = useDeadlineMutations();

  return (
    <FormModal<Values, unknown>
      open={open}
      title={m.enterYearTitle}
      width={640}
      form={form}
      fields={['note']}
      formProps={{ initialValues: { year: shanghaiYear() + 1, holidays: [{}], workdays: [] } }}
      submit={(v) => enterYear.mutateAsync({ year: v.year!, body: { holidays: expandDays(v.holidays), workdays: expandDays(v.workdays), note: v.note?.trim() || undefined } })}
      success={(_, v) => m.yearSaved(v.year!)}
      onClose={onClose}
    >
      <Form.Item name="year" label={m.year} rules={[{ required: true, message: m.yearRequired }]}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <DayList name="holidays" title={m.holidays} add={m.addHoliday} />
      <DayList name="workdays" title={m.workdays} add={m.addWorkday} />
      <Form.Item name="note" label={m.note}>
        <Input placeholder={m.notePlaceholder} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
