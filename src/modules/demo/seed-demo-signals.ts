/**
 * Demo mode's risk signals (issue 12 §3): the synthetic samples carry a regional cluster, a
 * systemic out-of-province producer, an additive failing across foods and a catering rise across
 * counties (DEMO_SIGNAL_PLANTS); the signals module's own run then finds them, so the 风险信号 page
 * shows at least one signal of each method.
 */
import type { Db } from '../../db/client.js';
import { runSignals } from '../signals/run-signals.js';
import type { SignalPlants } from './synthetic/generate-samples.js';

export const DEMO_SIGNAL_PLANTS: SignalPlants = {
  cluster: { cityCode: '510700', rootName: '食用农产品', samples: 20, failed: 10 },
  systemicProducer: { cities: 3, batches: 5 },
  itemSpread: { categories: 3, batches: 9 },
  linkSurge: { link: 'catering', counties: 12 },
};

export async function seedDemoSignals(db: Db, now: Date) {
  return runSignals(db, { trigger: 'demo', now });
}
