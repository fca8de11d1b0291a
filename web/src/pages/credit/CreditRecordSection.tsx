/**
 * An enterprise's credit record on its page: the history chart (samples, unqualified results that
 * stand, results overturned, per year) and the timeline of credit entries, newest first, each
 * with its kind and a link to the record behind it.
 */
import { Alert, Card, Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { enterprisesMessages } from '../enterprises/messages';
import { creditMessages } from './messages';
import { useCreditRecord, type CreditEntry, type CreditEntryKind } from './credit-api';

// ECharts is big: its chunk loads only with a chart to draw.
const BarChart = lazy(() => import('../../components/BarChart'));

const m = creditMessages;

const tagColors: Record<CreditEntryKind, string> = {
  unqualified: 'red',
  overturned: 'default',
  disposal: 'blue',
  penalty: 'volcano',
  interview: 'orange',
  escalation: 'purple',
  inspection: 'cyan',
  dishonest: 'magenta',
};
/** The timeline's dot: red for what weighs on the enterprise's credit, grey for what was lifted. */
const dotColor = (e: CreditEntry) => (e.kind === 'overturned' || e.status === 'removed' ? 'gray' : ['unqualified', 'penalty', 'dishonest'].includes(e.kind) ? 'red' : 'blue');

function EntryContent({ entry }: { entry: CreditEntry }) {
  return (
    <Flex vertical gap={2}>
      <Flex gap={8} align="center" wrap>
        <Tag color={tagColors[entry.kind]}>{entry.kindName}</Tag>
        {entry.link ? <Link to={entry.link}>{entry.title}</Link> : <Typography.Text strong>{entry.title}</Typography.Text>}
        {entry.statusName && <Typography.Text type="secondary">{entry.statusName}</Typography.Text>}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {entry.detail}
      </Typography.Text>
    </Flex>
  );
}

export function CreditRecordSection({ enterpriseId, samplesLink }: { enterpriseId: string; samplesLink: string }) {
  const { data, error, refetch } = useCreditRecord(enterpriseId);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const years = data.history;
  return (
    <>
      <Card title={m.historyTitle} extra={<Link to={samplesLink}>{enterprisesMessages.viewSamples}</Link>}>
        {years.length === 0 ? (
          <Empty description={enterprisesMessages.noHistory} />
        ) : (
          <Suspense fallback={<div style={{ height: 280 }} />}>
            <BarChart
              height={280}
              categories={years.map((y) => enterprisesMessages.year(y.year))}
              series={[
                { name: m.sampled, data: years.map((y) => y.sampled), color: '#1659a8' },
                { name: m.unqualified, data: years.map((y) => y.unqualified), color: '#cf1322' },
                { name: m.overturned, data: years.map((y) => y.overturned), color: '#8c8c8c' },
              ]}
            />
          </Suspense>
        )}
      </Card>
      <Card title={m.recordTitle}>
        <Flex vertical gap={16}>
          {data.dishonestListing && <Alert type="error" showIcon title={m.dishonestNow(data.dishonestListing.listedOn)} />}
          <Typography.Text>{m.summaryLine(data.summary)}</Typography.Text>
          {data.entries.length === 0 ? (
            <Empty description={m.noEntries} />
          ) : (
            <Timeline items={data.entries.map((e) => ({ key: e.id, color: dotColor(e), title: e.at, content: <EntryContent entry={e} /> }))} />
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {m.recordScopeNote}
          </Typography.Text>
        </Flex>
      </Card>
    </>
  );
}
