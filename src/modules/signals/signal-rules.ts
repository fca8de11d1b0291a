import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { signalRules } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { can } from '../../domain/permissions.js';
import { checkRuleValue, defaultSignalRules, signalRuleDefaults, type SignalRules } from '../../domain/signals/rules.js';
import { actorOf, systemActor, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { runsSignals } from './signal-scope.js';

/** Start-up: inserts missing rules with their defaults; never overwrites one 抽检监测处 edited. */
export async function seedSignalRules(db: Db): Promise<{ inserted: number }> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(signalRules)
      .values(signalRuleDefaults.map((r) => ({ key: r.key, value: r.value })))
      .onConflictDoNothing()
      .returning();
    if (inserted.length) await recordAudit(tx, systemActor, { action: 'signalRule.seed', entityType: 'signalRule', after: { keys: inserted.map((r) => r.key) } });
    return { inserted: inserted.length };
  });
}

/** The rules as the run reads them: stored values over the defaults. */
export async function loadSignalRules(db: Executor): Promise<SignalRules> {
  const rows = await db.select().from(signalRules).orderBy(asc(signalRules.key));
  return { ...defaultSignalRules(), ...Object.fromEntries(rows.map((r) => [r.key, r.value])) };
}

export async function listSignalRules(db: Executor) {
  const rows = new Map((await db.select().from(signalRules)).map((r) => [r.key, r]));
  return signalRuleDefaults.map((d) => {
    const row = rows.get(d.key);
    return { key: d.key, label: d.label, basis: d.basis, min: d.min, max: d.max, defaultValue: d.value, value: row?.value ?? d.value, edited: row?.edited ?? false, version: row?.version ?? 1 };
  });
}

/** 抽检监测处 edits a threshold, with audit; the next run uses it. */
export async function updateSignalRule(db: Db, user: SessionUser, key: string, change: { value: number; version: number }, ip: string | null) {
  if (!can(user.roles, 'signal.run') || !runsSignals(user)) throw new DomainError('SIGNAL_RUN_SAMPLING_ONLY');
  const problem = checkRuleValue(key, change.value);
  if (problem === '没有这项参数') throw new DomainError('NOT_FOUND');
  if (problem) throw new DomainError('VALIDATION_FAILED', { value: problem });
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(signalRules).where(eq(signalRules.key, key)).for('update');
    if (!before) throw new DomainError('NOT_FOUND');
    if (before.version !== change.version) throw new DomainError('VERSION_CONFLICT');
    const [after] = await tx
      .update(signalRules)
      .set({ value: change.value, edited: true, version: sql`${signalRules.version} + 1`, updatedAt: new Date(), updatedByUserId: user.id })
      .where(eq(signalRules.key, key))
      .returning();
    await recordAudit(tx, actorOf(user, ip), { action: 'signalRule.update', entityType: 'signalRule', entityId: null, before, after });
    return after;
  });
}
