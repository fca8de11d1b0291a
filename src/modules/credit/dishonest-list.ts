/**
 * 严重违法失信名单: the list with its filters, readable by every credit.read user (it is public
 * information). A bureau's proposal awaiting the level above, or refused by it, is not public:
 * the proposing bureau's line and 信用处 see it.
 */
import { and, count, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { cases, dishonestEntries, enterprises, orgUnits } from '../../db/schema/index.js';
import { dishonestStatusNames, type DishonestStatus } from '../../domain/credit/credit-kinds.js';
import { isExpiryDue, isReviewDue, listingAuthority, removalKindNames, type RemovalKind } from '../../domain/credit/credit-rules.js';
import { can } from '../../domain/permissions.js';
import { allowedActions } from '../../domain/workflow/workflow.js';
import { dishonestWorkflow, type DishonestAction, type DishonestSide } from '../../domain/workflow/dishonest-entry.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import type { Page } from '../../http/paging.js';
import { openableLinks } from '../links/openable-links.js';
import { collectorOf, isCreditDivision } from './credit-access.js';
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
  listedByKind: unit.kind,
  listedByParentId: unit.parentId,
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

export type DishonestRow = Awaited<ReturnType<typeof dishonestQuery>>[number];
type Row = DishonestRow;

const CREDIT = 'credit';

/** Whether the user acts for a unit in the list's work: 信用处 acts for the province bureau. */
function actsFor(user: SessionUser, unitId: string): boolean {
  return unitId === unitIdForSlug(CREDIT) ? user.unit.businesses.includes(CREDIT) || user.unit.kind === 'province_bureau' : user.unit.id === unitId;
}

/** The level above that approves a bureau's listing (null for the province's own). */
export function approverOf(row: Pick<Row, 'listedByKind' | 'listedByParentId'> & { entry: { listedByUnitId: string } }): string | null {
  return listingAuthority({ id: row.entry.listedByUnitId, kind: row.listedByKind, parentId: row.listedByParentId }, unitIdForSlug(CREDIT)).approverUnitId;
}

/** The user's sides towards an entry: the level above that decides its proposal, the authority that listed it. */
export function dishonestSides(row: Row, user: SessionUser): DishonestSide[] {
  const approver = approverOf(row);
  return [...(approver && actsFor(user, approver) ? (['approver'] as const) : []), ...(actsFor(user, row.entry.listedByUnitId) ? (['listingAuthority'] as const) : [])];
}

/** What the user may do with an entry, from the list's workflow table (src/domain/workflow/dishonest-entry.ts). */
export function dishonestActions(row: Row, user: SessionUser): DishonestAction[] {
  return allowedActions(dishonestWorkflow, { state: row.entry.status, sides: dishonestSides(row, user), roles: user.roles, facts: {} });
}

/** An entry as replies show it: names, whether its review and expiry dates have come, and the caller's actions. */
export function presentDishonest(row: Row, user: SessionUser, today: string) {
  const e = row.entry;
  const { listedByKind: _kind, listedByParentId: _parent, ...names } = row;
  const approverUnitId = approverOf(row);
  return {
    ...e,
    enterpriseName: names.enterpriseName,
    creditCode: names.creditCode,
    caseNo: names.caseNo,
    listedByUnitName: names.listedByUnitName,
    approverUnitId,
    statusName: dishonestStatusNames[e.status as DishonestStatus] ?? e.status,
    removalKindName: e.removalKind ? (removalKindNames[e.removalKind as RemovalKind] ?? null) : null,
    reviewDue: isReviewDue(e, today),
    expiryDue: isExpiryDue(e, today),
    actions: dishonestActions(row, user),
  };
}

/** `jurisdiction.dishonestEntry.see`: public entries, and the non-public ones (proposed, refused) of the user's line; 信用处 sees all. */
function visible(user: SessionUser): SQL {
  return jurisdictionSql(user, 'dishonestEntry', 'see');
}

export async function listDishonest(db: Executor, user: SessionUser, filter: DishonestFilter, page: Page, now = new Date()) {
  const conditions: SQL[] = [];
  conditions.push(visible(user));
  if (filter.status) conditions.push(eq(dishonestEntries.status, filter.status));
  if (filter.enterpriseId) conditions.push(eq(dishonestEntries.enterpriseId, filter.enterpriseId));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(enterprises.name, pattern), eq(enterprises.creditCode, filter.q.toUpperCase()), ilike(dishonestEntries.decisionNo, pattern))!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const manage = isCreditDivision(user);
  const mayList = can(user.roles, 'dishonest.list') && (user.unit.businesses.includes(CREDIT) || ['city_bureau', 'county_bureau'].includes(user.unit.kind));
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
      return { ...presentDishonest(r, user, today), enterpriseLink: open.has(link) ? link : null };
    }),
    total,
    /** The rule behind reviewableOn; `unverified` (level U) is shown as 待核实. */
    reviewRule: review,
    /** 'add': the authorities that penalise list (信用处, city and county bureaus); 'collect': 抽检监测处 and 信用处 collect for the national system; 'export': 信用处 sends. */
    actions: [...(mayList ? ['add'] : []), ...(collectorOf(user) ? ['collect'] : []), ...(manage ? ['export'] : [])],
  };
}
