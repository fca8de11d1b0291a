/**
 * The map of Sichuan (its 21 cities) or of one city (its counties), coloured by the chosen
 * indicator. Clicking an area calls `onPick` with its code. The map files load lazily
 * (web/src/maps); ECharts' map chart is registered here only, so other pages do not carry it.
 */
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { loadCityMap, loadCountyMap } from '../../maps/sichuan-maps';
import type { MapIndicatorValues } from './dashboard-api';
import { provinceMessages as m } from './messages';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

interface Props {
  regionCode: string;
  indicator: MapIndicatorValues | undefined;
  names: Map<string, string>;
  onPick: (regionCode: string) => void;
  height?: number;
}

const format = (indicator: MapIndicatorValues | undefined, value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? m.noValue : indicator?.format === 'percent' ? `${value.toFixed(2)}%` : String(value);

export default function ProvinceMap({ regionCode, indicator, names, onPick, height = 460 }: Props) {
  const mapName = `sichuan-${regionCode}`;
  // Which map is registered and may be drawn: on a drill-down the new name renders before its file has loaded.
  const [loaded, setLoaded] = useState<string | null>(echarts.getMap(mapName) ? mapName : null);
  const ready = loaded === mapName && Boolean(echarts.getMap(mapName));
  useEffect(() => {
    let live = true;
    if (echarts.getMap(mapName)) {
      setLoaded(mapName);
      return;
    }
    (regionCode === '510000' ? loadCityMap() : loadCountyMap(regionCode)).then((geo) => {
      if (!live || !geo) return;
      echarts.registerMap(mapName, geo as Parameters<typeof echarts.registerMap>[1]);
      setLoaded(mapName);
    });
    return () => {
      live = false;
    };
  }, [mapName, regionCode]);

  const option = useMemo(() => {
    const values = indicator?.values ?? [];
    const max = Math.max(1, ...values.map((v) => v.value));
    const colours = indicator?.higherIsWorse === false ? ['#fff1f0', '#b7eb8f', '#389e0d'] : ['#f6ffed', '#ffe58f', '#fa8c16', '#cf1322'];
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; value: number }) => `${names.get(p.name) ?? p.name}<br/>${indicator?.label ?? ''}：${format(indicator, p.value)}`,
      },
      visualMap: { min: 0, max, left: 8, bottom: 8, calculable: true, inRange: { color: colours }, text: [format(indicator, max), format(indicator, 0)] },
      series: [
        {
          type: 'map',
          map: mapName,
          // The features' ids are region codes; names are looked up for labels and tooltips.
          nameProperty: 'code',
          roam: false,
          label: { show: true, fontSize: 10, formatter: (p: { name: string }) => (names.get(p.name) ?? '').replace(/(藏族羌族自治州|藏族自治州|彝族自治州)$/, '州') },
          emphasis: { label: { show: true }, itemStyle: { areaColor: '#91caff' } },
          data: values.map((v) => ({ name: v.regionCode, value: v.value })),
        },
      ],
    };
  }, [indicator, mapName, names]);

  if (!ready) return <Spin tip={m.loadingMap}><div style={{ height }} /></Spin>;
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height }}
      notMerge
      // The chart instance on window lets a browser test find where a region was drawn (convertToPixel).
      onChartReady={(chart) => Object.assign(window, { __provinceMapChart: chart })}
      onEvents={{ click: (p: { name?: string }) => p.name && onPick(p.name) }}
    />
  );
}
