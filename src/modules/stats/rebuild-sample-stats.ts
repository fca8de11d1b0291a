import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

/**
 * Recomputes sample_stats and its members from the samples table, in one transaction: after a
 * bulk load that bypassed the results hook (the demo's synthetic samples, a restore), and as the
 * repair command `npm run cli -- stats rebuild`. Readers see the old figures until it commits.
 */
export async function rebuildSampleStats(db: Db): Promise<{ samples: number; rows: number }> {
  const counts = await db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM sample_stat_members`);
    await tx.execute(sql`DELETE FROM sample_stats`);
    await tx.execute(sql`DELETE FROM sample_stats_area`);
    await tx.execute(sql`
      INSERT INTO sample_stat_members
      SELECT s.id, s.owner_unit_id, s.region_code, date_trunc('month', s.sampling_date)::date, s.category_root_id, s.link, s.sampling_type, s.plan_id, s.conclusion
      FROM samples s`);
    await tx.execute(sql`
      INSERT INTO sample_stats
      SELECT m.owner_unit_id, m.region_code, m.month, m.category_root_id, m.link, m.sampling_type, m.plan_id,
        count(*)::int, (count(*) FILTER (WHERE m.conclusion = 'unqualified'))::int, (count(*) FILTER (WHERE m.conclusion = 'issue'))::int
      FROM sample_stat_members m
      GROUP BY m.owner_unit_id, m.region_code, m.month, m.category_root_id, m.link, m.sampling_type, m.plan_id`);
    await tx.execute(sql`
      INSERT INTO sample_stats_area
      SELECT owner_unit_id, region_code, month, link, sum(samples)::int, sum(unqualified)::int, sum(issue)::int
      FROM sample_stats GROUP BY owner_unit_id, region_code, month, link`);
    const result = (await tx.execute(
      sql`SELECT (SELECT count(*) FROM sample_stat_members)::int AS samples, (SELECT count(*) FROM sample_stats)::int AS rows`,
    )) as unknown as { rows: { samples: number; rows: number }[] };
    return result.rows[0];
  });
  // Fresh statistics for the planner: without them it takes the refilled tables for a few rows
  // and sorts 10^5 of them on disk instead of hashing (510 ms instead of 67 ms for the briefing's
  // category table at 10^6 samples). Autovacuum would get there, but not before the next reader,
  // and not at all where it is off.
  await db.execute(sql`ANALYZE sample_stats, sample_stats_area, sample_stat_members`);
  return counts;
}
