/** Menu keys the server may send in `me.menu`, and the route and label of each. */
import { messages } from '../messages';

export const navItems = {
  workbench: { path: '/', label: messages.menu.workbench },
  province: { path: '/province', label: messages.menu.province },
  briefing: { path: '/briefing', label: messages.menu.briefing },
  analytics: { path: '/analytics', label: messages.menu.analytics },
  samples: { path: '/samples', label: messages.menu.samples },
  imports: { path: '/imports', label: messages.menu.imports },
  disposals: { path: '/disposals', label: messages.menu.disposals },
  urgent: { path: '/urgent', label: messages.menu.urgent },
  notices: { path: '/notices', label: messages.menu.notices },
  ledger: { path: '/ledger', label: messages.menu.ledger },
  reconciliations: { path: '/reconciliations', label: messages.menu.reconciliations },
  escalations: { path: '/escalations', label: messages.menu.escalations },
  cases: { path: '/cases', label: messages.menu.cases },
  complaints: { path: '/complaints', label: messages.menu.complaints },
  riskMeetings: { path: '/risk-meetings', label: messages.menu.riskMeetings },
  assessment: { path: '/assessment', label: messages.menu.assessment },
  signals: { path: '/signals', label: messages.menu.signals },
  credit: { path: '/credit', label: messages.menu.credit },
  publications: { path: '/publications', label: messages.menu.publications },
  explainers: { path: '/explainers', label: messages.menu.explainers },
  opinion: { path: '/opinion', label: messages.menu.opinion },
  deadlines: { path: '/deadlines', label: messages.menu.deadlines },
  plans: { path: '/plans', label: messages.menu.plans },
  enterprises: { path: '/enterprises', label: messages.menu.enterprises },
  catalogue: { path: '/catalogue', label: messages.menu.catalogue },
  org: { path: '/org', label: messages.menu.org },
  users: { path: '/admin/users', label: messages.menu.users },
  roles: { path: '/admin/roles', label: messages.menu.roles },
  audit: { path: '/admin/audit', label: messages.menu.audit },
  intakeKeys: { path: '/admin/intake-keys', label: messages.menu.intakeKeys },
} as const;

export type MenuKey = keyof typeof navItems;

/** The menu's order: 工作台, sampling and disposal work, planning and reference data, then 组织机构 and administration. */
export const menuKeys = Object.keys(navItems) as MenuKey[];

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

/**
 * Whether the user's home (/) is 态势总览: the province bureau's leaders (issue 11 §3). Everyone
 * else — city and county leaders included, whose approvals wait in their inbox — lands on the
 * workbench. HomePage and the side menu both ask this.
 */
export function landsOnProvinceView(me: { roles: readonly string[]; unit: { kind: string }; menu: readonly string[] }): boolean {
  return me.roles.includes('leader') && me.unit.kind === 'province_bureau' && me.menu.includes('province');
}

/** The path a menu entry opens: for a user whose home is the province view, the workbench lives at /workbench. */
export function menuPath(key: MenuKey, provinceHome: boolean): string {
  return provinceHome && key === 'workbench' ? '/workbench' : navItems[key].path;
}

/** The menu entry to highlight for a path, for a user whose home is (or is not) the province view. */
export function selectedMenuKey(pathname: string, provinceHome: boolean): MenuKey | undefined {
  if (provinceHome && pathname === '/') return 'province';
  if (provinceHome && pathname === '/workbench') return 'workbench';
  return menuKeyForPath(pathname);
}
