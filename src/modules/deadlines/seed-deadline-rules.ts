import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { deadlineRules } from '../../db/schema/index.js';
import { deadlineRuleDefaults, type DeadlineRuleDefault } from '../../domain/deadlines/rule-defaults.js';
import { systemActor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

type Row = typeof deadlineRules.$inferSelect;

/** Descriptive columns no administrator edits (PATCH /api/deadline-rules changes none of them). */
const DESCRIPTIVE = ['name', 'trigger', 'actor'] as const;
/** Columns an administrator may edit: refreshed from the defaults only while nobody has. */
const EDITABLE = ['amount', 'unit', 'legalBasis', 'level'] as const;

/**
 * Brings the rule table in line with the defaults at every start:
 * - inserts rules that are missing;
 * - corrects the descriptive columns (name, trigger, actor) of every rule, so a corrected
 *   trigger (recall completion counts from the announcement) reaches existing databases;
 * - corrects amount, unit, legal basis and level only of rules no administrator has edited
 *   (`updatedByUserId` is null): a raised level or a newly cited source arrives, an
 *   administrator's own value is never overwritten.
 * Each correction bumps the row's version (an edit form open meanwhile gets 409) and is audited.
 */
export async function seedDeadlineRules(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(deadlineRules).values(deadlineRuleDefaults).onConflictDoNothing().returning({ id: deadlineRules.id });
    if (inserted.length) {
      await recordAudit(tx, systemActor, { action: 'deadlineRule.seed', entityType: 'deadlineRule', after: { ids: inserted.map((r) => r.id) } });
    }
    const fresh = new Set(inserted.map((r) => r.id));
    const rows = await tx.select().from(deadlineRules);
    const defaults = new Map(deadlineRuleDefaults.map((d) => [d.id, d]));
    for (const row of rows) {
      const wanted = defaults.get(row.id);
      if (!wanted || fresh.has(row.id)) continue;
      const changes = corrections(row, wanted);
      if (!changes) continue;
      const now = new Date();
      await tx.update(deadlineRules).set({ ...changes, version: row.version + 1, updatedAt: now }).where(eq(deadlineRules.id, row.id));
      const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof Row]]));
      await recordAudit(tx, systemActor, { action: 'deadlineRule.refresh', entityType: 'deadlineRule', entityId: row.id, before, after: changes });
    }
    return inserted.length;
  });
}

/** The columns of `row` that differ from the default and may be corrected, or null. */
export function corrections(row: Row, wanted: DeadlineRuleDefault): Partial<Row> | null {
  const fields = row.updatedByUserId === null ? [...DESCRIPTIVE, ...EDITABLE] : DESCRIPTIVE;
  const changes: Record<string, unknown> = {};
  for (const field of fields) if (row[field] !== wanted[field]) changes[field] = wanted[field];
  return Object.keys(changes).length ? (changes as Partial<Row>) : null;
}
