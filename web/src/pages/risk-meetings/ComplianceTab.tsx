/** 完成情况: the units × periods matrix of a level for a year, coloured by status, with rates and the xlsx. */
import { Button, Card, Flex, Segmented, Select, Space, Statistic, Table, Tag, Typography, type TableProps } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { App } from 'antd';
import { QueryError } from '../../components/QueryError';
import { shanghaiYear } from '../../lib/time';
import { riskMeetingsMessages } from './messages';
import { downloadMatrix, useMatrix, type MatrixReply } from './risk-meetings-api';

const BarChart = lazy(() => import('../../components/BarChart'));
const m = riskMeetingsMessages;
const thisYear = shanghaiYear();
const years = [thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: `${y}年` }));
const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
type Row = MatrixReply['rows'][number];

export function ComplianceTab() {
  const { message } = App.useApp();
  // The province view links here with ?level=…&regionCode=… (its 321 completeness indicator).
  const [params, setParams] = useSearchParams();
  const [level, setLevel] = useState<string>(() => (params.get('level') && m.levels[params.get('level')!] ? params.get('level')! : 'county'));
  const [year, setYear] = useState(thisYear);
  const [exporting, setExporting] = useState(false);
  const regionCode = params.get('regionCode') ?? undefined;
  const { data, error, isFetching, refetch } = useMatrix(level, year, regionCode);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const columns: TableProps<Row>['columns'] = [
    { title: m.matrixUnit, dataIndex: 'unitName', width: 220, fixed: 'left', ellipsis: true },
    ...(data?.periods ?? []).map((p, i) => ({
      title: p.label.replace(`${year}年`, ''),
      key: p.start,
      width: 86,
      align: 'center' as const,
      render: (_: unknown, r: Row) => {
        const s = r.cells[i];
        return s ? (
          <Tag color={m.statusColors[s]} data-status={s} style={{ marginInlineEnd: 0 }}>
            {m.status[s]}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{m.notDue}</Typography.Text>
        );
      },
    })),
  ];
  const rates = data?.rates;
  return (
    <Card>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>
          <Segmented value={level} onChange={(v) => setLevel(String(v))} options={Object.entries(m.levels).map(([value, label]) => ({ value, label }))} />
          <Select style={{ width: 120 }} options={years} value={year} onChange={setYear} aria-label={m.filterYear} />
          {regionCode && (
            <Tag
              closable
              data-testid="matrix-region"
              onClose={() => {
                const next = new URLSearchParams(params);
                next.delete('regionCode');
                setParams(next);
              }}
            >
              {m.regionFiltered}
            </Tag>
          )}
        </Space>
        <Button
          loading={exporting}
          onClick={async () => {
            setExporting(true);
            try {
              await downloadMatrix(level, year);
            } catch (e) {
              message.error((e as Error).message);
            } finally {
              setExporting(false);
            }
          }}
        >
          {m.export}
        </Button>
      </Flex>
      {rates && (
        <Flex gap={32} wrap style={{ marginBottom: 12 }}>
          <Statistic title={m.rate} value={percent(rates.rate)} />
          <Statistic title={m.timelyRate} value={percent(rates.timelyRate)} />
          <Typography.Text type="secondary" style={{ alignSelf: 'flex-end' }}>
            {m.summaryLine(rates.held, rates.late, rates.missing, rates.open)}
          </Typography.Text>
        </Flex>
      )}
      {data && (
        <Suspense fallback={null}>
          <BarChart
            height={200}
            categories={data.periods.map((p) => p.label.replace(`${year}年`, ''))}
            series={[{ name: m.rateSeries, data: data.periodRates.map((r) => (r.rate === null ? 0 : Math.round(r.rate * 1000) / 10)), color: '#52c41a' }]}
          />
        </Suspense>
      )}
      <Table<Row> rowKey="unitId" size="small" columns={columns} dataSource={data?.rows ?? []} loading={isFetching} scroll={{ x: 'max-content', y: 520 }} pagination={false} />
    </Card>
  );
}
