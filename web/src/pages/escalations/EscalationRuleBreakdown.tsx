/** The board by rule: how many each rule has in progress, waiting for review, overdue, closed, withdrawn. Clicking a rule filters the list. */
import { Card, Flex, Table, Typography, type TableProps } from 'antd';
import { escalationsMessages } from './messages';
import type { EscalationBoard, EscalationRule } from './escalations-api';
import { ruleRows, type RuleRow } from './escalation-format';
import { RuleLevelTag } from './EscalationTags';

const m = escalationsMessages;

interface Props {
  byRule?: EscalationBoard['byRule'];
  rules: EscalationRule[];
  ruleId?: string;
  loading: boolean;
  onPick: (ruleId: string) => void;
}

const count = (color?: string) => (n: number) => (n > 0 && color ? <span style={{ color, fontWeight: 600 }}>{n}</span> : n);

export function EscalationRuleBreakdown({ byRule, rules, ruleId, loading, onPick }: Props) {
  const columns: TableProps<RuleRow>['columns'] = [
    {
      title: m.colRule,
      dataIndex: 'name',
      render: (name: string, r) => (
        <Flex gap={4} align="center" wrap>
          <Typography.Link onClick={() => onPick(r.ruleId)}>{name}</Typography.Link>
          {r.level && <RuleLevelTag level={r.level} quiet />}
        </Flex>
      ),
    },
    { title: m.colActive, dataIndex: 'active', width: 64, align: 'right', render: count() },
    { title: m.colReported, dataIndex: 'reported', width: 64, align: 'right', render: count('#d48806') },
    { title: m.colOverdue, dataIndex: 'overdue', width: 52, align: 'right', render: count('#cf1322') },
    { title: m.colClosed, dataIndex: 'closed', width: 64, align: 'right' },
    { title: m.colWithdrawn, dataIndex: 'withdrawn', width: 64, align: 'right' },
  ];
  return (
    <Card title={m.byRule} style={{ height: '100%' }}>
      <Table<RuleRow> rowKey="ruleId" size="small" columns={columns} dataSource={ruleRows(byRule ?? [], rules, ruleId)} loading={loading} pagination={false} />
    </Card>
  );
}
