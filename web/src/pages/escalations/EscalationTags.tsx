/** The small marks of an escalation: its state, 已低于阈值, and a rule's verification level (U → 待核实). */
import { Tag, Tooltip } from 'antd';
import { useCapability } from '../../auth/session';
import { ReviewTag } from '../../components/ConclusionTag';
import { labelOf } from '../../lib/enums';
import { escalationsMessages } from './messages';

const m = escalationsMessages;

const colors: Record<string, string | undefined> = { open: 'processing', reported: 'gold', closed: 'green', withdrawn: undefined };

export function EscalationStatusTag({ status }: { status: string }) {
  return <Tag color={colors[status]}>{labelOf(m.status, status)}</Tag>;
}

export function BelowThresholdTag() {
  return (
    <Tag color="red" style={{ marginInlineEnd: 0 }}>
      {m.belowThreshold}
    </Tag>
  );
}

/**
 * 待核实 for a rule nobody has read in the legal text; the other levels as a quiet tag. Only those
 * who maintain the rules (rule.manage) see it: for an official the rule in force is the rule.
 */
export function RuleLevelTag({ level, quiet = false }: { level: string; quiet?: boolean }) {
  const maintains = useCapability('rules.manage');
  if (!maintains) return null;
  if (level === 'U') return <ReviewTag title={m.ruleUnverified} />;
  if (quiet) return null;
  return <Tag color={level === 'V' ? 'green' : 'blue'}>{labelOf(m.levels, level)}</Tag>;
}

/** The enterprise was merged by name and region (no credit code): the match is to verify. */
export function MatchedByNameTag() {
  return (
    <Tooltip title={m.matchedByName}>
      <span style={{ cursor: 'help' }}>
        <ReviewTag />
      </span>
    </Tooltip>
  );
}
