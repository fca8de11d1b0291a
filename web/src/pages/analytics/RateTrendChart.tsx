/** The rate by month (line) over the samples (bars): the trend of the page's filters. */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import type { Pivot } from './analytics-api';
import type { Measure } from './PivotTable';
import { analyticsMessages as m } from './messages';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export default function RateTrendChart({ pivot, measure, onPick }: { pivot: Pivot; measure: Measure; onPick: (href: string) => void }) {
  const rows = pivot.rowItems.filter((r) => r.key);
  const rateName = measure === 'unqualified' ? m.unqualifiedRate : m.issueRate;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.label) },
      yAxis: [
        { type: 'value', name: m.trendSamples, minInterval: 1 },
        { type: 'value', name: rateName, axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        { name: m.trendSamples, type: 'bar', data: rows.map((r) => r.total.samples), itemStyle: { color: '#bae0ff' }, barMaxWidth: 24 },
        {
          name: rateName,
          type: 'line',
          yAxisIndex: 1,
          // A month with few samples is drawn as a hollow point: its rate is not comparable.
          data: rows.map((r) => ({ value: measure === 'unqualified' ? r.total.rate : r.total.issueRate, symbol: r.total.small ? 'emptyCircle' : 'circle', symbolSize: r.total.small ? 6 : 8 })),
          itemStyle: { color: '#cf1322' },
        },
      ],
    }),
    [rows, measure, rateName],
  );
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height: 300 }}
      notMerge
      onEvents={{ click: (p: { dataIndex: number }) => rows[p.dataIndex]?.total.href && onPick(rows[p.dataIndex].total.href!) }}
    />
  );
}
