/**
 * The rule table (deadlines are data): every rule with its period and basis. An administrator
 * (deadline.manage) also sees each rule's verification level (U → 待核实) and its code, and edits
 * amount, unit, basis and level in place; the row's version guards the save. Officials see the
 * rule in force, without the marks that are the maintainers' to-do.
 */
import { App, Button, Card, Flex, Form, Input, InputNumber, Select, Table, Tag, Typography, type TableProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { CodeTip } from '../../components/CodeTip';
import { ReviewTag } from '../../components/ConclusionTag';
import { optionsOf } from '../../lib/enums';
import { formProblem } from '../../lib/form-errors';
import { messages } from '../../messages';
import { deadlinesMessages } from './messages';
import { ruleAmount } from './deadline-format';
import { useDeadlineMutations, type DeadlineRule, type DeadlineUnit } from './deadlines-api';

const m = deadlinesMessages;

interface Values {
  amount: number;
  unit: DeadlineUnit;
  legalBasis: string;
  level: 'V' | 'S' | 'U';
}

const levelOptions = optionsOf(m.levels);

function LevelTag({ rule }: { rule: DeadlineRule }) {
  if (rule.unverified) return <ReviewTag />;
  return <Tag color={rule.level === 'V' ? 'green' : 'blue'}>{m.levels[rule.level] ?? rule.level}</Tag>;
}

export function RuleTable({ rules, editable, loading }: { rules: DeadlineRule[]; editable: boolean; loading: boolean }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { editRule } = useDeadlineMutations();
  const [editing, setEditing] = useState<string | null>(null);

  const startEdit = (r: DeadlineRule) => {
    form.setFieldsValue({ amount: r.amount, unit: r.unit, legalBasis: r.legalBasis, level: r.level });
    setEditing(r.id);
  };

  const save = async (r: DeadlineRule) => {
    try {
      const v = await form.validateFields();
      await editRule.mutateAsync({ id: r.id, change: { version: r.version, amount: v.amount, unit: v.unit, legalBasis: v.legalBasis.trim(), level: v.level } });
      message.success(m.saved);
      setEditing(null);
    } catch (error) {
      if (!(error instanceof Error)) return; // the form's own validation is already shown
      const problem = formProblem(form, error, ['amount', 'unit', 'legalBasis', 'level'], messages.common.conflict);
      if (problem) message.error(problem);
    }
  };

  const cell = (r: DeadlineRule, view: ReactNode, input: ReactNode) => (editing === r.id ? input : view);

  const columns: TableProps<DeadlineRule>['columns'] = [
    {
      title: m.colRule,
      dataIndex: 'name',
      width: 200,
      render: (name: string, r) => <CodeTip code={r.id}>{name}</CodeTip>,
    },
    { title: m.colTrigger, dataIndex: 'trigger', width: 170 },
    {
      title: m.colAmount,
      key: 'amount',
      width: 130,
      render: (_, r) =>
        cell(
          r,
          ruleAmount(r),
          <Flex vertical gap={4}>
            <Form.Item name="amount" noStyle rules={[{ required: true, type: 'integer', min: 1, message: m.amountRequired }]}>
              <InputNumber min={1} max={3650} precision={0} style={{ width: 80 }} aria-label={m.colAmount} />
            </Form.Item>
            <Form.Item name="unit" noStyle>
              <Select options={optionsOf(m.unitOptions)} style={{ width: 100 }} aria-label={m.colAmount} />
            </Form.Item>
          </Flex>,
        ),
    },
    { title: m.colActor, dataIndex: 'actor', width: 120 },
    {
      title: m.colBasis,
      dataIndex: 'legalBasis',
      render: (basis: string, r) =>
        cell(
          r,
          basis,
          <Form.Item name="legalBasis" noStyle rules={[{ required: true, whitespace: true, min: 2, message: m.basisRequired }]}>
            <Input.TextArea autoSize maxLength={500} aria-label={m.colBasis} />
          </Form.Item>,
        ),
    },
    ...(editable
      ? [
          {
            title: m.colLevel,
            dataIndex: 'level',
            width: 100,
            render: (_: unknown, r: DeadlineRule) =>
              cell(
                r,
                <LevelTag rule={r} />,
                <Form.Item name="level" noStyle>
                  <Select options={levelOptions} style={{ width: 90 }} aria-label={m.colLevel} />
                </Form.Item>,
              ),
          },
          {
            title: messages.common.actions,
            key: 'actions',
            width: 90,
            render: (_: unknown, r: DeadlineRule) =>
              editing === r.id ? (
                <Flex gap={8}>
                  <Typography.Link onClick={() => void save(r)}>{m.save}</Typography.Link>
                  <Typography.Link type="secondary" onClick={() => setEditing(null)}>{m.cancel}</Typography.Link>
                </Flex>
              ) : (
                <Button type="link" size="small" style={{ padding: 0 }} disabled={editing !== null} onClick={() => startEdit(r)}>
                  {m.edit}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card title={m.rules} extra={<Typography.Text type="secondary">{m.rulesNote}</Typography.Text>}>
      <Form form={form} component={false}>
        <Table<DeadlineRule> rowKey="id" size="small" columns={columns} dataSource={rules} loading={loading} pagination={false} scroll={{ x: 1000 }} />
      </Form>
    </Card>
  );
}
