import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { toLocalDate } from '../../domain/time.js';
import { notify } from './notify.js';

/**
 * Overdue warnings of work items: once a day per unit that has open items past their due time,
 * one notification with the count (a dedupe key per unit and day keeps two processes, or a
 * restart, from warning twice). Overdue itself stays derived from due_at, never stored.
 */
export async function warnOverdueWorkItems(db: Db, now = new Date()): Promise<number> {
  const day = toLocalDate(now);
  const result = await db.execute(sql`
    SELECT owner_unit_id AS "unitId", count(*)::int AS n FROM work_items
    WHERE status = 'open' AND due_at < ${now.toISOString()}::timestamptz
    GROUP BY owner_unit_id`);
  const rows = (result as unknown as { rows: { unitId: string; n: number }[] }).rows;
  if (rows.length === 0) return 0;
  return db.transaction((tx) =>
    notify(
      tx,
      rows.map((r) => ({ unitId: r.unitId, kind: 'overdue' as const, title: `本单位有${r.n}项待办已逾期，请尽快办理`, href: '/?overdue=true', dedupeKey: `overdue:workItems:${r.unitId}:${day}` })),
    ),
  );
}
