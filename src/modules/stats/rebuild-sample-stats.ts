import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { grains } from './refresh-sample-stats.js';

/**
 * Recomputes sample_stats and its members from the samples table, in one transaction: after a
 * bulk load that bypassed the results hook (the demo's synthetic samples, a restore), and as the
 * repair command `npm run cli -- stats rebuild`. Readers see the old figures until it commits.
 * Each aggregate is written in month order (every reader reads a range of months: a city's quarter
 * then lies on a few hundred pages, not one page per row; migration 0040).
 */
export async function rebuildSampleStats(db: Db): Promise<{ samples: number; rows: number }> {
  const counts = await db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM sample_stat_members`);
    await tx.execute(sql`DELETE FROM sample_stats`);
    await tx.execute(sql`DELETE FROM sample_stats_area`);
    await tx.execute(sql`DELETE FROM analytics_cube`);
    await tx.execute(sql`DELETE FROM analytics_item_cube`);
    await tx.execute(sql`DELETE FROM analytics_item_members`);
    await tx.execute(sql`DELETE FROM analytics_rollup`);
    await tx.execute(sql`DELETE FROM analytics_item_rollup`);
    await tx.execute(sql`DELETE FROM analytics_item_months`);
    await tx.execute(sql`
      INSERT INTO sample_stat_members (sample_id, owner_unit_id, region_code, month, category_root_id, link, sampling_type, plan_id, conclusion, category_id, enterprise_kind, lab_name)
      SELECT s.id, s.owner_unit_id, s.region_code, date_trunc('month', s.sampling_date)::date, s.category_root_id, s.link, s.sampling_type, s.plan_id, s.conclusion,
        s.category_id, e.kind, s.lab_name
      FROM samples s LEFT JOIN enterprises e ON e.id = s.sampled_party_id`);
    await tx.execute(sql`
      INSERT INTO sample_stats
      SELECT m.owner_unit_id, m.region_code, m.month, m.category_root_id, m.link, m.sampling_type, m.plan_id,
        count(*)::int, (count(*) FILTER (WHERE m.conclusion = 'unqualified'))::int, (count(*) FILTER (WHERE m.conclusion = 'issue'))::int
      FROM sample_stat_members m
      GROUP BY m.owner_unit_id, m.region_code, m.month, m.category_root_id, m.link, m.sampling_type, m.plan_id
      ORDER BY m.month, m.region_code`);
    await tx.execute(sql`
      INSERT INTO sample_stats_area
      SELECT owner_unit_id, region_code, month, link, sum(samples)::int, sum(unqualified)::int, sum(issue)::int
      FROM sample_stats GROUP BY owner_unit_id, region_code, month, link ORDER BY month, region_code`);
    // The analytics explorer's cubes (migration 0036, docs/analytics.md), from the same members.
    await tx.execute(sql`
      INSERT INTO analytics_cube
      SELECT m.owner_unit_id, m.region_code, m.month, m.category_id, m.category_root_id, m.link, m.sampling_type, m.enterprise_kind, m.lab_name,
        count(*)::int, (count(*) FILTER (WHERE m.conclusion = 'unqualified'))::int, (count(*) FILTER (WHERE m.conclusion = 'issue'))::int
      FROM sample_stat_members m
      GROUP BY m.owner_unit_id, m.region_code, m.month, m.category_id, m.category_root_id, m.link, m.sampling_type, m.enterprise_kind, m.lab_name
      ORDER BY m.month, m.region_code`);
    await tx.execute(sql`
      INSERT INTO analytics_item_members
      SELECT ri.sample_id, coalesce(ti.name, ri.item_name), bool_or(ri.judgement IN ('unqualified', 'issue'))
      FROM result_items ri LEFT JOIN test_items ti ON ti.id = ri.test_item_id
      WHERE ri.effective
      GROUP BY 1, 2`);
    await tx.execute(sql`
      INSERT INTO analytics_item_cube
      SELECT m.owner_unit_id, m.region_code, m.month, m.category_root_id, m.link, m.sampling_type, i.item_name, count(*)::int,
        (count(*) FILTER (WHERE i.failed AND m.conclusion = 'unqualified'))::int, (count(*) FILTER (WHERE i.failed AND m.conclusion = 'issue'))::int
      FROM analytics_item_members i JOIN sample_stat_members m ON m.sample_id = i.sample_id
      GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 3, 2`);
    await tx.execute(sql`
      INSERT INTO analytics_rollup
      SELECT grain, region_code, month, category_id, category_root_id, link, sampling_type, enterprise_kind, lab_name, sum(n)::int, sum(u)::int, sum(i)::int
      FROM (${grains(sql`(SELECT c.*, c.samples AS n, c.unqualified AS u, c.issue AS i FROM analytics_cube c) AS cube`)}) g
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 ORDER BY 1, 3, 2`);
    await tx.execute(sql`
      INSERT INTO analytics_item_rollup
      SELECT substring(region_code from 1 for 4) || '00', month, category_root_id, link, sampling_type, item_name, sum(samples)::int, sum(unqualified)::int, sum(issue)::int
      FROM analytics_item_cube GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 2, 1`);
    await tx.execute(sql`
      INSERT INTO analytics_item_months
      SELECT region_code, month, item_name, sum(samples)::int, sum(unqualified)::int, sum(issue)::int
      FROM analytics_item_rollup GROUP BY 1, 2, 3 ORDER BY 2, 1, 3`);
    const result = (await tx.execute(
      sql`SELECT (SELECT count(*) FROM sample_stat_members)::int AS samples, (SELECT count(*) FROM sample_stats)::int AS rows`,
    )) as unknown as { rows: { samples: number; rows: number }[] };
    return result.rows[0];
  });
  // Fresh statistics for the planner: without them it takes the refilled tables for a few rows
  // and sorts 10^5 of them on disk instead of hashing (510 ms instead of 67 ms for the briefing's
  // category table at 10^6 samples). Autovacuum would get there, but not before the next reader,
  // and not at all where it is off.
  await db.execute(
    sql`ANALYZE sample_stats, sample_stats_area, sample_stat_members, analytics_cube, analytics_item_cube, analytics_item_members, analytics_rollup, analytics_item_rollup, analytics_item_months`,
  );
  return counts;
}
