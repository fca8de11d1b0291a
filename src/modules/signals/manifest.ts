import { riskMeetingAgenda, signalFollowUps, signalHistory, signalRules, signalRuns, signals, signalUnits } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerSignalRoutes } from './routes.js';
import { runSignalsWhenDue } from './scheduled-run.js';
import { seedSignalRules } from './signal-rules.js';

/** 风险信号 (issue 12 §2): statistical signals, their review and follow-ups; docs/signals.md. */
export const signalsManifest: ModuleManifest = {
  name: 'signals',
  tables: [signalRules, signalRuns, signals, signalUnits, signalHistory, signalFollowUps, riskMeetingAgenda],
  routes: registerSignalRoutes,
  seed: async (db) => ({ signalRules: (await seedSignalRules(db)).inserted }),
  // Every ten minutes: a run after an import finished, and at least once a day (nightly).
  jobs: [{ name: 'runSignals', everyMs: 10 * 60_000, run: (db) => runSignalsWhenDue(db), done: 'risk signals found' }],
};
