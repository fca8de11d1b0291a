import type { Db } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { reconcileEscalations, type ReconcileResult } from './reconcile-escalations.js';

/**
 * Full recomputation over every enterprise's results, in one transaction: after a bulk load that
 * bypassed the incremental path (the synthetic generator), or after a rule's threshold changed.
 * Idempotent: a second run changes nothing.
 */
export async function recomputeEscalations(db: Db, actor: Actor, now = new Date()): Promise<ReconcileResult & { ms: number }> {
  const started = performance.now();
  const result = await db.transaction(async (tx) => {
    const r = await reconcileEscalations(tx, actor, 'all', now);
    await recordAudit(tx, actor, { action: 'escalation.recompute', entityType: 'escalation', after: r });
    return r;
  });
  return { ...result, ms: Math.round(performance.now() - started) };
}
