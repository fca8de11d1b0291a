import { readdir, rm, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { inArray, isNotNull, and } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { attachments, importJobs } from '../db/schema/index.js';

/** A file untouched this long and referenced by no row was left by a request or process that died. */
export const ORPHAN_AFTER_MS = 3600_000;
/** Paths checked against the database per query. */
const CHUNK = 500;

export interface UploadDirs {
  /** DATA_DIR/uploads: import files waiting for (or run by) their job, referenced by import_jobs.file_path. */
  uploadDir: string;
  /** DATA_DIR/attachments: evidence referenced by attachments.storage_path, and `.incoming` partial uploads. */
  attachmentsRoot: string;
}

/** Regular files under `dir` (recursively) last modified before `before`; a missing dir has none. */
async function oldFiles(dir: string, before: number): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const found: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path).catch(() => null);
    if (info && info.mtimeMs < before) found.push(path);
  }
  return found;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Deletes uploaded files that no row references and that nobody has written for an hour: what a
 * crash (or a failure path we missed) left between receiving a file and recording it. Request
 * handlers already delete refused uploads at once; this sweep is the backstop, so that no upload
 * can fill the disk for good. A file being written has a fresh mtime and is never touched; a file
 * of a queued or running import or of an attachment row is kept. Idempotent, safe in several
 * processes at once. Returns how many files it removed.
 */
export async function sweepOrphanUploads(db: Db, dirs: UploadDirs, now = Date.now()): Promise<number> {
  const before = now - ORPHAN_AFTER_MS;
  let removed = 0;

  // Import uploads: the job row stores the path as written (join(uploadDir, name)).
  const uploadDir = resolve(dirs.uploadDir);
  for (const batch of chunks(await oldFiles(uploadDir, before))) {
    const asStored = batch.map((path) => join(dirs.uploadDir, relative(uploadDir, path)));
    const kept = await db
      .select({ filePath: importJobs.filePath })
      .from(importJobs)
      .where(and(isNotNull(importJobs.filePath), inArray(importJobs.filePath, [...asStored, ...batch])));
    const referenced = new Set(kept.map((row) => resolve(row.filePath!)));
    for (const path of batch) {
      if (referenced.has(path)) continue;
      await rm(path, { force: true });
      removed++;
    }
  }

  // Evidence: rows store the path relative to the root with '/' separators; `.incoming` holds
  // uploads still being received, which no row ever references.
  const root = resolve(dirs.attachmentsRoot);
  for (const batch of chunks(await oldFiles(root, before))) {
    const relativePaths = batch.map((path) => relative(root, path).split(sep).join('/'));
    const kept = await db
      .select({ storagePath: attachments.storagePath })
      .from(attachments)
      .where(inArray(attachments.storagePath, relativePaths));
    const referenced = new Set(kept.map((row) => row.storagePath));
    for (const [i, path] of batch.entries()) {
      if (referenced.has(relativePaths[i])) continue;
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}
