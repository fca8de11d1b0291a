/** 指标体系: a year's indicators with definition, computation, target and weight; 协调处 edits until the year is published. */
import { Alert, Button, Card, Empty, Form, Input, InputNumber, Select, Space, Table, Tag, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { QueryError } from '../../components/QueryError';
import { useIndicators, useSeedIndicators, useUpdateIndicator, type Indicator } from './assessment-api';
import { thisYear, yearOptions } from './format';
import { assessmentMessages as m } from './messages';

export function IndicatorsTab() {
  const [year, setYear] = useState(thisYear);
  const { data, error, refetch } = useIndicators(year);
  const seed = useSeedIndicators();
  const [editing, setEditing] = useState<Indicator | null>(null);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const computationName = (key: string) => data?.computations.find((c) => c.key === key)?.name ?? key;
  const columns: TableProps<Indicator>['columns'] = [
    { title: m.indicator, dataIndex: 'name', width: 200 },
    { title: m.definition, dataIndex: 'definition', ellipsis: true },
    { title: m.computation, dataIndex: 'computation', width: 170, render: computationName },
    { title: m.direction, dataIndex: 'direction', width: 90, render: (d: string) => m.directions[d] },
    { title: m.target, dataIndex: 'target', width: 90, render: (t: number, r) => (r.direction === 'deduction' ? '—' : `${Math.round(t * 1000) / 10}%`) },
    { title: m.weight, dataIndex: 'weight', width: 70 },
    { title: m.appliesTo, dataIndex: 'unitKinds', width: 200, render: (k: string[]) => k.map((x) => <Tag key={x}>{m.levels[x]}</Tag>) },
    { title: m.cycle, dataIndex: 'period', width: 80, render: (p: string) => m.cycles[p] },
    ...(data?.editable
      ? [{ key: 'edit', width: 70, render: (_: unknown, r: Indicator) => <Button type="link" onClick={() => setEditing(r)} data-testid={`edit-${r.code}`}>{m.edit}</Button> }]
      : []),
  ];
  return (
    <Card>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select style={{ width: 110 }} options={yearOptions} value={year} onChange={setYear} aria-label={m.year} />
      </Space>
      {data?.frozen && <Alert type="warning" showIcon title={m.frozen} style={{ marginBottom: 12 }} />}
      {data && !data.frozen && !data.editable && <Alert type="info" showIcon title={m.readonly} style={{ marginBottom: 12 }} />}
      {data?.editable && <Alert type="info" showIcon title={m.draftNote} style={{ marginBottom: 12 }} />}
      {data && data.items.length === 0 ? (
        <Empty description={m.noIndicators}>
          {data.editable && <Button type="primary" loading={seed.isPending} onClick={() => void seed.mutateAsync({ year })}>{m.seed}</Button>}
        </Empty>
      ) : (
        <Table<Indicator> rowKey="id" size="middle" columns={columns} dataSource={data?.items ?? []} pagination={false} />
      )}
      <IndicatorModal indicator={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}

function IndicatorModal({ indicator, onClose }: { indicator: Indicator | null; onClose: () => void }) {
  const [form] = Form.useForm<{ name: string; definition: string; weight: number; targetPercent: number }>();
  const update = useUpdateIndicator();
  useEffect(() => {
    if (indicator) form.setFieldsValue({ name: indicator.name, definition: indicator.definition, weight: indicator.weight, targetPercent: Math.round(indicator.target * 1000) / 10 });
  }, [indicator, form]);
  const deduction = indicator?.direction === 'deduction';
  return (
    <FormModal
      open={Boolean(indicator)}
      title={m.editTitle}
      form={form}
      fields={['name', 'definition', 'weight', 'target']}
      resetOnOpen={false}
      submit={(v) =>
        update.mutateAsync({ id: indicator!.id, version: indicator!.version, name: v.name, definition: v.definition, weight: v.weight, ...(deduction ? {} : { target: v.targetPercent / 100 }) })
      }
      success={m.saved}
      onClose={onClose}
    >
      <Form.Item name="name" label={m.indicator} rules={[{ required: true, message: m.required(m.indicator) }]}>
        <Input />
      </Form.Item>
      <Form.Item name="definition" label={m.definition} rules={[{ required: true, message: m.required(m.definition) }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="weight" label={m.weight} rules={[{ required: true, message: m.weightRequired }]}>
        <InputNumber min={0} max={100} style={{ width: 160 }} />
      </Form.Item>
      {!deduction && (
        <Form.Item name="targetPercent" label={`${m.target}（%）`} rules={[{ required: true, message: m.targetRequired }]}>
          <InputNumber min={0} max={100} style={{ width: 160 }} />
        </Form.Item>
      )}
    </FormModal>
  );
}
