/**
 * The deadline at a glance: a countdown that ticks every second (已逾期 in red once past), the
 * deadline with 暂定 when provisional, the legal deadline before an extension and who approved it,
 * and where the count starts: the day the conclusion was received (with 导入时间晚于检验结论 N 天
 * when the record came later), or a note that it is still unknown.
 */
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { ProvisionalTag } from '../../../components/DueText';
import { CountdownCard, LiveCountdown } from '../../../components/LiveCountdown';
import { labelOf } from '../../../lib/enums';
import { formatDateTime } from '../../../lib/time';
import { messages } from '../../../messages';
import { disposalDetailMessages } from '../messages';
import type { DisposalDetail } from '../disposals-api';
import { isActive } from '../DisposalStatusTag';

const m = disposalDetailMessages;

function Countdown({ disposal }: { disposal: DisposalDetail }) {
  const ended = disposal.status === 'closed' ? { text: m.closed, kind: 'done' as const } : disposal.status === 'voided' ? { text: m.voided, kind: 'stopped' as const } : null;
  return <LiveCountdown title={m.deadline} dueAt={disposal.dueAt} overdue={disposal.overdue} ended={ended} testId="disposal-countdown" />;
}

function ClockStartText({ disposal: d }: { disposal: DisposalDetail }) {
  const { clockStart } = d;
  if (clockStart.from === 'recordCreated') {
    return (
      <Flex gap={8} align="center" wrap>
        {formatDateTime(d.openedAt)}
        <Typography.Text type="secondary">{m.clockFromRecord}</Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex gap={8} align="center" wrap>
      {clockStart.conclusionReceivedOn}
      {clockStart.lagDays > 0 && (
        <Tooltip title={m.importLagNote}>
          <Tag color="orange" data-testid="import-lag">
            {m.importLag(clockStart.lagDays)}
          </Tag>
        </Tooltip>
      )}
    </Flex>
  );
}

export function DeadlineCard({ disposal: d }: { disposal: DisposalDetail }) {
  const items = [
    {
      key: 'dueAt',
      label: m.dueAt,
      children: (
        <Flex gap={8} align="center">
          {formatDateTime(d.dueAt)}
          {d.provisional && isActive(d.status) && <ProvisionalTag />}
        </Flex>
      ),
    },
    ...(d.extension
      ? [
          { key: 'originalDueAt', label: m.originalDueAt, children: formatDateTime(d.originalDueAt) },
          { key: 'extension', label: m.extension, span: 'filled' as const, children: m.extensionText(d.extension.days, d.extension.approvedBy, d.extension.documentNo) },
          { key: 'extensionReason', label: m.extensionReason, span: 'filled' as const, children: d.extension.reason },
        ]
      : []),
    { key: 'openedAt', label: m.openedAt, span: 'filled' as const, children: <ClockStartText disposal={d} /> },
    { key: 'ownerUnit', label: m.ownerUnit, children: d.ownerUnitName },
    { key: 'kind', label: m.kind, children: labelOf(messages.disposalEnums.kind, d.kind) },
    ...(d.closedAt ? [{ key: 'closedAt', label: m.closedAt, children: formatDateTime(d.closedAt) }] : []),
    ...(d.voidReason ? [{ key: 'voidReason', label: m.voidReason, children: d.voidReason }] : []),
  ];
  return <CountdownCard countdown={<Countdown disposal={d} />} items={items} />;
}
