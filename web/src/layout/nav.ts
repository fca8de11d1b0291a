/** Menu keys the server may send in `me.menu`, and the route and label of each. */
import { messages } from '../messages';

export const navItems = {
  workbench: { path: '/', label: messages.menu.workbench },
  org: { path: '/org', label: messages.menu.org },
  users: { path: '/admin/users', label: messages.menu.users },
  roles: { path: '/admin/roles', label: messages.menu.roles },
  audit: { path: '/admin/audit', label: messages.menu.audit },
} as const;

export type MenuKey = keyof typeof navItems;

export function isMenuKey(key: string): key is MenuKey {
  return Object.hasOwn(navItems, key);
}

/** The menu key whose route contains `pathname` (longest match), for highlighting the menu. */
export function menuKeyForPath(pathname: string): MenuKey | undefined {
  let best: MenuKey | undefined;
  for (const [key, { path }] of Object.entries(navItems) as [MenuKey, { path: string }][]) {
    const hit = path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
    if (hit && (!best || path.length > navItems[best].path.length)) best = key;
  }
  return best;
}
