/**
 * The chart that shows why a signal is one: a time signal's monthly series with its expected
 * count and alarm threshold; a funnel with the 95 % and 99.8 % limits and the region's dot; a link
 * rise's counties now against a year before; a systemic signal's failures by city.
 */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { signalsMessages as m } from './messages';
import type { SignalDetail } from './signals-api';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Row = Record<string, any>;

function option(signal: SignalDetail, regionName: (code: string) => string) {
  const s = signal.statistic as Row;
  if (signal.method === 'time' && Array.isArray(s.chart)) {
    const rows = s.chart as Row[];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: m.observed, type: 'bar', data: rows.map((r) => r.observed), itemStyle: { color: '#cf1322' }, barMaxWidth: 20 },
        { name: m.expected, type: 'line', data: rows.map((r) => (r.expected === null ? null : Number(r.expected.toFixed(2)))), itemStyle: { color: '#1677ff' } },
        { name: m.threshold, type: 'line', data: rows.map((r) => (r.threshold === null ? null : Number(r.threshold.toFixed(2)))), lineStyle: { type: 'dashed' }, itemStyle: { color: '#fa8c16' }, areaStyle: { opacity: 0.08 } },
      ],
    };
  }
  if (signal.method === 'region' && s.chart) {
    const c = s.chart as Row;
    const pct = (v: number) => Number((v * 100).toFixed(2));
    const curve = c.curve as Row[];
    return {
      tooltip: { trigger: 'item', formatter: (p: Row) => (p.seriesType === 'scatter' ? `${regionName(p.data[2])}<br/>${p.data[0]} 批次，${p.data[1]}%` : `${p.seriesName}`) },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: '抽检批次', min: 0 },
      yAxis: { type: 'value', name: '不合格率 %', min: 0 },
      series: [
        { name: m.regions, type: 'scatter', data: (c.points as Row[]).filter((p) => p.regionCode !== signal.regionCode).map((p) => [p.samples, pct(p.rate), p.regionCode]), itemStyle: { color: '#8c8c8c' } },
        { name: m.thisRegion, type: 'scatter', symbolSize: 16, data: (c.points as Row[]).filter((p) => p.regionCode === signal.regionCode).map((p) => [p.samples, pct(p.rate), p.regionCode]), itemStyle: { color: '#cf1322' } },
        { name: '全省', type: 'line', showSymbol: false, data: curve.map((p) => [p.n, pct(c.target)]), itemStyle: { color: '#1677ff' } },
        { name: m.upper95, type: 'line', showSymbol: false, data: curve.map((p) => [p.n, pct(p.upper95)]), lineStyle: { type: 'dashed' }, itemStyle: { color: '#fa8c16' } },
        { name: m.upper998, type: 'line', showSymbol: false, data: curve.map((p) => [p.n, pct(p.upper998)]), itemStyle: { color: '#cf1322' } },
      ],
    };
  }
  if (signal.method === 'link' && Array.isArray(s.changes)) {
    const rows = s.changes as Row[];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => regionName(r.regionCode)), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      series: [
        { name: m.rateBefore, type: 'bar', data: rows.map((r) => Number((r.rateBefore * 100).toFixed(1))), itemStyle: { color: '#8c8c8c' } },
        { name: m.rateNow, type: 'bar', data: rows.map((r) => Number((r.rateNow * 100).toFixed(1))), itemStyle: { color: '#cf1322' } },
      ],
    };
  }
  if (Array.isArray(s.cities)) {
    const counts = new Map<string, number>();
    for (const sample of signal.samples) {
      const city = sample.regionCode ? `${sample.regionCode.slice(0, 4)}00` : '';
      counts.set(city, (counts.get(city) ?? 0) + 1);
    }
    const cities = s.cities as string[];
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: cities.map(regionName) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: m.observed, type: 'bar', data: cities.map((c) => counts.get(c) ?? 0), itemStyle: { color: '#cf1322' }, barMaxWidth: 32 }],
    };
  }
  return null;
}

export default function SignalChart({ signal, regionName }: { signal: SignalDetail; regionName: (code: string) => string }) {
  const o = useMemo(() => option(signal, regionName), [signal, regionName]);
  if (!o) return null;
  return <ReactEChartsCore echarts={echarts} option={o} style={{ height: 320 }} notMerge />;
}
