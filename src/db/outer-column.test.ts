import { drizzle } from 'drizzle-orm/pg-proxy';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { samples } from './schema/index.js';
import { outer } from './outer-column.js';

const db = drizzle(async () => ({ rows: [] }));

describe('outer', () => {
  it('names the table where a single-table select would render the column bare', () => {
    const bare = db.select({ n: sql`(SELECT 1 FROM result_items ri WHERE ri.sample_id = ${samples.id})` }).from(samples).toSQL().sql;
    const qualified = db.select({ n: sql`(SELECT 1 FROM result_items ri WHERE ri.sample_id = ${outer(samples.id)})` }).from(samples).toSQL().sql;
    // The trap this helper exists for: Drizzle drops the table name here.
    expect(bare).toContain('ri.sample_id = "id"');
    expect(qualified).toContain('ri.sample_id = "samples"."id"');
  });
});
