import type { Executor } from '../../db/client.js';
import { periodAt, periodLabel, previousPeriod } from '../../domain/risk-meetings/periods.js';
import type { MeetingLevel } from '../../domain/risk-meetings/rules.js';
import type { SessionUser } from '../access/actor.js';
import { complianceOf } from './compliance.js';
import { ruleOfLevel } from './meeting-rules.js';

/**
 * The latest period of a level that has ended at `now` (the one before the period running now),
 * with its label: the province view judges completeness on it, since a running period cannot be
 * missed yet.
 */
export async function latestEndedPeriod(db: Executor, level: MeetingLevel, now = new Date()) {
  const rule = await ruleOfLevel(db, level);
  const period = previousPeriod(periodAt(now, rule.periodMonths), rule.periodMonths);
  return { level, start: period.start, end: period.end, label: periodLabel(period, rule.periodMonths) };
}

/** complianceOf for the latest ended period of the level: the same statuses as GET /api/risk-meetings/compliance?date=<its start>. */
export async function latestEndedCompliance(db: Executor, user: SessionUser, level: MeetingLevel, now = new Date()) {
  const period = await latestEndedPeriod(db, level, now);
  return complianceOf(db, user, level, period.start, now);
}
