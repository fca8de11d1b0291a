/** /login: username and password; the server's message (wrong password, locked…) in an Alert. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { login, meQueryKey } from '../../auth/session';
import { CenteredCard } from '../../components/CenteredCard';
import { messages } from '../../messages';
import { loginMessages } from './messages';

const m = loginMessages;

interface LoginForm {
  username: string;
  password: string;
}

export default function LoginPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ username, password }: LoginForm) => login(username.trim(), password),
    onSuccess: (me) => {
      queryClient.clear(); // nothing cached from an earlier session may leak into this one
      queryClient.setQueryData(meQueryKey, me);
      navigate(me.mustChangePassword ? '/change-password' : '/', { replace: true });
    },
  });

  useEffect(() => {
    document.title = `${m.title} - ${messages.app.productName}`;
  }, []);

  return (
    <CenteredCard>
      {mutation.error && (
        <Alert type="error" showIcon title={mutation.error.message || m.failed} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form<LoginForm> layout="vertical" requiredMark={false} onFinish={(values) => mutation.mutate(values)} disabled={mutation.isPending}>
        <Form.Item name="username" label={m.username} rules={[{ required: true, whitespace: true, message: m.usernameRequired }]}>
          <Input autoComplete="username" autoFocus size="large" />
        </Form.Item>
        <Form.Item name="password" label={m.password} rules={[{ required: true, message: m.passwordRequired }]}>
          <Input.Password autoComplete="current-password" size="large" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0, marginTop: 8 }}>
          <Button type="primary" htmlType="submit" size="large" block loading={mutation.isPending}>
            {m.submit}
          </Button>
        </Form.Item>
      </Form>
    </CenteredCard>
  );
}
