import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client.js';
import { param, sql } from 'drizzle-orm';
import { EVENTS_CHANNEL, EVERYONE_PAYLOAD, MAX_PAYLOAD } from './event-bus.js';
import { executeNamed } from '../../db/named-statement.js';

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
 * event goes out with the commit. One statement (it runs in the per-result hook, issue 16): the
 * insert, and a pg_notify on EVENTS_CHANNEL whose payload (a JjldEvent) names the units and
 * users of the rows actually stored — none when every row was a duplicate. Returns how many were
 * stored.
 */
export async function notify(tx: Executor, items: NewNotification[]): Promise<number> {
  if (items.length === 0) return 0;
  const column = <T>(pick: (n: NewNotification) => T) => param(items.map(pick));
  const result = (await executeNamed(tx, sql`
    WITH stored AS (
      INSERT INTO notifications (id, user_id, unit_id, kind, title, href, dedupe_key)
      SELECT * FROM unnest(
        ${column(() => randomUUID())}::uuid[],
        ${column((n) => n.userId ?? null)}::uuid[],
        ${column((n) => (n.userId ? null : (n.unitId ?? null)))}::uuid[],
        ${column((n) => n.kind)}::text[],
        ${column((n) => n.title.slice(0, 300))}::text[],
        ${column((n) => n.href ?? null)}::text[],
        ${column((n) => n.dedupeKey ?? null)}::text[])
      ON CONFLICT DO NOTHING
      RETURNING user_id, unit_id
    ),
    event AS (
      SELECT count(*)::int AS stored, json_build_object('type', 'notifications',
        'unitIds', coalesce(json_agg(DISTINCT unit_id) FILTER (WHERE unit_id IS NOT NULL), '[]'::json),
        'userIds', coalesce(json_agg(DISTINCT user_id) FILTER (WHERE user_id IS NOT NULL), '[]'::json))::text AS payload
      FROM stored
    )
    SELECT stored, CASE WHEN stored > 0
      THEN pg_notify(${EVENTS_CHANNEL}, CASE WHEN octet_length(payload) > ${MAX_PAYLOAD} THEN ${EVERYONE_PAYLOAD} ELSE payload END) END AS sent
    FROM event`)) as unknown as { rows: { stored: number }[] };
  return Number(result.rows[0]?.stored ?? 0);
}
