import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { objections, samples } from '../../db/schema/index.js';
import { allowsApplication, FAILED_CONCLUSIONS, type ApplicationAction } from '../../domain/objections/application.js';
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
    throw new DomainError('INVALID_STATE', { conclusion: sample.conclusion }, '该样品检验结论不是不合格，不能提出异议或复检');
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
  if (!allowsApplication(action, application.status)) throw new DomainError('INVALID_STATE', { status: application.status, action }, stateMessage(application, action));
  if (application.version !== version) throw new DomainError('VERSION_CONFLICT', { expected: version, actual: application.version });
  // Another application may have overturned the result meanwhile: this one can then only be rejected.
  if (action !== 'reject' && !FAILED_CONCLUSIONS.includes(row.sample.conclusion)) {
    throw new DomainError('INVALID_STATE', { conclusion: row.sample.conclusion }, '样品检验结论已不再为不合格，该申请不能再受理或办结，请不予受理并说明理由');
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

/** Why the state refuses the action, in words the officer can act on. */
function stateMessage(application: Application, action: ApplicationAction): string {
  if (application.status === 'concluded') return application.kind === 'retest' ? '复检结论为最终结论，已办结的复检不能再更改' : '异议已办结，审核结论不能再更改';
  if (application.status === 'rejected') return '该申请已不予受理，不能再办理';
  if (action === 'conclude') return '请先受理该申请，再登记结论';
  return '该申请已受理，不能再作受理决定';
}
