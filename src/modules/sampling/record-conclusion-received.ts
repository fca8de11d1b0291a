import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { samples } from '../../db/schema/index.js';

/**
 * Stores the day the unqualified conclusion was received on a sample (the legal trigger every
 * later count starts from), bumping its version so an open edit form sees the change. The
 * caller (a disposal's correction) has read the sample FOR UPDATE and audits the change.
 */
export async function recordConclusionReceivedOn(tx: Executor, sample: { id: string; version: number }, on: string, now: Date) {
  await tx.update(samples).set({ conclusionReceivedOn: on, version: sample.version + 1, updatedAt: now }).where(eq(samples.id, sample.id));
}
