import { and, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { cases, complaints, disposals, enterprises, escalations, samples, urgentReports } from '../../db/schema/index.js';
import { menuFor } from '../../domain/menu.js';
import type { SessionUser } from '../access/actor.js';
import { caseReadable } from '../cases/case-scope.js';
import { complaintReadable } from '../complaints/complaint-scope.js';
import { disposalReadable } from '../disposals/disposal-scope.js';
import { enterpriseInScope } from '../enterprises/enterprise-scope.js';
import { escalationReadable } from '../escalations/escalation-scope.js';
import { sampleInScope } from '../sampling/sample-scope.js';
import { urgentReadable } from '../urgent/urgent-scope.js';

interface RecordPage {
  /** The menu key of the page (the user must have it). */
  menu: string;
  id: PgColumn;
  readable: (user: SessionUser) => SQL;
}

/** The record pages of the web app, by the first segment of their path, and who reads each record. */
const recordPages: Record<string, RecordPage> = {
  samples: { menu: 'samples', id: samples.id, readable: sampleInScope },
  disposals: { menu: 'disposals', id: disposals.id, readable: disposalReadable },
  urgent: { menu: 'urgent', id: urgentReports.id, readable: urgentReadable },
  escalations: { menu: 'escalations', id: escalations.id, readable: escalationReadable },
  cases: { menu: 'cases', id: cases.id, readable: caseReadable },
  enterprises: { menu: 'enterprises', id: enterprises.id, readable: enterpriseInScope },
  complaints: { menu: 'complaints', id: complaints.id, readable: complaintReadable },
};

/** List pages (with a query string) the links may point at, by path segment: the menu decides. */
const listPages: Record<string, string> = { credit: 'credit', samples: 'samples', disposals: 'disposals', escalations: 'escalations', cases: 'cases' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Of these links into the web app, the ones this user may open: the page is in the user's menu,
 * and a record page's record is in the user's scope for that record type (one query per type).
 * A reply lists a record of another unit (an enterprise's credit record, the public
 * 严重违法失信名单) as text, and a link only where following it leads somewhere: never to a 404.
 */
export async function openableLinks(db: Executor, user: SessionUser, hrefs: readonly (string | null | undefined)[]): Promise<Set<string>> {
  const menu = new Set(menuFor(user));
  const open = new Set<string>();
  const wanted = new Map<string, Map<string, string[]>>();
  for (const href of new Set(hrefs)) {
    if (!href) continue;
    const [path] = href.split('?');
    const [, segment, id, rest] = path.split('/');
    if (id === undefined || id === '') {
      if (listPages[segment] && menu.has(listPages[segment])) open.add(href);
      continue;
    }
    const page = recordPages[segment];
    if (!page || rest !== undefined || !UUID.test(id) || !menu.has(page.menu)) continue;
    const ids = wanted.get(segment) ?? new Map<string, string[]>();
    ids.set(id, [...(ids.get(id) ?? []), href]);
    wanted.set(segment, ids);
  }
  await Promise.all(
    [...wanted].map(async ([segment, ids]) => {
      const page = recordPages[segment];
      const rows = await db
        .select({ id: page.id })
        .from(page.id.table)
        .where(and(inArray(page.id, [...ids.keys()]), page.readable(user)));
      for (const row of rows as { id: string }[]) for (const href of ids.get(row.id) ?? []) open.add(href);
    }),
  );
  return open;
}

/** The link if the user may open it, else null (the entry is then shown as text). */
export async function keepOpenable<T extends { link: string | null }>(db: Executor, user: SessionUser, entries: T[]): Promise<T[]> {
  const open = await openableLinks(db, user, entries.map((e) => e.link));
  return entries.map((e) => (e.link && !open.has(e.link) ? { ...e, link: null } : e));
}
