import { and, asc, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { can } from '../../domain/permissions.js';
import type { SessionUser } from '../access/actor.js';
import { caseReadable } from './case-scope.js';

/** The case opened from a disposal that is not closed yet, if any: a disposal has at most one open case. */
export async function openCaseOfDisposal(db: Executor, disposalId: string): Promise<{ id: string } | undefined> {
  const [open] = await db.select({ id: cases.id }).from(cases).where(and(eq(cases.disposalId, disposalId), ne(cases.stage, 'closed'))).limit(1);
  return open;
}

/**
 * The cases opened from a disposal that the user may read (the `case.read` permission and the
 * case reading scope, in SQL), oldest filing first: the disposal detail links them, so the web
 * need not decide from the user's permissions whether to look them up.
 */
export async function readableCasesOfDisposal(db: Executor, user: SessionUser, disposalId: string) {
  if (!can(user.roles, 'case.read')) return [];
  return db
    .select({ id: cases.id, caseNo: cases.caseNo, stage: cases.stage })
    .from(cases)
    .where(and(eq(cases.disposalId, disposalId), caseReadable(user)))
    .orderBy(asc(cases.filedOn), asc(cases.id));
}
