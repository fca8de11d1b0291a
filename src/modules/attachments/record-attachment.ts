import type { Executor } from '../../db/client.js';
import { attachments } from '../../db/schema/index.js';

export type AttachmentRow = typeof attachments.$inferSelect;

/**
 * Records a stored file's row, in the caller's transaction. The caller has checked its record's
 * scope, moved the file under the attachments root and writes its own audit row; other modules
 * (a case's evidence) add their files through this.
 */
export async function recordAttachment(tx: Executor, values: typeof attachments.$inferInsert): Promise<AttachmentRow> {
  const [row] = await tx.insert(attachments).values(values).returning();
  return row;
}
