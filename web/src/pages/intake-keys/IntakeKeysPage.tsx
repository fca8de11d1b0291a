/** /admin/intake-keys (接入密钥): keys of outside systems (the 12345 hotline) for the Open311 intake API; a new key is shown once. */
import { Alert, App, Button, Card, Form, Input, Popconfirm, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/time';
import type { IntakeKeyRow } from '@contracts/complaints';

const m = {
  title: '接入密钥',
  intro: '12345 热线等外部系统通过 Open311 接口（/open311/v2）转办投诉举报时使用的密钥。密钥只在创建时显示一次，系统只保存其散列值；吊销后立即失效。',
  create: '创建密钥',
  name: '名称',
  nameRequired: '请填写名称，如 12345',
  prefix: '密钥前缀',
  createdAt: '创建时间',
  lastUsedAt: '最近使用',
  status: '状态',
  active: '有效',
  revoked: '已吊销',
  revoke: '吊销',
  revokeConfirm: '吊销后该系统将无法再提交投诉举报，确定吊销？',
  revokedDone: '已吊销',
  created: '密钥已创建，请立即复制并交给对方系统，关闭后无法再次查看：',
  none: '从未',
};

export default function IntakeKeysPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const keys = useQuery({ queryKey: ['intake-keys'], queryFn: () => api.get<{ items: IntakeKeyRow[] }>('/api/intake-keys') });
  const refresh = () => void client.invalidateQueries({ queryKey: ['intake-keys'] });
  const create = useMutation({ mutationFn: (name: string) => api.post<{ id: string; name: string; key: string }>('/api/intake-keys', { name }), onSuccess: refresh });
  const revoke = useMutation({ mutationFn: (id: string) => api.delete(`/api/intake-keys/${id}`), onSuccess: refresh });
  const [form] = Form.useForm<{ name: string }>();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<string | null>(null);

  return (
    <>
      <PageHeader title={m.title} extra={<Button type="primary" onClick={() => setCreating(true)}>{m.create}</Button>} />
      <Card>
        <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
        {shown && (
          <Alert type="warning" showIcon closable onClose={() => setShown(null)} style={{ marginBottom: 16 }} title={m.created} description={<Typography.Text copyable code data-testid="new-key">{shown}</Typography.Text>} />
        )}
        <Table<IntakeKeyRow>
          rowKey="id"
          size="middle"
          loading={keys.isFetching}
          dataSource={keys.data?.items ?? []}
          pagination={false}
          columns={[
            { title: m.name, dataIndex: 'name' },
            { title: m.prefix, dataIndex: 'prefix', render: (p: string) => <Typography.Text code>{p}…</Typography.Text> },
            { title: m.createdAt, dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
            { title: m.lastUsedAt, dataIndex: 'lastUsedAt', render: (at: string | null) => (at ? formatDateTime(at) : m.none) },
            { title: m.status, dataIndex: 'revokedAt', render: (at: string | null) => (at ? <Tag>{m.revoked}</Tag> : <Tag color="green">{m.active}</Tag>) },
            {
              title: '',
              dataIndex: 'id',
              render: (id: string, k) =>
                !k.revokedAt && (
                  <Popconfirm title={m.revokeConfirm} onConfirm={() => revoke.mutateAsync(id).then(() => void message.success(m.revokedDone), (e: Error) => void message.error(e.message))}>
                    <Button size="small" danger>{m.revoke}</Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <FormModal open={creating} title={m.create} form={form} fields={['name']} formProps={{ name: 'intakeKey' }} onClose={() => setCreating(false)}
        submit={(v) => create.mutateAsync(v.name.trim())} onDone={(r) => setShown(r.key)}>
        <Form.Item name="name" label={m.name} rules={[{ required: true, whitespace: true, message: m.nameRequired }]}>
          <Input maxLength={50} />
        </Form.Item>
      </FormModal>
    </>
  );
}
