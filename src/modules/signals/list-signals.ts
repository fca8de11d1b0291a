import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { foodCategories, signals } from '../../db/schema/index.js';
import type { SignalMethod } from '../../domain/signals/rules.js';
import type { SignalStatus } from '../../domain/signals/lifecycle.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { signalReadable } from './signal-scope.js';

export interface SignalFilter {
  status?: SignalStatus;
  method?: SignalMethod;
  regionCode?: string;
  /** Only signals found by the latest run. */
  active?: boolean;
}

export const listColumns = {
  id: signals.id,
  method: signals.method,
  title: signals.title,
  regionCode: signals.regionCode,
  categoryId: signals.categoryId,
  categoryName: foodCategories.name,
  link: signals.link,
  status: signals.status,
  active: signals.active,
  runs: signals.runs,
  sampleNos: signals.sampleNos,
  statistic: signals.statistic,
  firstSeenAt: signals.firstSeenAt,
  lastSeenAt: signals.lastSeenAt,
};

/** The signals the user reads (`signal.see`, in SQL), new and active first, then the latest seen. */
export async function listSignals(db: Db, user: SessionUser, filter: SignalFilter, page: Page) {
  const where: SQL[] = [signalReadable(user)];
  if (filter.status) where.push(eq(signals.status, filter.status));
  if (filter.method) where.push(eq(signals.method, filter.method));
  if (filter.active !== undefined) where.push(eq(signals.active, filter.active));
  if (filter.regionCode) where.push(inArray(signals.regionCode, [filter.regionCode]));
  const condition = and(...where);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(listColumns)
      .from(signals)
      .leftJoin(foodCategories, eq(foodCategories.id, signals.categoryId))
      .where(condition)
      .orderBy(sql`CASE ${signals.status} WHEN 'new' THEN 0 WHEN 'reviewing' THEN 1 ELSE 2 END`, desc(signals.active), desc(signals.lastSeenAt), signals.id)
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: count() }).from(signals).where(condition),
  ]);
  return { items: rows.map((r) => ({ ...r, method: r.method as SignalMethod, status: r.status as SignalStatus })), total };
}
