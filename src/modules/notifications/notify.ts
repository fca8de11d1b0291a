import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client.js';
import { notifications } from '../../db/schema/index.js';
import { emitEvent } from './event-bus.js';

export type NotificationKind = 'notice' | 'reminder' | 'reply' | 'work_item' | 'overdue' | 'opinion';

export interface NewNotification {
  /** To one user, or (without userId) to every user of a unit. */
  userId?: string | null;
  unitId?: string | null;
  kind: NotificationKind;
  title: string;
  href?: string | null;
  /** A sweep's key: the same warning twice (two processes, a restart) is stored once. */
  dedupeKey?: string | null;
}

/**
 * The only way a notification comes into being, inside the transaction of its cause; the live
 * event goes out with the commit (emitEvent). Returns how many were stored.
 */
export async function notify(tx: Executor, items: NewNotification[]): Promise<number> {
  if (items.length === 0) return 0;
  const rows = await tx
    .insert(notifications)
    .values(
      items.map((n) => ({
        id: randomUUID(),
        userId: n.userId ?? null,
        unitId: n.userId ? null : (n.unitId ?? null),
        kind: n.kind,
        title: n.title.slice(0, 300),
        href: n.href ?? null,
        dedupeKey: n.dedupeKey ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning({ userId: notifications.userId, unitId: notifications.unitId });
  if (rows.length === 0) return 0;
  await emitEvent(tx, {
    type: 'notifications',
    unitIds: [...new Set(rows.map((r) => r.unitId).filter((v): v is string => v !== null))],
    userIds: [...new Set(rows.map((r) => r.userId).filter((v): v is string => v !== null))],
  });
  return rows.length;
}
