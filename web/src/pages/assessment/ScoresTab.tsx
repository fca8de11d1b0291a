/** 得分排名: a level's scores for a year or quarter, with ranks, trend and the formula; 协调处 publishes and everyone exports. */
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Segmented, Select, Space, Spin, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../auth/session';
import { QueryError } from '../../components/QueryError';
import { downloadReport, downloadScores, usePublish, useScores, type UnitScoreRow } from './assessment-api';
import { formatScore, formatValue, thisYear, yearOptions } from './format';
import { assessmentMessages as m } from './messages';

/** The level of a unit's own score: a county bureau opens on the counties, not on an empty table of cities. */
const ownLevel: Record<string, string> = { county_bureau: 'county', city_bureau: 'city', division: 'division', affiliated_unit: 'division' };

export function ScoresTab() {
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear;
  const level = params.get('level') && m.levels[params.get('level')!] ? params.get('level')! : (me?.unit.kind === 'county_bureau' ? 'county' : 'city');
  const period = params.get('period') && m.periods[params.get('period')!] ? params.get('period')! : 'year';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const [run, setRun] = useState(false);
  const { data, error, isFetching, refetch } = useScores(year, level, period, run);
  const publish = usePublish();
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const codes = data?.items[0]?.indicators ?? [];
  const columns: TableProps<UnitScoreRow>['columns'] = [
    { title: m.rank, dataIndex: 'rank', width: 70, render: (r: number | null) => r ?? '—' },
    ...(level === 'county' ? [{ title: m.rankInCity, dataIndex: 'rankInCity', width: 90, render: (r: number | null) => r ?? '—' }] : []),
    {
      title: m.unit,
      dataIndex: 'unitName',
      width: 220,
      render: (name: string, r: UnitScoreRow) => <Link to={`/assessment/units/${r.unitId}?year=${year}&period=${period}&level=${level}`}>{name}</Link>,
    },
    { title: m.score, dataIndex: 'score', width: 90, render: (s: number | null) => <Typography.Text strong>{formatScore(s)}</Typography.Text> },
    { title: m.previous, dataIndex: 'previousScore', width: 80, render: formatScore },
    {
      title: m.trend,
      dataIndex: 'trend',
      width: 90,
      render: (t: number | null) =>
        t === null ? '—' : <Typography.Text type={t >= 0 ? 'success' : 'danger'}>{t >= 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {Math.abs(t).toFixed(2)}</Typography.Text>,
    },
    ...codes.map((c, i) => ({
      title: c.name,
      key: c.code,
      width: 120,
      render: (_: unknown, r: UnitScoreRow) => {
        const x = r.indicators[i];
        return x ? `${formatValue(x.value, x.direction)}${x.points === null ? '' : ` / ${x.points}`}` : '—';
      },
    })),
  ];
  return (
    <Card>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select style={{ width: 110 }} options={yearOptions} value={year} onChange={(y) => set('year', String(y))} aria-label={m.year} />
          <Segmented value={period} onChange={(v) => set('period', String(v))} options={Object.entries(m.periods).map(([value, label]) => ({ value, label }))} />
          <Segmented value={level} onChange={(v) => set('level', String(v))} options={Object.entries(m.levels).map(([value, label]) => ({ value, label }))} />
          <Button type="primary" onClick={() => (run ? void refetch() : setRun(true))} loading={isFetching} data-testid="run-scores">
            {m.run}
          </Button>
        </Space>
        <Space wrap>
          {data?.canPublish && (
            <Popconfirm title={m.publishConfirm} onConfirm={() => publish.mutateAsync({ year, period }).then(() => void message.success(m.publishedOk), (e: Error) => void message.error(e.message))}>
              <Button danger loading={publish.isPending}>{m.publish}</Button>
            </Popconfirm>
          )}
          <Button onClick={() => void downloadScores(year, period)}>{m.exportXlsx}</Button>
          <Button onClick={() => void downloadReport(year, period)}>{m.exportDocx}</Button>
        </Space>
      </Flex>
      {!run && !data && <Typography.Paragraph type="secondary">{m.notRunYet}</Typography.Paragraph>}
      {isFetching && !data && <Spin tip={m.running}><div style={{ height: 80 }} /></Spin>}
      {data && <Alert type={data.published ? 'success' : 'info'} showIcon title={data.published ? m.published(data.publishedAt ?? '') : data.seesAll ? m.notPublished : m.ownOnly} style={{ marginBottom: 12 }} />}
      {data && (
        <Typography.Paragraph type="secondary">
          {m.formula}：{data.formula}
        </Typography.Paragraph>
      )}
      {data && <Table<UnitScoreRow> rowKey="unitId" size="small" locale={!data.seesAll && ownLevel[me?.unit.kind ?? ''] && ownLevel[me!.unit.kind] !== level ? { emptyText: m.ownLevelElsewhere(m.levels[ownLevel[me!.unit.kind]]) } : undefined} columns={columns} dataSource={[...data.items].sort((a, b) => (a.rank ?? 9999) - (b.rank ?? 9999))} pagination={{ pageSize: 50 }} scroll={{ x: 'max-content' }} />}
    </Card>
  );
}
