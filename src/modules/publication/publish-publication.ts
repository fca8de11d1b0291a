import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { publicationSamples, publishedResults } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { publicationRules } from '../../domain/publication/rules.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { holdBackDecisions } from './create-publication.js';
import { publicationRecord } from './publication-workflow.js';
import { newPublishedId, publicContentOf } from './snapshot.js';
import { publicChanged } from './public-change.js';

const DAY = 86_400_000;

/**
 * Publishes an approved publication now or at `publishAt` (定时公布): the public snapshot is written
 * at once and becomes visible at that time (every public read compares it with now). 宣传和档案中心
 * gets an opinion-watch item (舆情监测, seed art. 14(2)) for `watchDays` from the publication time.
 */
export async function publishPublication(
  db: Db,
  user: SessionUser,
  id: string,
  input: { version?: number; publishAt?: Date; watchDays?: number },
  ip: string | null,
  now = new Date(),
) {
  const after = await db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, publicationRecord, id, 'publish', input.version ?? null);
    const publishAt = input.publishAt && input.publishAt > now ? input.publishAt : now;
    const watchDays = input.watchDays ?? publicationRules.opinionWatchDays.value;
    const members = await tx.select().from(publicationSamples).where(eq(publicationSamples.publicationId, id));
    // Objections filed since the review hold their samples back now.
    const decisions = await holdBackDecisions(tx, members.map((m) => m.sampleId));
    for (const [sampleId, d] of decisions) {
      await tx.update(publicationSamples).set(d).where(and(eq(publicationSamples.publicationId, id), eq(publicationSamples.sampleId, sampleId)));
    }
    let published = 0;
    if (row.kind === 'announcement') {
      const shown = members.filter((m) => !decisions.get(m.sampleId)!.heldBack).map((m) => m.sampleId);
      if (shown.length === 0) throw new DomainError('PUBLICATION_NOTHING_TO_PUBLISH', { heldBack: members.length });
      const content = await publicContentOf(tx, shown);
      const values = shown.map((sampleId) => ({
        id: newPublishedId(),
        publicationId: id,
        sampleId,
        publishedAt: publishAt,
        noticeNo: row.noticeNo,
        publicNote: decisions.get(sampleId)!.publicNote,
        ...content.get(sampleId)!,
      }));
      for (let i = 0; i < values.length; i += 500) await tx.insert(publishedResults).values(values.slice(i, i + 500));
      published = values.length;
    }
    const after = await update({ status: 'published', publishAt, publishedAt: now, watchDays });
    const actor = actorOf(user, ip);
    await createWorkItems(
      tx,
      actor,
      [
        {
          kind: 'opinion_watch',
          title: `舆情监测：${row.title}`,
          subjectType: 'publication',
          subjectId: id,
          ownerUnitId: unitIdForSlug('publicity-archives'),
          dueAt: new Date(publishAt.getTime() + watchDays * DAY),
          links: [{ label: '信息公布', href: `/publications/${id}` }],
        },
      ],
      [{ action: 'publication.publish', entityType: 'publication', entityId: id, before: { status: row.status }, after: { status: after.status, publishAt, watchDays, published, heldBack: members.length - published } }],
    );
    return after;
  });
  publicChanged();
  return after;
}
