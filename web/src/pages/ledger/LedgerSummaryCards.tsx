/** 处置总数, 已结案, 逾期, 五个到位完成率 of everything the filters select (not just the page). */
import { Card, Col, Row, Statistic } from 'antd';
import { ledgerMessages } from './messages';
import type { LedgerSummary } from './ledger-api';
import { completionRate } from './ledger-format';

const m = ledgerMessages;

export function LedgerSummaryCards({ summary, loading }: { summary?: LedgerSummary; loading: boolean }) {
  const cards = [
    { key: 'total', title: m.total, value: summary?.disposals ?? 0 },
    { key: 'closed', title: m.closed, value: summary?.closed ?? 0, color: '#389e0d' },
    { key: 'overdue', title: m.overdue, value: summary?.overdue ?? 0, color: (summary?.overdue ?? 0) > 0 ? '#cf1322' : undefined },
    { key: 'completion', title: m.completion, value: summary ? completionRate(summary) : 0, suffix: '%', precision: 1 },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((c) => (
        <Col key={c.key} xs={12} lg={6}>
          <Card data-testid={`ledger-${c.key}`}>
            <Statistic title={c.title} value={c.value} suffix={c.suffix} precision={c.precision} loading={loading} styles={{ content: { color: c.color } }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
