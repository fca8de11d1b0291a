import type { Executor } from '../../db/client.js';
import { publicationKinds, type PublicationKind } from '../../domain/credit/credit-kinds.js';
import type { SessionUser } from '../access/actor.js';
import type { Page } from '../../http/paging.js';
import { assertCollector } from './credit-access.js';
import { countEarlierUnsent, loadDueRecords, type DueRecord, type Period } from './due-records.js';

export function summariseRecords(records: readonly DueRecord[]) {
  const byKind = Object.fromEntries(publicationKinds.map((k) => [k, 0])) as Record<PublicationKind, number>;
  for (const r of records) byKind[r.recordKind]++;
  const blocked = records.filter((r) => r.problem).length;
  return { total: records.length, ready: records.length - blocked, blocked, byKind };
}

/**
 * The preview of an export: the period's unsent records of the kinds the user's division collects
 * (a page of them), what can be sent, and the earlier backlog.
 */
export async function listDueRecords(db: Executor, user: SessionUser, period: Period, page: Page) {
  const { kinds } = assertCollector(user);
  const [records, earlierUnsent] = await Promise.all([loadDueRecords(db, period, kinds), countEarlierUnsent(db, period.from, kinds)]);
  return {
    items: records.slice(page.offset, page.offset + page.pageSize),
    total: records.length,
    summary: summariseRecords(records),
    earlierUnsent,
  };
}
