/** The 24-hour clock of a report: HH:MM:SS left, ticking; red with 已超时 once past; 已办结 when closed. */
import { Flex, Typography } from 'antd';
import { urgentClock } from '../../lib/countdown';
import { useNow } from '../../lib/use-now';
import { urgentMessages } from './messages';
import type { UrgentRow } from './urgent-api';

const m = urgentMessages;

export function UrgentClock({ report, size = 36 }: { report: Pick<UrgentRow, 'status' | 'dueAt' | 'overdue'>; size?: number }) {
  const now = useNow(1000);
  if (report.status === 'closed') {
    return (
      <Typography.Text strong style={{ fontSize: size * 0.6, color: '#389e0d' }}>
        {m.closedAt}
      </Typography.Text>
    );
  }
  const { overdue, clock } = urgentClock(report.dueAt, report.overdue, now);
  return (
    <Flex align="baseline" gap={8} data-testid="urgent-clock">
      <Typography.Text type="secondary" style={{ fontSize: 13, color: overdue ? '#cf1322' : undefined }}>
        {overdue ? m.overtime : m.remaining}
      </Typography.Text>
      <span style={{ fontSize: size, fontWeight: 600, lineHeight: 1.1, fontVariantNumeric: 'tabular-nums', color: overdue ? '#cf1322' : '#1659a8' }}>
        {clock}
      </span>
    </Flex>
  );
}
