/**
 * 信号参数: the thresholds as data, shown to 抽检监测处, who maintains them (audited). Their bases
 * are marked 待核实 for the maintainers; the officials who read signals see each signal's own
 * numbers on its page instead.
 */
import { Button, Card, InputNumber, Space, Table, message } from 'antd';
import { useState } from 'react';
import { signalsMessages as m } from './messages';
import { useSignalMutations, useSignalRules } from './signals-api';

export function SignalRulesCard() {
  const rules = useSignalRules();
  const { rule } = useSignalMutations();
  const [draft, setDraft] = useState<Record<string, number | null>>({});
  const mayEdit = rules.data?.mayEdit ?? false;
  if (!mayEdit) return null;
  return (
    <Card title={m.rules} style={{ marginTop: 16 }} size="small">
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        loading={rules.isFetching}
        dataSource={rules.data?.items ?? []}
        columns={[
          { title: m.rules, dataIndex: 'label' },
          {
            title: m.ruleValue,
            width: 220,
            render: (_: unknown, r) =>
              mayEdit ? (
                <Space>
                  <InputNumber size="small" min={r.min} max={r.max} value={draft[r.key] ?? r.value} onChange={(v) => setDraft({ ...draft, [r.key]: v })} />
                  <Button
                    size="small"
                    disabled={draft[r.key] === undefined || draft[r.key] === null || draft[r.key] === r.value}
                    onClick={() => rule.mutate({ key: r.key, value: draft[r.key]!, version: r.version }, { onSuccess: () => void message.success(m.save) })}
                  >
                    {m.save}
                  </Button>
                </Space>
              ) : (
                r.value
              ),
          },
          { title: m.ruleDefault, dataIndex: 'defaultValue', width: 90 },
          { title: m.ruleBasis, dataIndex: 'basis' },
        ]}
      />
    </Card>
  );
}
