/** /signals/:id: the signal explained (method, numbers, chart), the samples behind it, its history and the actions the server allows. */
import { Button, Card, Descriptions, Flex, Input, InputNumber, Modal, Space, Table, Tag, Typography, message } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useOrgUnits } from '../../api/org';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { regionNames } from '../../lib/regions';
import { formatDateTime } from '../../lib/time';
import { followUpNames, methodNames, signalsMessages as m, statusColors, statusNames } from './messages';
import { useSignal, useSignalMutations } from './signals-api';

const SignalChart = lazy(() => import('./SignalChart'));
const qText = (v: number) => (v < 0.0001 ? '< 0.0001' : v.toFixed(4));

export default function SignalDetailPage() {
  const { id = '' } = useParams();
  const signal = useSignal(id);
  const navigate = useNavigate();
  const { data: units } = useOrgUnits();
  const names = useMemo(() => regionNames(units ?? []), [units]);
  const regionName = useCallback((code: string) => names.get(code) ?? code, [names]);
  const { review, tracking, agenda } = useSignalMutations();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [proposing, setProposing] = useState(false);
  const [quota, setQuota] = useState<number | null>(null);

  if (signal.error) return <QueryError error={signal.error} onRetry={() => void signal.refetch()} />;
  const s = signal.data;
  if (!s) return <Card loading />;
  const may = (a: string) => s.actions.includes(a);
  const stat = s.statistic as Record<string, any>;

  return (
    <>
      <PageHeader
        title={s.title}
        extra={
          <Space wrap>
            {may('startReview') && <Button onClick={() => review.mutate({ id, decision: 'startReview' })}>{m.startReview}</Button>}
            {may('followUp') && (
              <Button type="primary" onClick={() => { setQuota(null); setProposing(true); }}>
                {m.tracking}
              </Button>
            )}
            {may('followUp') && <Button onClick={() => navigate(`/notices?compose=1&signalId=${encodeURIComponent(id)}`)}>{m.notice}</Button>}
            {may('followUp') && <Button onClick={() => agenda.mutate(id, { onSuccess: (r) => void message.success(m.agendaDone(r.unitName)) })}>{m.agenda}</Button>}
            {may('accept') && <Button onClick={() => review.mutate({ id, decision: 'accept' })}>{m.accept}</Button>}
            {may('dismiss') && <Button danger onClick={() => { setReason(''); setReasonError(null); setDismissing(true); }}>{m.dismiss}</Button>}
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={m.method}>{methodNames[s.method]}</Descriptions.Item>
            <Descriptions.Item label={m.status}><Tag color={statusColors[s.status]}>{statusNames[s.status]}</Tag></Descriptions.Item>
            <Descriptions.Item label={m.colRegion}>{s.regionCode ? regionName(s.regionCode) : m.province}</Descriptions.Item>
            {s.categoryName && <Descriptions.Item label={m.colCategory}>{s.categoryName}</Descriptions.Item>}
            <Descriptions.Item label={m.observed}>{String(stat.observed ?? '—')}</Descriptions.Item>
            {typeof stat.expected === 'number' && <Descriptions.Item label={m.expected}>{stat.expected.toFixed(2)}</Descriptions.Item>}
            {typeof stat.threshold === 'number' && <Descriptions.Item label={m.threshold}>{stat.threshold.toFixed(2)}</Descriptions.Item>}
            <Descriptions.Item label="p">{qText(Number(stat.p))}</Descriptions.Item>
            <Descriptions.Item label="q">{qText(Number(stat.q))}</Descriptions.Item>
            <Descriptions.Item label={m.units}>{s.units.map((u) => u.name).join('、')}</Descriptions.Item>
            {s.decisionReason && <Descriptions.Item label={m.decided}>{s.decisionReason}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <Card title={m.explanation} size="small">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{s.explanation}</Typography.Paragraph>
        </Card>
        <Card title={m.chart} size="small">
          <Suspense fallback={<Card loading />}>
            <SignalChart signal={s} regionName={regionName} />
          </Suspense>
        </Card>
        <Card title={m.samples} size="small" extra={s.samples.length < s.sampleNos.length ? m.samplesHidden(s.samples.length, s.sampleNos.length) : null}>
          <Table
            size="small"
            rowKey="id"
            dataSource={s.samples}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: m.sampleNo, dataIndex: 'sampleNo', render: (no: string, r) => <Link to={`/samples/${r.id}`}>{no}</Link> },
              { title: m.foodName, dataIndex: 'foodName' },
              { title: m.samplingDate, dataIndex: 'samplingDate', width: 110 },
              { title: m.colRegion, dataIndex: 'regionCode', render: (c: string | null) => (c ? regionName(c) : '') },
              { title: m.sampledParty, dataIndex: 'sampledPartyName', ellipsis: true },
              { title: m.producer, dataIndex: 'nominalProducerName', ellipsis: true },
              { title: m.failedItems, dataIndex: 'failedItems', render: (items: string[]) => items.join('、') },
            ]}
          />
        </Card>
        <Card title={m.history} size="small">
          <Table
            size="small"
            rowKey="runId"
            dataSource={s.history}
            pagination={false}
            columns={[
              { title: m.seenAt, dataIndex: 'seenAt', render: (v: string) => formatDateTime(v) },
              { title: m.observed, dataIndex: 'observed' },
              { title: m.expected, dataIndex: 'expected', render: (v: number | null) => (v === null ? '—' : v.toFixed(2)) },
              { title: 'p', dataIndex: 'p', render: qText },
              { title: 'q', dataIndex: 'q', render: qText },
            ]}
          />
          {s.followUps.length > 0 && (
            <Typography.Paragraph style={{ marginTop: 12 }}>
              {m.followUps}：{s.followUps.map((f) => `${followUpNames[f.kind] ?? f.kind}（${f.unitName}，${formatDateTime(f.createdAt)}）`).join('；')}
            </Typography.Paragraph>
          )}
        </Card>
      </Flex>
      <Modal
        title={m.dismiss}
        open={dismissing}
        okText={m.dismiss}
        confirmLoading={review.isPending}
        onCancel={() => setDismissing(false)}
        onOk={() => {
          if (!reason.trim()) return setReasonError(m.dismissReasonRequired);
          review.mutate({ id, decision: 'dismiss', reason }, { onSuccess: () => setDismissing(false) });
        }}
      >
        <Typography.Text>{m.dismissReason}</Typography.Text>
        <Input.TextArea rows={4} value={reason} status={reasonError ? 'error' : undefined} onChange={(e) => { setReason(e.target.value); setReasonError(null); }} />
        {reasonError && <Typography.Text type="danger">{reasonError}</Typography.Text>}
      </Modal>
      <Modal
        title={m.tracking}
        open={proposing}
        okText={m.tracking}
        confirmLoading={tracking.isPending}
        onCancel={() => setProposing(false)}
        onOk={() =>
          tracking.mutate(
            { id, quota: quota ?? undefined },
            { onSuccess: () => { setProposing(false); void message.success(m.trackingDone); } },
          )
        }
      >
        <Space>
          <Typography.Text>{m.trackingQuota}</Typography.Text>
          <InputNumber min={1} max={10000} precision={0} value={quota} placeholder="按信号自动建议" onChange={(v) => setQuota(v)} />
        </Space>
      </Modal>
    </>
  );
}
