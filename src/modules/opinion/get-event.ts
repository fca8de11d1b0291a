import { and, asc, count, desc, eq, getTableColumns, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import {
  auditLog,
  enterprises,
  explainers,
  opinionEventEnterprises,
  opinionEventPublications,
  opinionEvents,
  opinionEventSamples,
  opinionResponses,
  orgUnits,
  publications,
  samples,
} from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { NOTIFY_LEVELS, opinionLevels, opinionSources, opinionStatuses, responseKinds } from '../../domain/opinion/opinion-rules.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { auditHistory } from '../audit/audit-history.js';
import { statusNames as publicationStatusNames } from '../publication/publication-scope.js';
import { actionsOf } from '../workflow/load-for-action.js';
import { opinionEventRecord, type OpinionEvent } from './opinion-event-workflow.js';
import { complaintsOfEvent } from './linked-complaints.js';
import { opinionReadable } from './opinion-scope.js';
import { outer } from '../../db/outer-column.js';

const name = <T extends Record<string, string>>(names: T, code: string) => (names as Record<string, string>)[code] ?? code;
const owner = alias(orgUnits, 'owner');
const region = alias(orgUnits, 'region');

export interface EventFilter {
  level?: string;
  status?: string;
  source?: string;
  q?: string;
  /** Only 较大 and 重大 (the province view's panel). */
  notable?: boolean;
}

const rowFields = {
  ...getTableColumns(opinionEvents),
  ownerUnitName: owner.name,
  regionName: region.name,
  responseCount: sql<number>`(SELECT count(*)::int FROM opinion_responses r WHERE r.event_id = ${outer(opinionEvents.id)})`,
};

function present(r: OpinionEvent & { ownerUnitName: string; regionName: string | null; responseCount: number }) {
  const e = r;
  return {
    id: e.id,
    title: e.title,
    source: e.source,
    sourceName: name(opinionSources, e.source),
    level: e.level,
    levelName: name(opinionLevels, e.level),
    status: e.status,
    statusName: name(opinionStatuses, e.status),
    firstSeenAt: e.firstSeenAt,
    ownerUnitName: r.ownerUnitName,
    regionName: r.regionName,
    responseCount: Number(r.responseCount),
    updatedAt: e.updatedAt,
  };
}

/** The register (舆情事件台账) in the user's scope: open ones first, then by level and first seen, newest first. */
export async function listEvents(db: Executor, user: SessionUser, filter: EventFilter, page: Page) {
  const conditions: SQL[] = [opinionReadable(user)];
  if (filter.level) conditions.push(eq(opinionEvents.level, filter.level));
  if (filter.status) conditions.push(eq(opinionEvents.status, filter.status));
  if (filter.source) conditions.push(eq(opinionEvents.source, filter.source));
  if (filter.notable) conditions.push(inArray(opinionEvents.level, [...NOTIFY_LEVELS]));
  if (filter.q) conditions.push(ilike(opinionEvents.title, `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select(rowFields)
      .from(opinionEvents)
      .innerJoin(owner, eq(owner.id, opinionEvents.ownerUnitId))
      .leftJoin(region, eq(region.id, opinionEvents.regionUnitId))
      .where(where)
      .orderBy(
        sql`CASE ${opinionEvents.status} WHEN 'open' THEN 0 ELSE 1 END`,
        sql`CASE ${opinionEvents.level} WHEN 'major' THEN 0 WHEN 'significant' THEN 1 ELSE 2 END`,
        desc(opinionEvents.firstSeenAt),
        opinionEvents.id,
      )
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ n: count() }).from(opinionEvents).where(where),
  ]);
  return { items: rows.map(present), total: Number(total.n) };
}

const unitRefOf = async (db: Executor, id: string | null) => {
  if (!id) return null;
  const [u] = await db.select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, regionCode: orgUnits.regionCode }).from(orgUnits).where(eq(orgUnits.id, id)).limit(1);
  return u ?? null;
};

/** One event through the register's scope (else 404), with its links, responses, actions and history. */
export async function getEvent(db: Executor, user: SessionUser, id: string) {
  const rows = await db
    .select(rowFields)
    .from(opinionEvents)
    .innerJoin(owner, eq(owner.id, opinionEvents.ownerUnitId))
    .leftJoin(region, eq(region.id, opinionEvents.regionUnitId))
    .where(and(eq(opinionEvents.id, id), opinionReadable(user)))
    .limit(1);
  const r = rows.at(0);
  if (!r) throw new DomainError('NOT_FOUND', { entity: 'opinionEvent', id });
  const { ownerUnitName: _o, regionName: _r, responseCount: _c, ...e } = r;
  const [ownerUnit, regionUnit, recordedBy, linkedEnterprises, linkedSamples, linkedPublications, linkedComplaints, responses, actions, history] = await Promise.all([
    unitRefOf(db, e.ownerUnitId),
    unitRefOf(db, e.regionUnitId),
    unitRefOf(db, e.recordedByUnitId),
    db.select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode }).from(opinionEventEnterprises).innerJoin(enterprises, eq(enterprises.id, opinionEventEnterprises.enterpriseId)).where(eq(opinionEventEnterprises.eventId, id)).orderBy(enterprises.name),
    db.select({ id: samples.id, sampleNo: samples.sampleNo, foodName: samples.foodName, conclusion: samples.conclusion }).from(opinionEventSamples).innerJoin(samples, eq(samples.id, opinionEventSamples.sampleId)).where(eq(opinionEventSamples.eventId, id)).orderBy(samples.sampleNo),
    db.select({ id: publications.id, title: publications.title, kind: publications.kind, status: publications.status }).from(opinionEventPublications).innerJoin(publications, eq(publications.id, opinionEventPublications.publicationId)).where(eq(opinionEventPublications.eventId, id)).orderBy(publications.createdAt),
    complaintsOfEvent(db, user, id),
    db
      .select({ response: opinionResponses, explainerName: explainers.itemName, publication: { id: publications.id, title: publications.title, status: publications.status, publishAt: publications.publishAt } })
      .from(opinionResponses)
      .leftJoin(explainers, eq(explainers.id, opinionResponses.explainerId))
      .leftJoin(publications, eq(publications.id, opinionResponses.publicationId))
      .where(eq(opinionResponses.eventId, id))
      .orderBy(asc(opinionResponses.actedOn), asc(opinionResponses.createdAt)),
    actionsOf(db, user, opinionEventRecord, e),
    auditHistory(db, and(eq(auditLog.entityType, 'opinionEvent'), eq(auditLog.entityId, id)), 100),
  ]);
  return {
    ...present(r),
    sourceNote: e.sourceNote,
    summary: e.summary,
    links: e.links,
    ownerUnit: ownerUnit!,
    regionUnit,
    recordedByUnitName: recordedBy?.name ?? '',
    fromWatchItemId: e.fromWatchItemId,
    closingSummary: e.closingSummary,
    closedAt: e.closedAt,
    version: e.version,
    enterprises: linkedEnterprises,
    samples: linkedSamples.map((s) => ({ ...s, foodName: s.foodName ?? '' })),
    publications: linkedPublications,
    complaints: linkedComplaints.items,
    otherComplaintCount: linkedComplaints.others,
    responses: responses.map(({ response: x, explainerName, publication }) => ({
      id: x.id,
      kind: x.kind,
      kindName: name(responseKinds, x.kind),
      title: x.title,
      detail: x.detail,
      actedOn: x.actedOn,
      outcome: x.outcome,
      outcomeAt: x.outcomeAt,
      explainer: x.explainerId && explainerName ? { id: x.explainerId, itemName: explainerName } : null,
      publication: publication?.id ? { id: publication.id, title: publication.title, status: publication.status, statusName: name(publicationStatusNames, publication.status), publishAt: publication.publishAt } : null,
      actions: [
        ...(actions.includes('recordOutcome') ? ['recordOutcome'] : []),
        ...(actions.includes('publishRebuttal') && x.kind === 'rebuttal' && !x.publicationId ? ['publishRebuttal'] : []),
      ],
    })),
    actions: actions.filter((a) => a !== 'recordOutcome' && a !== 'publishRebuttal'),
    history,
  };
}
