/** Open work items by kind, as a small doughnut. Only the ECharts parts in use are bundled. */
import { PieChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import type { KindCount } from '../../api/types';

echarts.use([PieChart, TooltipComponent, LegendComponent, CanvasRenderer]);

export default function KindChart({ data, height = 140 }: { data: KindCount[]; height?: number }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { orient: 'vertical', right: 0, top: 'middle', type: 'scroll' },
      series: [
        {
          type: 'pie',
          radius: ['45%', '75%'],
          center: ['30%', '50%'],
          label: { show: false },
          data: data.map((d) => ({ name: d.kindName ?? d.kind, value: d.count })),
        },
      ],
    }),
    [data],
  );
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height }} notMerge lazyUpdate />;
}
