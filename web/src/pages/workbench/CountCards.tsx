/** The three numbers an official looks at first: open, overdue, due today (as grid columns). */
import { Card, Col, Statistic, type ColProps } from 'antd';
import type { WorkItemCounts } from '../../api/types';
import { workbenchMessages } from './messages';

const m = workbenchMessages;

export function CountCards({ counts, loading, col }: { counts?: WorkItemCounts; loading: boolean; col: ColProps }) {
  const cards = [
    { key: 'open', title: m.open, value: counts?.open, color: undefined },
    { key: 'overdue', title: m.overdue, value: counts?.overdue, color: (counts?.overdue ?? 0) > 0 ? '#cf1322' : undefined },
    { key: 'dueToday', title: m.dueToday, value: counts?.dueToday, color: (counts?.dueToday ?? 0) > 0 ? '#d46b08' : undefined },
  ];
  return cards.map((c) => (
    <Col key={c.key} {...col}>
      <Card data-testid={`count-${c.key}`} style={{ height: '100%' }}>
        <Statistic title={c.title} value={c.value ?? 0} loading={loading} styles={{ content: { color: c.color } }} />
      </Card>
    </Col>
  ));
}
