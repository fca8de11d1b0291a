import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { objections, samples } from '../../db/schema/index.js';
import { FAILED_CONCLUSIONS } from '../../domain/objections/application.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import { sampleInScope } from '../sampling/sample-scope.js';

export type Application = typeof objections.$inferSelect;
export type Sample = typeof samples.$inferSelect;

/**
 * An application starts from its sample: in the user's scope (else 404, as if absent) and still
 * failed (else 409: there is nothing to object to). Locks the sample row, so an application and
 * a conclusion on the same sample cannot interleave.
 */
export async function loadFailedSample(tx: Tx, user: SessionUser, sampleId: string): Promise<Sample> {
  const [sample] = await tx.select().from(samples).where(and(eq(samples.id, sampleId), sampleInScope(user))).limit(1).for('update');
  if (!sample) throw new DomainError('NOT_FOUND', { entity: 'sample', id: sampleId });
  if (!FAILED_CONCLUSIONS.includes(sample.conclusion)) {
    throw new DomainError('OBJECTION_SAMPLE_NOT_FAILED', { conclusion: sample.conclusion });
  }
  return sample;
}

/** Dates an application carries must be possible: not before sampling, applied after the start, not in the future. */
export function checkApplicationDates(input: { windowStartOn: string; appliedOn: string }, sample: Sample, now: Date) {
  const details: Record<string, string> = {};
  if (input.windowStartOn < sample.samplingDate) details.windowStartOn = `起算日期不能早于抽样日期（${sample.samplingDate}）`;
  if (input.appliedOn < input.windowStartOn) details.appliedOn = '申请日期不能早于起算日期';
  if (input.appliedOn > toLocalDate(now)) details.appliedOn = '申请日期不能晚于今天';
  if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);
}

