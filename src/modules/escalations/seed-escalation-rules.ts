import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { escalationRules, ruleSettings } from '../../db/schema/index.js';
import { canonicalJson } from '../../domain/audit-chain.js';
import { escalationRuleDefaults, ruleSettingDefaults } from '../../domain/escalation/rule-defaults.js';
import { systemActor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

/** The fields a seeded rule takes from the code while no administrator has edited it. */
const ruleFields = ['name', 'subject', 'kind', 'threshold', 'years', 'window', 'ownerBusiness', 'legalBasis', 'level', 'enabled'] as const;
const settingFields = ['name', 'value', 'unit', 'legalBasis', 'level'] as const;

function differences<T extends Record<string, unknown>>(row: T, wanted: T, fields: readonly (keyof T)[]) {
  const before: Partial<T> = {};
  const after: Partial<T> = {};
  for (const f of fields) {
    if (canonicalJson(row[f]) !== canonicalJson(wanted[f])) {
      before[f] = row[f];
      after[f] = wanted[f];
    }
  }
  return Object.keys(after).length ? { before, after } : null;
}

/**
 * Inserts escalation rules and thresholds that are missing, and brings rows nobody has edited
 * (version 1, no editor) up to the code's defaults — e.g. the corrections of issue 9 (the
 * special-food rule off by default, 省内 in the names, the legal-review amount off). A row an
 * administrator edited is never touched. Every change is audited.
 */
export async function seedEscalationRules(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const rules = await tx.insert(escalationRules).values(escalationRuleDefaults).onConflictDoNothing().returning({ id: escalationRules.id });
    const settings = await tx.insert(ruleSettings).values(ruleSettingDefaults).onConflictDoNothing().returning({ id: ruleSettings.id });
    const ids = [...rules, ...settings].map((r) => r.id);
    if (ids.length) await recordAudit(tx, systemActor, { action: 'escalationRule.seed', entityType: 'escalationRule', after: { ids } });

    const unedited = <T extends typeof escalationRules | typeof ruleSettings>(t: T) => and(eq(t.version, 1), isNull(t.updatedByUserId));
    let corrected = 0;
    const ruleRows = await tx.select().from(escalationRules).where(unedited(escalationRules));
    for (const row of ruleRows) {
      const wanted = escalationRuleDefaults.find((d) => d.id === row.id);
      const diff = wanted && differences(row as Record<string, unknown>, wanted as unknown as Record<string, unknown>, ruleFields);
      if (!diff) continue;
      await tx.update(escalationRules).set(diff.after).where(and(eq(escalationRules.id, row.id), unedited(escalationRules)));
      await recordAudit(tx, systemActor, { action: 'escalationRule.seedCorrect', entityType: 'escalationRule', entityId: row.id, before: diff.before, after: diff.after });
      corrected++;
    }
    const settingRows = await tx.select().from(ruleSettings).where(unedited(ruleSettings));
    for (const row of settingRows) {
      const wanted = ruleSettingDefaults.find((d) => d.id === row.id);
      const diff = wanted && differences(row as Record<string, unknown>, wanted as unknown as Record<string, unknown>, settingFields);
      if (!diff) continue;
      await tx.update(ruleSettings).set(diff.after).where(and(eq(ruleSettings.id, row.id), unedited(ruleSettings)));
      await recordAudit(tx, systemActor, { action: 'ruleSetting.seedCorrect', entityType: 'ruleSetting', entityId: row.id, before: diff.before, after: diff.after });
      corrected++;
    }
    return ids.length + corrected;
  });
}
