/**
 * The escalation at a glance: the live countdown to its deadline (已结案 / 已撤销 once ended), and
 * who and what it is about: the enterprise, the rule and year, the batches against the threshold,
 * the supervising division and the bureau that carries it out.
 */
import { Flex } from 'antd';
import { Link } from 'react-router';
import { ProvisionalTag } from '../../../components/DueText';
import { CountdownCard, LiveCountdown } from '../../../components/LiveCountdown';
import { formatDateTime } from '../../../lib/time';
import { messages } from '../../../messages';
import { escalationsMessages } from '../messages';
import type { EscalationDetail } from '../escalations-api';
import { isActive } from '../escalation-format';
import { BelowThresholdTag, MatchedByNameTag } from '../EscalationTags';

const m = escalationsMessages;
const none = messages.common.none;

function Countdown({ escalation: e }: { escalation: EscalationDetail }) {
  const ended = e.status === 'closed' ? { text: m.closedState, kind: 'done' as const } : e.status === 'withdrawn' ? { text: m.withdrawnState, kind: 'stopped' as const } : null;
  return <LiveCountdown title={m.deadline} dueAt={e.dueAt} overdue={e.overdue} ended={ended} testId="escalation-countdown" />;
}

export function OverviewCard({ escalation: e }: { escalation: EscalationDetail }) {
  const items = [
    {
      key: 'enterprise',
      label: m.enterprise,
      children: (
        <Flex gap={6} align="center" wrap>
          <Link to={`/enterprises/${e.enterpriseId}`}>{e.enterpriseName}</Link>
          {e.matchedByName && <MatchedByNameTag />}
        </Flex>
      ),
    },
    { key: 'creditCode', label: m.creditCode, children: e.creditCode ?? m.noCreditCode },
    { key: 'address', label: m.address, children: e.enterpriseAddress ?? none },
    { key: 'rule', label: m.ruleName, span: 2, children: m.whyRule(e.ruleName, e.year) },
    {
      key: 'count',
      label: m.countNow,
      children: (
        <Flex gap={6} align="center" wrap>
          {m.countText(e.currentCount, e.threshold, e.countAtFiring)}
          {e.belowThreshold && <BelowThresholdTag />}
        </Flex>
      ),
    },
    { key: 'owner', label: m.ownerUnit, children: e.ownerUnitName },
    { key: 'assigned', label: m.assignedUnit, children: e.assignedUnitName },
    { key: 'firedAt', label: m.firedAt, children: formatDateTime(e.firedAt) },
    {
      key: 'dueAt',
      label: m.dueAt,
      children: (
        <Flex gap={8} align="center">
          {formatDateTime(e.dueAt)}
          {e.provisional && isActive(e.status) && <ProvisionalTag />}
        </Flex>
      ),
    },
  ];
  return <CountdownCard countdown={<Countdown escalation={e} />} items={items} />;
}
