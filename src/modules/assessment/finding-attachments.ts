import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { attachments } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { openStoredFile } from '../attachments/read-attachment.js';
import type { ReceivedUpload } from '../attachments/receive-upload.js';
import { attachUpload } from '../attachments/store-upload.js';
import { isCheckingSide } from './assessment-scope.js';
import { loadFinding } from './finding-rules.js';

export const FINDING_ENTITY = 'assessmentFinding';

/** The checking side files the finding's evidence; the checked unit its rectification evidence. Checked before the upload is read. */
export async function assertFindingAttachable(db: Executor, user: SessionUser, findingId: string) {
  const { finding, check } = await loadFinding(db, user, findingId);
  if (!isCheckingSide(user, check) && finding.unitId !== user.unit.id) throw new DomainError('ASSESSMENT_CHECKING_SIDE_ONLY');
  return finding;
}

export async function attachFindingFile(db: Db, user: SessionUser, findingId: string, upload: ReceivedUpload, root: string, ip: string | null) {
  return attachUpload(db, root, upload, async (tx, store) => {
    const finding = await assertFindingAttachable(tx, user, findingId);
    const row = await store({ dir: `assessment/${finding.checkId}`, entityType: FINDING_ENTITY, entityId: findingId, uploadedByUserId: user.id });
    await recordAudit(tx, actorOf(user, ip), { action: 'assessmentFinding.attach', entityType: 'assessmentFinding', entityId: findingId, after: { attachmentId: row.id, fileName: upload.fileName, bytes: upload.bytes, sha256: upload.sha256 } });
    return { id: row.id, fileName: row.fileName, bytes: row.bytes, createdAt: row.createdAt, href: `/api/assessment/findings/${findingId}/attachments/${row.id}` };
  });
}

export async function readFindingAttachment(db: Executor, user: SessionUser, findingId: string, attachmentId: string, root: string) {
  await loadFinding(db, user, findingId);
  const [row] = await db.select().from(attachments).where(and(eq(attachments.id, attachmentId), eq(attachments.entityType, FINDING_ENTITY), eq(attachments.entityId, findingId))).limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'attachment', id: attachmentId });
  return openStoredFile(root, row);
}
