/** /complaints (投诉举报): filters in the URL, the server-paged list (complainants masked); 登记, 12345 import, 办结反馈 export. */
import { App, Button, Checkbox, Flex, Select, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useCategories } from '../../api/catalogue';
import { useCapability } from '../../auth/session';
import { DueText } from '../../components/DueText';
import { ListPage, useUrlList } from '../../components/ListPage';
import { RegionSelect } from '../../components/RegionSelect';
import { SearchFilter } from '../../components/SearchFilter';
import { useNow } from '../../lib/use-now';
import { complaintFilters } from './complaint-filters';
import { useComplaints, type ComplaintRow } from './complaints-api';
import { ComplaintFormModal } from './ComplaintFormModal';
import { ImportHotlineModal } from './ImportHotlineModal';
import { complaintsMessages } from './messages';

const m = complaintsMessages;
const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));
export const statusColors: Record<string, string> = { received: 'orange', accepted: 'blue', rejected: 'default', closed: 'green', merged: 'default' };

export default function ComplaintsPage() {
  const { message } = App.useApp();
  const { state, update, clear, setPage } = useUrlList(complaintFilters);
  const list = useComplaints(state);
  const mayCreate = useCapability('complaints.create');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const now = useNow();
  const categories = useCategories();
  const categoryName = state.categoryRootId ? (categories.data?.find((c) => c.id === state.categoryRootId)?.name ?? '') : '';

  const columns: TableProps<ComplaintRow>['columns'] = [
    { title: m.colTrackingNo, dataIndex: 'trackingNo', width: 190, render: (no: string, c) => <Link to={`/complaints/${c.id}`}>{no}</Link> },
    { title: m.colKind, dataIndex: 'kindName', width: 64 },
    { title: m.colChannel, dataIndex: 'channelName', width: 120 },
    {
      title: m.colSubject,
      dataIndex: 'enterpriseName',
      ellipsis: true,
      render: (name: string | null, c) => (
        <>
          <Typography.Text>{name ?? c.foodName ?? m.none}</Typography.Text>
          {c.duplicateCount > 0 && <Tag style={{ marginLeft: 6 }}>{m.duplicates(c.duplicateCount)}</Tag>}
        </>
      ),
    },
    { title: m.colComplainant, dataIndex: 'complainant', width: 150, render: (p: ComplaintRow['complainant']) => (p ? [p.name, p.phone].filter(Boolean).join(' ') : m.anonymous) },
    { title: m.colHandler, dataIndex: ['handlerUnit', 'name'], width: 180, ellipsis: true },
    { title: m.colStatus, dataIndex: 'statusName', width: 90, render: (name: string, c) => <Tag color={statusColors[c.status]}>{name}</Tag> },
    { title: m.colReceivedAt, dataIndex: 'receivedAt', width: 110, render: (at: string) => at.slice(0, 10) },
    {
      title: m.colDue,
      dataIndex: 'dueAt',
      width: 150,
      render: (_: unknown, c) => {
        const due = c.status === 'received' ? c.acceptDueAt : c.status === 'accepted' ? c.dueAt : null;
        return due ? <DueText dueAt={due} overdue={c.overdue} provisional={false} active now={now} /> : m.none;
      },
    },
  ];

  const exportFeedback = () =>
    api.download('/api/complaints/feedback.xlsx', { status: state.status, regionCode: state.regionCode }, '12345办结反馈.xlsx').catch((e: Error) => void message.error(e.message));

  return (
    <>
      <ListPage<ComplaintRow>
        title={m.title}
        extra={
          <Flex gap={8} wrap>
            <Button onClick={exportFeedback}>{m.exportFeedback}</Button>
            {mayCreate && <Button onClick={() => setImporting(true)}>{m.import}</Button>}
            {mayCreate && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {m.create}
              </Button>
            )}
          </Flex>
        }
        filterBar={
          <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
            <SearchFilter value={state.q} placeholder={m.searchPlaceholder} width={300} maxLength={64} onSearch={(q) => update({ q })} />
            <Select allowClear placeholder={m.filterStatus} aria-label={m.filterStatus} style={{ width: 120 }} options={options(m.statuses)} value={state.status} onChange={(status?: string) => update({ status })} />
            <Select allowClear placeholder={m.filterKind} aria-label={m.filterKind} style={{ width: 100 }} options={options(m.kinds)} value={state.kind} onChange={(kind?: string) => update({ kind })} />
            <Select allowClear placeholder={m.filterChannel} aria-label={m.filterChannel} style={{ width: 150 }} options={options(m.channels)} value={state.channel} onChange={(channel?: string) => update({ channel })} />
            <RegionSelect allowClear placeholder={m.region} aria-label={m.region} style={{ width: 200 }} value={state.regionCode} onChange={(regionCode?: string) => update({ regionCode })} />
            <Checkbox checked={state.overdue === 'true'} onChange={(e) => update({ overdue: e.target.checked ? 'true' : undefined })}>
              {m.overdueOnly}
            </Checkbox>
            {(state.from || state.to) && (
              <Tag closable onClose={() => update({ from: undefined, to: undefined })}>
                {m.filterPeriod(state.from, state.to)}
              </Tag>
            )}
            {state.categoryRootId && (
              <Tag closable onClose={() => update({ categoryRootId: undefined })}>
                {m.filterCategory(categoryName)}
              </Tag>
            )}
            {state.enterpriseName && (
              <Tag closable onClose={() => update({ enterpriseName: undefined })}>
                {m.filterEnterprise(state.enterpriseName)}
              </Tag>
            )}
            {complaintFilters.anySet(state) && (
              <Button size="small" type="link" onClick={clear} style={{ padding: 0 }}>
                {m.clearFilters}
              </Button>
            )}
          </Flex>
        }
        list={list}
        page={state.page}
        pageSize={state.pageSize}
        onPage={setPage}
        table={{ columns, scroll: { x: 1200 }, emptyText: m.empty }}
      />
      {mayCreate && <ComplaintFormModal open={creating} onClose={() => setCreating(false)} />}
      {mayCreate && <ImportHotlineModal open={importing} onClose={() => setImporting(false)} />}
    </>
  );
}
