/**
 * The form of an opinion event: 登记 from the register, 登记 from an opinion watch (with the day it
 * was found; the publication is linked by the server), and 修改. Field messages come back from the
 * server onto their fields (FormDrawer).
 */
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useOrgUnits } from '../../api/org';
import { FormDrawer } from '../../components/FormDrawer';
import { RemoteSearchSelect } from '../../components/RemoteSearchSelect';
import { optionsOf } from '../../lib/enums';
import { isAfterToday, todayForPicker } from '../../lib/time';
import { opinionMessages as m } from './messages';
import { useOpinionMutations, type EventBody, type OpinionEventDetail } from './opinion-api';

interface Values {
  title: string;
  source: string;
  sourceNote?: string;
  firstSeenAt: Dayjs;
  summary: string;
  linksText?: string;
  level: string;
  ownerUnitId?: string;
  regionUnitId?: string;
  enterpriseIds?: string[];
  sampleNos?: string[];
  complaintNos?: string[];
  day?: Dayjs;
}

const KEEPER_SLUGS = ['publicity-archives', 'news'];
const WEB_LINK = /^https?:\/\/[^\s/]+\.[^\s]+$/;

const linksOf = (text?: string) =>
  (text ?? '')
    .split(/\s+/)
    .map((l) => l.trim())
    .filter(Boolean);

interface Props {
  open: boolean;
  onClose: () => void;
  /** Editing this event; otherwise a new one. */
  event?: OpinionEventDetail;
  /** A new event from this opinion watch (work item id), found on a day of it. */
  watch?: { id: string; days: string[] };
}

export function EventFormDrawer({ open, onClose, event, watch }: Props) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { create, update, watch: watchAction } = useOpinionMutations();
  const { data: units } = useOrgUnits();
  const owners = useMemo(() => (units ?? []).filter((u) => u.slug && KEEPER_SLUGS.includes(u.slug)).map((u) => ({ value: u.id, label: u.name })), [units]);
  const regions = useMemo(() => (units ?? []).filter((u) => u.kind === 'city_bureau' || u.kind === 'county_bureau').map((u) => ({ value: u.id, label: u.name })), [units]);
  const initialValues: Partial<Values> = event
    ? {
        title: event.title,
        source: event.source,
        sourceNote: event.sourceNote ?? undefined,
        firstSeenAt: dayjs(event.firstSeenAt),
        summary: event.summary,
        linksText: event.links.join('\n'),
        level: event.level,
        ownerUnitId: event.ownerUnit.id,
        regionUnitId: event.regionUnit?.id,
        sampleNos: event.samples.map((s) => s.sampleNo),
        complaintNos: event.complaints.map((c) => c.trackingNo),
      }
    : { source: 'social', level: 'general', firstSeenAt: todayForPicker(), day: watch ? dayjs(watch.days.at(-1)) : undefined };

  const submit = (v: Values): Promise<{ id: string }> => {
    const body: EventBody = {
      title: v.title,
      source: v.source,
      sourceNote: v.sourceNote?.trim() || null,
      firstSeenAt: v.firstSeenAt.format('YYYY-MM-DD'),
      summary: v.summary,
      links: linksOf(v.linksText),
      level: v.level,
      ownerUnitId: v.ownerUnitId,
      regionUnitId: v.regionUnitId ?? null,
      sampleNos: v.sampleNos ?? [],
      complaintNos: v.complaintNos ?? [],
      ...(v.enterpriseIds?.length ? { enterpriseIds: v.enterpriseIds } : {}),
    };
    if (event) return update.mutateAsync({ e: event, body }).then((d) => ({ id: d.id }));
    if (watch) return watchAction.mutateAsync({ id: watch.id, action: 'events', body: { ...body, day: v.day!.format('YYYY-MM-DD') } }) as Promise<{ id: string }>;
    return create.mutateAsync(body);
  };

  return (
    <FormDrawer<Values, { id: string }>
      title={event ? m.editTitle : m.create}
      okText={event ? undefined : m.create}
      size={640}
      form={form}
      open={open}
      onClose={onClose}
      fields={['title', 'source', 'sourceNote', 'firstSeenAt', 'summary', 'links', 'level', 'ownerUnitId', 'regionUnitId', 'enterpriseIds', 'sampleNos', 'publicationIds', 'complaintNos', 'day']}
      submit={submit}
      success={event ? m.saved : m.created}
      onDone={(r) => (event ? undefined : navigate(`/opinion/${r.id}`))}
      formProps={{ initialValues, name: event ? 'opinionEventEdit' : 'opinionEvent' }}
    >
      {watch && (
        <Form.Item name="day" label={m.openEventDay} rules={[{ required: true, message: m.dayRequired }]}>
          <Select aria-label={m.openEventDay} options={watch.days.map((d) => ({ value: d, label: d }))} />
        </Form.Item>
      )}
      <Form.Item name="title" label={m.fieldTitle} rules={[{ required: true, whitespace: true, message: m.fieldTitleRequired }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="level" label={m.fieldLevel} extra={m.fieldLevelHelp} rules={[{ required: true, message: m.fieldLevelRequired }]}>
        <Radio.Group options={optionsOf(m.levels)} aria-label={m.fieldLevel} />
      </Form.Item>
      <Form.Item name="source" label={m.fieldSource} rules={[{ required: true, message: m.fieldSourceRequired }]}>
        <Select aria-label={m.fieldSource} options={optionsOf(m.sources)} />
      </Form.Item>
      <Form.Item name="sourceNote" label={m.fieldSourceNote} extra={m.fieldSourceNoteHelp}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="firstSeenAt" label={m.fieldFirstSeen} rules={[{ required: true, message: m.fieldFirstSeenRequired }]}>
        <DatePicker disabledDate={(d) => isAfterToday(d)} aria-label={m.fieldFirstSeen} />
      </Form.Item>
      <Form.Item name="summary" label={m.fieldSummary} rules={[{ required: true, whitespace: true, message: m.fieldSummaryRequired }]}>
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="linksText"
        label={m.fieldLinks}
        extra={m.fieldLinksHelp}
        rules={[{ validator: async (_, text?: string) => (linksOf(text).every((l) => WEB_LINK.test(l)) ? undefined : Promise.reject(new Error(m.fieldLinksInvalid))) }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="ownerUnitId" label={m.fieldOwner}>
        <Select aria-label={m.fieldOwner} options={owners} allowClear />
      </Form.Item>
      <Form.Item name="regionUnitId" label={m.fieldRegion} extra={m.fieldRegionHelp}>
        <Select aria-label={m.fieldRegion} options={regions} allowClear showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="enterpriseIds" label={m.fieldEnterprises}>
        <RemoteSearchSelect<{ id: string; name: string; creditCode: string | null }> mode="multiple" path="/api/enterprises" queryKey={['enterprises', 'search']} label={(e) => `${e.name}${e.creditCode ? `（${e.creditCode}）` : ''}`} aria-label={m.fieldEnterprises} />
      </Form.Item>
      <Form.Item name="sampleNos" label={m.fieldSampleNos} extra={m.fieldSampleNosHelp}>
        <Select mode="tags" aria-label={m.fieldSampleNos} open={false} tokenSeparators={[',', '，', ' ']} />
      </Form.Item>
      <Form.Item name="complaintNos" label={m.fieldComplaintNos} extra={m.fieldComplaintNosHelp}>
        <Select mode="tags" aria-label={m.fieldComplaintNos} open={false} tokenSeparators={[',', '，', ' ', '\n']} />
      </Form.Item>
    </FormDrawer>
  );
}
