/** The ledger per unit (the province by city, a city by county) as stacked bars: 已结案 / 处置中 / 逾期. */
import { Card, Empty } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useUnitLabel } from '../../api/org';
import { ledgerMessages } from './messages';
import type { ByUnitReply } from './ledger-api';
import { unitSeries } from './ledger-format';

const BarChart = lazy(() => import('../../components/BarChart'));
const m = ledgerMessages;

export function LedgerChart({ data }: { data?: ByUnitReply }) {
  const label = useUnitLabel();
  const series = useMemo(() => unitSeries(data?.items ?? [], (u) => label(u.unitId, u.unitName)), [data, label]);
  const empty = (data?.items ?? []).every((u) => u.total === 0);
  return (
    <Card title={m.byUnit(data ? label(data.unit.id, data.unit.name) : '')}>
      {data && empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Suspense fallback={<div style={{ height: 320 }} />}>
          <BarChart
            stacked
            height={320}
            categories={series.categories}
            series={[
              { name: m.seriesClosed, data: series.closed, color: '#52c41a' },
              { name: m.seriesInProgress, data: series.inProgress, color: '#1677ff' },
              { name: m.seriesOverdue, data: series.overdue, color: '#ff4d4f' },
            ]}
          />
        </Suspense>
      )}
    </Card>
  );
}
