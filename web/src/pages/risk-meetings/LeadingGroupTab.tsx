/** 领导小组 (规范第十九条、第二十条): the composition, and its meetings with their tracked decisions. */
import { Card, Descriptions, Table, Tag, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { riskMeetingsMessages } from './messages';
import { useLeadingGroup, useMeetings, type LeadingGroupReply, type MeetingRow } from './risk-meetings-api';

const m = riskMeetingsMessages;
type Member = LeadingGroupReply['members'][number];
const roleColors: Record<string, string> = { leader: 'red', deputy: 'orange', member: 'default' };

export function LeadingGroupTab() {
  const { data, error, refetch } = useLeadingGroup();
  const meetings = useMeetings({ leadingGroup: 'true', page: 1, pageSize: 20 });
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
      <Descriptions size="small" column={1} items={[{ key: 'basis', label: m.groupBasis, children: data?.basis }]} />
      <Table<Member> rowKey="id" size="small" columns={columns} dataSource={data?.members ?? []} pagination={false} style={{ marginTop: 12 }} />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {m.groupMeetings}
      </Typography.Title>
      <Table<MeetingRow> rowKey="id" size="small" columns={meetingColumns} dataSource={meetings.data?.items ?? []} loading={meetings.isFetching} pagination={false} />
    </Card>
  );
}
