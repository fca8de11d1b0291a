/** The header's user block: name and unit, with password change and the two kinds of logout. */
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, type MenuProps, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Me } from '../api/types';
import { logout } from '../auth/session';
import { messages } from '../messages';

const m = messages.layout;

export function UserMenu({ me }: { me: Me }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();

  const signOut = async (everywhere: boolean) => {
    try {
      await logout(queryClient, everywhere);
      message.success(m.loggedOut);
    } catch {
      // The session is gone either way; the login page is the right place.
    }
    navigate('/login', { replace: true });
  };

  const items: MenuProps['items'] = [
    { key: 'change-password', label: m.changePassword },
    { type: 'divider' },
    { key: 'logout', label: m.logout },
    { key: 'logout-all', label: m.logoutAll, danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'change-password') navigate('/change-password');
    else if (key === 'logout') void signOut(false);
    else if (key === 'logout-all') {
      modal.confirm({ title: m.logoutAll, content: m.logoutAllConfirm, onOk: () => signOut(true) });
    }
  };

  return (
    <Dropdown menu={{ items, onClick }} placement="bottomRight" trigger={['click']}>
      <Button type="text" style={{ height: 'auto', padding: '4px 8px', lineHeight: 1.3, textAlign: 'right' }}>
        <span>
          <Typography.Text strong data-testid="me-name">
            {me.displayName}
          </Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {me.unit.name}
          </Typography.Text>
        </span>
      </Button>
    </Dropdown>
  );
}
