import { and, sql, type SQL } from 'drizzle-orm';
import { disposals } from '../../db/schema/index.js';
import { fiveInPlace } from '../../domain/disposal.js';
import type { SessionUser } from '../access/actor.js';
import { disposalConditions } from '../disposals/list-disposals.js';
import { outer } from '../../db/outer-column.js';

export interface LedgerFilter {
  /** The unit and everything below it. */
  ownerUnitId?: string;
  /** Local dates (Asia/Shanghai) of `openedAt`, the day the unqualified result reached the owner. */
  periodFrom?: string;
  periodTo?: string;
  status?: string;
  /** A link, or `unknown`: no link yet (待确定). */
  link?: string;
  overdue?: boolean;
  fiveInPlace?: 'complete' | 'incomplete';
}

const fiveKinds = sql.raw(fiveInPlace.map((k) => `'${k}'`).join(', '));

/** How many of the five in place a disposal has done: 0–5, one indexed lookup per disposal. */
export const fiveDoneCount = sql<number>`(SELECT count(*) FROM disposal_steps ds WHERE ds.disposal_id = ${outer(disposals.id)} AND ds.kind IN (${fiveKinds}) AND ds.status = 'done')`;

/**
 * The rows of the ledger (不合格食品核查处置台账): supervisory disposals the user reads
 * (disposal scope), by owner unit, period and state. Risk-monitoring 问题 follow-ups have no five
 * in place and are not ledger rows; voided disposals (result overturned) are left out unless
 * asked for with status=voided, as they no longer count.
 */
export function ledgerConditions(user: SessionUser, filter: LedgerFilter, now: Date): SQL {
  const conditions: SQL[] = [
    disposalConditions(
      user,
      { ownerUnitId: filter.ownerUnitId, status: filter.status, link: filter.link, overdue: filter.overdue, kind: 'disposal', openedFrom: filter.periodFrom, openedTo: filter.periodTo },
      now,
    ),
  ];
  if (filter.status !== 'voided') conditions.push(sql`${disposals.status} <> 'voided'`);
  if (filter.fiveInPlace === 'complete') conditions.push(sql`${fiveDoneCount} = ${fiveInPlace.length}`);
  if (filter.fiveInPlace === 'incomplete') conditions.push(sql`${fiveDoneCount} < ${fiveInPlace.length}`);
  return and(...conditions)!;
}
