import type { Tx } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { reconcileEscalations, type ReconcileResult } from './reconcile-escalations.js';

/**
 * Incremental evaluation after results were added, changed or overturned: only the enterprises
 * those samples concern — the sampled party and nominal producer of a failed sample, and the
 * enterprise of any escalation a sample was counted in (an overturn, or a corrected enterprise) —
 * are re-evaluated, never the whole table. Runs in the transaction of the change.
 */
export function evaluateEscalations(tx: Tx, actor: Actor, sampleIds: string[], now = new Date()): Promise<ReconcileResult> {
  return reconcileEscalations(tx, actor, { sampleIds }, now);
}
