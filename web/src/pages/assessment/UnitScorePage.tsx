/** /assessment/units/:unitId: one unit's score, each indicator's value with its formula, and the records behind a value. */
import { Button, Card, Descriptions, Space, Switch, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useDrill, useScores, type DrillReply, type UnitScoreRow } from './assessment-api';
import { formatScore, formatValue, thisYear } from './format';
import { assessmentMessages as m } from './messages';

type IndicatorRow = UnitScoreRow['indicators'][number];
type Record = DrillReply['records'][number];

export default function UnitScorePage() {
  const { unitId = '' } = useParams();
  const [params] = useSearchParams();
  const year = Number(params.get('year')) || thisYear;
  const period = params.get('period') ?? 'year';
  const level = params.get('level') ?? 'city';
  const { data, error, refetch } = useScores(year, level, period);
  const [code, setCode] = useState<string | null>(params.get('code'));
  const [missed, setMissed] = useState(false);
  const drill = useDrill(code ? { year, period, code, unitId, missed } : null);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const unit = data?.items.find((i) => i.unitId === unitId);
  const columns: TableProps<IndicatorRow>['columns'] = [
    { title: m.indicator, dataIndex: 'name' },
    { title: m.value, key: 'value', render: (_: unknown, r) => formatValue(r.value, r.direction) },
    { title: `${m.numerator} / ${m.denominator}`, key: 'nd', render: (_: unknown, r) => (r.direction === 'deduction' ? '—' : `${r.numerator} / ${r.denominator}`) },
    { title: m.target, key: 'target', render: (_: unknown, r) => (r.direction === 'deduction' ? '—' : formatValue(r.target, r.direction)) },
    { title: m.weight, dataIndex: 'weight' },
    { title: m.points, dataIndex: 'points', render: (p: number | null) => p ?? m.noScore },
    { key: 'drill', render: (_: unknown, r) => <Button type="link" onClick={() => setCode(r.code)} data-testid={`drill-${r.code}`}>{m.drill}</Button> },
  ];
  const recordColumns: TableProps<Record>['columns'] = [
    { title: m.record, dataIndex: 'label', render: (label: string, r) => (r.href ? <Link to={r.href}>{label}</Link> : label) },
    { title: m.recordUnit, dataIndex: 'unitName', width: 200 },
    { title: m.dueAt, dataIndex: 'dueAt', width: 120, render: (d: string | null) => d?.slice(0, 10) ?? '—' },
    { title: m.doneAt, dataIndex: 'doneAt', width: 120, render: (d: string | null) => d?.slice(0, 10) ?? '—' },
    { title: m.status, dataIndex: 'ok', width: 90, render: (ok: boolean) => <Tag color={ok ? 'green' : 'red'}>{ok ? m.ok : m.missed}</Tag> },
    { title: m.note, dataIndex: 'note' },
  ];
  return (
    <>
      <PageHeader title={`${m.unitScoreTitle}：${unit?.unitName ?? ''}`} extra={<Link to={`/assessment?year=${year}&period=${period}&level=${level}`}>{m.backToScores}</Link>} />
      <Card style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={m.year}>{`${year}年${m.periods[period]}`}</Descriptions.Item>
          <Descriptions.Item label={m.score}>
            <Typography.Text strong data-testid="unit-score">{formatScore(unit?.score ?? null)}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={m.rank}>{unit?.rank ?? '—'}{unit?.rankInCity ? `（${m.rankInCity} ${unit.rankInCity}）` : ''}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary">{m.formula}：{data?.formula}</Typography.Paragraph>
        <Table<IndicatorRow> rowKey="code" size="small" columns={columns} dataSource={unit?.indicators ?? []} pagination={false} />
      </Card>
      {code && (
        <Card
          title={drill.data ? m.drillTitle(drill.data.unit.name, drill.data.indicator.name) : m.drill}
          extra={
            <Space>
              {m.onlyMissed}
              <Switch checked={missed} onChange={setMissed} data-testid="only-missed" />
            </Space>
          }
        >
          {drill.error && <QueryError error={drill.error} onRetry={() => void drill.refetch()} />}
          {drill.data && (
            <Typography.Paragraph>
              {drill.data.numeratorLabel}：{drill.data.numerator}；{drill.data.denominatorLabel}：{drill.data.denominator}；{m.value}：{formatValue(drill.data.value, drill.data.indicator.direction)}
            </Typography.Paragraph>
          )}
          <Table<Record> rowKey="id" size="small" loading={drill.isFetching} columns={recordColumns} dataSource={drill.data?.records ?? []} pagination={{ pageSize: 20 }} />
        </Card>
      )}
    </>
  );
}
