/** Shows a page only when the server put its menu key in `me.menu`; the server still enforces. */
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useMe } from '../auth/session';
import { BackButtons } from '../components/BackButtons';
import { messages } from '../messages';
import type { MenuKey } from './nav';

export function RequireMenu({ menuKey, children }: { menuKey: MenuKey; children: ReactNode }) {
  const { data: me } = useMe();
  if (!me) return null; // the layout shows the loading and error states
  if (!me.menu.includes(menuKey)) {
    return <Result status="403" title={messages.common.forbiddenTitle} subTitle={messages.common.forbidden} extra={<BackButtons />} />;
  }
  return children;
}
