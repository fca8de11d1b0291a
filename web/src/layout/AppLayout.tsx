/** The signed-in frame: header, the side menu from `me.menu`, and the page. */
import { Flex, Layout, Menu, type MenuProps, Typography } from 'antd';
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { useMe } from '../auth/session';
import { FullPageSpin } from '../components/FullPageSpin';
import { QueryError } from '../components/QueryError';
import { messages } from '../messages';
import { isMenuKey, landsOnProvinceView, menuKeys, menuPath, navItems, selectedMenuKey } from './nav';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

const { Header, Sider, Content } = Layout;

export default function AppLayout() {
  const { data: me, error, refetch } = useMe();
  const location = useLocation();
  const navigate = useNavigate();

  if (error) {
    // On 401 the API client is already on its way to /login.
    if (error instanceof ApiError && error.status === 401) return <FullPageSpin />;
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!me) return <FullPageSpin />;
  if (me.mustChangePassword) return <Navigate to="/change-password" replace />;

  // Only what the server offers, in our menu's order (unknown keys are dropped).
  const items: MenuProps['items'] = menuKeys.filter((key) => me.menu.includes(key)).map((key) => ({ key, label: navItems[key].label }));
  const provinceHome = landsOnProvinceView(me);
  const selected = selectedMenuKey(location.pathname, provinceHome);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
          padding: '0 24px',
          height: 64,
        }}
      >
        <div>
          <Typography.Text strong style={{ fontSize: 18, color: '#1659a8' }}>
            {messages.app.productName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
            {messages.app.bureauName}
          </Typography.Text>
        </div>
        <Flex align="center">
          <NotificationBell />
          <UserMenu me={me} />
        </Flex>
      </Header>
      <Layout>
        <Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={items}
            onClick={({ key }) => isMenuKey(key) && navigate(menuPath(key, provinceHome))}
            style={{ borderInlineEnd: 'none', paddingTop: 8 }}
          />
        </Sider>
        <Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
