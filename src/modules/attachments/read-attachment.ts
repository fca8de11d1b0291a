import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { attachments } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
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
  const base = resolve(root);
  const path = resolve(base, row.storagePath);
  // Stored paths are ours, but a path outside the root is never served.
  if (!path.startsWith(base + sep)) throw new DomainError('NOT_FOUND', { entity: 'attachment', id });
  // A recorded file missing from disk is an integrity fault for the operator (500, logged), not a 404.
  const size = await stat(path).then((s) => s.size, () => null);
  if (size === null) throw new Error(`attachment ${id}: file missing at ${path}`);
  return { attachment: row, open: () => createReadStream(path) };
}

/** Content-Disposition for a Chinese file name: RFC 6266 / 5987, with an ASCII fallback. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
