/** The meetings in reach, newest first; 登记研判活动 for units that record (capability). */
import { Button, Card, Checkbox, Flex, Select, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCapability } from '../../auth/session';
import { optionsOf } from '../../lib/enums';
import { tablePagination } from '../../lib/table-pagination';
import { QueryError } from '../../components/QueryError';
import { shanghaiYear } from '../../lib/time';
import { riskMeetingsMessages } from './messages';
import { MeetingFormDrawer } from './MeetingFormDrawer';
import { useMeetings, useRules, type MeetingQuery, type MeetingRow } from './risk-meetings-api';

const m = riskMeetingsMessages;
const thisYear = shanghaiYear();
const years = [thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: `${y}年` }));

export function MeetingList() {
  const [params] = useSearchParams();
  const [query, setQuery] = useState<MeetingQuery>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(params.get('record') === '1');
  const canRecord = useCapability('riskMeetings.record');
  // 协调处 (who keeps the rules) also records the leading group's meetings for the province bureau.
  const { data: rules } = useRules();
  const { data, error, isFetching, refetch } = useMeetings(query);
  const set = (changes: Partial<MeetingQuery>) => setQuery({ ...query, ...changes, page: 1 });

  const columns: TableProps<MeetingRow>['columns'] = [
    {
      title: m.colTitle,
      dataIndex: 'title',
      render: (title: string, r) => (
        <Flex vertical gap={2}>
          <Link to={`/risk-meetings/${r.id}`}>{title}</Link>
          <Space size={4}>
            {r.leadingGroup && <Tag color="purple">{m.groupTag}</Tag>}
            {r.late && <Tag color="gold">{m.lateTag}</Tag>}
            {r.highRisks > 0 && <Tag color="red">{m.highRisks(r.highRisks)}</Tag>}
          </Space>
        </Flex>
      ),
    },
    { title: m.colUnit, dataIndex: 'unitName', width: 200, ellipsis: true },
    { title: m.colPeriod, dataIndex: 'periodLabel', width: 140 },
    { title: m.colHeldOn, dataIndex: 'heldOn', width: 110 },
    { title: m.colForm, dataIndex: 'formName', width: 100 },
    { title: m.colRisks, dataIndex: 'riskCount', width: 64 },
    { title: m.colFollowUps, dataIndex: 'followUps', width: 64 },
  ];
  return (
    <Card>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select allowClear placeholder={m.filterLevel} style={{ width: 160 }} options={optionsOf(m.levels)} value={query.level} onChange={(level) => set({ level })} />
          <Select allowClear placeholder={m.filterYear} style={{ width: 120 }} options={years} value={query.year} onChange={(year) => set({ year })} />
          <Checkbox checked={query.leadingGroup === 'true'} onChange={(e) => set({ leadingGroup: e.target.checked ? 'true' : undefined })}>
            {m.filterGroup}
          </Checkbox>
        </Space>
        {canRecord && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {m.record}
          </Button>
        )}
      </Flex>
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<MeetingRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          pagination={tablePagination({ page: query.page, pageSize: query.pageSize, total: data?.total ?? 0, onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }) })}
        />
      )}
      <Typography.Text type="secondary" />
      <MeetingFormDrawer open={creating} onClose={() => setCreating(false)} allowLeadingGroup={rules?.editable ?? false} />
    </Card>
  );
}
