import { and, eq, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { DomainError, type PlainErrorCode } from '../../domain/errors.js';
import { reaches } from '../../domain/jurisdiction.js';
import type { SessionUser } from '../access/actor.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';
import { unitFact } from '../access/unit-facts.js';

export type CaseRow = typeof cases.$inferSelect;

/** The province bureau's legal unit (法制审核 of the province's cases): 法规处. */
export const LEGAL_REVIEW_BUSINESS = 'legal_review';

/** Who reads a case: `jurisdiction.case.see` (src/domain/jurisdiction.ts, docs/security.md), one SQL condition for every list and read. */
export function caseReadable(user: SessionUser): SQL {
  return jurisdictionSql(user, 'case', 'see');
}

/** Whether the user's unit works on the case (`jurisdiction.case.work`): only the owner unit's line changes it. */
export async function ownsCase(db: Executor, user: SessionUser, c: Pick<CaseRow, 'ownerUnitId'>): Promise<boolean> {
  return reaches(user, 'case', 'work', { units: { owner: await unitFact(db, c.ownerUnitId) } });
}

/** A case the user may read, or 404 (out of scope looks exactly like missing). */
export async function findCase(db: Executor, user: SessionUser, id: string): Promise<CaseRow> {
  const [row] = await db.select().from(cases).where(and(eq(cases.id, id), caseReadable(user))).limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'case', id });
  return row;
}

/**
 * The guard every change starts with: readable (else 404), locked for the transaction, the
 * caller may act (`mayAct` gives the refusal, 403 — by default the owner unit's line), the
 * version the user saw is current (else 409). `update` bumps the version with the change.
 */
export async function loadCaseForChange(
  tx: Tx,
  user: SessionUser,
  id: string,
  version: number,
  mayAct: (c: CaseRow) => Promise<PlainErrorCode | null> | PlainErrorCode | null = async (c) => ((await ownsCase(tx, user, c)) ? null : 'CASE_OWNER_ONLY'),
) {
  const [row] = await tx.select().from(cases).where(and(eq(cases.id, id), caseReadable(user))).limit(1).for('update');
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'case', id });
  const refusal = await mayAct(row);
  if (refusal) throw new DomainError(refusal, { record: { entity: 'case', id } });
  if (row.version !== version) throw new DomainError('VERSION_CONFLICT', { expected: version, actual: row.version });
  const update = async (changes: Partial<typeof cases.$inferInsert>) => {
    const [after] = await tx
      .update(cases)
      .set({ ...changes, version: row.version + 1, updatedAt: new Date() })
      .where(and(eq(cases.id, id), eq(cases.version, row.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: version });
    return after;
  };
  return { row, update };
}
