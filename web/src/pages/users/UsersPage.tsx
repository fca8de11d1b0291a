/** /admin/users (用户管理): search, create, edit, reset password, unlock. */
import { App, Button, Card, Flex, Input, Popconfirm, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useRoles } from '../../api/roles';
import type { UserRow } from '../../api/types';
import { useCapability } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { formatDateTime } from '../../lib/time';
import { messages } from '../../messages';
import { usersMessages } from './messages';
import { InitialPasswordModal, type IssuedPassword } from './InitialPasswordModal';
import { UserFormModal } from './UserFormModal';
import { useUserMutations, useUsers, type UserQuery } from './users-api';
import { tablePagination } from '../../lib/table-pagination';

const m = usersMessages;

export default function UsersPage() {
  const canManage = useCapability('users.manage');
  const { message } = App.useApp();
  const [query, setQuery] = useState<UserQuery>({ q: '', page: 1, pageSize: 20 });
  const { data, error, isFetching, refetch } = useUsers(query);
  const { data: roles } = useRoles();
  const { resetPassword, unlock } = useUserMutations();
  const [editing, setEditing] = useState<UserRow | null | undefined>(undefined);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);

  const roleName = (code: string) => roles?.roles.find((r) => r.code === code)?.name ?? code;
  const fail = (e: unknown) => void message.error(e instanceof Error ? e.message : messages.common.unknownError);

  const onReset = (user: UserRow) =>
    resetPassword.mutateAsync(user).then((r) => setIssued({ username: user.username, password: r.initialPassword }), fail);
  const onUnlock = (user: UserRow) => unlock.mutateAsync(user).then(() => void message.success(m.unlocked), fail);

  const columns: TableProps<UserRow>['columns'] = [
    { title: m.username, dataIndex: 'username', width: 140 },
    { title: m.displayName, dataIndex: 'displayName', width: 120 },
    { title: m.unit, dataIndex: 'unitName', ellipsis: true },
    {
      title: m.roles,
      dataIndex: 'roles',
      render: (codes: string[]) => (
        <Flex gap={4} wrap>
          {codes.map((c) => <Tag key={c}>{roleName(c)}</Tag>)}
        </Flex>
      ),
    },
    {
      title: m.status,
      key: 'status',
      width: 150,
      render: (_, u) => (
        <Flex gap={4} wrap>
          {u.active ? <Tag color="green">{m.active}</Tag> : <Tag>{m.inactive}</Tag>}
          {u.locked && <Tag color="red">{m.locked}</Tag>}
          {u.mustChangePassword && <Tag color="orange">{m.mustChange}</Tag>}
        </Flex>
      ),
    },
    {
      title: m.lastLoginAt,
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (at: string | null) => (at ? formatDateTime(at) : <Typography.Text type="secondary">{m.neverLoggedIn}</Typography.Text>),
    },
  ];
  if (canManage) {
    columns.push({
      title: messages.common.actions,
      key: 'actions',
      width: 200,
      render: (_, u) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => setEditing(u)}>{m.edit}</Button>
          <Popconfirm title={m.resetConfirm} onConfirm={() => onReset(u)} okText={messages.common.ok} cancelText={messages.common.cancel}>
            <Button type="link" size="small">{m.resetPassword}</Button>
          </Popconfirm>
          {u.locked && <Button type="link" size="small" onClick={() => void onUnlock(u)}>{m.unlock}</Button>}
        </Space>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title={m.title}
        extra={canManage && <Button type="primary" onClick={() => setEditing(null)}>{m.create}</Button>}
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={m.searchPlaceholder}
            style={{ width: 260 }}
            onSearch={(q) => setQuery((s) => ({ ...s, q: q.trim(), page: 1 }))}
          />
          <UnitTreeSelect
            allowClear
            placeholder={m.unitFilter}
            style={{ width: 300 }}
            value={query.unitId}
            onChange={(unitId) => setQuery((s) => ({ ...s, unitId: unitId ?? undefined, page: 1 }))}
          />
        </Flex>
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<UserRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={isFetching}
            scroll={{ x: 1000 }}
            pagination={tablePagination({ page: query.page, pageSize: query.pageSize, total: data?.total ?? 0, onChange: (page, pageSize) => setQuery((s) => ({ ...s, page, pageSize })) })}
          />
        )}
      </Card>
      <UserFormModal user={editing} onClose={() => setEditing(undefined)} onIssued={setIssued} />
      <InitialPasswordModal issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
