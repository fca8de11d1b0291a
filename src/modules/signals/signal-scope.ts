import type { SQL } from 'drizzle-orm';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/** Who reads a signal: `jurisdiction.signal.see` (src/domain/jurisdiction.ts, docs/security.md). */
export function signalReadable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'signal', 'see');
}

/** Who reviews and follows up a signal: `jurisdiction.signal.work`. */
export function signalWorkable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'signal', 'work');
}

/** 抽检监测处 runs the computation and keeps its thresholds (seed art. 11: leads risk analysis). */
export function runsSignals(user: SessionUser): boolean {
  return user.unit.businesses.includes('sampling');
}
