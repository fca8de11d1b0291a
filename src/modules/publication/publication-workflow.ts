import { and, eq } from 'drizzle-orm';
import { publicationReviews, publications } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { publicationWorkflow, type PublicationAction, type PublicationFacts, type PublicationSide } from '../../domain/workflow/publication.js';
import { unitFact } from '../access/unit-facts.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';
import { publicationReadable, reviewSidesOf, worksOnPublication } from './publication-scope.js';

export type Publication = typeof publications.$inferSelect;

/** The publication's workflow on the server: sides derived from the user's unit, never from the web. */
export const publicationRecord: RecordWorkflow<Publication, PublicationAction, PublicationSide, PublicationFacts, Partial<typeof publications.$inferInsert>> = {
  entity: 'publication',
  table: publicationWorkflow,
  loadForUpdate: async (tx, user, id) => (await tx.select().from(publications).where(and(eq(publications.id, id), publicationReadable(user))).limit(1).for('update'))[0],
  standing: async (db, user, p) => {
    const sides: PublicationSide[] = [];
    if (worksOnPublication(user, await unitFact(db, p.draftedByUnitId))) sides.push('drafter');
    const reviewSides = reviewSidesOf(user);
    sides.push(...reviewSides);
    const approved = await db
      .select({ side: publicationReviews.side })
      .from(publicationReviews)
      .where(and(eq(publicationReviews.publicationId, p.id), eq(publicationReviews.round, p.round), eq(publicationReviews.decision, 'approve')));
    const approvedSides = new Set(approved.map((a) => a.side));
    return { state: p.status, sides, facts: { userSidesApproved: reviewSides.length > 0 && reviewSides.every((s) => approvedSides.has(s)) } };
  },
  version: (p) => p.version,
  update: async (tx, p, changes) => {
    const [after] = await tx
      .update(publications)
      .set({ ...changes, version: p.version + 1, updatedAt: new Date() })
      .where(and(eq(publications.id, p.id), eq(publications.version, p.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: p.version });
    return after;
  },
};
