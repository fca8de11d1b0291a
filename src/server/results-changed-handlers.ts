import { registerResultsChangedHandlers } from '../modules/sampling/results-changed.js';
import { syncDisposals } from '../modules/disposals/sync-disposals.js';
import { evaluateEscalations } from '../modules/escalations/evaluate-escalations.js';
import { refreshSampleStats } from '../modules/stats/refresh-sample-stats.js';

/**
 * Wires what follows a change of results (sampling/results-changed.ts) to the modules that
 * implement it. Every entry point calls this before it writes results: the server (main.ts and
 * buildApp), the CLI, the test database helper and the benchmarks. Idempotent.
 */
export function registerResultsHandlers(): void {
  registerResultsChangedHandlers({
    disposals: (tx, actor, sampleIds, reason, now) => syncDisposals(tx, actor, sampleIds, reason, now),
    escalations: (tx, actor, sampleIds, now) => evaluateEscalations(tx, actor, sampleIds, now),
    stats: (tx, sampleIds) => refreshSampleStats(tx, sampleIds),
  });
}
