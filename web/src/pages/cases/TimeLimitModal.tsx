/** 延长期限, 登记不计入期限的时间, 登记结束: the three changes of a case's decision period, one form each. */
import { App, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { FormModal } from '../../components/FormModal';
import { isAfterToday, todayForPicker } from '../../lib/time';
import { casesMessages } from './messages';
import { useCaseMutations, type CaseDetail, type PauseKind } from './cases-api';

const m = casesMessages;
const DATE = 'YYYY-MM-DD';

export type TimeLimitForm = 'extend' | 'pause' | 'endPause';

interface Values {
  kind?: string;
  days?: number | null;
  approvedOn?: Dayjs | null;
  approver?: string;
  reason?: string;
  from?: Dayjs | null;
  to?: Dayjs | null;
}

const fields: Record<TimeLimitForm, string[]> = {
  extend: ['kind', 'days', 'approvedOn', 'approver', 'reason'],
  pause: ['kind', 'from', 'to', 'reason'],
  endPause: ['to'],
};

export function TimeLimitModal({ c, form: which, onClose }: { c: CaseDetail; form: TimeLimitForm | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { extend, pause, endPause } = useCaseMutations();
  const kind = Form.useWatch('kind', form);
  const open = which !== null;
  const openPause = c.timeLimits.pauses.find((p) => p.phase === 'decision' && p.to === null && !p.derived);

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(which === 'extend' ? { kind: 'head', approvedOn: todayForPicker() } : which === 'pause' ? { kind: 'testing' } : { to: todayForPicker() });
  }, [open, which]);

  const submit = async (v: Values) => {
    const day = (d: Dayjs | null | undefined) => d?.format(DATE) ?? '';
    if (which === 'extend') {
      const head = v.kind === 'head';
      await extend.mutateAsync({
        id: c.id,
        body: { version: c.version, kind: head ? 'head' : 'collective', approvedOn: day(v.approvedOn), approver: (v.approver ?? '').trim(), reason: (v.reason ?? '').trim(), ...(head ? {} : { days: v.days ?? undefined }) },
      });
      message.success(m.extended);
    } else if (which === 'pause') {
      await pause.mutateAsync({ id: c.id, body: { version: c.version, kind: v.kind as PauseKind, from: day(v.from), ...(v.to ? { to: day(v.to) } : {}), reason: (v.reason ?? '').trim() } });
      message.success(m.paused);
    } else if (which === 'endPause' && openPause) {
      await endPause.mutateAsync({ id: c.id, pauseId: openPause.id, body: { version: c.version, to: day(v.to) } });
      message.success(m.paused);
    }
  };

  const title = which === 'extend' ? m.extendTitle : which === 'pause' ? m.pauseTitle : m.endPauseTitle;
  const required = [{ required: true, message: m.required }];
  const notFuture = (d: Dayjs) => isAfterToday(d);
  return (
    <FormModal
      open={open}
      title={title}
      form={form}
      fields={which ? fields[which] : []}
      conflict={m.versionConflict}
      formProps={{ name: 'timeLimits' }}
      submit={submit}
      onClose={onClose}
    >
      {which === 'extend' && (
        <>
          <Form.Item name="kind" label={m.extendKind} rules={required}>
            <Radio.Group options={[...m.extendKinds]} />
          </Form.Item>
          {kind === 'collective' && (
            <Form.Item name="days" label={m.extendDays} rules={required}>
              <InputNumber min={1} max={365} precision={0} style={{ width: 160 }} />
            </Form.Item>
          )}
          <Form.Item name="approvedOn" label={m.approvedOn} rules={required}>
            <DatePicker style={{ width: 200 }} disabledDate={notFuture} />
          </Form.Item>
          <Form.Item name="approver" label={m.approver} rules={[{ required: true, whitespace: true, min: 2, message: m.required }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="reason" label={m.extendReason} rules={[{ required: true, whitespace: true, min: 2, message: m.required }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </>
      )}
      {which === 'pause' && (
        <>
          <Form.Item name="kind" label={m.pauseKind} rules={required}>
            <Select options={[...m.pauseKinds]} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="from" label={m.pauseFrom} rules={required}>
            <DatePicker style={{ width: 200 }} disabledDate={notFuture} />
          </Form.Item>
          <Form.Item name="to" label={m.pauseTo}>
            <DatePicker style={{ width: 200 }} disabledDate={notFuture} />
          </Form.Item>
          <Form.Item name="reason" label={m.pauseReason} rules={[{ required: true, whitespace: true, min: 2, message: m.required }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </>
      )}
      {which === 'endPause' && (
        <Form.Item name="to" label={m.pauseEnd} rules={required}>
          <DatePicker style={{ width: 200 }} disabledDate={notFuture} />
        </Form.Item>
      )}
    </FormModal>
  );
}
