/** 发通报: kind, title, body, recipients (units in the sender's reach, or groups), an optional reply date. */
import { Alert, Checkbox, DatePicker, Form, Input, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormDrawer } from '../../components/FormDrawer';
import { kindOptions, noticesMessages } from './messages';
import { useSignalNoticeDraft } from '../signals/signals-api';
import { useMeetingNoticeDraft, useNoticeMutations, useNoticeReach, type NoticeKind, type RecipientGroup } from './notices-api';

const m = noticesMessages;

interface Values {
  kind: NoticeKind;
  title: string;
  body: string;
  recipientUnitIds?: string[];
  groups?: ('allCities' | 'provincialDivisions' | 'cityCounties')[];
  groupCity?: string;
  replyDueOn?: Dayjs;
}

const fields = ['kind', 'title', 'body', 'recipientUnitIds', 'replyDueOn'] as const;

/** `fromMeeting`: opened from a risk meeting's notice follow-up (/notices?compose=1&meetingId=…&actionId=…). */
export interface MeetingSource {
  meetingId: string;
  actionId?: string;
}

export function ComposeNoticeDrawer({ open, onClose, fromMeeting = null, fromSignal = null }: { open: boolean; onClose: () => void; fromMeeting?: MeetingSource | null; fromSignal?: string | null }) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { send } = useNoticeMutations();
  const { data: reach } = useNoticeReach(open);
  const meetingDraft = useMeetingNoticeDraft(fromMeeting, open);
  const signalDraft = useSignalNoticeDraft(fromSignal, open);
  const draft = fromSignal ? signalDraft : meetingDraft;
  // Filled after the drawer's own reset on opening (a child's effect runs first).
  useEffect(() => {
    if (open && draft.data) form.setFieldsValue({ kind: draft.data.kind, title: draft.data.title, body: draft.data.body, recipientUnitIds: draft.data.recipientUnitIds });
  }, [open, draft.data, form]);
  const units = reach?.units ?? [];
  const cities = units.filter((u) => u.kind === 'city_bureau');
  // Groups are offered only where the sender reaches their members.
  const groupOptions = [
    ...(cities.length > 1 ? [{ value: 'allCities', label: m.groupAllCities }] : []),
    ...(units.some((u) => u.kind === 'division') ? [{ value: 'provincialDivisions', label: m.groupDivisions }] : []),
    ...(units.some((u) => u.kind === 'county_bureau') && cities.length > 0 ? [{ value: 'cityCounties', label: m.groupCityCounties }] : []),
  ];
  const groups = Form.useWatch('groups', form as FormInstance<Values>) ?? [];

  return (
    <FormDrawer<Values, { id: string; status: string }>
      title={m.composeTitle}
      okText={m.send}
      size={640}
      open={open}
      form={form}
      fields={fields}
      onClose={onClose}
      submit={(v) => {
        const recipientGroups: RecipientGroup[] = (v.groups ?? []).flatMap((g): RecipientGroup[] =>
          g === 'cityCounties' ? (v.groupCity ? [{ group: 'cityCounties', cityUnitId: v.groupCity }] : []) : [{ group: g }],
        );
        return send.mutateAsync({
          kind: v.kind,
          title: v.title,
          body: v.body,
          recipientUnitIds: v.recipientUnitIds ?? [],
          recipientGroups,
          replyDueOn: v.replyDueOn?.format('YYYY-MM-DD'),
          // Naming the meeting and its follow-up completes the follow-up's work item on sending.
          relatedMeetingId: fromMeeting?.meetingId,
          relatedMeetingActionId: fromMeeting?.actionId,
          // A 风险预警提示 drafted from a risk signal names it (and its samples).
          relatedSignalId: fromSignal ?? undefined,
          relatedSampleIds: fromSignal ? signalDraft.data?.relatedSampleIds : undefined,
        });
      }}
      success={(r) => (r.status === 'sent' ? m.sentDone : m.pendingDone)}
      onDone={(r) => navigate(`/notices/${r.id}`)}
    >
      {fromMeeting && (
        <Alert
          style={{ marginBottom: 16 }}
          type={draft.error ? 'error' : 'info'}
          showIcon
          title={draft.error ? draft.error.message : m.fromMeeting}
          description={<Link to={`/risk-meetings/${fromMeeting.meetingId}`}>{m.viewMeeting}</Link>}
        />
      )}
      <Form.Item name="kind" label={m.kind} rules={[{ required: true, message: m.kindRequired }]}>
        <Select options={kindOptions.map((k) => ({ value: k.value, label: k.label }))} />
      </Form.Item>
      <Form.Item name="title" label={m.fieldTitle} rules={[{ required: true, whitespace: true, message: m.titleRequired }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="body" label={m.body} rules={[{ required: true, whitespace: true, message: m.bodyRequired }]}>
        <Input.TextArea rows={6} maxLength={20000} />
      </Form.Item>
      {groupOptions.length > 0 && (
        <Form.Item name="groups" label={m.groups}>
          <Checkbox.Group options={groupOptions} />
        </Form.Item>
      )}
      {groups.includes('cityCounties') && (
        <Form.Item name="groupCity" label={m.groupCity} rules={[{ required: true, message: m.groupCity }]}>
          <Select showSearch optionFilterProp="label" options={cities.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
      )}
      <Form.Item
        name="recipientUnitIds"
        label={m.units}
        dependencies={['groups']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value?: string[]) => ((value?.length ?? 0) > 0 || (getFieldValue('groups')?.length ?? 0) > 0 ? Promise.resolve() : Promise.reject(new Error(m.recipientsRequired))),
          }),
        ]}
      >
        <Select mode="multiple" showSearch optionFilterProp="label" placeholder={m.unitsPlaceholder} options={units.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item name="replyDueOn" label={m.replyDueOn}>
        <DatePicker style={{ width: 200 }} />
      </Form.Item>
    </FormDrawer>
  );
}
