import type { Db } from '../../db/client.js';
import { deadlineRules } from '../../db/schema/index.js';
import { deadlineRuleDefaults } from '../../domain/deadlines/rule-defaults.js';
import { systemActor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

/** Inserts rules that are missing; never overwrites a row an administrator may have edited. */
export async function seedDeadlineRules(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(deadlineRules).values(deadlineRuleDefaults).onConflictDoNothing().returning({ id: deadlineRules.id });
    if (inserted.length) {
      await recordAudit(tx, systemActor, { action: 'deadlineRule.seed', entityType: 'deadlineRule', after: { ids: inserted.map((r) => r.id) } });
    }
    return inserted.length;
  });
}

