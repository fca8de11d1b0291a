import type { Tx } from '../../db/client.js';
import type { Actor } from '../access/actor.js';

/**
 * What follows from samples' results changing, implemented by other modules and registered at
 * assembly (src/server/results-changed-handlers.ts), so sampling does not import them. Both are
 * required: a result that changes without its disposal opened or voided is a lost case.
 */
export interface ResultsChangedHandlers {
  /** Opens a disposal for each unqualified result and voids those no longer unqualified (disposals). */
  disposals(tx: Tx, actor: Actor, sampleIds: string[], reason: string, now: Date): Promise<{ opened: number; voided: number }>;
  /** Re-evaluates the escalation rules for the enterprises of these samples (escalations). */
  escalations(tx: Tx, actor: Actor, sampleIds: string[], now: Date): Promise<{ created: number; updated: number }>;
  /** Moves these samples' counts in the maintained aggregates of the province view (stats). */
  stats(tx: Tx, sampleIds: string[]): Promise<void>;
}

let registered: ResultsChangedHandlers | null = null;

/** Called once by every entry point (server, CLI, tests, bench) before anything writes results. */
export function registerResultsChangedHandlers(handlers: ResultsChangedHandlers): void {
  registered = handlers;
}

/**
 * Everything that follows from samples' results changing — manual entry, corrections, imports,
 * retests, overturns — in the transaction of the change: disposals opened or voided, escalation
 * rules re-evaluated for the enterprises concerned. Results are written through write-results.ts,
 * which calls this; an objection overturn (conclusion only, no items) calls it directly.
 * Throws when the handlers were never registered: silently skipping disposals is not an option.
 */
export async function afterResultsChanged(tx: Tx, actor: Actor, sampleIds: string[], reason: string, now = new Date()) {
  const handlers = requireHandlers();
  const disposals = await handlers.disposals(tx, actor, sampleIds, reason, now);
  const escalations = await handlers.escalations(tx, actor, sampleIds, now);
  await handlers.stats(tx, sampleIds);
  return { opened: disposals.opened, voided: disposals.voided, escalationsCreated: escalations.created, escalationsUpdated: escalations.updated };
}

/**
 * A fact the escalation rules read changed without the results changing (a link or a sampling date
 * recorded after import): only the rules are evaluated again; no disposal opens or voids.
 */
export async function afterCountedFactsChanged(tx: Tx, actor: Actor, sampleIds: string[], now = new Date()) {
  const handlers = requireHandlers();
  // The region, sampling date or link the aggregates count by may be the fact that changed.
  await handlers.stats(tx, sampleIds);
  return handlers.escalations(tx, actor, sampleIds, now);
}

function requireHandlers(): ResultsChangedHandlers {
  if (!registered) {
    throw new Error('afterResultsChanged: no handlers registered; the entry point must call registerResultsChangedHandlers() (src/server/results-changed-handlers.ts) first');
  }
  return registered;
}
