import { param, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { executeNamed } from '../../db/named-statement.js';

const KEY = 'owner_unit_id, region_code, month, category_root_id, link, sampling_type, plan_id';
/** The analytics cube's dimensions (migration 0036, docs/analytics.md). */
const CUBE_KEY = 'owner_unit_id, region_code, month, category_id, category_root_id, link, sampling_type, enterprise_kind, lab_name';
const ITEM_KEY = 'owner_unit_id, region_code, month, category_root_id, link, sampling_type, item_name';
const ITEM_ROLLUP_KEY = 'region_code, month, category_root_id, link, sampling_type, item_name';
const MEMBER_COLUMNS = `${KEY}, category_id, enterprise_kind, lab_name`;
const ROLLUP_KEY = 'region_code, month, category_id, category_root_id, link, sampling_type, enterprise_kind, lab_name';
const city = sql.raw(`substring(region_code from 1 for 4) || '00'`);

/**
 * `name AS (INSERT …)`: adds the signed rows of `source` (n, u, i: +1 for what a sample
 * contributes now, −1 for what it contributed before) into one aggregate table, grouped by the
 * table's key; a group whose sums are all zero changes nothing. Each table's unique constraint is
 * `<table>_key`.
 */
const addInto = (name: string, table: string, key: string, columns: SQL, source: SQL, groupBy = key) => sql`
    ${sql.raw(name)} AS (
      INSERT INTO ${sql.raw(table)} AS t (${sql.raw(key)}, samples, unqualified, issue)
      SELECT ${columns}, sum(n)::int, sum(u)::int, sum(i)::int FROM ${source}
      GROUP BY ${sql.raw(groupBy)}
      HAVING sum(n) <> 0 OR sum(u) <> 0 OR sum(i) <> 0
      ON CONFLICT ON CONSTRAINT ${sql.raw(`${table}_key`)} DO UPDATE SET samples = t.samples + excluded.samples,
        unqualified = t.unqualified + excluded.unqualified, issue = t.issue + excluded.issue
    )`;

/**
 * The rows of `source` (columns of the cube, and n, u, i) at the rollup's four grains (migration
 * 0036): 1 city × month × 大类 × link × type; 2 the same by county; 3 with enterprise kind and lab;
 * 4 with the category. rebuild-sample-stats.ts and the migration write the same.
 */
export const grains = (source: SQL) => sql`
  SELECT 1 AS grain, ${city} AS region_code, month, NULL::uuid AS category_id, category_root_id, link, sampling_type, NULL::text AS enterprise_kind, NULL::text AS lab_name, n, u, i FROM ${source}
  UNION ALL SELECT 2, region_code, month, NULL, category_root_id, link, sampling_type, NULL, NULL, n, u, i FROM ${source}
  UNION ALL SELECT 3, ${city}, month, NULL, category_root_id, link, sampling_type, enterprise_kind, lab_name, n, u, i FROM ${source}
  UNION ALL SELECT 4, ${city}, month, category_id, category_root_id, link, sampling_type, NULL, NULL, n, u, i FROM ${source}`;

/**
 * Brings sample_stats and the analytics cubes up to date for these samples, in TWO statements
 * whatever their number:
 * - `old` reads what each sample contributed so far (sample_stat_members, analytics_item_members:
 *   the statement's snapshot, before the upserts below);
 * - `cur` reads what it contributes now (samples, its sampled party's kind, its effective items);
 * - the members are replaced by `cur`, and each aggregate row (sample_stats, its rollup
 *   sample_stats_area, analytics_cube, analytics_item_cube) gets the sum of (+cur − old).
 * A sample whose region, month, link, category, plan, lab, conclusion or items changed moves
 * between rows; an unchanged one adds zero. Correct for inserts, corrections, overturns and
 * re-imports alike, because it never assumes what the change was (docs/dashboard.md,
 * docs/analytics.md). The item statement runs first: it reads the samples' old dimensions from
 * sample_stat_members, which the second replaces. (One statement for both would be valid — its
 * parts share one snapshot — but measured slower: p50 11.4 against 9.5 ms for one sample at 10^6,
 * 200 alternating runs; issue 16.)
 */
export async function refreshSampleStats(db: Executor, sampleIds: readonly string[]): Promise<void> {
  if (sampleIds.length === 0) return;
  const ids = param([...new Set(sampleIds)]);
  await executeNamed(db, sql`WITH ids AS (SELECT unnest(${ids}::uuid[]) AS id), ${itemCubeCtes} SELECT 1`);
  await executeNamed(db, sql`
    WITH ids AS (SELECT unnest(${ids}::uuid[]) AS id),
    old AS (
      SELECT m.* FROM sample_stat_members m JOIN ids ON ids.id = m.sample_id
    ),
    cur AS (
      SELECT s.id AS sample_id, s.owner_unit_id, s.region_code, date_trunc('month', s.sampling_date)::date AS month,
        s.category_root_id, s.link, s.sampling_type, s.plan_id, s.conclusion, s.category_id, e.kind AS enterprise_kind, s.lab_name
      FROM samples s JOIN ids ON ids.id = s.id LEFT JOIN enterprises e ON e.id = s.sampled_party_id
    ),
    gone AS (
      DELETE FROM sample_stat_members m USING ids
      WHERE m.sample_id = ids.id AND NOT EXISTS (SELECT 1 FROM samples s WHERE s.id = ids.id)
    ),
    put AS (
      INSERT INTO sample_stat_members (sample_id, ${sql.raw(MEMBER_COLUMNS)}, conclusion)
      SELECT sample_id, ${sql.raw(MEMBER_COLUMNS)}, conclusion FROM cur
      ON CONFLICT (sample_id) DO UPDATE SET owner_unit_id = excluded.owner_unit_id, region_code = excluded.region_code,
        month = excluded.month, category_root_id = excluded.category_root_id, link = excluded.link,
        sampling_type = excluded.sampling_type, plan_id = excluded.plan_id, conclusion = excluded.conclusion,
        category_id = excluded.category_id, enterprise_kind = excluded.enterprise_kind, lab_name = excluded.lab_name
    ),
    d AS (
      SELECT ${sql.raw(MEMBER_COLUMNS)}, 1 AS n, (conclusion = 'unqualified')::int AS u, (conclusion = 'issue')::int AS i FROM cur
      UNION ALL
      SELECT ${sql.raw(MEMBER_COLUMNS)}, -1, -(conclusion = 'unqualified')::int, -(conclusion = 'issue')::int FROM old
    ),
    delta AS (
      SELECT ${sql.raw(KEY)}, sum(n)::int AS samples, sum(u)::int AS unqualified, sum(i)::int AS issue
      FROM d GROUP BY ${sql.raw(KEY)}
    ),
    ${addInto('cube', 'analytics_cube', CUBE_KEY, sql.raw(CUBE_KEY), sql`d`)},
    ${addInto('rollup', 'analytics_rollup', `grain, ${ROLLUP_KEY}`, sql.raw(`grain, ${ROLLUP_KEY}`), sql`(${grains(sql`d`)}) g`)},
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

/**
 * The per-item cube's statement (over its `ids`): item_old = the item members joined
 * to the samples' old dimensions, item_cur = the effective result items (named as the catalogue
 * names them) joined to the samples now. Members not in item_cur are deleted and the others
 * upserted: disjoint rows. The same (+cur − old) rows go to the cube, its rollup by city and to that rollup by city, month and item
 * only (analytics_item_months, migration 0040). The briefing pack's unqualified items read the
 * cube's `unqualified` (a partial index on its rows with failures): no second copy of the rule.
 */
const itemCubeCtes = sql`
    item_old AS (
      SELECT m.owner_unit_id, m.region_code, m.month, m.category_root_id, m.link, m.sampling_type, m.conclusion, i.sample_id, i.item_name, i.failed
      FROM analytics_item_members i JOIN ids ON ids.id = i.sample_id JOIN sample_stat_members m ON m.sample_id = i.sample_id
    ),
    item_cur_items AS (
      SELECT ri.sample_id, coalesce(ti.name, ri.item_name) AS item_name, bool_or(ri.judgement IN ('unqualified', 'issue')) AS failed
      FROM result_items ri JOIN ids ON ids.id = ri.sample_id LEFT JOIN test_items ti ON ti.id = ri.test_item_id
      WHERE ri.effective
      GROUP BY 1, 2
    ),
    item_cur AS (
      SELECT s.owner_unit_id, s.region_code, date_trunc('month', s.sampling_date)::date AS month, s.category_root_id, s.link, s.sampling_type,
        s.conclusion, c.sample_id, c.item_name, c.failed
      FROM item_cur_items c JOIN samples s ON s.id = c.sample_id
    ),
    item_gone AS (
      DELETE FROM analytics_item_members i USING ids
      WHERE i.sample_id = ids.id AND NOT EXISTS (SELECT 1 FROM item_cur c WHERE c.sample_id = i.sample_id AND c.item_name = i.item_name)
    ),
    item_put AS (
      INSERT INTO analytics_item_members (sample_id, item_name, failed) SELECT sample_id, item_name, failed FROM item_cur
      ON CONFLICT (sample_id, item_name) DO UPDATE SET failed = excluded.failed
    ),
    item_d AS (
      SELECT ${sql.raw(ITEM_KEY)}, 1 AS n, (failed AND conclusion = 'unqualified')::int AS u, (failed AND conclusion = 'issue')::int AS i FROM item_cur
      UNION ALL
      SELECT ${sql.raw(ITEM_KEY)}, -1, -(failed AND conclusion = 'unqualified')::int, -(failed AND conclusion = 'issue')::int FROM item_old
    ),
    ${addInto('item_months', 'analytics_item_months', 'region_code, month, item_name', sql`${city}, month, item_name`, sql`item_d`, '1, 2, 3')},
    ${addInto('item_rollup', 'analytics_item_rollup', ITEM_ROLLUP_KEY, sql`${city}, month, category_root_id, link, sampling_type, item_name`, sql`item_d`, '1, 2, 3, 4, 5, 6')},
    ${addInto('item_cube', 'analytics_item_cube', ITEM_KEY, sql.raw(ITEM_KEY), sql`item_d`)}`;
