/** /change-password: forced after first login or a reset, and offered from the user menu. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isPasswordStrong } from '../../../../src/domain/password-policy';
import { changePassword, logout, meQueryKey, useMe } from '../../auth/session';
import { CenteredCard } from '../../components/CenteredCard';
import { applyFieldErrors, fieldErrorsFor } from '../../lib/form-errors';
import { messages } from '../../messages';
import { changePasswordMessages } from './messages';

const m = changePasswordMessages;
const fields = ['currentPassword', 'newPassword'] as const;

interface ChangePasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export default function ChangePasswordPage() {
  const [form] = Form.useForm<ChangePasswordForm>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { data: me } = useMe();

  const mutation = useMutation({
    mutationFn: (v: ChangePasswordForm) => changePassword(v.currentPassword, v.newPassword),
    onSuccess: async () => {
      message.success(m.success);
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      navigate('/', { replace: true });
    },
    onError: (error) => applyFieldErrors(form, error, fields),
  });

  useEffect(() => {
    document.title = `${m.title} - ${messages.app.productName}`;
  }, []);

  const forced = me?.mustChangePassword ?? false;
  const signOut = () =>
    void logout(queryClient)
      .catch(() => undefined) // the session is gone either way
      .then(() => navigate('/login', { replace: true }));
  // Field errors are shown on the fields; anything else goes in the Alert.
  const generalError = mutation.error && fieldErrorsFor(mutation.error, fields).length === 0 ? mutation.error.message : null;

  return (
    <CenteredCard title={m.title}>
      {forced && <Alert type="warning" showIcon title={m.forcedNotice} style={{ marginBottom: 16 }} />}
      {generalError && <Alert type="error" showIcon title={generalError} style={{ marginBottom: 16 }} role="alert" />}
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {m.rule}
      </Typography.Paragraph>
      <Form<ChangePasswordForm> form={form} layout="vertical" requiredMark={false} onFinish={(v) => mutation.mutate(v)}>
        <Form.Item name="currentPassword" label={m.currentPassword} rules={[{ required: true, message: m.currentRequired }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={m.newPassword}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: m.newRequired },
            { validator: async (_, v: string) => { if (v && !isPasswordStrong(v)) throw new Error(m.rule); } },
            ({ getFieldValue }) => ({
              validator: async (_, v: string) => { if (v && v === getFieldValue('currentPassword')) throw new Error(m.sameAsCurrent); },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={m.confirmPassword}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: m.confirmRequired },
            ({ getFieldValue }) => ({
              validator: async (_, v: string) => { if (v && v !== getFieldValue('newPassword')) throw new Error(m.mismatch); },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Flex gap={8} style={{ marginTop: 8 }}>
          {/* A forced change has nowhere to go back to, but the user may be the wrong person. */}
          <Button block onClick={forced ? signOut : () => navigate(-1)}>
            {forced ? messages.layout.logout : m.back}
          </Button>
          <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
            {m.submit}
          </Button>
        </Flex>
      </Form>
    </CenteredCard>
  );
}
