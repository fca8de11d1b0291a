/** 登记风险研判活动: the meeting, its risks and its follow-ups (dynamic lists), in a drawer. */
import { Button, Checkbox, Col, DatePicker, Divider, Flex, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { CategoryTreeSelect } from '../../components/CategoryTreeSelect';
import { FormDrawer } from '../../components/FormDrawer';
import { RegionSelect } from '../../components/RegionSelect';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { SignalAgenda } from '../signals/SignalAgenda';
import { optionsOf } from '../../lib/enums';
import { isAfterToday, todayForPicker } from '../../lib/time';
import { riskMeetingsMessages } from './messages';
import { useRecordMeeting } from './risk-meetings-api';

const m = riskMeetingsMessages;
const fields = [
  'heldOn',
  'forPreviousPeriod',
  'form',
  'leadingGroup',
  'title',
  'summary',
  'sources',
  'participants.unitIds',
  'participants.people',
  'risks.*.description',
  'risks.*.categoryId',
  'risks.*.regionCode',
  'risks.*.link',
  'risks.*.level',
  'conclusions',
  'followUps.*.kind',
  'followUps.*.description',
  'followUps.*.ownerUnitId',
  'followUps.*.dueOn',
  'followUps.*.categoryId',
  'followUps.*.regionCode',
  'followUps.*.items',
  'minutes',
];

interface Values {
  heldOn: Dayjs;
  forPreviousPeriod?: boolean;
  form: string;
  leadingGroup?: boolean;
  title?: string;
  summary: string;
  sources?: string[];
  participants?: { unitIds?: string[]; people?: string[] };
  risks?: { description: string; categoryId?: string; regionCode?: string; link?: string; level: string }[];
  conclusions?: string;
  followUps?: { kind: string; description: string; ownerUnitId: string; dueOn: Dayjs; categoryId?: string; regionCode?: string; items?: string[] }[];
  minutes?: string;
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

export function MeetingFormDrawer({ open, onClose, allowLeadingGroup }: { open: boolean; onClose: () => void; allowLeadingGroup: boolean }) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const record = useRecordMeeting();
  return (
    <FormDrawer<Values, { id: string }>
      open={open}
      title={m.recordTitle}
      size={860}
      form={form}
      fields={fields}
      formProps={{ initialValues: { heldOn: todayForPicker(), form: 'meeting', sources: ['sampling'], risks: [], followUps: [] } }}
      submit={(v) =>
        record.mutateAsync({
          heldOn: day(v.heldOn),
          forPreviousPeriod: v.forPreviousPeriod || undefined,
          form: v.form,
          leadingGroup: v.leadingGroup || undefined,
          title: v.title?.trim() || undefined,
          summary: v.summary.trim(),
          sources: v.sources ?? [],
          participants: { unitIds: v.participants?.unitIds ?? [], people: v.participants?.people ?? [] },
          risks: (v.risks ?? []).map((r) => ({ description: r.description, level: r.level, categoryId: r.categoryId ?? null, regionCode: r.regionCode ?? null, link: r.link ?? null })),
          conclusions: v.conclusions?.trim() || null,
          minutes: v.minutes?.trim() || null,
          followUps: (v.followUps ?? []).map((f) => ({
            kind: f.kind,
            description: f.description,
            ownerUnitId: f.ownerUnitId,
            dueOn: day(f.dueOn),
            categoryId: f.categoryId ?? null,
            regionCode: f.regionCode ?? null,
            items: f.items ?? [],
          })),
        })
      }
      success={m.recorded}
      onClose={onClose}
      onDone={(created) => navigate(`/risk-meetings/${created.id}`)}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="heldOn" label={m.fieldHeldOn} rules={[{ required: true, message: m.required }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => isAfterToday(d)} aria-label={m.fieldHeldOn} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="form" label={m.fieldForm} rules={[{ required: true, message: m.required }]}>
            <Select options={optionsOf(m.forms)} aria-label={m.fieldForm} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="forPreviousPeriod" valuePropName="checked" label=" ">
            <Checkbox>{m.fieldPrevious}</Checkbox>
          </Form.Item>
        </Col>
        {allowLeadingGroup && (
          <Col span={24}>
            <Form.Item name="leadingGroup" valuePropName="checked">
              <Checkbox>{m.fieldLeadingGroup}</Checkbox>
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item name="title" label={m.fieldTitle}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="sources" label={m.fieldSources}>
            <Checkbox.Group options={optionsOf(m.sources)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['participants', 'unitIds']} label={m.fieldUnits}>
            <UnitTreeSelect multiple allowClear aria-label={m.fieldUnits} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['participants', 'people']} label={m.fieldPeople}>
            <Select mode="tags" open={false} aria-label={m.fieldPeople} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <SignalAgenda />
          <Form.Item name="summary" label={m.fieldSummary} rules={[{ required: true, whitespace: true, message: m.required }]}>
            <Input.TextArea rows={3} maxLength={10000} aria-label={m.fieldSummary} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{m.fieldRisks}</Divider>
      <Form.List name="risks">
        {(items, { add, remove }) => (
          <Flex vertical gap={0}>
            {items.map(({ key, name }) => (
              <Row key={key} gutter={8} align="top">
                <Col span={24}>
                  <Form.Item name={[name, 'description']} label={m.riskDescription} rules={[{ required: true, whitespace: true, message: m.required }]}>
                    <Input maxLength={2000} aria-label={m.riskDescription} />
                  </Form.Item>
                </Col>
                <Col span={7}>
                  <Form.Item name={[name, 'categoryId']} label={m.riskCategory}>
                    <CategoryTreeSelect allowClear aria-label={m.riskCategory} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={[name, 'regionCode']} label={m.riskRegion}>
                    <RegionSelect allowClear aria-label={m.riskRegion} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[name, 'link']} label={m.riskLink}>
                    <Select allowClear options={optionsOf(m.links)} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[name, 'level']} label={m.riskLevel} rules={[{ required: true, message: m.required }]}>
                    <Select options={optionsOf(m.riskLevels)} />
                  </Form.Item>
                </Col>
                <Col span={3}>
                  <Form.Item label=" ">
                    <Button type="link" danger onClick={() => remove(name)}>
                      {m.remove}
                    </Button>
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button type="dashed" onClick={() => add({ level: 'medium' })} block>
              {m.addRisk}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Form.Item name="conclusions" label={m.fieldConclusions} style={{ marginTop: 16 }}>
        <Input.TextArea rows={2} maxLength={10000} />
      </Form.Item>
      <Divider titlePlacement="start">{m.fieldFollowUps}</Divider>
      <Form.List name="followUps">
        {(items, { add, remove }) => (
          <Flex vertical gap={0}>
            {items.map(({ key, name }) => (
              <FollowUpRow key={key} name={name} onRemove={() => remove(name)} />
            ))}
            <Button type="dashed" onClick={() => add({ kind: 'task' })} block>
              {m.addFollowUp}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Form.Item name="minutes" label={m.fieldMinutes} style={{ marginTop: 16 }}>
        <Input.TextArea rows={4} maxLength={50000} />
      </Form.Item>
    </FormDrawer>
  );
}

function FollowUpRow({ name, onRemove }: { name: number; onRemove: () => void }) {
  const kind = Form.useWatch(['followUps', name, 'kind']);
  return (
    <Row gutter={8} align="top" data-testid="follow-up">
      <Col span={6}>
        <Form.Item name={[name, 'kind']} label={m.followKind} rules={[{ required: true, message: m.required }]}>
          <Select options={optionsOf(m.actionKinds)} aria-label={m.followKind} />
        </Form.Item>
      </Col>
      <Col span={18}>
        <Form.Item name={[name, 'description']} label={m.followDescription} rules={[{ required: true, whitespace: true, message: m.required }]}>
          <Input maxLength={1000} aria-label={m.followDescription} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name={[name, 'ownerUnitId']} label={m.followOwner} rules={[{ required: true, message: m.required }]}>
          <UnitTreeSelect aria-label={m.followOwner} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name={[name, 'dueOn']} label={m.followDue} rules={[{ required: true, message: m.required }]}>
          <DatePicker style={{ width: '100%' }} aria-label={m.followDue} />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item label=" ">
          <Button type="link" danger onClick={onRemove}>
            {m.remove}
          </Button>
        </Form.Item>
      </Col>
      {kind === 'tracking_sampling' && (
        <>
          <Col span={8}>
            <Form.Item name={[name, 'categoryId']} label={m.followCategory}>
              <CategoryTreeSelect allowClear aria-label={m.followCategory} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={[name, 'regionCode']} label={m.followRegion}>
              <RegionSelect allowClear aria-label={m.followRegion} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name={[name, 'items']} label={m.followItems}>
              <Select mode="tags" open={false} aria-label={m.followItems} />
            </Form.Item>
          </Col>
        </>
      )}
      <Col span={24}>
        <Typography.Text type="secondary" />
      </Col>
    </Row>
  );
}
