/** Active escalations per assigned bureau, stacked: still in time, and overdue in red. */
import { Card, Empty } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useUnitLabel } from '../../api/org';
import { escalationsMessages } from './messages';
import type { UnitBoardCounts } from './escalations-api';
import { citySeries } from './escalation-format';

const BarChart = lazy(() => import('../../components/BarChart'));
const m = escalationsMessages;
const HEIGHT = 300;

export function EscalationCityChart({ items, loading }: { items?: UnitBoardCounts[]; loading: boolean }) {
  const label = useUnitLabel();
  const series = useMemo(() => citySeries(items ?? [], (u) => label(u.unitId, u.unitName)), [items, label]);
  return (
    <Card title={m.byCity} style={{ height: '100%' }} loading={loading && !items}>
      {series.categories.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noActive} style={{ height: HEIGHT - 40, display: 'flex', flexDirection: 'column', justifyContent: 'center' }} />
      ) : (
        <Suspense fallback={<div style={{ height: HEIGHT }} />}>
          <BarChart
            stacked
            height={HEIGHT}
            categories={series.categories}
            series={[
              { name: m.seriesInTime, data: series.inTime, color: '#1677ff' },
              { name: m.seriesOverdue, data: series.overdue, color: '#ff4d4f' },
            ]}
          />
        </Suspense>
      )}
    </Card>
  );
}
