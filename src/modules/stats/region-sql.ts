import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { SessionUser } from '../access/actor.js';
import { regionRange } from './areas.js';

/** Records owned by a bureau of the region or below it (510000: no restriction beyond the record's scope). */
export function ownerInRegion(ownerColumn: SQL, regionCode: string): SQL {
  const range = regionRange(regionCode);
  if (!range) return sql`true`;
  return sql`${ownerColumn} IN (SELECT ou.id FROM org_units ou WHERE ou.region_code >= ${range.from} AND ou.region_code <= ${range.to})`;
}

export const rowsOf = async <T>(db: Executor, query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/**
 * The province bureau's subtree (本级及下级) is the whole organisation: every record's owner unit
 * lies in it, so each record type's scope holds for every row. Said once here so the figures do
 * not pay for scope subqueries that cannot exclude anything (the escalations' enterprise-owner
 * rule alone reads every enterprise, ~0.6 s at 10^6 samples; docs/performance.md).
 */
export function wholeProvince(user: SessionUser): boolean {
  return user.unit.kind === 'province_bureau';
}

/** The record type's own scope condition, or `true` for the province bureau (wholeProvince). */
export const scoped = (user: SessionUser, condition: (u: SessionUser) => SQL): SQL => (wholeProvince(user) ? sql`true` : condition(user));
