import type { Tx } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';

/** Each reviewing division's own item, so one division's approval does not close the other's. */
export const reviewSubject = (publicationId: string, side: 'sampling' | 'news') => ({ subjectType: 'publicationReview', subjectId: `${publicationId}/${side}` });

const unitOfSide = { sampling: 'sampling', news: 'news' } as const;

/** Opens a 会审 item for 抽检监测处 and one for 新闻宣传处 (a new round opens both again). */
export async function openReviewItems(tx: Tx, actor: Actor, publication: { id: string; title: string }) {
  await createWorkItems(
    tx,
    actor,
    (['sampling', 'news'] as const).map((side) => ({
      kind: 'publication_review' as const,
      title: `会审：${publication.title}`,
      ...reviewSubject(publication.id, side),
      ownerUnitId: unitIdForSlug(unitOfSide[side]),
      links: [{ label: '会审', href: `/publications/${publication.id}` }],
    })),
  );
}

export async function closeReviewItem(tx: Tx, actor: Actor, publicationId: string, side: 'sampling' | 'news', status: 'done' | 'cancelled') {
  await closeSubjectWorkItems(tx, actor, reviewSubject(publicationId, side), status);
}
