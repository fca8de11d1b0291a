import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { assistRequests } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';

/**
 * A disposal closes only when each of its 协查 requests is replied or closed with a reason: a
 * closed disposal never leaves the asked bureau a 协查 in its inbox (issue 9 A4: such items stayed
 * open, and overdue, for years).
 */
export async function assertAssistsSettled(tx: Executor, disposalId: string) {
  const open = await tx
    .select({ producerName: assistRequests.producerName })
    .from(assistRequests)
    .where(and(eq(assistRequests.disposalId, disposalId), eq(assistRequests.status, 'requested')));
  if (open.length) {
    const names = open.map((a) => a.producerName).join('、');
    throw new DomainError(
      'DISPOSAL_HAS_OPEN_ASSISTS',
      { assistRequests: `尚有协查未回复：${names}` },
      { count: open.length, names },
    );
  }
}
