import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { urgentReports } from '../../db/schema/index.js';
import { DomainError, type PlainErrorCode } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { urgentReadable } from './urgent-scope.js';
import { urgentAllows, type UrgentAction } from './urgent-rules.js';

export type UrgentReport = typeof urgentReports.$inferSelect;

/**
 * The guard every report change starts with: readable by the user (else 404), the caller's
 * standing allows the action (else 403 with the reason), the state allows it (else 409), and
 * the version the user saw is current (else 409). Returns the row and the update that bumps
 * the version.
 */
export async function loadForChange(
  tx: Tx,
  user: SessionUser,
  id: string,
  action: UrgentAction,
  version: number | null,
  mayAct: (report: UrgentReport) => Promise<PlainErrorCode | null> | PlainErrorCode | null,
) {
  const [report] = await tx.select().from(urgentReports).where(and(eq(urgentReports.id, id), urgentReadable(user))).limit(1);
  if (!report) throw new DomainError('NOT_FOUND', { entity: 'urgentReport', id });
  const refusal = await mayAct(report);
  if (refusal) throw new DomainError(refusal, { action });
  if (!urgentAllows(action, report.status)) throw new DomainError('INVALID_STATE', { status: report.status, action });
  if (version !== null && report.version !== version) throw new DomainError('VERSION_CONFLICT', { expected: version, actual: report.version });
  const update = async (changes: Partial<typeof urgentReports.$inferInsert>) => {
    const [after] = await tx
      .update(urgentReports)
      .set({ ...changes, version: report.version + 1 })
      .where(and(eq(urgentReports.id, id), eq(urgentReports.version, report.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: version ?? report.version });
    return after;
  };
  return { report, update };
}
