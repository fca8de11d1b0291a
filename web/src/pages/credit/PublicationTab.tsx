/**
 * 信用信息归集 (Credit Division): choose the period, preview the records due for the national
 * credit publicity system, 导出并标记已报送 (one batch, nothing sent twice), download the batch as
 * xlsx or csv, and the history of batches with their files.
 */
import { Alert, App, Button, Card, DatePicker, Flex, Input, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { labelOf } from '../../lib/enums';
import { formatDateTime, todayForPicker } from '../../lib/time';
import { messages } from '../../messages';
import { creditMessages } from './messages';
import { downloadBatch, useCreditMutations, useDueRecords, useExportBatches, type DueRecord, type ExportBatch, type ExportBatchCreated, type ExportBatchRecord, type Period } from './credit-api';
import { tablePagination } from '../../lib/table-pagination';

const m = creditMessages;
const DATE = 'YYYY-MM-DD';
const kindColors: Record<string, string> = { unqualified: 'red', penalty: 'volcano', dishonest: 'magenta', dishonest_removal: 'green' };

/** The period in the URL (?from=&to=, so it survives a reload and can be linked), else this month so far. */
function periodOf(params: URLSearchParams): Period {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  // The round trip rejects impossible dates (2026-02-30 would otherwise roll over to March).
  const valid = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && dayjs(d).format(DATE) === d;
  if (valid(from) && valid(to) && from <= to) return { from, to };
  const today = todayForPicker();
  return { from: today.startOf('month').format(DATE), to: today.format(DATE) };
}

function KindCounts({ byKind }: { byKind: Partial<Record<string, number>> }) {
  return (
    <Space size={4} wrap>
      {Object.entries(byKind)
        .filter(([, n]) => (n ?? 0) > 0)
        .map(([kind, n]) => (
          <Tag key={kind} color={kindColors[kind]}>
            {labelOf(m.kindShort, kind)} {n}
          </Tag>
        ))}
    </Space>
  );
}

/**
 * `sends`: 信用处 sends its own kinds at once and approves 抽检监测处's batches; otherwise (抽检监测处)
 * the period's unqualified results are prepared and submitted to 信用处 (seed art. 11(6)).
 */
export function PublicationTab({ sends }: { sends: boolean }) {
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const period = periodOf(params);
  const [duePage, setDuePage] = useState({ page: 1, pageSize: 20 });
  const [batchPage, setBatchPage] = useState({ page: 1, pageSize: 10 });
  const due = useDueRecords(period, duePage.page, duePage.pageSize);
  const batches = useExportBatches(batchPage.page, batchPage.pageSize);
  const { exportBatch, approveBatch } = useCreditMutations();
  const [lastBatch, setLastBatch] = useState<ExportBatchCreated | null>(null);
  const summary = due.data?.summary;

  const download = async (batch: ExportBatchRecord, format: 'xlsx' | 'csv') => {
    try {
      await downloadBatch(batch, format);
    } catch (e) {
      message.error(e instanceof Error ? e.message : messages.common.downloadFailed);
    }
  };

  const onExport = () => {
    if (!summary?.ready) return;
    modal.confirm({
      title: sends ? m.exportConfirmTitle : m.prepareAndSubmit,
      content: sends ? m.exportConfirm(summary.ready, period.from, period.to) : m.prepareConfirm(summary.ready, period.from, period.to),
      okText: messages.common.ok,
      cancelText: messages.common.cancel,
      onOk: async () => {
        try {
          const batch = await exportBatch.mutateAsync(period);
          setLastBatch(batch);
          message.success(sends ? m.exported(batch.recordCount) : m.prepared(batch.recordCount));
        } catch (e) {
          message.error(e instanceof Error ? e.message : messages.common.unknownError);
        }
      },
    });
  };

  const dueColumns: TableProps<DueRecord>['columns'] = [
    { title: m.colDate, dataIndex: 'date', width: 110 },
    { title: m.colKind, dataIndex: 'recordKind', width: 120, render: (kind: string) => <Tag color={kindColors[kind]}>{labelOf(m.kindShort, kind)}</Tag> },
    { title: m.colEnterprise, dataIndex: 'enterpriseName', width: 220 },
    {
      title: m.colCreditCode,
      dataIndex: 'creditCode',
      width: 200,
      render: (code: string | null, r) =>
        code ?? (
          <Tooltip title={r.problem}>
            <Tag color="orange">{m.noCreditCode}</Tag>
          </Tooltip>
        ),
    },
    { title: m.colDecisionNo, dataIndex: 'decisionNo', width: 180 },
    { title: m.colContent, dataIndex: 'content', width: 380, render: (c: string) => <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: true, symbol: messages.common.view }}>{c}</Typography.Paragraph> },
    { title: m.colAuthority, dataIndex: 'authority', width: 200 },
  ];

  const decide = (batch: ExportBatch, approve: boolean) => {
    let reason = '';
    modal.confirm({
      title: approve ? m.approveBatch : m.returnBatch,
      content: approve ? m.exportConfirm(batch.recordCount, batch.periodFrom, batch.periodTo) : <Input.TextArea rows={3} maxLength={2000} placeholder={m.returnReason} aria-label={m.returnReason} onChange={(e) => (reason = e.target.value)} />,
      okText: messages.common.ok,
      cancelText: messages.common.cancel,
      onOk: async () => {
        if (!approve && !reason.trim()) {
          message.error(m.returnReasonRequired);
          throw new Error(m.returnReasonRequired);
        }
        try {
          await approveBatch.mutateAsync({ batch, approve, ...(approve ? {} : { reason: reason.trim() }) });
          message.success(approve ? m.batchApproved : m.batchReturned);
        } catch (e) {
          message.error(e instanceof Error ? e.message : messages.common.unknownError);
        }
      },
    });
  };

  const batchColumns: TableProps<ExportBatch>['columns'] = [
    { title: m.colBatchPeriod, key: 'period', width: 220, render: (_, b) => `${b.periodFrom} 至 ${b.periodTo}` },
    {
      title: m.colBatchStatus,
      key: 'status',
      width: 200,
      render: (_, b) => (
        <Space size={4} wrap>
          <Tag color={b.status === 'prepared' ? 'orange' : b.status === 'returned' ? undefined : 'green'} title={b.returnReason ?? undefined}>{b.statusName}</Tag>
          {b.actions.includes('approve') && (
            <>
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => decide(b, true)}>{m.approveBatch}</Button>
              <Button type="link" size="small" danger style={{ padding: 0 }} onClick={() => decide(b, false)}>{m.returnBatch}</Button>
            </>
          )}
        </Space>
      ),
    },
    { title: m.colBatchCount, dataIndex: 'recordCount', width: 90 },
    { title: m.colBatchKinds, key: 'kinds', render: (_, b) => <KindCounts byKind={b.byKind} /> },
    { title: m.colBatchBy, dataIndex: 'createdByName', width: 140, render: (n: string | null) => n ?? messages.common.none },
    { title: m.colBatchAt, dataIndex: 'createdAt', width: 150, render: (at: string) => formatDateTime(at) },
    {
      title: m.colBatchFile,
      key: 'file',
      width: 180,
      render: (_, b) => (
        <Space size={4}>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => void download(b, 'xlsx')}>{m.downloadXlsx}</Button>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => void download(b, 'csv')}>{m.downloadCsv}</Button>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex vertical gap={12}>
          <Flex gap={12} wrap align="center">
            <DatePicker.RangePicker
              allowClear={false}
              aria-label={m.period}
              style={{ width: 280 }}
              value={[dayjs(period.from), dayjs(period.to)]}
              onChange={(range) => {
                if (!range?.[0] || !range[1]) return;
                setParams({ from: range[0].format(DATE), to: range[1].format(DATE) });
                setDuePage((p) => ({ ...p, page: 1 }));
              }}
            />
            <Typography.Text type="secondary">{m.periodHint}</Typography.Text>
          </Flex>
          {due.data && due.data.earlierUnsent > 0 && <Alert type="warning" showIcon title={m.earlierUnsent(due.data.earlierUnsent)} />}
          {lastBatch && (
            <Alert
              type="success"
              showIcon
              closable={{ onClose: () => setLastBatch(null) }}
              title={m.exported(lastBatch.recordCount)}
              action={
                <Space>
                  <Button size="small" onClick={() => void download(lastBatch, 'xlsx')}>{m.downloadXlsx}</Button>
                  <Button size="small" onClick={() => void download(lastBatch, 'csv')}>{m.downloadCsv}</Button>
                </Space>
              }
            />
          )}
          <Flex justify="space-between" align="center" gap={12} wrap>
            <Space size={8} wrap>
              <Typography.Text strong>{summary ? m.readyCount(summary.ready) : m.nothingDue}</Typography.Text>
              {summary && summary.blocked > 0 && <Tag color="orange">{m.blockedCount(summary.blocked)}</Tag>}
              {summary && <KindCounts byKind={summary.byKind} />}
            </Space>
            <Button type="primary" disabled={!summary?.ready} loading={exportBatch.isPending} onClick={onExport}>
              {sends ? m.exportAndMark : m.prepareAndSubmit}
            </Button>
          </Flex>
          {due.error && !due.data ? (
            <QueryError error={due.error} onRetry={() => void due.refetch()} />
          ) : (
            <Table<DueRecord>
              rowKey={(r) => `${r.recordKind}:${r.recordId}`}
              size="middle"
              columns={dueColumns}
              dataSource={due.data?.items ?? []}
              loading={due.isFetching}
              locale={{ emptyText: m.nothingDue }}
              scroll={{ x: 1500 }}
              pagination={tablePagination({ page: duePage.page, pageSize: duePage.pageSize, total: due.data?.total ?? 0, onChange: (page, pageSize) => setDuePage((p) => ({ page, pageSize })) })}
            />
          )}
        </Flex>
      </Card>
      <Card title={m.batches}>
        {batches.error && !batches.data ? (
          <QueryError error={batches.error} onRetry={() => void batches.refetch()} />
        ) : (
          <Table<ExportBatch>
            rowKey="id"
            size="middle"
            columns={batchColumns}
            dataSource={batches.data?.items ?? []}
            loading={batches.isFetching}
            scroll={{ x: 1000 }}
            pagination={tablePagination({ page: batchPage.page, pageSize: batchPage.pageSize, total: batches.data?.total ?? 0, onChange: (page, pageSize) => setBatchPage((p) => ({ page, pageSize })) })}
          />
        )}
      </Card>
    </Flex>
  );
}
