/** Samples by month (bars) and the unqualified rate (line) of the year. */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import type { Dashboard } from './dashboard-api';
import { provinceMessages as m } from './messages';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export default function TrendChart({ monthly, onPick }: { monthly: Dashboard['monthly']; onPick: (month: string) => void }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: monthly.map((x) => `${Number(x.month.slice(5))}月`) },
      yAxis: [
        { type: 'value', name: m.trendSamples, minInterval: 1 },
        { type: 'value', name: m.trendRate, axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        { name: m.trendSamples, type: 'bar', data: monthly.map((x) => x.samples), itemStyle: { color: '#69b1ff' }, barMaxWidth: 28 },
        { name: m.trendRate, type: 'line', yAxisIndex: 1, data: monthly.map((x) => x.unqualifiedRate), itemStyle: { color: '#cf1322' } },
      ],
    }),
    [monthly],
  );
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 300 }} notMerge onEvents={{ click: (p: { dataIndex: number }) => onPick(monthly[p.dataIndex].month) }} />;
}
