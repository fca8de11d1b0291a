import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db, Tx } from '../../db/client.js';
import type { ReceivedUpload } from './receive-upload.js';
import { recordAttachment, type AttachmentRow } from './record-attachment.js';

/** Where a file goes and whose it is: `<attachments root>/<dir>/<uuid>.<ext>`, row of entityType/entityId. */
export interface UploadTarget {
  dir: string;
  entityType: string;
  entityId: string;
  uploadedByUserId: string;
}

/**
 * Runs an attaching use case in one transaction: `work` checks its record (in scope, under a lock if
 * it needs one), calls `store` to move the upload into place and record its row, and writes its
 * audit row. If anything fails, nothing is recorded and nothing kept: the file is removed wherever
 * it had got to. Every owner of files (disposals, cases, notices, meetings) attaches through this.
 */
export async function attachUpload<T>(db: Db, root: string, upload: ReceivedUpload, work: (tx: Tx, store: (target: UploadTarget) => Promise<AttachmentRow>) => Promise<T>): Promise<T> {
  let finalPath: string | null = null;
  try {
    return await db.transaction((tx) =>
      work(tx, async (target) => {
        const id = randomUUID();
        const storagePath = `${target.dir}/${id}.${upload.ext}`;
        finalPath = join(root, storagePath);
        await mkdir(join(root, target.dir), { recursive: true });
        await rename(upload.tempPath, finalPath);
        const { dir: _dir, ...owner } = target;
        return recordAttachment(tx, { id, ...owner, fileName: upload.fileName, mimeType: upload.mimeType, bytes: upload.bytes, sha256: upload.sha256, storagePath });
      }),
    );
  } catch (error) {
    await Promise.all([rm(upload.tempPath, { force: true }), finalPath ? rm(finalPath, { force: true }) : null]);
    throw error;
  }
}
