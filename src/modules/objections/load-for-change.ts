import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { objections, samples } from '../../db/schema/index.js';
import { allowsApplication, FAILED_CONCLUSIONS, type ApplicationAction } from '../../domain/objections/application.js';
import { DomainError, type PlainErrorCode } from '../../domain/errors.js';
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

/**
 * The guard every decision and conclusion starts with: the application's sample is in the
 * user's scope (else 404), the state allows the action (else 409), and the version the user saw
 * is current (else 409). Returns the rows and the update that bumps the version.
 */
export async function loadApplicationForChange(tx: Tx, user: SessionUser, id: string, action: ApplicationAction, version: number) {
  const [row] = await tx
    .select({ application: objections, sample: samples })
    .from(objections)
    .innerJoin(samples, eq(samples.id, objections.sampleId))
    .where(and(eq(objections.id, id), sampleInScope(user)))
    .limit(1)
    .for('update', { of: samples });
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'objection', id });
  const { application } = row;
  if (!allowsApplication(action, application.status)) throw new DomainError(stateRefusal(application, action), { status: application.status, action });
  if (application.version !== version) throw new DomainError('VERSION_CONFLICT', { expected: version, actual: application.version });
  // Another application may have overturned the result meanwhile: this one can then only be rejected.
  if (action !== 'reject' && !FAILED_CONCLUSIONS.includes(row.sample.conclusion)) {
    throw new DomainError('OBJECTION_SAMPLE_NO_LONGER_FAILED', { conclusion: row.sample.conclusion });
  }
  const update = async (changes: Partial<typeof objections.$inferInsert>) => {
    const [after] = await tx
      .update(objections)
      .set({ ...changes, version: application.version + 1 })
      .where(and(eq(objections.id, id), eq(objections.version, version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: version });
    return after;
  };
  return { application, sample: row.sample, update };
}

/** Why the state refuses the action, as the code whose message the officer can act on. */
function stateRefusal(application: Application, action: ApplicationAction): PlainErrorCode {
  if (application.status === 'concluded') return application.kind === 'retest' ? 'RETEST_CONCLUDED' : 'OBJECTION_CONCLUDED';
  if (application.status === 'rejected') return 'APPLICATION_REJECTED';
  if (action === 'conclude') return 'APPLICATION_NOT_ACCEPTED';
  return 'APPLICATION_ALREADY_ACCEPTED';
}
