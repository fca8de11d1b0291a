import { can, type Permission } from './permissions.js';

/** Side-menu entries and the permission each needs: the web shows exactly what the server lists. */
export const menuEntries: { key: string; permission: Permission }[] = [
  { key: 'workbench', permission: 'workItem.read' },
  { key: 'samples', permission: 'sample.read' },
  { key: 'imports', permission: 'sample.import' },
  { key: 'disposals', permission: 'disposal.read' },
  { key: 'urgent', permission: 'urgent.handle' },
  { key: 'ledger', permission: 'disposal.read' },
  { key: 'reconciliations', permission: 'disposal.read' },
  { key: 'escalations', permission: 'escalation.read' },
  { key: 'cases', permission: 'case.read' },
  { key: 'credit', permission: 'credit.read' },
  { key: 'deadlines', permission: 'workItem.read' },
  { key: 'enterprises', permission: 'enterprise.read' },
  { key: 'plans', permission: 'plan.read' },
  { key: 'catalogue', permission: 'sample.read' },
  { key: 'org', permission: 'org.read' },
  { key: 'users', permission: 'user.read' },
  { key: 'roles', permission: 'user.read' },
  { key: 'audit', permission: 'audit.read' },
];

export function menuFor(roles: readonly string[]): string[] {
  return menuEntries.filter((entry) => can(roles, entry.permission)).map((entry) => entry.key);
}
