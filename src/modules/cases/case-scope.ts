import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { reaches } from '../../domain/jurisdiction.js';
import type { SessionUser } from '../access/actor.js';
import { ownerUnitInScope } from '../access/scope-sql.js';
import { unitFact } from '../access/unit-facts.js';

export type CaseRow = typeof cases.$inferSelect;

/**
 * Provincial units that read every case: 综合执法稽查局 (it handles province-wide and
 * cross-region cases, guides the local difficult or major ones and may take them over — seed
 * art. 12), 法规处 (法制审核 of the province bureau's decisions, art. 17), 协调处 (it
 * coordinates the linkage) and 信用处 (it lists the province's penalised parties on the
 * 严重违法失信名单 and approves the cities' listings, which rest on their cases).
 */
export const CASE_READ_ALL_BUSINESSES = ['enforcement', 'legal_review', 'coordination', 'credit'];

/** The province bureau's legal unit (法制审核 of the province's cases): 法规处. */
export const LEGAL_REVIEW_BUSINESS = 'legal_review';

/**
 * Who reads a case (docs/security.md), one SQL condition for every list and read:
 * 1. the owner unit and the units above it (本级及下级 from the user's side);
 * 2. the filing unit's line: a bureau whose case 稽查局 handles (cross-region, or taken over) still follows it;
 * 3. the link division (生产处, 经营处, 餐饮处, 特殊食品处 …), which cooperates on the case (配合,
 *    seed arts. 8(3), 9(3), 10(3));
 * 4. the provincial units that read every case.
 */
export function caseReadable(user: SessionUser): SQL {
  if (user.unit.businesses.some((b) => CASE_READ_ALL_BUSINESSES.includes(b))) return sql`true`;
  return sql`(${ownerUnitInScope(user.scope, cases.ownerUnitId)} OR ${ownerUnitInScope(user.scope, cases.filedByUnitId)} OR ${cases.linkUnitId} = ${user.unit.id})`;
}

/** Whether the user's unit works on the case: only the owner unit's line changes it. */
export async function ownsCase(db: Executor, user: SessionUser, c: Pick<CaseRow, 'ownerUnitId'>): Promise<boolean> {
  return reaches(user, 'case', 'work', { units: { owner: await unitFact(db, c.ownerUnitId) } });
}

/** A case the user may read, or 404 (out of scope looks exactly like missing). */
export async function findCase(db: Executor, user: SessionUser, id: string): Promise<CaseRow> {
  const [row] = await db.select().from(cases).where(and(eq(cases.id, id), caseReadable(user))).limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'case', id });
  return row;
}
