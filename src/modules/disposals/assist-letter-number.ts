import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { assistRequests } from '../../db/schema/index.js';

/**
 * Stores the number of a 协查函 on its 协查 request, in the transaction that took the number
 * (the documents module issues the letter). Write-once: the caller sets it only while empty.
 */
export async function setAssistLetterNumber(tx: Executor, assistId: string, documentNo: string) {
  await tx.update(assistRequests).set({ documentNo }).where(eq(assistRequests.id, assistId));
}
