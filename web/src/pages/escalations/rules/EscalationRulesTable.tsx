/**
 * 督办规则: each rule's subject, threshold, years, owning division, basis and level (U → 待核实).
 * An administrator edits the threshold and years in place, or switches a rule on or off; the
 * server recomputes every escalation in the same transaction and says how many it created or
 * updated. The row's version guards each save.
 */
import { App, Flex, Form, InputNumber, Select, Switch, Table, Tooltip, Typography, type TableProps } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useOrgUnits } from '../../../api/org';
import { labelOf } from '../../../lib/enums';
import { formProblem, isVersionConflict } from '../../../lib/form-errors';
import { messages } from '../../../messages';
import { escalationsMessages } from '../messages';
import { ownerDivisions } from '../escalation-format';
import { useEscalationRuleMutations, type EscalationRule } from '../escalations-api';
import { RuleLevelTag } from '../EscalationTags';
import { CodeTip } from '../../../components/CodeTip';
import { InlineEditActions } from '../../../components/InlineEditActions';

const m = escalationsMessages;

interface Values {
  threshold: number;
  years: number;
  window: 'calendarYear' | 'rolling12Months';
}

export function EscalationRulesTable({ rules, editable, loading }: { rules: EscalationRule[]; editable: boolean; loading: boolean }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { editRule } = useEscalationRuleMutations();
  const { data: units } = useOrgUnits();
  const [editing, setEditing] = useState<string | null>(null);
  const [toggling, setToggling] = useState<string | null>(null);
  const divisionName = useMemo(() => new Map(ownerDivisions(rules, units ?? []).map((d) => [d.business, d.name])), [rules, units]);

  const saved = (r: { recomputed: { created: number; updated: number } }) => message.success(m.ruleSaved(r.recomputed.created, r.recomputed.updated));

  const startEdit = (r: EscalationRule) => {
    form.setFieldsValue({ threshold: r.threshold, years: r.years, window: r.window });
    setEditing(r.id);
  };

  const save = async (r: EscalationRule) => {
    try {
      const v = await form.validateFields();
      const change = { version: r.version, threshold: v.threshold, ...(r.kind === 'consecutiveYears' ? { years: v.years } : { window: v.window }) };
      saved(await editRule.mutateAsync({ id: r.id, change }));
      setEditing(null);
    } catch (error) {
      if (!(error instanceof Error)) return; // the form's own validation is already shown
      const problem = formProblem(form, error, ['threshold', 'years'], messages.common.conflict);
      if (problem) message.error(problem);
    }
  };

  const toggle = async (r: EscalationRule, enabled: boolean) => {
    setToggling(r.id);
    try {
      saved(await editRule.mutateAsync({ id: r.id, change: { version: r.version, enabled } }));
    } catch (error) {
      message.error(isVersionConflict(error) ? messages.common.conflict : error instanceof Error ? error.message : messages.common.unknownError);
    } finally {
      setToggling(null);
    }
  };

  const cell = (r: EscalationRule, view: ReactNode, input: ReactNode) => (editing === r.id ? input : view);

  const columns: TableProps<EscalationRule>['columns'] = [
    {
      title: m.colRuleName,
      dataIndex: 'name',
      width: 220,
      render: (name: string, r) => <CodeTip code={r.id}>{name}</CodeTip>,
    },
    { title: m.colSubject, dataIndex: 'subject', width: 130, render: (s: string) => labelOf(m.subjects, s) },
    {
      title: m.colThreshold,
      dataIndex: 'threshold',
      width: 100,
      render: (threshold: number, r) =>
        cell(
          r,
          threshold,
          <Form.Item name="threshold" noStyle rules={[{ required: true, type: 'integer', min: 1, max: 100, message: m.thresholdRequired }]}>
            <InputNumber min={1} max={100} precision={0} style={{ width: 80 }} aria-label={m.colThreshold} />
          </Form.Item>,
        ),
    },
    {
      title: m.colYears,
      dataIndex: 'years',
      width: 70,
      render: (years: number, r) =>
        r.kind === 'consecutiveYears' ? (
          cell(
            r,
            years,
            <Form.Item name="years" noStyle rules={[{ required: true, type: 'integer', min: 1, max: 5, message: m.yearsRequired }]}>
              <InputNumber min={1} max={5} precision={0} style={{ width: 70 }} aria-label={m.colYears} />
            </Form.Item>,
          )
        ) : (
          <Tooltip title={m.yearsFixed}>
            <span style={{ cursor: 'help' }}>{years}</span>
          </Tooltip>
        ),
    },
    {
      title: m.colWindow,
      dataIndex: 'reading',
      width: 220,
      render: (reading: string, r) =>
        r.kind === 'batchesInYear'
          ? cell(
              r,
              <Typography.Text style={{ fontSize: 12 }}>{reading}</Typography.Text>,
              <Form.Item name="window" noStyle>
                <Select options={[...m.windowOptions]} style={{ width: 150 }} aria-label={m.colWindow} />
              </Form.Item>,
            )
          : <Typography.Text style={{ fontSize: 12 }}>{reading}</Typography.Text>,
    },
    { title: m.colOwnerDivision, dataIndex: 'ownerBusiness', width: 100, render: (b: string) => divisionName.get(b) ?? b },
    { title: m.colBasis, dataIndex: 'legalBasis' },
    // The verification level is for those who maintain the rules.
    ...(editable ? [{ title: m.colLevel, dataIndex: 'level', width: 90, render: (level: string) => <RuleLevelTag level={level} /> }] : []),
    {
      title: m.colEnabled,
      dataIndex: 'enabled',
      width: 60,
      render: (enabled: boolean, r) => (
        <Switch
          size="small"
          checked={enabled}
          disabled={!editable || editing !== null || (toggling !== null && toggling !== r.id)}
          loading={toggling === r.id}
          aria-label={`${m.colEnabled} ${r.name}`}
          onChange={(on) => void toggle(r, on)}
        />
      ),
    },
    ...(editable
      ? [
          {
            title: messages.common.actions,
            key: 'actions',
            width: 90,
            render: (_: unknown, r: EscalationRule) => (
              <InlineEditActions
                editing={editing === r.id}
                saving={editRule.isPending}
                disabled={editing !== null || toggling !== null}
                onEdit={() => startEdit(r)}
                onSave={() => void save(r)}
                onCancel={() => setEditing(null)}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Form form={form} component={false}>
      <Table<EscalationRule> rowKey="id" size="small" columns={columns} dataSource={rules} loading={loading} pagination={false} scroll={{ x: 1000 }} />
    </Form>
  );
}
