/** The province view's panel of open 较大 and 重大 opinion events (issue 14 §2), for those who read the register. */
import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/time';
import { opinionMessages as m } from './messages';
import { useOpinionEvents, type OpinionEventRow } from './opinion-api';
import { LevelTag } from './OpinionEventsPage';

export default function OpenOpinionPanel() {
  const { data, isFetching } = useOpinionEvents({ status: 'open', notable: '1', page: 1, pageSize: 10 });
  return (
    <Card size="small" title={m.panelTitle} extra={<Link to="/opinion?status=open">{m.panelAll}</Link>} style={{ marginTop: 12 }} data-testid="opinion-panel">
      <Table<OpinionEventRow>
        size="small"
        rowKey="id"
        pagination={false}
        loading={isFetching}
        dataSource={data?.items}
        locale={{ emptyText: m.panelEmpty }}
        columns={[
          { title: m.colTitle, dataIndex: 'title', render: (t: string, e) => <Link to={`/opinion/${e.id}`}>{t}</Link> },
          { title: m.colLevel, dataIndex: 'level', width: 80, render: (_: string, e) => <LevelTag level={e.level} name={e.levelName} /> },
          { title: m.colSource, dataIndex: 'sourceName', width: 120 },
          { title: m.colFirstSeen, dataIndex: 'firstSeenAt', width: 150, render: (t: string) => formatDateTime(t) },
          { title: m.colRegion, dataIndex: 'regionName', width: 150, render: (r: string | null) => r ?? <Tag>{m.provinceWide}</Tag> },
        ]}
      />
    </Card>
  );
}
