/**
 * 整改情况: every rectification requirement (整改意见) the user reads, with its status, deadline and
 * overdue mark, filtered by checked unit (and below), status, overdue and check; each row opens its
 * check. 协调处 and the leadership see all units'; a checked unit its own (the API scopes it).
 */
import { Alert, Button, Card, Checkbox, Empty, Flex, Select, Table, Tag, Typography, type TableProps } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { tablePagination } from '../../lib/table-pagination';
import { defineUrlFilters } from '../../lib/url-filters';
import { useChecks, useRectifications, type RectificationRow } from './assessment-api';
import { assessmentMessages as m } from './messages';

const filters = defineUrlFilters({ tab: ['rectifications'], unitId: 'uuid', status: ['open', 'reported', 'accepted'], overdue: 'flag', checkId: 'uuid' });

const statusColour: Record<string, string> = { open: 'orange', reported: 'blue', accepted: 'green' };

export function RectificationsTab() {
  const [params, setParams] = useSearchParams();
  const state = filters.parse(params);
  const update = (changes: Partial<Record<'unitId' | 'status' | 'overdue' | 'checkId', string | undefined>>) => setParams(filters.toParams({ ...state, ...changes, tab: 'rectifications', page: 1 }));
  const { tab: _tab, ...query } = state;
  const { data, error, isFetching, refetch } = useRectifications(query);
  const checks = useChecks();
  const columns: TableProps<RectificationRow>['columns'] = [
    { title: m.findingUnit, dataIndex: 'unitName', width: 170 },
    {
      title: m.check,
      dataIndex: 'checkTitle',
      width: 220,
      render: (t: string, r) => (
        <Link to={r.href}>
          {t}（{r.checkMethodName}）
        </Link>
      ),
    },
    { title: m.description, dataIndex: 'description', ellipsis: true },
    { title: m.requirement, dataIndex: 'requirement', ellipsis: true },
    {
      title: m.dueOn,
      dataIndex: 'dueOn',
      width: 160,
      render: (d: string, r) => (
        <>
          {d}
          {r.overdue && <Tag color="red" style={{ marginLeft: 6 }}>{m.overdue}</Tag>}
        </>
      ),
    },
    { title: m.status, dataIndex: 'status', width: 90, render: (s: string) => <Tag color={statusColour[s]}>{m.rectStatuses[s]}</Tag> },
    { title: m.deduction, dataIndex: 'deduction', width: 60 },
    { title: m.foundOn, dataIndex: 'foundOn', width: 110 },
  ];
  return (
    <Card>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <UnitTreeSelect allowClear style={{ width: 240 }} placeholder={m.rectFilterUnit} aria-label={m.rectFilterUnit} value={state.unitId} onChange={(v) => update({ unitId: v ?? undefined })} />
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={m.rectFilterStatus}
          aria-label={m.rectFilterStatus}
          value={state.status}
          onChange={(v) => update({ status: v ?? undefined })}
          options={Object.entries(m.rectStatuses).map(([value, label]) => ({ value, label }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 260 }}
          placeholder={m.rectFilterCheck}
          aria-label={m.rectFilterCheck}
          value={state.checkId}
          onChange={(v) => update({ checkId: v ?? undefined })}
          options={(checks.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.title}（${c.startOn}）` }))}
        />
        <Checkbox checked={state.overdue === 'true'} onChange={(e) => update({ overdue: e.target.checked ? 'true' : undefined })} data-testid="only-overdue">
          {m.rectOnlyOverdue}
        </Checkbox>
        {filters.anySet({ unitId: state.unitId, status: state.status, overdue: state.overdue, checkId: state.checkId }) && (
          <Button type="link" onClick={() => setParams({ tab: 'rectifications' })}>
            {m.clearFilters}
          </Button>
        )}
      </Flex>
      {data && <Alert type="info" showIcon title={data?.seesAll ? m.rectScopeAll : m.rectScopeOwn} style={{ marginBottom: 12 }} />}
      {data && (
        <Typography.Paragraph data-testid="rect-counts">
          {m.rectCounts(data.counts)}
        </Typography.Paragraph>
      )}
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<RectificationRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.rectNone} /> }}
          pagination={tablePagination({ page: state.page, pageSize: state.pageSize, total: data?.total ?? 0, onChange: (page, pageSize) => setParams(filters.toParams({ ...state, tab: 'rectifications', page, pageSize })) })}
        />
      )}
    </Card>
  );
}
