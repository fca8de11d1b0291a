/**
 * Grouped bars over categories: years of an enterprise's record, quotas of a plan.
 * Only the ECharts parts in use are bundled; load it lazily.
 */
import { BarChart as Bars } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';

echarts.use([Bars, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface Series {
  name: string;
  data: number[];
  color?: string;
}

interface Props {
  categories: string[];
  series: Series[];
  height?: number;
  /** Horizontal bars, for long category names. */
  horizontal?: boolean;
  /** One bar per category with the series stacked (closed / in progress / overdue). */
  stacked?: boolean;
}

export default function BarChart({ categories, series, height = 280, horizontal = false, stacked = false }: Props) {
  const option = useMemo(() => {
    const categoryAxis = {
      type: 'category',
      data: categories,
      // Many short names under vertical bars (the cities of a province) lean to fit.
      axisLabel: { interval: 0, width: horizontal ? 180 : 100, overflow: 'truncate', rotate: !horizontal && categories.length > 8 ? 35 : 0 },
    };
    const valueAxis = { type: 'value', minInterval: 1 };
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
      series: series.map((s) => ({
        name: s.name,
        type: 'bar',
        data: s.data,
        itemStyle: s.color ? { color: s.color } : undefined,
        barMaxWidth: 32,
        stack: stacked ? 'total' : undefined,
        label: stacked ? { show: false } : { show: true, position: horizontal ? 'right' : 'top' },
      })),
    };
  }, [categories, series, horizontal, stacked]);
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height }} notMerge lazyUpdate />;
}
