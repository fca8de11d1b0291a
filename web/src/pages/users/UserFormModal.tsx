/** New user / edit user. Field errors from the server land on the fields. */
import { Form, Input, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { useRoles } from '../../api/roles';
import type { UserRow } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { messages } from '../../messages';
import { usersMessages } from './messages';
import type { IssuedPassword } from './InitialPasswordModal';
import { useUserMutations } from './users-api';

const m = usersMessages;
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
  const { data: roles } = useRoles();
  const { create, update } = useUserMutations();
  const open = user !== undefined;
  const editing = user ?? null;

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (open && editing) form.setFieldsValue({ ...editing });
  }, [open, editing, form]);

  /** An edit resolves to null; a new user to the password issued once. */
  const submit = async (v: Values): Promise<IssuedPassword | null> => {
    if (editing) {
      await update.mutateAsync({ user: editing, changes: { displayName: v.displayName.trim(), unitId: v.unitId, roles: v.roles, active: v.active } });
      return null;
    }
    const username = v.username.trim();
    const reply = await create.mutateAsync({ username, displayName: v.displayName.trim(), unitId: v.unitId, roles: v.roles });
    return { username, password: reply.initialPassword };
  };

  const roleOptions = (roles?.roles ?? []).map((r) => ({ value: r.code, label: r.name, title: r.description }));

  return (
    <FormModal<Values, IssuedPassword | null>
      open={open}
      title={editing ? m.editTitle : m.create}
      form={form}
      fields={fields}
      formProps={{ initialValues: { roles: [], active: true } }}
      // The row being edited is the list's: after a conflict it is opened again from the fresh list.
      closeOnConflict
      submit={submit}
      success={(issued) => (issued ? m.created : messages.common.saved)}
      onClose={onClose}
      onDone={(issued) => issued && onIssued(issued)}
    >
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
    </FormModal>
  );
}
