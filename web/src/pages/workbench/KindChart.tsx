/**
 * Open work items by kind: a small doughnut and, beside it, an HTML legend with the counts. The
 * legend is not drawn by ECharts: in a narrow card its legend ran over the ring; this one wraps
 * and truncates within its own column. Only the ECharts parts in use are bundled.
 */
import { Flex, Typography } from 'antd';
import { PieChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import type { KindCount } from '../../api/types';

echarts.use([PieChart, TooltipComponent, CanvasRenderer]);

/** ECharts' default palette, so the legend's swatches match the ring. */
const palette = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc'];

export default function KindChart({ data, height = 140 }: { data: KindCount[]; height?: number }) {
  const option = useMemo(
    () => ({
      color: palette,
      // Drawn at once: a screenshot or a glance never catches half a ring.
      animation: false,
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）', confine: true },
      series: [
        {
          type: 'pie',
          radius: ['50%', '85%'],
          label: { show: false },
          data: data.map((d) => ({ name: d.kindName ?? d.kind, value: d.count })),
        },
      ],
    }),
    [data],
  );
  return (
    <Flex gap={12} align="center" style={{ minWidth: 0 }}>
      <ReactEChartsCore echarts={echarts} option={option} style={{ height, width: height, flex: 'none' }} notMerge lazyUpdate />
      <Flex vertical gap={2} style={{ minWidth: 0, flex: 1, maxHeight: height, overflowY: 'auto' }} data-testid="kind-legend">
        {data.map((d, i) => (
          <Flex key={d.kind} gap={6} align="center" style={{ minWidth: 0 }}>
            <span style={{ width: 10, height: 10, borderRadius: 2, background: palette[i % palette.length], flex: 'none' }} />
            <Typography.Text ellipsis={{ tooltip: d.kindName ?? d.kind }} style={{ fontSize: 12, minWidth: 0, flex: 1 }}>
              {d.kindName ?? d.kind}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>{d.count}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}
