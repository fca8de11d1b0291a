import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { attachments, disposalSteps, disposals } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { disposalWorkable } from '../disposals/disposal-scope.js';
import { disposalRecord } from '../disposals/disposal-workflow.js';
import { assertMayAct } from '../workflow/load-for-action.js';
import type { ReceivedUpload } from './receive-upload.js';
import { attachUpload } from './store-upload.js';

/**
 * Evidence may be attached by the owner bureau's subtree while the disposal accepts steps.
 * Checked before the upload is read (nothing out of scope touches the disk) and again, under a
 * lock, when it is recorded.
 */
export async function assertAttachable(db: Executor, user: SessionUser, disposalId: string, lock = false) {
  const query = db.select().from(disposals).where(and(eq(disposals.id, disposalId), disposalWorkable(user))).limit(1);
  const [d] = lock ? await query.for('share') : await query;
  if (!d) throw new DomainError('NOT_FOUND', { entity: 'disposal', id: disposalId });
  await assertMayAct(db, user, disposalRecord, d, 'attach');
  return d;
}

/**
 * Records an uploaded evidence file of a disposal, optionally of one step. The file moves to
 * `<attachments root>/<disposal id>/<step id | general>/<uuid>.<ext>` (the step id in the path is
 * how the disposal detail lists a step's files) and the row stores that path relative to the
 * root, with the SHA-256, size and type; the audit row records the same.
 * Evidence is append-only: there is no removal (a wrong file is superseded by a new one).
 */
export async function attachFile(
  db: Db,
  user: SessionUser,
  input: { disposalId: string; stepKind?: string; upload: ReceivedUpload },
  root: string,
  ip: string | null,
) {
  const { upload } = input;
  return attachUpload(db, root, upload, async (tx, store) => {
    const d = await assertAttachable(tx, user, input.disposalId, true);
    let stepId: string | null = null;
    if (input.stepKind) {
      const [step] = await tx.select({ id: disposalSteps.id }).from(disposalSteps).where(and(eq(disposalSteps.disposalId, d.id), eq(disposalSteps.kind, input.stepKind))).limit(1);
      if (!step) throw new DomainError('VALIDATION_FAILED', { stepKind: '该处置没有这个步骤' });
      stepId = step.id;
    }
    const row = await store({ dir: `${d.id}/${stepId ?? 'general'}`, entityType: 'disposal', entityId: d.id, uploadedByUserId: user.id });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'disposal.attach',
      entityType: 'disposal',
      entityId: d.id,
      after: { attachmentId: row.id, stepKind: input.stepKind ?? null, fileName: upload.fileName, mimeType: upload.mimeType, bytes: upload.bytes, sha256: upload.sha256 },
    });
    return attachmentView(row, input.stepKind ?? null);
  });
}

export function attachmentView(row: typeof attachments.$inferSelect, stepKind: string | null) {
  const { storagePath: _path, ...rest } = row;
  return { ...rest, stepKind, href: `/api/attachments/${row.id}` };
}
