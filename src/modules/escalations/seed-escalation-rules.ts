import type { Db } from '../../db/client.js';
import { escalationRules, ruleSettings } from '../../db/schema/index.js';
import { escalationRuleDefaults, ruleSettingDefaults } from '../../domain/escalation/rule-defaults.js';
import { systemActor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

/** Inserts escalation rules and thresholds that are missing; never overwrites a row an administrator may have edited. */
export async function seedEscalationRules(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const rules = await tx.insert(escalationRules).values(escalationRuleDefaults).onConflictDoNothing().returning({ id: escalationRules.id });
    const settings = await tx.insert(ruleSettings).values(ruleSettingDefaults).onConflictDoNothing().returning({ id: ruleSettings.id });
    const ids = [...rules, ...settings].map((r) => r.id);
    if (ids.length) await recordAudit(tx, systemActor, { action: 'escalationRule.seed', entityType: 'escalationRule', after: { ids } });
    return ids.length;
  });
}
