/** Where a work item is done: the page its links point to inside the app (a disposal, a report…). */
import type { WorkItem } from '../../api/types';

/** Pages a work item is handled on; the first link to one of them is where 去办理 goes. */
const HANDLED_ON = ['/disposals/', '/urgent/', '/reconciliations/', '/samples/', '/escalations/', '/cases/', '/complaints/', '/notices?compose=1'];
/**
 * Record pages that are the place of work only when no link above is there: a meeting's notice
 * follow-up links its meeting first but is done in the compose drawer.
 */
const HANDLED_ON_RECORD = ['/notices/', '/publications/', '/risk-meetings', '/assessment/checks/'];

export const isInternal = (href: string) => href.startsWith('/') && !href.startsWith('//');

export function workItemTarget(item: Pick<WorkItem, 'links'> & { id?: string; kind?: string }): string | null {
  // The opinion watch is recorded on its own page, keyed by the work item (src/modules/opinion).
  if (item.kind === 'opinion_watch' && item.id) return `/opinion/watches/${item.id}`;
  const on = (prefixes: string[]) => item.links.find((l) => prefixes.some((prefix) => l.href.startsWith(prefix)))?.href;
  return on(HANDLED_ON) ?? on(HANDLED_ON_RECORD) ?? null;
}
