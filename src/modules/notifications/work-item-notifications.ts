import type { Tx } from '../../db/client.js';
import { kindName } from '../../domain/work-item.js';
import type { WorkItemRow } from '../work-items/create-work-item.js';
import { notify, type NewNotification } from './notify.js';

/** Kinds whose cause already notifies (the notice itself, its reminder). */
const NOTIFIED_BY_CAUSE = ['notice', 'notice_reminder'];

/**
 * "A new work item for my unit": one notification per unit (or assignee) and kind for each
 * batch, so an import that opens 300 items rings the bell once, not 300 times.
 */
export async function notifyNewWorkItems(tx: Tx, created: WorkItemRow[]) {
  const groups = new Map<string, { first: WorkItemRow; n: number }>();
  for (const item of created) {
    if (NOTIFIED_BY_CAUSE.includes(item.kind)) continue;
    const key = `${item.assigneeUserId ?? item.ownerUnitId}|${item.kind}`;
    const group = groups.get(key);
    if (group) group.n += 1;
    else groups.set(key, { first: item, n: 1 });
  }
  const items: NewNotification[] = [...groups.values()].map(({ first, n }) => ({
    ...(first.assigneeUserId ? { userId: first.assigneeUserId } : { unitId: first.ownerUnitId }),
    kind: 'work_item',
    title: n === 1 ? `新待办：${first.title}` : `新待办：${kindName(first.kind)}（${n}项）`,
    href: n === 1 ? (first.links[0]?.href ?? '/') : '/',
  }));
  await notify(tx, items);
}
