/** A deadline: its date, the countdown (red when overdue, orange within 7 days) and 暂定 when provisional. */
import { Flex, Tooltip, Typography } from 'antd';
import { describeDue, toneColor } from '../lib/countdown';
import { formatDateTime } from '../lib/time';
import { messages } from '../messages';

/**
 * 暂定: the deadline was computed on a holiday calendar that is not yet confirmed. A quiet note
 * (grey text, the reason on hover), not a coloured tag: the date is the best count there is.
 */
export function ProvisionalTag() {
  return (
    <Tooltip title={messages.countdown.provisionalTip}>
      <Typography.Text type="secondary" style={{ fontSize: 12, cursor: 'help' }} data-testid="provisional">
        {messages.countdown.provisional}
      </Typography.Text>
    </Tooltip>
  );
}

interface Props {
  dueAt: string | null;
  overdue: boolean;
  provisional?: boolean;
  /** false for a closed or voided record: the date alone. */
  active: boolean;
  now: Date;
}

export function DueText({ dueAt, overdue, provisional, active, now }: Props) {
  const due = describeDue(dueAt, overdue, now, active);
  return (
    <Flex vertical gap={2} align="flex-start">
      <Flex gap={6} align="center">
        <span>{formatDateTime(dueAt).slice(0, 10)}</span>
        {provisional && active && <ProvisionalTag />}
      </Flex>
      {due.text && (
        <Typography.Text style={{ fontSize: 12, color: toneColor[due.tone] }} type={due.tone === 'normal' ? 'secondary' : undefined}>
          {due.text}
        </Typography.Text>
      )}
    </Flex>
  );
}
