import type { SQL } from 'drizzle-orm';
import { reaches, type UnitFact } from '../../domain/jurisdiction.js';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';

/** Who reads a 24-hour report: `jurisdiction.urgentReport.see` (src/domain/jurisdiction.ts, docs/security.md). */
export function urgentReadable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'urgentReport', 'see');
}

/** Whether the user's unit is the owner bureau's line, which files the handling report. */
export function ownsUrgentReport(user: SessionUser, owner: UnitFact): boolean {
  return reaches(user, 'urgentReport', 'work', { units: { owner } });
}
