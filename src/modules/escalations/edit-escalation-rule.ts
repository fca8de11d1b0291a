import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { escalationRules, ruleSettings } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { EscalationWindow } from '../../domain/escalation/rule-defaults.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { reconcileEscalations } from './reconcile-escalations.js';

export interface RuleChange {
  version: number;
  threshold?: number;
  years?: number;
  window?: EscalationWindow;
  enabled?: boolean;
}

/**
 * An administrator corrects a rule's threshold, its years, how it reads "一年内" (calendar year or
 * a rolling 12 months), or switches it off (with audit), and the
 * rules are recomputed over every enterprise in the same transaction, so the escalations on
 * screen always follow the rules in force.
 */
export async function editEscalationRule(db: Db, user: SessionUser, id: string, change: RuleChange, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const [rule] = await tx.select().from(escalationRules).where(eq(escalationRules.id, id)).limit(1);
    if (!rule) throw new DomainError('NOT_FOUND', { entity: 'escalationRule', id });
    if (rule.version !== change.version) throw new DomainError('VERSION_CONFLICT', { expected: change.version, actual: rule.version });
    if (rule.kind === 'batchesInYear' && change.years !== undefined && change.years !== 1) {
      throw new DomainError('VALIDATION_FAILED', { years: '“一年内批次数”规则的年数固定为1' });
    }
    if (rule.kind === 'consecutiveYears' && change.window !== undefined && change.window !== 'calendarYear') {
      throw new DomainError('VALIDATION_FAILED', { window: '“连续年度”规则按自然年度计算，不能改为滚动12个月' });
    }
    const [after] = await tx
      .update(escalationRules)
      .set({
        threshold: change.threshold ?? rule.threshold,
        years: change.years ?? rule.years,
        window: change.window ?? rule.window,
        enabled: change.enabled ?? rule.enabled,
        version: rule.version + 1,
        updatedAt: now,
        updatedByUserId: user.id,
      })
      .where(eq(escalationRules.id, id))
      .returning();
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: 'escalationRule.update',
      entityType: 'escalationRule',
      entityId: id,
      before: { threshold: rule.threshold, years: rule.years, window: rule.window, enabled: rule.enabled },
      after: { threshold: after.threshold, years: after.years, window: after.window, enabled: after.enabled },
    });
    const recomputed = await reconcileEscalations(tx, actor, 'all', now);
    return { rule: after, recomputed };
  });
}

/** An administrator corrects a numeric threshold (e.g. the fine that needs legal review), with audit. */
export async function editRuleSetting(db: Db, user: SessionUser, id: string, change: { version: number; value: number }, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const [setting] = await tx.select().from(ruleSettings).where(eq(ruleSettings.id, id)).limit(1);
    if (!setting) throw new DomainError('NOT_FOUND', { entity: 'ruleSetting', id });
    if (setting.version !== change.version) throw new DomainError('VERSION_CONFLICT', { expected: change.version, actual: setting.version });
    const [after] = await tx
      .update(ruleSettings)
      .set({ value: change.value, version: setting.version + 1, updatedAt: now, updatedByUserId: user.id })
      .where(eq(ruleSettings.id, id))
      .returning();
    await recordAudit(tx, actorOf(user, ip), { action: 'ruleSetting.update', entityType: 'ruleSetting', entityId: id, before: { value: setting.value }, after: { value: after.value } });
    return after;
  });
}
