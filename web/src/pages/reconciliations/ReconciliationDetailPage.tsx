/**
 * /reconciliations/:id: every drawn disposal to check against the platform's record, the progress,
 * and 完成对账 — after which a Result lists the rectification work items it created.
 */
import { Button, Card, Descriptions, Empty, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/time';
import { reconciliationsMessages } from './messages';
import { CheckCard } from './CheckCard';
import { FinishModal } from './FinishModal';
import { useReconciliation, type FinishReply } from './reconciliations-api';

const m = reconciliationsMessages;

function Finished({ reply, checks, onBack }: { reply: FinishReply; checks: number; onBack: () => void }) {
  return (
    <Result
      status="success"
      title={m.finishedTitle}
      subTitle={m.finishedSub(checks, reply.rectifications.length)}
      extra={[
        <Link key="list" to="/reconciliations">
          <Button>{m.back}</Button>
        </Link>,
        <Button key="detail" type="primary" onClick={onBack}>
          {m.viewDetail}
        </Button>,
      ]}
    >
      {reply.rectifications.length > 0 && (
        <Flex vertical gap={4}>
          {reply.rectifications.map((r) => (
            <Typography.Text key={r.workItemId}>
              {r.title}
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{m.rectificationDue(formatDateTime(r.dueAt).slice(0, 10))}</Typography.Text>
            </Typography.Text>
          ))}
        </Flex>
      )}
    </Result>
  );
}

export default function ReconciliationDetailPage() {
  const { id = '' } = useParams();
  const { data: r, error, refetch } = useReconciliation(id);
  const [finishing, setFinishing] = useState(false);
  const [finished, setFinished] = useState<FinishReply | null>(null);

  if (error && !r) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!r) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (finished) return <Finished reply={finished} checks={r.progress.checks} onBack={() => setFinished(null)} />;
  const editable = r.actions.includes('check');

  return (
    <>
      <PageHeader
        title={m.detailTitle(r.unitName ?? '')}
        extra={
          <Flex gap={12} align="center">
            {r.status === 'finished' ? <Tag color="green">{m.statusFinished}</Tag> : <Tag color="processing">{m.statusOpen}</Tag>}
            {r.actions.includes('finish') && (
              <Button type="primary" disabled={r.progress.checked < r.progress.checks} onClick={() => setFinishing(true)}>
                {m.finish}
              </Button>
            )}
            <Link to="/reconciliations">{m.back}</Link>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'unit', label: m.unit, children: r.unitName },
              { key: 'period', label: m.period, children: `${r.periodFrom} ~ ${r.periodTo}` },
              { key: 'mode', label: m.mode, children: m.modeText(r.mode, r.sampleSize) },
              { key: 'createdBy', label: m.colCreatedBy, children: r.createdByUnitName },
              { key: 'progress', label: m.checkedCount, children: m.progressText(r.progress.checked, r.progress.checks) },
              { key: 'notInPlace', label: m.notInPlaceCount, children: r.progress.notInPlace },
              ...(r.draw ? [{ key: 'draw', label: m.draw, span: 'filled' as const, children: m.drawText(r.draw.population, r.progress.checks, r.draw.random) }] : []),
            ]}
          />
        </Card>
        {r.checks.length === 0 ? (
          <Empty description={m.empty} />
        ) : (
          r.checks.map((c) => <CheckCard key={c.id} reconciliationId={r.id} check={c} editable={editable} />)
        )}
      </Flex>
      {r.actions.includes('finish') && <FinishModal reconciliation={r} open={finishing} onClose={() => setFinishing(false)} onFinished={(reply) => { setFinishing(false); setFinished(reply); }} />}
    </>
  );
}
