import { and, count, desc, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { complaints } from '../../db/schema/index.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { complaintReadable } from './complaint-scope.js';
import { foodRootCondition } from './complaint-categories.js';
import { complaintRowView, unitsById } from './complaint-view.js';
import type { PersonalDataCipher } from './personal-data-cipher.js';

export interface ComplaintFilter {
  status?: string;
  /** A county or city code: a city's code takes its counties. */
  regionCode?: string;
  kind?: string;
  channel?: string;
  q?: string;
  overdue?: boolean;
  from?: string;
  to?: string;
  /** Merged duplicates are hidden unless asked for (they are not counted twice). */
  includeMerged?: boolean;
  /** The subject's name exactly as complained about (the analytics' enterprise rows). */
  enterpriseName?: string;
  /** The food's 大类, read from its name (complaint-categories.ts). */
  categoryRootId?: string;
}

export function complaintConditions(user: SessionUser, filter: ComplaintFilter): SQL {
  const conditions: (SQL | undefined)[] = [complaintReadable(user)];
  if (filter.status) conditions.push(eq(complaints.status, filter.status));
  else if (!filter.includeMerged) conditions.push(sql`${complaints.status} <> 'merged'`);
  if (filter.regionCode) {
    conditions.push(/00$/.test(filter.regionCode) ? sql`left(${complaints.regionCode}, 4) = ${filter.regionCode.slice(0, 4)}` : eq(complaints.regionCode, filter.regionCode));
  }
  if (filter.kind) conditions.push(eq(complaints.kind, filter.kind));
  if (filter.channel) conditions.push(eq(complaints.channel, filter.channel));
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(complaints.trackingNo, like), ilike(complaints.hotlineNo, like), ilike(complaints.enterpriseName, like), ilike(complaints.foodName, like)));
  }
  if (filter.overdue) {
    conditions.push(sql`((${complaints.status} = 'received' AND (${complaints.acceptDueAt} < now() OR ${complaints.dueAt} < now())) OR (${complaints.status} = 'accepted' AND ${complaints.dueAt} < now()))`);
  }
  if (filter.from) conditions.push(gte(complaints.receivedAt, new Date(`${filter.from}T00:00:00+08:00`)));
  if (filter.to) conditions.push(lte(complaints.receivedAt, new Date(`${filter.to}T23:59:59.999+08:00`)));
  if (filter.enterpriseName) conditions.push(eq(complaints.enterpriseName, filter.enterpriseName));
  return and(...conditions)!;
}

/** `complaintConditions`, and the food category, which takes a read of the names in scope. */
export async function complaintWhere(db: Executor, user: SessionUser, filter: ComplaintFilter): Promise<SQL> {
  const where = complaintConditions(user, filter);
  return filter.categoryRootId ? and(where, await foodRootCondition(db, where, filter.categoryRootId))! : where;
}

/** The complaints the user reads (`complaint.see`, in SQL), newest first, complainants masked. */
export async function listComplaints(db: Executor, user: SessionUser, filter: ComplaintFilter, page: Page, cipher: PersonalDataCipher, now = new Date()) {
  const where = await complaintWhere(db, user, filter);
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(complaints).where(where).orderBy(desc(complaints.receivedAt), desc(complaints.id)).limit(page.pageSize).offset(page.offset),
    db.select({ total: count() }).from(complaints).where(where),
  ]);
  const units = await unitsById(db, rows.flatMap((r) => [r.handlerUnitId, r.divisionUnitId]));
  return { items: rows.map((r) => complaintRowView(r, units, cipher, now)), total };
}
