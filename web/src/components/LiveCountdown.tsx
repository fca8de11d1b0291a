/**
 * A deadline's countdown that ticks every second (已逾期 in red once past), or, once the record
 * has ended, what ended it (已结案 in green, 已撤销 / 已作废 in grey). One component for every
 * detail page with a legal deadline.
 */
import { Card, Col, Descriptions, Row, Statistic, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { liveCountdown, toneColor } from '../lib/countdown';
import { useNow } from '../lib/use-now';

export interface CountdownEnd {
  text: string;
  /** done: finished as it should (green); stopped: ended otherwise (grey). */
  kind: 'done' | 'stopped';
}

const endColor = { done: '#389e0d', stopped: 'rgba(0,0,0,0.45)' } as const;

export function LiveCountdown({ title, dueAt, overdue, ended, testId }: { title: string; dueAt: string; overdue: boolean; ended: CountdownEnd | null; testId: string }) {
  const now = useNow(1000);
  if (ended) return <Statistic title={title} value={ended.text} styles={{ content: { color: endColor[ended.kind] } }} />;
  const view = liveCountdown(dueAt, overdue, now);
  return (
    <div data-testid={testId}>
      <Statistic title={title} value={view.text} styles={{ content: { color: toneColor[view.tone], fontVariantNumeric: 'tabular-nums' } }} />
    </div>
  );
}

/** A detail page's deadline card: the countdown on the left, the record's facts beside it. */
export function CountdownCard({ countdown, items }: { countdown: ReactNode; items: DescriptionsProps['items'] }) {
  return (
    <Card>
      <Row gutter={[24, 16]} align="middle">
        <Col xs={24} lg={7} xxl={6}>
          {countdown}
        </Col>
        <Col xs={24} lg={17} xxl={18}>
          <Descriptions size="small" column={{ xs: 1, md: 2, xxl: 3 }} items={items} />
        </Col>
      </Row>
    </Card>
  );
}
