/** /signals (风险信号): the signals the user reads, filtered by method and status; 抽检监测处 runs the computation and keeps its parameters. */
import { Alert, Button, Checkbox, Flex, Select, Space, Tag, Typography, message } from 'antd';
import { Link } from 'react-router';
import { ListPage, useUrlList } from '../../components/ListPage';
import { defineUrlFilters } from '../../lib/url-filters';
import { formatDateTime } from '../../lib/time';
import { methodNames, signalsMessages as m, statusColors, statusNames } from './messages';
import { SignalRulesCard } from './SignalRulesCard';
import { useSignalMutations, useSignalRuns, useSignals, type SignalListItem } from './signals-api';

const filters = defineUrlFilters({ method: Object.keys(methodNames), status: Object.keys(statusNames), active: ['true', 'false'] });
const num = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : '—');
const qText = (v: unknown) => (typeof v === 'number' ? (v < 0.0001 ? '< 0.0001' : v.toFixed(4)) : '—');

export default function SignalsPage() {
  const { state, update, setPage } = useUrlList(filters);
  const list = useSignals({ method: state.method, status: state.status, active: state.active, page: state.page, pageSize: state.pageSize });
  const runs = useSignalRuns();
  const { run } = useSignalMutations();
  const last = runs.data?.items[0];
  return (
    <>
      <ListPage<SignalListItem>
        title={m.title}
        extra={
          runs.data?.mayRun ? (
            <Button type="primary" loading={run.isPending} onClick={() => run.mutate(undefined, { onSuccess: (r) => void message.success(m.runDone(r.signals, r.newSignals)) })}>
              {m.run}
            </Button>
          ) : null
        }
        filterBar={
          <Flex vertical gap={12} style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">{m.intro}</Typography.Text>
            {run.isPending && <Alert type="info" showIcon message={m.running} />}
            <Space wrap>
              <Select allowClear placeholder={m.method} style={{ width: 220 }} value={state.method} onChange={(v) => update({ method: v })} options={Object.entries(methodNames).map(([value, label]) => ({ value, label }))} />
              <Select allowClear placeholder={m.status} style={{ width: 140 }} value={state.status} onChange={(v) => update({ status: v })} options={Object.entries(statusNames).map(([value, label]) => ({ value, label }))} />
              <Checkbox checked={state.active === 'true'} onChange={(e) => update({ active: e.target.checked ? 'true' : undefined })}>
                {m.onlyActive}
              </Checkbox>
              <Typography.Text type="secondary">
                {m.lastRun}：{last ? `${formatDateTime(last.startedAt)}（${last.signals} 条）` : m.noRun}
              </Typography.Text>
            </Space>
          </Flex>
        }
        list={list}
        page={state.page}
        pageSize={state.pageSize}
        onPage={setPage}
        table={{
          rowKey: 'id',
          emptyText: m.none,
          columns: [
            { title: m.colTitle, dataIndex: 'title', render: (t: string, s) => <Link to={`/signals/${s.id}`}>{t}</Link> },
            { title: m.method, dataIndex: 'method', width: 180, render: (v: keyof typeof methodNames) => methodNames[v] },
            { title: m.status, dataIndex: 'status', width: 100, render: (v: keyof typeof statusNames) => <Tag color={statusColors[v]}>{statusNames[v]}</Tag> },
            { title: m.colObserved, width: 170, render: (_: unknown, s) => `${num(s.statistic.observed)} / ${num(s.statistic.expected)}` },
            { title: m.colQ, width: 100, render: (_: unknown, s) => qText(s.statistic.q) },
            { title: m.colRuns, dataIndex: 'runs', width: 90 },
            { title: m.colSeen, dataIndex: 'lastSeenAt', width: 170, render: (v: string) => formatDateTime(v) },
          ],
        }}
      />
      <SignalRulesCard />
    </>
  );
}
