/** 领导小组 (规范第十九条、第二十条): the composition, and its meetings with their tracked decisions. */
import { Button, Card, Col, Descriptions, Form, Input, Row, Table, Tag, Typography, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { FormDrawer } from '../../components/FormDrawer';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { riskMeetingsMessages } from './messages';
import { useLeadingGroup, useMeetings, useUpdateLeadingGroup, type LeadingGroupReply, type MeetingRow } from './risk-meetings-api';

const m = riskMeetingsMessages;
type Member = LeadingGroupReply['members'][number];
const roleColors: Record<string, string> = { leader: 'red', deputy: 'orange', member: 'default' };

export function LeadingGroupTab() {
  const { data, error, refetch } = useLeadingGroup();
  const meetings = useMeetings({ leadingGroup: 'true', page: 1, pageSize: 20 });
  const [editing, setEditing] = useState(false);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const columns: TableProps<Member>['columns'] = [
    { title: m.groupRole, dataIndex: 'roleName', width: 100, render: (name: string, r) => <Tag color={roleColors[r.role]}>{name}</Tag> },
    { title: m.groupUnit, dataIndex: 'unitName' },
    { title: m.groupPosition, dataIndex: 'position', width: 160 },
    { title: m.groupPerson, dataIndex: 'personName', width: 120, render: (p: string | null) => p ?? '—' },
  ];
  const meetingColumns: TableProps<MeetingRow>['columns'] = [
    { title: m.colTitle, dataIndex: 'title', render: (t: string, r) => <Link to={`/risk-meetings/${r.id}`}>{t}</Link> },
    { title: m.colHeldOn, dataIndex: 'heldOn', width: 110 },
    { title: m.colFollowUps, dataIndex: 'followUps', width: 80 },
  ];
  return (
    <Card>
      <Descriptions
        size="small"
        column={1}
        items={[{ key: 'basis', label: m.groupBasis, children: data?.basis }]}
        extra={data?.editable && <Button onClick={() => setEditing(true)}>{m.editGroup}</Button>}
      />
      <Table<Member> rowKey="id" size="small" columns={columns} dataSource={data?.members ?? []} pagination={false} style={{ marginTop: 12 }} />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {m.groupMeetings}
      </Typography.Title>
      <Table<MeetingRow> rowKey="id" size="small" columns={meetingColumns} dataSource={meetings.data?.items ?? []} loading={meetings.isFetching} pagination={false} />
      {data && <GroupDrawer open={editing} members={data.members} onClose={() => setEditing(false)} />}
    </Card>
  );
}

interface GroupValues {
  members: { position: string; personName?: string }[];
}

/** 协调处 fills in who holds each position (the composition itself is the seed's, arts. 19–20). */
function GroupDrawer({ open, members, onClose }: { open: boolean; members: Member[]; onClose: () => void }) {
  const [form] = Form.useForm<GroupValues>();
  const update = useUpdateLeadingGroup();
  useEffect(() => {
    if (open) form.setFieldsValue({ members: members.map((x) => ({ position: x.position, personName: x.personName ?? undefined })) });
  }, [open, members, form]);
  return (
    <FormDrawer<GroupValues, LeadingGroupReply>
      open={open}
      title={m.editGroup}
      size={640}
      form={form}
      fields={['members.*.position', 'members.*.personName']}
      resetOnOpen={false}
      submit={(v) =>
        update.mutateAsync(
          members.map((x, i) => ({ role: x.role, unitId: x.unitId, position: v.members[i]?.position?.trim() || x.position, personName: v.members[i]?.personName?.trim() || null })),
        )
      }
      success={m.groupSaved}
      onClose={onClose}
    >
      {members.map((x, i) => (
        <Row key={x.id} gutter={8}>
          <Col span={10}>
            <Form.Item label={i === 0 ? m.groupUnit : undefined}>
              <Typography.Text>
                {x.roleName} · {x.unitName}
              </Typography.Text>
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name={['members', i, 'position']} label={i === 0 ? m.groupPosition : undefined}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name={['members', i, 'personName']} label={i === 0 ? m.groupPerson : undefined}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </Row>
      ))}
    </FormDrawer>
  );
}
