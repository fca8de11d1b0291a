/**
 * The board's figures: 进行中, 待审核, 逾期, 7日内到期, 已低于阈值 over everything the board's
 * filters select. A card that has a list filter applies it when clicked.
 */
import { Card, Flex, Statistic } from 'antd';
import { escalationsMessages } from './messages';
import type { EscalationFilters } from './escalation-filters';
import type { BoardCounts } from './escalations-api';

const m = escalationsMessages;

interface CardDef {
  key: keyof BoardCounts;
  title: string;
  color?: string;
  filter?: EscalationFilters;
}

export function EscalationSummaryCards({ totals, loading, onFilter }: { totals?: BoardCounts; loading: boolean; onFilter: (f: EscalationFilters) => void }) {
  const warn = (n: number | undefined, color: string) => ((n ?? 0) > 0 ? color : undefined);
  const cards: CardDef[] = [
    { key: 'active', title: m.cardActive, filter: { status: 'active', overdue: undefined, belowThreshold: undefined } },
    { key: 'reported', title: m.cardReported, color: warn(totals?.reported, '#d48806'), filter: { status: 'reported', overdue: undefined, belowThreshold: undefined } },
    { key: 'overdue', title: m.cardOverdue, color: warn(totals?.overdue, '#cf1322'), filter: { status: 'active', overdue: 'true', belowThreshold: undefined } },
    // No list filter says "due within 7 days"; the figure alone is the warning.
    { key: 'dueSoon', title: m.cardDueSoon, color: warn(totals?.dueSoon, '#d46b08') },
    { key: 'belowThreshold', title: m.cardBelowThreshold, color: warn(totals?.belowThreshold, '#cf1322'), filter: { status: 'active', overdue: undefined, belowThreshold: 'true' } },
  ];
  return (
    <Flex gap={16} wrap>
      {cards.map((c) => (
        <Card
          key={c.key}
          hoverable={Boolean(c.filter)}
          onClick={c.filter ? () => onFilter(c.filter!) : undefined}
          style={{ flex: '1 1 170px', cursor: c.filter ? 'pointer' : undefined }}
          data-testid={`escalation-${c.key}`}
        >
          <Statistic title={c.title} value={totals?.[c.key] ?? 0} loading={loading} styles={{ content: { color: c.color } }} />
        </Card>
      ))}
    </Flex>
  );
}
