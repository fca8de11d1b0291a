/** 指标体系: a year's indicators with definition, computation, target and weight; 协调处 adds, edits and removes them until the year is published. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Empty, Flex, Form, Input, InputNumber, Popconfirm, Radio, Select, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { QueryError } from '../../components/QueryError';
import { useCreateIndicator, useDeleteIndicator, useIndicators, useSeedIndicators, useUpdateIndicator, type Indicator, type IndicatorInput, type IndicatorsReply } from './assessment-api';
import { thisYear, yearOptions } from './format';
import { assessmentMessages as m } from './messages';

type Computation = IndicatorsReply['computations'][number];

export function IndicatorsTab() {
  const { message } = App.useApp();
  const [year, setYear] = useState(thisYear);
  const { data, error, refetch } = useIndicators(year);
  const seed = useSeedIndicators();
  const remove = useDeleteIndicator();
  /** The indicator being edited, 'new' while adding one, null when the form is closed. */
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const computationName = (key: string) => data?.computations.find((c) => c.key === key)?.name ?? m.unknownComputation;
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
      ? [
          {
            key: 'edit',
            width: 130,
            render: (_: unknown, r: Indicator) => (
              <Space size={0}>
                <Button type="link" onClick={() => setEditing(r)} data-testid={`edit-${r.code}`}>
                  {m.edit}
                </Button>
                <Popconfirm
                  title={m.deleteConfirm(r.name)}
                  okText={m.delete}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove.mutateAsync({ id: r.id, version: r.version }).then(() => void message.success(m.deleted), (e: Error) => void message.error(e.message))}
                >
                  <Button type="link" danger data-testid={`delete-${r.code}`}>
                    {m.delete}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Select style={{ width: 110 }} options={yearOptions} value={year} onChange={setYear} aria-label={m.year} />
        {data?.editable && data.items.length > 0 && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-indicator">
            {m.addIndicator}
          </Button>
        )}
      </Flex>
      {data?.frozen && <Alert type="warning" showIcon title={m.frozen} style={{ marginBottom: 12 }} />}
      {data && !data.frozen && !data.editable && <Alert type="info" showIcon title={m.readonly} style={{ marginBottom: 12 }} />}
      {data?.editable && <Alert type="info" showIcon title={m.draftNote} style={{ marginBottom: 12 }} />}
      {data && data.items.length === 0 ? (
        <Empty description={m.noIndicators}>
          {data.editable && (
            <Space>
              <Button type="primary" loading={seed.isPending} onClick={() => void seed.mutateAsync({ year })}>{m.seed}</Button>
              <Button onClick={() => setEditing('new')}>{m.addIndicator}</Button>
            </Space>
          )}
        </Empty>
      ) : (
        <Table<Indicator> rowKey="id" size="middle" columns={columns} dataSource={data?.items ?? []} pagination={false} />
      )}
      <IndicatorModal year={year} computations={data?.computations ?? []} editing={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}

interface IndicatorForm {
  name: string;
  definition: string;
  computation: string;
  params: Record<string, number | null>;
  direction: IndicatorInput['direction'];
  /** A ratio's target in percent on the form, a share on the wire. */
  target: number | null;
  weight: number | null;
  unitKinds: IndicatorInput['unitKinds'];
  period: IndicatorInput['period'];
}

const percentOf = (share: number) => Math.round(share * 1000) / 10;

/** Adds an indicator (every field) or edits one (its computation stays: to measure something else, add another indicator). */
function IndicatorModal({ year, computations, editing, onClose }: { year: number; computations: Computation[]; editing: Indicator | 'new' | null; onClose: () => void }) {
  const [form] = Form.useForm<IndicatorForm>();
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const adding = editing === 'new';
  const indicator = editing && editing !== 'new' ? editing : null;
  const chosenKey = Form.useWatch('computation', form);
  const computation = computations.find((c) => c.key === (indicator?.computation ?? chosenKey));
  const points = computation?.measure === 'points';

  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    if (indicator) {
      form.setFieldsValue({
        name: indicator.name,
        definition: indicator.definition,
        computation: indicator.computation,
        params: indicator.params as Record<string, number>,
        direction: indicator.direction,
        target: indicator.direction === 'deduction' ? null : percentOf(indicator.target),
        weight: indicator.weight,
        unitKinds: indicator.unitKinds,
        period: indicator.period,
      });
    } else form.setFieldsValue({ unitKinds: ['city', 'county'], period: 'year' });
  }, [editing, indicator, form]);

  /** A new computation brings its parameters' defaults and the directions it allows. */
  const chooseComputation = (key: string) => {
    const c = computations.find((x) => x.key === key);
    if (!c) return;
    form.setFieldsValue({
      params: Object.fromEntries(c.parameters.map((p) => [p.key, p.default])),
      direction: c.measure === 'points' ? 'deduction' : 'higher',
      target: c.measure === 'points' ? null : (form.getFieldValue('target') ?? 100),
    });
  };

  const toInput = (v: IndicatorForm): IndicatorInput => ({
    name: v.name,
    definition: v.definition,
    params: v.params ?? {},
    direction: v.direction,
    target: points || v.target === null ? 0 : v.target / 100,
    weight: v.weight ?? 0,
    unitKinds: v.unitKinds,
    period: v.period,
  });
  const directionOptions = (points ? ['deduction'] : ['higher', 'lower']).map((d) => ({ value: d, label: m.directions[d] }));
  return (
    <FormModal
      open={Boolean(editing)}
      title={adding ? m.addTitle : m.editTitle}
      form={form}
      width={760}
      fields={['name', 'definition', 'computation', 'direction', 'target', 'weight', 'unitKinds', 'period', ...(computation?.parameters ?? []).map((p) => `params.${p.key}`)]}
      resetOnOpen={false}
      submit={(v) => (indicator ? update.mutateAsync({ id: indicator.id, version: indicator.version, ...toInput(v) }) : create.mutateAsync({ year, computation: v.computation, ...toInput(v) }))}
      success={adding ? m.added : m.saved}
      onClose={onClose}
    >
      {adding && <Typography.Paragraph type="secondary">{m.addHint(year)}</Typography.Paragraph>}
      <Form.Item name="name" label={m.indicatorName} rules={[{ required: true, whitespace: true, message: m.required(m.indicatorName) }, { max: 100, message: m.tooLong(m.indicatorName, 100) }]}>
        <Input />
      </Form.Item>
      <Form.Item name="definition" label={m.definition} extra={m.definitionHint} rules={[{ required: true, whitespace: true, message: m.required(m.definition) }, { max: 2000, message: m.tooLong(m.definition, 2000) }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item
        name="computation"
        label={m.computation}
        rules={[{ required: true, message: m.chooseComputation }]}
        extra={computation ? m.computationFormula(computation.numerator, computation.denominator, computation.measure === 'points') : indicator ? m.computationFixed : undefined}
      >
        <Select
          disabled={!adding}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={m.chooseComputation}
          options={computations.map((c) => ({ value: c.key, label: c.name }))}
          onChange={chooseComputation}
        />
      </Form.Item>
      {computation && (
        <Form.Item label={m.measure}>
          <Typography.Text data-testid="indicator-measure">{computation.measureName}</Typography.Text>
        </Form.Item>
      )}
      {computation?.parameters.map((p) => (
        <Form.Item
          key={p.key}
          name={['params', p.key]}
          label={p.label}
          rules={[
            { required: true, message: m.required(p.label) },
            { type: 'number', min: p.min, max: p.max, message: m.between(p.label, p.min, p.max) },
            ...(p.kind === 'integer' ? [{ validator: (_: unknown, v: number | null) => (v === null || v === undefined || Number.isInteger(v) ? Promise.resolve() : Promise.reject(new Error(m.wholeNumber(p.label)))) }] : []),
          ]}
        >
          <InputNumber style={{ width: 200 }} suffix={p.suffix ?? undefined} />
        </Form.Item>
      ))}
      <Flex gap={24} wrap>
        <Form.Item name="direction" label={m.direction} rules={[{ required: true, message: m.chooseDirection }]}>
          <Radio.Group options={directionOptions} />
        </Form.Item>
        {!points && (
          <Form.Item name="target" label={`${m.target}（%）`} rules={[{ required: true, message: m.targetRequired }, { type: 'number', min: 0, max: 100, message: m.targetRange }]}>
            <InputNumber style={{ width: 140 }} suffix="%" />
          </Form.Item>
        )}
        <Form.Item
          name="weight"
          label={m.weight}
          extra={points ? m.weightCapsDeduction : undefined}
          rules={[{ required: true, message: m.weightRequired }, { type: 'number', min: 0, max: 100, message: m.weightRange }]}
        >
          <InputNumber style={{ width: 140 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="unitKinds" label={m.appliesTo} rules={[{ required: true, type: 'array', min: 1, message: m.chooseKinds }]}>
        <Checkbox.Group options={['division', 'city', 'county'].map((k) => ({ value: k, label: m.levels[k] }))} />
      </Form.Item>
      <Form.Item name="period" label={m.cycle} rules={[{ required: true, message: m.chooseCycle }]} extra={m.cycleHint}>
        <Radio.Group options={['year', 'quarter'].map((p) => ({ value: p, label: m.cycles[p] }))} />
      </Form.Item>
    </FormModal>
  );
}
