import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { orgUnits, publicationReviews, publicationSamples, publications, publishedResults, resultItems, samples, users } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { actionsOf } from '../workflow/load-for-action.js';
import { publicationReadable, reviewSideNames, statusNames } from './publication-scope.js';
import { publicationRecord, type Publication } from './publication-workflow.js';

type Side = 'sampling' | 'news';

async function approvedSides(db: Db, rows: Publication[]): Promise<Map<string, Side[]>> {
  if (rows.length === 0) return new Map();
  const reviews = await db
    .select({ publicationId: publicationReviews.publicationId, round: publicationReviews.round, side: publicationReviews.side })
    .from(publicationReviews)
    .where(and(inArray(publicationReviews.publicationId, rows.map((r) => r.id)), eq(publicationReviews.decision, 'approve')));
  const roundOf = new Map(rows.map((r) => [r.id, r.round]));
  const map = new Map<string, Side[]>();
  for (const r of reviews) if (roundOf.get(r.publicationId) === r.round) map.set(r.publicationId, [...(map.get(r.publicationId) ?? []), r.side as Side].sort());
  return map;
}

async function rowsOf(db: Db, rows: Publication[], now: Date) {
  const ids = rows.map((r) => r.id);
  const counts = ids.length
    ? await db
        .select({ id: publicationSamples.publicationId, total: count(), unqualified: sql<number>`count(*) FILTER (WHERE ${samples.conclusion} = 'unqualified')`.mapWith(Number) })
        .from(publicationSamples)
        .innerJoin(samples, eq(samples.id, publicationSamples.sampleId))
        .where(inArray(publicationSamples.publicationId, ids))
        .groupBy(publicationSamples.publicationId)
    : [];
  const units = ids.length ? await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.id, [...new Set(rows.map((r) => r.draftedByUnitId))])) : [];
  const approved = await approvedSides(db, rows);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as 'announcement' | 'warning',
    title: r.title,
    status: r.status as keyof typeof statusNames,
    statusName: r.status === 'published' && r.publishAt && r.publishAt > now ? '定时公布' : statusNames[r.status as keyof typeof statusNames],
    scheduled: r.status === 'published' && r.publishAt !== null && r.publishAt > now,
    draftedByUnitName: units.find((u) => u.id === r.draftedByUnitId)?.name ?? '',
    sampleCount: counts.find((c) => c.id === r.id)?.total ?? 0,
    unqualifiedCount: counts.find((c) => c.id === r.id)?.unqualified ?? 0,
    approvedBy: approved.get(r.id) ?? [],
    publishAt: r.publishAt,
    createdAt: r.createdAt,
  }));
}

export async function listPublications(db: Db, user: SessionUser, filter: { kind?: string; status?: string }, page: { pageSize: number; offset: number }, now = new Date()) {
  const where = and(publicationReadable(user), filter.kind ? eq(publications.kind, filter.kind) : undefined, filter.status ? eq(publications.status, filter.status) : undefined);
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(publications).where(where).orderBy(desc(publications.createdAt), desc(publications.id)).limit(page.pageSize).offset(page.offset),
    db.select({ total: count() }).from(publications).where(where),
  ]);
  return { items: await rowsOf(db, rows, now), total };
}

export async function getPublication(db: Db, user: SessionUser, id: string, now = new Date()) {
  const [row] = await db.select().from(publications).where(and(eq(publications.id, id), publicationReadable(user))).limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'publication', id });
  const [base] = await rowsOf(db, [row], now);
  const members = await db
    .select({
      sampleId: samples.id,
      sampleNo: samples.sampleNo,
      foodName: samples.foodName,
      sampledPartyName: samples.sampledPartyName,
      conclusion: samples.conclusion,
      heldBack: publicationSamples.heldBack,
      publicNote: publicationSamples.publicNote,
      publishedStatus: publishedResults.status,
    })
    .from(publicationSamples)
    .innerJoin(samples, eq(samples.id, publicationSamples.sampleId))
    .leftJoin(publishedResults, and(eq(publishedResults.publicationId, publicationSamples.publicationId), eq(publishedResults.sampleId, publicationSamples.sampleId)))
    .where(eq(publicationSamples.publicationId, id))
    .orderBy(asc(samples.sampleNo));
  const failed = members.length
    ? await db
        .select({ sampleId: resultItems.sampleId, itemName: resultItems.itemName })
        .from(resultItems)
        .where(and(inArray(resultItems.sampleId, members.map((m) => m.sampleId)), eq(resultItems.effective, true), eq(resultItems.judgement, 'unqualified')))
    : [];
  const reviews = await db
    .select({ round: publicationReviews.round, side: publicationReviews.side, decision: publicationReviews.decision, comment: publicationReviews.comment, unitName: orgUnits.name, userName: users.displayName, at: publicationReviews.at })
    .from(publicationReviews)
    .innerJoin(orgUnits, eq(orgUnits.id, publicationReviews.unitId))
    .leftJoin(users, eq(users.id, publicationReviews.userId))
    .where(eq(publicationReviews.publicationId, id))
    .orderBy(asc(publicationReviews.at));
  return {
    ...base,
    body: row.body,
    tags: row.tags,
    noticeNo: row.noticeNo,
    round: row.round,
    watchDays: row.watchDays,
    publishedAt: row.publishedAt,
    withdrawnAt: row.withdrawnAt,
    withdrawalNote: row.withdrawalNote,
    version: row.version,
    samples: members.map((m) => ({ ...m, failedItems: failed.filter((f) => f.sampleId === m.sampleId).map((f) => f.itemName) })),
    reviews: reviews.map((r) => ({ ...r, side: r.side as Side, sideName: reviewSideNames[r.side as Side], decision: r.decision as 'approve' | 'return' })),
    actions: await actionsOf(db, user, publicationRecord, row),
  };
}
