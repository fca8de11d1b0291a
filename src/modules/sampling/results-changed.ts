import type { Tx } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { syncDisposals } from '../disposals/sync-disposals.js';
import { evaluateEscalations } from '../escalations/evaluate-escalations.js';

/**
 * Everything that follows from samples' results changing — manual entry, corrections, imports,
 * overturns — in the transaction of the change: disposals opened or voided, escalation rules
 * re-evaluated for the enterprises concerned. The one place callers go through, so no path can
 * change a result and forget a consequence.
 */
export async function afterResultsChanged(tx: Tx, actor: Actor, sampleIds: string[], reason: string, now = new Date()) {
  const disposals = await syncDisposals(tx, actor, sampleIds, reason, now);
  const escalations = await evaluateEscalations(tx, actor, sampleIds, now);
  return { ...disposals, escalationsCreated: escalations.created, escalationsUpdated: escalations.updated };
}
