import { and, eq } from 'drizzle-orm';
import { objections, samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { FAILED_CONCLUSIONS } from '../../domain/objections/application.js';
import { applicationWorkflow, type ApplicationFacts, type ApplicationSide, type ApplicationWorkflowAction } from '../../domain/workflow/objection.js';
import type { SessionUser } from '../access/actor.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';
import { sampleInScope } from '../sampling/sample-scope.js';
import type { Application, Sample } from './failed-sample.js';

/** An application with the conclusion of its sample (what its guards read). */
export interface ApplicationWithSample {
  application: Application;
  sample: Pick<Sample, 'conclusion'>;
}

export const applicationStanding = (user: SessionUser, row: { application: Pick<Application, 'status' | 'kind'>; sample: { conclusion: string } }) => ({
  state: row.application.status,
  // Loaded through the sample's scope: every user who sees it stands on its one side.
  sides: ['reader'] as ApplicationSide[],
  roles: user.roles,
  facts: { kind: row.application.kind, sampleFailed: FAILED_CONCLUSIONS.includes(row.sample.conclusion), sampleConclusion: row.sample.conclusion } satisfies ApplicationFacts,
});

/**
 * The application's workflow on the server: read through its sample's scope, the sample row
 * locked, so an application and a conclusion on the same sample cannot interleave.
 */
export const applicationRecord: RecordWorkflow<{ application: Application; sample: Sample }, ApplicationWorkflowAction, ApplicationSide, ApplicationFacts, Partial<typeof objections.$inferInsert>, Application> = {
  entity: 'objection',
  table: applicationWorkflow,
  loadForUpdate: async (tx, user, id) =>
    (
      await tx
        .select({ application: objections, sample: samples })
        .from(objections)
        .innerJoin(samples, eq(samples.id, objections.sampleId))
        .where(and(eq(objections.id, id), sampleInScope(user)))
        .limit(1)
        .for('update', { of: samples })
    )[0],
  standing: async (_db, user, row) => applicationStanding(user, row),
  version: (row) => row.application.version,
  update: async (tx, { application }, changes) => {
    const [after] = await tx
      .update(objections)
      .set({ ...changes, version: application.version + 1 })
      .where(and(eq(objections.id, application.id), eq(objections.version, application.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: application.version });
    return after;
  },
};
