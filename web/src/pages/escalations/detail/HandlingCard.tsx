/** 办理情况: what the bureau reported, and the division's closing note or withdrawal reason. */
import { Card, Descriptions, Typography } from 'antd';
import { formatDateTime } from '../../../lib/time';
import { escalationsMessages } from '../messages';
import type { EscalationDetail } from '../escalations-api';

const m = escalationsMessages;

export function HandlingCard({ escalation: e }: { escalation: EscalationDetail }) {
  const decisions = [
    ...(e.closingNote ? [{ key: 'closing', label: m.closingNote, children: `${e.closingNote}（${formatDateTime(e.closedAt)}）` }] : []),
    ...(e.withdrawReason ? [{ key: 'withdraw', label: m.withdrawReason, children: `${e.withdrawReason}（${formatDateTime(e.withdrawnAt)}）` }] : []),
  ];
  return (
    <Card title={m.handling} extra={e.reportedAt && <Typography.Text type="secondary">{m.reportedAt(formatDateTime(e.reportedAt))}</Typography.Text>} style={{ height: '100%' }}>
      {e.report ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{e.report}</Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary">{m.noReport}</Typography.Paragraph>
      )}
      {decisions.length > 0 && <Descriptions size="small" column={1} items={decisions} />}
    </Card>
  );
}
