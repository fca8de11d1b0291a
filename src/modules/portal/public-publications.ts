import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { explainers, publicationSamples, publications, publishedResults } from '../../db/schema/index.js';

/**
 * A publication the public may read: published (or withdrawn after publication) and its time has
 * come. Drafts, batches in review, returned and scheduled-before-time ones are absent alike.
 */
const visible = () => and(inArray(publications.status, ['published', 'withdrawn']), sql`${publications.publishAt} <= now()`);

const publicFields = {
  id: publications.id,
  kind: publications.kind,
  title: publications.title,
  body: publications.body,
  tags: publications.tags,
  noticeNo: publications.noticeNo,
  status: publications.status,
  publishAt: publications.publishAt,
  withdrawnAt: publications.withdrawnAt,
  withdrawalNote: publications.withdrawalNote,
};

export async function listPublic(db: Executor, kind: 'announcement' | 'warning', limit = 50, offset = 0) {
  return db.select(publicFields).from(publications).where(and(visible(), eq(publications.kind, kind))).orderBy(desc(publications.publishAt)).limit(limit).offset(offset);
}

export async function getPublic(db: Executor, kind: 'announcement' | 'warning', id: string) {
  const [row] = await db.select(publicFields).from(publications).where(and(visible(), eq(publications.kind, kind), eq(publications.id, id))).limit(1);
  return row;
}

/** The published results a warning relates to (its samples that an announcement has published). */
export async function relatedResults(db: Executor, publicationId: string) {
  return db
    .selectDistinctOn([publishedResults.sampleNo], { sampleNo: publishedResults.sampleNo, foodName: publishedResults.foodName, sampledPartyName: publishedResults.sampledPartyName, conclusion: publishedResults.conclusion })
    .from(publicationSamples)
    .innerJoin(publishedResults, eq(publishedResults.sampleId, publicationSamples.sampleId))
    .where(and(eq(publicationSamples.publicationId, publicationId), sql`${publishedResults.publishedAt} <= now()`, eq(publishedResults.status, 'current')))
    .orderBy(publishedResults.sampleNo, desc(publishedResults.publishedAt));
}

export async function publicExplainers(db: Executor) {
  return db
    .select({ id: explainers.id, itemName: explainers.itemName, summary: explainers.summary, limitText: explainers.limitText, standardClause: explainers.standardClause, healthMeaning: explainers.healthMeaning, commonCauses: explainers.commonCauses, reviewStatus: explainers.reviewStatus })
    .from(explainers)
    .orderBy(explainers.itemName);
}
export type PublicExplainer = Awaited<ReturnType<typeof publicExplainers>>[number];
