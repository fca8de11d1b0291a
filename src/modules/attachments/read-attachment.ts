import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { attachments } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import type { AttachmentRow } from './record-attachment.js';
import { findDisposal } from '../disposals/get-disposal.js';
import { findCaseStage } from '../cases/case-attachments.js';

/**
 * How the owning record of each entity type is read in the user's scope: an attachment is
 * visible exactly when its record is: a disposal, or a stage of an enforcement case.
 */
const readers: Record<string, (db: Executor, user: SessionUser, entityId: string) => Promise<unknown>> = {
  disposal: findDisposal,
  caseStage: findCaseStage,
};

/** An attachment the user may read, with a stream of its bytes; 404 otherwise. */
export async function readAttachment(db: Executor, user: SessionUser, id: string, root: string) {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id)).limit(1);
  const reader = row && readers[row.entityType];
  if (!row || !reader) throw new DomainError('NOT_FOUND', { entity: 'attachment', id });
  await reader(db, user, row.entityId);
  return openStoredFile(root, row);
}

/**
 * A recorded file with a stream of its bytes. Stored paths are ours, but a path outside the root
 * is never served (404); a recorded file missing from disk is an integrity fault for the operator
 * (500, logged), not a 404. Every download (evidence, notice and meeting files) reads through this.
 */
export async function openStoredFile(root: string, row: AttachmentRow) {
  const base = resolve(root);
  const path = resolve(base, row.storagePath);
  if (!path.startsWith(base + sep)) throw new DomainError('NOT_FOUND', { entity: 'attachment', id: row.id });
  const size = await stat(path).then((s) => s.size, () => null);
  if (size === null) throw new Error(`attachment ${row.id}: file missing at ${path}`);
  return { attachment: row, open: () => createReadStream(path) };
}
