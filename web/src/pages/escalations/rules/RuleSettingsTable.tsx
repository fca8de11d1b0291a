/** 案件与信用阈值: numeric thresholds with their unit, basis and level; an administrator edits the value in place. */
import { App, Flex, Form, InputNumber, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { formProblem } from '../../../lib/form-errors';
import { messages } from '../../../messages';
import { escalationsMessages } from '../messages';
import { useEscalationRuleMutations, type RuleSetting } from '../escalations-api';
import { RuleLevelTag } from '../EscalationTags';
import { InlineEditActions } from '../../../components/InlineEditActions';

const m = escalationsMessages;

export function RuleSettingsTable({ settings, editable, loading }: { settings: RuleSetting[]; editable: boolean; loading: boolean }) {
  const [form] = Form.useForm<{ value: number }>();
  const { message } = App.useApp();
  const { editSetting } = useEscalationRuleMutations();
  const [editing, setEditing] = useState<string | null>(null);

  const save = async (s: RuleSetting) => {
    try {
      const { value } = await form.validateFields();
      await editSetting.mutateAsync({ id: s.id, change: { version: s.version, value } });
      message.success(m.settingSaved);
      setEditing(null);
    } catch (error) {
      if (!(error instanceof Error)) return; // the form's own validation is already shown
      const problem = formProblem(form, error, ['value'], messages.common.conflict);
      if (problem) message.error(problem);
    }
  };

  const columns: TableProps<RuleSetting>['columns'] = [
    {
      title: m.colSettingName,
      dataIndex: 'name',
      width: 280,
      render: (name: string, s) => (
        <Flex vertical>
          <span>{name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.id}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: m.colValue,
      dataIndex: 'value',
      width: 200,
      render: (value: number, s) =>
        editing === s.id ? (
          <Flex gap={6} align="center">
            <Form.Item name="value" noStyle rules={[{ required: true, type: 'number', min: 0, message: m.valueRequired }]}>
              <InputNumber min={0} max={1e10} style={{ width: 140 }} aria-label={m.colValue} />
            </Form.Item>
            {s.unit}
          </Flex>
        ) : (
          `${value.toLocaleString('zh-CN')} ${s.unit}`
        ),
    },
    { title: m.colBasis, dataIndex: 'legalBasis' },
    // The verification level is for those who maintain the rules.
    ...(editable ? [{ title: m.colLevel, dataIndex: 'level', width: 90, render: (level: string) => <RuleLevelTag level={level} /> }] : []),
    ...(editable
      ? [
          {
            title: messages.common.actions,
            key: 'actions',
            width: 90,
            render: (_: unknown, s: RuleSetting) => (
              <InlineEditActions
                editing={editing === s.id}
                saving={editSetting.isPending}
                disabled={editing !== null}
                onEdit={() => {
                  form.setFieldsValue({ value: s.value });
                  setEditing(s.id);
                }}
                onSave={() => void save(s)}
                onCancel={() => setEditing(null)}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Form form={form} component={false}>
      <Table<RuleSetting> rowKey="id" size="small" columns={columns} dataSource={settings} loading={loading} pagination={false} scroll={{ x: 900 }} />
    </Form>
  );
}
