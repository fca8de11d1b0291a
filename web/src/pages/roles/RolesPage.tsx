/** /admin/roles (角色权限): the permission × role matrix, read-only. */
import { Alert, Card, Skeleton, Table, Tooltip, Typography, type TableProps } from 'antd';
import { useRoles } from '../../api/roles';
import type { PermissionInfo } from '../../api/types';
import { CodeTip } from '../../components/CodeTip';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { rolesMessages } from './messages';

const m = rolesMessages;

export default function RolesPage() {
  const { data, error, isPending, refetch } = useRoles();

  const columns: TableProps<PermissionInfo>['columns'] = [
    {
      title: m.permission,
      dataIndex: 'name',
      fixed: 'left',
      width: 200,
      render: (name: string, p) => <CodeTip code={p.code}>{name}</CodeTip>,
    },
    ...(data?.roles ?? []).map((role) => ({
      key: role.code,
      title: <Tooltip title={role.description}>{role.name}</Tooltip>,
      align: 'center' as const,
      width: 110,
      render: (_: unknown, p: PermissionInfo) =>
        role.permissions.includes(p.code) ? <Typography.Text style={{ color: '#389e0d', fontSize: 16 }} aria-label={m.granted}>{m.granted}</Typography.Text> : null,
    })),
  ];

  return (
    <>
      <PageHeader title={m.title} />
      <Alert type="info" showIcon title={m.note} style={{ marginBottom: 16 }} />
      <Card>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : isPending ? (
          <Skeleton active />
        ) : (
          <Table<PermissionInfo> rowKey="code" size="middle" bordered columns={columns} dataSource={data.permissions} pagination={false} scroll={{ x: 'max-content' }} />
        )}
      </Card>
    </>
  );
}
