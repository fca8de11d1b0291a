import { param, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

const KEY = 'owner_unit_id, region_code, month, category_root_id, link, sampling_type, plan_id';

/**
 * Brings sample_stats up to date for these samples, in ONE statement whatever their number:
 * - `old` reads what each sample contributed so far (sample_stat_members, the statement's
 *   snapshot: before the upsert below);
 * - `cur` reads what it contributes now (samples);
 * - the members are replaced by `cur`, and each aggregate row (sample_stats, and its rollup
 *   sample_stats_area) gets the sum of (+cur − old).
 * A sample whose region, month, link, category, plan or conclusion changed moves between rows; an
 * unchanged one adds zero. Correct for inserts, corrections, overturns and re-imports alike,
 * because it never assumes what the change was (docs/dashboard.md).
 */
export async function refreshSampleStats(db: Executor, sampleIds: readonly string[]): Promise<void> {
  if (sampleIds.length === 0) return;
  const ids = param([...new Set(sampleIds)]);
  await db.execute(sql`
    WITH ids AS (SELECT unnest(${ids}::uuid[]) AS id),
    old AS (
      SELECT m.* FROM sample_stat_members m JOIN ids ON ids.id = m.sample_id
    ),
    cur AS (
      SELECT s.id AS sample_id, s.owner_unit_id, s.region_code, date_trunc('month', s.sampling_date)::date AS month,
        s.category_root_id, s.link, s.sampling_type, s.plan_id, s.conclusion
      FROM samples s JOIN ids ON ids.id = s.id
    ),
    gone AS (
      DELETE FROM sample_stat_members m USING ids
      WHERE m.sample_id = ids.id AND NOT EXISTS (SELECT 1 FROM samples s WHERE s.id = ids.id)
    ),
    put AS (
      INSERT INTO sample_stat_members (sample_id, ${sql.raw(KEY)}, conclusion)
      SELECT sample_id, ${sql.raw(KEY)}, conclusion FROM cur
      ON CONFLICT (sample_id) DO UPDATE SET owner_unit_id = excluded.owner_unit_id, region_code = excluded.region_code,
        month = excluded.month, category_root_id = excluded.category_root_id, link = excluded.link,
        sampling_type = excluded.sampling_type, plan_id = excluded.plan_id, conclusion = excluded.conclusion
    ),
    delta AS (
      SELECT ${sql.raw(KEY)}, sum(n)::int AS samples, sum(u)::int AS unqualified, sum(i)::int AS issue
      FROM (
        SELECT ${sql.raw(KEY)}, 1 AS n, (conclusion = 'unqualified')::int AS u, (conclusion = 'issue')::int AS i FROM cur
        UNION ALL
        SELECT ${sql.raw(KEY)}, -1, -(conclusion = 'unqualified')::int, -(conclusion = 'issue')::int FROM old
      ) d
      GROUP BY ${sql.raw(KEY)}
    ),
    fine AS (
      INSERT INTO sample_stats AS t (${sql.raw(KEY)}, samples, unqualified, issue)
      SELECT ${sql.raw(KEY)}, samples, unqualified, issue FROM delta
      WHERE samples <> 0 OR unqualified <> 0 OR issue <> 0
      ON CONFLICT ON CONSTRAINT sample_stats_key DO UPDATE SET samples = t.samples + excluded.samples,
        unqualified = t.unqualified + excluded.unqualified, issue = t.issue + excluded.issue
    )
    INSERT INTO sample_stats_area AS a (owner_unit_id, region_code, month, link, samples, unqualified, issue)
    SELECT owner_unit_id, region_code, month, link, sum(samples)::int, sum(unqualified)::int, sum(issue)::int FROM delta
    GROUP BY owner_unit_id, region_code, month, link
    HAVING sum(samples) <> 0 OR sum(unqualified) <> 0 OR sum(issue) <> 0
    ON CONFLICT ON CONSTRAINT sample_stats_area_key DO UPDATE SET samples = a.samples + excluded.samples,
      unqualified = a.unqualified + excluded.unqualified, issue = a.issue + excluded.issue`);
}
