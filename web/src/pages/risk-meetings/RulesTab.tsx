/** 研判规则: the rhythm per level with its basis; 协调处 edits a level (editable comes from the server). */
import { Alert, Button, Card, Form, Input, Select, Table, Tag, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { QueryError } from '../../components/QueryError';
import { riskMeetingsMessages } from './messages';
import { useRules, useUpdateRule, type RulesReply } from './risk-meetings-api';

const m = riskMeetingsMessages;
type Rule = RulesReply['rules'][number];

export function RulesTab() {
  const { data, error, refetch } = useRules();
  const [editing, setEditing] = useState<Rule | null>(null);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const columns: TableProps<Rule>['columns'] = [
    { title: m.ruleLevel, dataIndex: 'levelName', width: 140 },
    { title: m.ruleMonths, dataIndex: 'periodMonths', width: 100, render: (n: number) => m.ruleMonthsValue(n) },
    { title: m.ruleFrom, dataIndex: 'effectiveFrom', width: 120 },
    { title: m.ruleBasis, dataIndex: 'basis', render: (b: string, r) => (<>{b} {r.edited && <Tag>{m.ruleEdited}</Tag>}</>) },
    ...(data?.editable ? [{ key: 'edit', width: 80, render: (_: unknown, r: Rule) => <Button type="link" onClick={() => setEditing(r)}>{m.ruleEdit}</Button> }] : []),
  ];
  return (
    <Card>
      {!data?.editable && <Alert type="info" showIcon title={m.rulesReadonly} style={{ marginBottom: 12 }} />}
      <Table<Rule> rowKey="level" size="middle" columns={columns} dataSource={data?.rules ?? []} pagination={false} />
      <RuleModal rule={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}

function RuleModal({ rule, onClose }: { rule: Rule | null; onClose: () => void }) {
  const [form] = Form.useForm<{ periodMonths: number; effectiveFrom: string; basis: string }>();
  const update = useUpdateRule();
  // The modal edits the chosen level: its current values on opening.
  useEffect(() => {
    if (rule) form.setFieldsValue({ periodMonths: rule.periodMonths, effectiveFrom: rule.effectiveFrom, basis: rule.basis });
  }, [rule, form]);
  return (
    <FormModal
      open={Boolean(rule)}
      title={m.ruleEditTitle}
      form={form}
      fields={['periodMonths', 'effectiveFrom', 'basis']}
      resetOnOpen={false}
      submit={(v) => update.mutateAsync({ level: rule!.level, version: rule!.version, periodMonths: v.periodMonths, effectiveFrom: v.effectiveFrom, basis: v.basis })}
      success={m.ruleSaved}
      onClose={onClose}
    >
      <Form.Item name="periodMonths" label={m.ruleMonths}>
        <Select options={[1, 2, 3, 4, 6, 12].map((n) => ({ value: n, label: m.ruleMonthsValue(n) }))} />
      </Form.Item>
      <Form.Item name="effectiveFrom" label={m.ruleFrom}>
        <Input placeholder="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item name="basis" label={m.ruleBasis}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
