/** Routes. Every page is its own lazily loaded chunk; the layout checks the session. */
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { FullPageSpin } from './components/FullPageSpin';
import { RequireMenu } from './layout/RequireMenu';
import type { MenuKey } from './layout/nav';

const AppLayout = lazy(() => import('./layout/AppLayout'));
const LoginPage = lazy(() => import('./pages/login/LoginPage'));
const ChangePasswordPage = lazy(() => import('./pages/change-password/ChangePasswordPage'));
const WorkbenchPage = lazy(() => import('./pages/workbench/WorkbenchPage'));
const OrgPage = lazy(() => import('./pages/org/OrgPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));
const RolesPage = lazy(() => import('./pages/roles/RolesPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

const standalone = (page: ReactNode) => <Suspense fallback={<FullPageSpin />}>{page}</Suspense>;
const guarded = (menuKey: MenuKey, page: ReactNode) => <RequireMenu menuKey={menuKey}>{page}</RequireMenu>;

export const router = createBrowserRouter([
  { path: '/login', element: standalone(<LoginPage />) },
  { path: '/change-password', element: standalone(<ChangePasswordPage />) },
  {
    element: standalone(<AppLayout />),
    children: [
      { index: true, element: guarded('workbench', <WorkbenchPage />) },
      { path: 'org', element: guarded('org', <OrgPage />) },
      { path: 'admin/users', element: guarded('users', <UsersPage />) },
      { path: 'admin/roles', element: guarded('roles', <RolesPage />) },
      { path: 'admin/audit', element: guarded('audit', <AuditPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
