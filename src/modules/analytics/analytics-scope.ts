import type { SQL } from 'drizzle-orm';
import type { SessionUser } from '../access/actor.js';
import { sampleInScope } from '../sampling/sample-scope.js';

/**
 * Who sees which counts: exactly who sees which sample (`jurisdiction.sample.see`). The cubes carry
 * the columns that condition reads (owner unit, link, category root) and are named `samples` in
 * the queries, so the condition applies unchanged: a county its own, a link division its link,
 * the province all — the same as the samples list whose totals the figures must equal.
 */
export function analyticsReadable(user: SessionUser): SQL {
  return sampleInScope(user);
}
