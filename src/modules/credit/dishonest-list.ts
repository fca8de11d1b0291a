/** 严重违法失信名单: the list with its filters, readable by every credit.read user (it is public information). */
import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { cases, dishonestEntries, enterprises, orgUnits } from '../../db/schema/index.js';
import { dishonestStatusNames, type DishonestStatus } from '../../domain/credit/credit-kinds.js';
import { isReviewDue } from '../../domain/credit/credit-rules.js';
import { toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import type { Page } from '../../server/paging.js';
import { openableLinks } from '../links/openable-links.js';
import { isCreditDivision } from './credit-access.js';
import { reviewSetting } from './review-setting.js';

export interface DishonestFilter {
  status?: DishonestStatus;
  /** A fragment of the enterprise's name, its credit code, or the decision number. */
  q?: string;
  enterpriseId?: string;
}

const unit = alias(orgUnits, 'listed_by');

export const dishonestColumns = {
  entry: dishonestEntries,
  enterpriseName: enterprises.name,
  creditCode: enterprises.creditCode,
  caseNo: cases.caseNo,
  listedByUnitName: unit.name,
};

export function dishonestQuery(db: Executor, where: SQL | undefined) {
  return db
    .select(dishonestColumns)
    .from(dishonestEntries)
    .innerJoin(enterprises, eq(enterprises.id, dishonestEntries.enterpriseId))
    .innerJoin(unit, eq(unit.id, dishonestEntries.listedByUnitId))
    .leftJoin(cases, eq(cases.id, dishonestEntries.caseId))
    .where(where);
}

type Row = Awaited<ReturnType<typeof dishonestQuery>>[number];

/** An entry as replies show it: names, whether its review date has come, and the caller's actions. */
export function presentDishonest(row: Row, manage: boolean, today: string) {
  const e = row.entry;
  return {
    ...e,
    enterpriseName: row.enterpriseName,
    creditCode: row.creditCode,
    caseNo: row.caseNo,
    listedByUnitName: row.listedByUnitName,
    statusName: dishonestStatusNames[e.status as DishonestStatus] ?? e.status,
    reviewDue: isReviewDue(e, today),
    actions: manage && e.status === 'listed' ? ['remove'] : [],
  };
}

export async function listDishonest(db: Executor, user: SessionUser, filter: DishonestFilter, page: Page, now = new Date()) {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(dishonestEntries.status, filter.status));
  if (filter.enterpriseId) conditions.push(eq(dishonestEntries.enterpriseId, filter.enterpriseId));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(enterprises.name, pattern), eq(enterprises.creditCode, filter.q.toUpperCase()), ilike(dishonestEntries.decisionNo, pattern))!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const manage = isCreditDivision(user);
  const today = toLocalDate(now);
  const [rows, [{ total }], review] = await Promise.all([
    dishonestQuery(db, where).orderBy(desc(dishonestEntries.listedOn), desc(dishonestEntries.createdAt)).limit(page.pageSize).offset(page.offset),
    db.select({ total: count() }).from(dishonestEntries).innerJoin(enterprises, eq(enterprises.id, dishonestEntries.enterpriseId)).where(where),
    reviewSetting(db),
  ]);
  // The list is public; the enterprise's page is not: link it only for those who may open it.
  const open = await openableLinks(db, user, rows.map((r) => `/enterprises/${r.entry.enterpriseId}`));
  return {
    items: rows.map((r) => {
      const link = `/enterprises/${r.entry.enterpriseId}`;
      return { ...presentDishonest(r, manage, today), enterpriseLink: open.has(link) ? link : null };
    }),
    total,
    /** The rule behind reviewableOn; `unverified` (level U) is shown as 待核实. */
    reviewRule: review,
    /** The Credit Division adds entries and exports to the national system; others only read. */
    actions: manage ? ['add', 'export'] : [],
  };
}
