/** The unit's recent imports; 查看 shows a job's summary above. */
import { Button, Table, Tag, type TableProps } from 'antd';
import type { JobState } from '@contracts/imports';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/time';
import { messages } from '../../messages';
import { importsMessages } from './messages';
import { useRecentImports, type ImportJobRow } from './imports-api';

const m = importsMessages;
const statusColors: Record<JobState, string | undefined> = { queued: undefined, running: 'processing', done: 'success', failed: 'error' };

export function RecentImports({ onView }: { onView: (job: ImportJobRow) => void }) {
  const { data, error, isFetching, refetch } = useRecentImports();
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const columns: TableProps<ImportJobRow>['columns'] = [
    {
      title: m.colFile,
      dataIndex: 'fileName',
      ellipsis: true,
      render: (name: string, job) => (
        <>
          {name}
          {job.dryRun && <Tag style={{ marginLeft: 8 }}>{m.dryRunBadge}</Tag>}
        </>
      ),
    },
    { title: m.colStatus, dataIndex: 'status', width: 100, render: (s: JobState) => <Tag color={statusColors[s]}>{messages.job[s] ?? s}</Tag> },
    { title: m.colCreatedAt, dataIndex: 'createdAt', width: 150, render: (at: string) => formatDateTime(at) },
    {
      title: m.colResult,
      key: 'result',
      width: 240,
      render: (_, job) => job.summary && m.resultBrief(job.summary.imported, job.summary.updated, job.summary.rejected),
    },
    {
      title: messages.common.actions,
      key: 'actions',
      width: 80,
      render: (_, job) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onView(job)}>
          {m.viewResult}
        </Button>
      ),
    },
  ];
  return <Table<ImportJobRow> rowKey="id" size="small" columns={columns} dataSource={data?.items ?? []} loading={isFetching} pagination={false} />;
}
