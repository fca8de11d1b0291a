import { asc, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { disposals } from '../../db/schema/index.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { fiveInPlaceFlags, ledgerCountColumns, toSummary } from './ledger-counts.js';
import { ledgerConditions, type LedgerFilter } from './ledger-filter.js';
import { ledgerRowQuery, toLedgerItem } from './ledger-rows.js';

/**
 * The ledger (台账): one row per disposal in the order they were opened, with the five in
 * place each as { status, doneOn }, and the summary of all filtered rows (not just the page).
 */
export async function listLedger(db: Executor, user: SessionUser, filter: LedgerFilter, page: Page, now = new Date()) {
  const where = ledgerConditions(user, filter, now);
  const five = fiveInPlaceFlags(db);
  const [rows, [counts]] = await Promise.all([
    ledgerRowQuery(db, where).orderBy(asc(disposals.openedAt), asc(disposals.id)).limit(page.pageSize).offset(page.offset),
    db.select(ledgerCountColumns(five, now)).from(disposals).leftJoinLateral(five, sql`true`).where(where),
  ]);
  return { items: rows.map((r) => toLedgerItem(r, now)), total: counts.total, summary: toSummary(counts) };
}
