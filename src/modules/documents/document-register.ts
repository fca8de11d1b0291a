import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';
import { reaches } from '../../domain/jurisdiction.js';
import type { SessionUser } from '../access/actor.js';
import { unitFact } from '../access/unit-facts.js';
import type { DisposalRow } from './document-facts.js';
import type { DocumentKind } from './document-numbers.js';
import type { DocumentContext } from './document-rules.js';

export interface IssueRecord {
  documentNo: string;
  at: Date;
}

/**
 * The first generation of a document: its number and date. Generating it again prints both
 * unchanged.
 * - 协查函 and 延期审批表 keep their numbers in columns (assist_requests.document_no,
 *   disposals.extension.documentNo); this still gives the 协查函 its date.
 * - 检验结果通知书 and 督办函 have no column: until the issued-documents table proposed with this
 *   change exists, the first `document.generate` audit row is the register. It is written in
 *   the transaction that takes the number, and the audit log is append-only, so the record can
 *   be neither lost nor changed.
 */
export async function firstIssue(
  db: Executor,
  disposalId: string,
  kind: DocumentKind,
  key: { issuingUnitId?: string; assistRequestId?: string } = {},
): Promise<IssueRecord | null> {
  const conditions = [
    eq(auditLog.entityType, 'disposal'),
    eq(auditLog.entityId, disposalId),
    eq(auditLog.action, 'document.generate'),
    sql`${auditLog.after}->>'kind' = ${kind}`,
  ];
  if (key.issuingUnitId) conditions.push(sql`${auditLog.after}->>'issuingUnitId' = ${key.issuingUnitId}`);
  if (key.assistRequestId) conditions.push(sql`${auditLog.after}->>'assistRequestId' = ${key.assistRequestId}`);
  const [row] = await db
    .select({ at: auditLog.at, documentNo: sql<string>`${auditLog.after}->>'documentNo'` })
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(asc(auditLog.seq))
    .limit(1);
  return row ?? null;
}

/** The facts the document rules need, derived from the disposal and the user's unit. */
export async function documentContext(db: Executor, user: SessionUser, d: DisposalRow, now: Date): Promise<DocumentContext> {
  const active = !['closed', 'voided'].includes(d.status);
  return {
    owns: reaches(user, 'disposal', 'work', { units: { owner: await unitFact(db, d.ownerUnitId) } }),
    supervises: user.unit.businesses.includes('sampling') || user.unit.id === d.guidingUnitId,
    disposalKind: d.kind,
    status: d.status,
    overdue: active && d.dueAt < now,
    extended: Boolean(d.extension),
  };
}
