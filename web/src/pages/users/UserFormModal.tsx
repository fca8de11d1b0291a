/** New user / edit user. Field errors from the server land on the fields. */
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { ApiError } from '../../api/client';
import { useRoles } from '../../api/roles';
import type { UserRow } from '../../api/types';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { applyFieldErrors } from '../../lib/form-errors';
import { messages } from '../../messages';
import type { IssuedPassword } from './InitialPasswordModal';
import { useUserMutations } from './users-api';

const m = messages.users;
const fields = ['username', 'displayName', 'unitId', 'roles', 'active'] as const;

interface Values {
  username: string;
  displayName: string;
  unitId: string;
  roles: string[];
  active: boolean;
}

interface Props {
  /** `undefined`: closed; `null`: new user; a row: edit that user. */
  user: UserRow | null | undefined;
  onClose: () => void;
  onIssued: (issued: IssuedPassword) => void;
}

export function UserFormModal({ user, onClose, onIssued }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { data: roles } = useRoles();
  const { create, update } = useUserMutations();
  const open = user !== undefined;
  const editing = user ?? null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) form.setFieldsValue({ ...editing });
  }, [open, editing, form]);

  const onError = (error: unknown) => {
    if (applyFieldErrors(form, error, fields)) return;
    message.error(error instanceof Error ? error.message : messages.common.unknownError);
    if (error instanceof ApiError && error.status === 409) onClose(); // stale version: reopen with fresh data
  };

  const onFinish = async (v: Values) => {
    try {
      if (editing) {
        await update.mutateAsync({ user: editing, changes: { displayName: v.displayName.trim(), unitId: v.unitId, roles: v.roles, active: v.active } });
        message.success(messages.common.saved);
        onClose();
      } else {
        const username = v.username.trim();
        const reply = await create.mutateAsync({ username, displayName: v.displayName.trim(), unitId: v.unitId, roles: v.roles });
        message.success(m.created);
        onClose();
        onIssued({ username, password: reply.initialPassword });
      }
    } catch (error) {
      onError(error);
    }
  };

  const roleOptions = (roles?.roles ?? []).map((r) => ({ value: r.code, label: r.name, title: r.description }));

  return (
    <Modal
      open={open}
      title={editing ? m.editTitle : m.create}
      okText={messages.common.save}
      cancelText={messages.common.cancel}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ roles: [], active: true }}>
        <Form.Item
          name="username"
          label={m.username}
          rules={[{ required: true, whitespace: true, message: m.usernameRequired }]}
        >
          <Input disabled={editing !== null} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={m.displayName} rules={[{ required: true, whitespace: true, message: m.displayNameRequired }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="unitId" label={m.unit} rules={[{ required: true, message: m.unitRequired }]}>
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item name="roles" label={m.roles} rules={[{ required: true, type: 'array', min: 1, message: m.rolesRequired }]}>
          <Select mode="multiple" options={roleOptions} optionFilterProp="label" />
        </Form.Item>
        {editing && (
          <Form.Item name="active" label={m.status} valuePropName="checked">
            <Switch checkedChildren={m.active} unCheckedChildren={m.inactive} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
