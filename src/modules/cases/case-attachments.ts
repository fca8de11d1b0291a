import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { caseStages, cases } from '../../db/schema/index.js';
import { caseStageNames, type CaseStage } from '../../domain/case.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import type { ReceivedUpload } from '../attachments/receive-upload.js';
import { attachUpload } from '../attachments/store-upload.js';
import { recordAudit } from '../audit/record-audit.js';
import { caseReadable, findCase } from './case-scope.js';
import { assertMayAct } from '../workflow/load-for-action.js';
import { caseRecord } from './case-workflow.js';

/** The entity type of a case's evidence: each file belongs to one recorded stage. */
export const CASE_STAGE_ENTITY = 'caseStage';

/**
 * Evidence is added to a recorded stage by the owner unit's line (`case.work` on the route).
 * Checked before the upload is read, so nothing out of scope touches the disk, and again under
 * a lock when the file is recorded.
 */
export async function assertCaseAttachable(db: Executor, user: SessionUser, caseId: string, stage: string, lock = false) {
  const query = db.select().from(cases).where(and(eq(cases.id, caseId), caseReadable(user))).limit(1);
  const [c] = lock ? await query.for('share') : await query;
  if (!c) throw new DomainError('NOT_FOUND', { entity: 'case', id: caseId });
  await assertMayAct(db, user, caseRecord, c, 'attach');
  const [row] = await db.select().from(caseStages).where(and(eq(caseStages.caseId, c.id), eq(caseStages.stage, stage))).limit(1);
  if (!row) throw new DomainError('VALIDATION_FAILED', { stage: `“${caseStageNames[stage as CaseStage] ?? stage}”尚未登记，请先登记再上传材料` });
  return { c, stage: row };
}

/**
 * Records an uploaded file of a case stage. It moves to
 * `<attachments root>/cases/<case id>/<stage id>/<uuid>.<ext>`; the row (entity `caseStage`, the
 * stage's id) stores the path relative to the root, with its SHA-256, size and type, and the
 * audit row the same. Append-only like every evidence file: a wrong upload is superseded.
 */
export async function attachCaseFile(db: Db, user: SessionUser, input: { caseId: string; stage: string; upload: ReceivedUpload }, root: string, ip: string | null) {
  const { upload } = input;
  return attachUpload(db, root, upload, async (tx, store) => {
    const { c, stage } = await assertCaseAttachable(tx, user, input.caseId, input.stage, true);
    const row = await store({ dir: `cases/${c.id}/${stage.id}`, entityType: CASE_STAGE_ENTITY, entityId: stage.id, uploadedByUserId: user.id });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'case.attach',
      entityType: 'case',
      entityId: c.id,
      after: { attachmentId: row.id, stage: stage.stage, stageId: stage.id, fileName: upload.fileName, mimeType: upload.mimeType, bytes: upload.bytes, sha256: upload.sha256 },
    });
    const { storagePath: _path, ...view } = row;
    return { ...view, stage: stage.stage, href: `/api/attachments/${row.id}` };
  });
}

/** The reader the attachments module uses for `caseStage` files: readable exactly when the case is. */
export async function findCaseStage(db: Executor, user: SessionUser, stageId: string) {
  const [row] = await db.select({ caseId: caseStages.caseId }).from(caseStages).where(eq(caseStages.id, stageId)).limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'caseStage', id: stageId });
  return findCase(db, user, row.caseId);
}
