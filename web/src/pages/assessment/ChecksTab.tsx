/** 检查与整改: the checks the user's unit reads (暗访 and 四不两直 hidden from the checked unit until they start); 协调处 plans new ones. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Select, Space, Table, Tag, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { QueryError } from '../../components/QueryError';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useChecks, useCreateCheck, type ChecksReply } from './assessment-api';
import { assessmentMessages as m } from './messages';

type Row = ChecksReply['items'][number];

export function ChecksTab() {
  const { data, error, refetch } = useChecks();
  const [creating, setCreating] = useState(false);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const columns: TableProps<Row>['columns'] = [
    { title: m.checkTitle, dataIndex: 'title', render: (t: string, r) => <Link to={`/assessment/checks/${r.id}`}>{t}</Link> },
    { title: m.method, dataIndex: 'methodName', width: 110, render: (n: string) => <Tag>{n}</Tag> },
    { title: m.dates, key: 'dates', width: 210, render: (_: unknown, r) => `${r.startOn} 至 ${r.endOn}` },
    { title: m.checkedUnits, key: 'units', render: (_: unknown, r) => r.units.map((u) => u.name).join('、') },
    { title: m.findings, dataIndex: 'findings', width: 90 },
    { title: m.openFindings, dataIndex: 'openFindings', width: 90 },
  ];
  return (
    <Card>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        {data?.canPlan && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {m.newCheck}
          </Button>
        )}
      </Flex>
      <Table<Row> rowKey="id" size="middle" columns={columns} dataSource={data?.items ?? []} locale={{ emptyText: m.noChecks }} pagination={{ pageSize: 20 }} />
      <CheckModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}

interface CheckForm {
  title: string;
  method: string;
  dates: [Dayjs, Dayjs];
  unitIds: string[];
  team: { unitId: string; personName: string }[];
  notes?: string;
}

function CheckModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<CheckForm>();
  const create = useCreateCheck();
  const navigate = useNavigate();
  return (
    <FormModal
      open={open}
      title={m.newCheck}
      form={form}
      width={720}
      fields={['title', 'method', 'startOn', 'endOn', 'unitIds', 'team', 'notes']}
      submit={(v) =>
        create.mutateAsync({ title: v.title, method: v.method, startOn: v.dates[0].format('YYYY-MM-DD'), endOn: v.dates[1].format('YYYY-MM-DD'), unitIds: v.unitIds, team: v.team ?? [], notes: v.notes ?? null })
      }
      success={m.created}
      onDone={(r) => navigate(`/assessment/checks/${r.id}`)}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={m.hiddenHint} style={{ marginBottom: 12 }} />
      <Form.Item name="title" label={m.checkTitle} rules={[{ required: true, message: m.required(m.checkTitle) }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="method" label={m.method} rules={[{ required: true, message: m.required(m.method) }]}>
        <Select options={Object.entries(m.methods).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="dates" label={m.dates} rules={[{ required: true, message: m.required(m.dates) }]}>
        <DatePicker.RangePicker />
      </Form.Item>
      <Form.Item name="unitIds" label={m.checkedUnits} rules={[{ required: true, message: m.chooseUnits }]}>
        <UnitTreeSelect multiple />
      </Form.Item>
      <Form.List name="team">
        {(fields, { add, remove }) => (
          <Form.Item label={m.team}>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[f.name, 'unitId']} rules={[{ required: true, message: m.required(m.teamUnit) }]}>
                  <UnitTreeSelect style={{ width: 280 }} placeholder={m.teamUnit} />
                </Form.Item>
                <Form.Item name={[f.name, 'personName']} rules={[{ required: true, message: m.required(m.teamPerson) }]}>
                  <Input placeholder={m.teamPerson} style={{ width: 160 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />}>
              {m.addMember}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="notes" label={m.notes}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
