import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { pgUuidArray } from './load-history.js';
import { reconcileEscalations, type ReconcileResult } from './reconcile-escalations.js';

/**
 * Incremental evaluation after results were added, changed or overturned: only the enterprises
 * those samples concern — the sampled party and nominal producer of a failed sample, and the
 * enterprise of any escalation a sample was counted in (an overturn, or a corrected enterprise) —
 * are re-evaluated, never the whole table. Runs in the transaction of the change.
 */
export async function evaluateEscalations(tx: Tx, actor: Actor, sampleIds: string[], now = new Date()): Promise<ReconcileResult> {
  if (sampleIds.length === 0) return { enterprises: 0, created: 0, updated: 0 };
  const ids = pgUuidArray(sampleIds);
  const affected = (await tx.execute(sql`
    SELECT e.id FROM samples s
      CROSS JOIN LATERAL (VALUES (s.sampled_party_id), (s.nominal_producer_id)) AS e(id)
      WHERE s.id = ANY(${ids}) AND s.conclusion = 'unqualified' AND e.id IS NOT NULL
    UNION
    SELECT esc.enterprise_id FROM escalation_samples es JOIN escalations esc ON esc.id = es.escalation_id
      WHERE es.sample_id = ANY(${ids}) AND es.counted`)) as unknown as { rows: { id: string }[] };
  return reconcileEscalations(tx, actor, affected.rows.map((r) => r.id), now);
}
