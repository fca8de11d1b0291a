import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { foodCategories } from '../../src/db/schema/index.js';
import type { TestApp, TestClient } from './test-app.js';

/** A result over its limit: 脱氢乙酸 in a cake, the failure the sample tests record. */
export const FAILED_DHA = { itemName: '脱氢乙酸及其钠盐(以脱氢乙酸计)', resultText: '0.9', limitText: '≤0.5', unit: 'g/kg' };

/** The seeded 糕点 category, the category of the tests' cake samples. */
export async function cakeCategoryId(t: TestApp): Promise<string> {
  const [category] = await t.database.db.select({ id: foodCategories.id }).from(foodCategories).where(eq(foodCategories.name, '糕点'));
  return category.id;
}

/**
 * Records an unqualified 蛋黄酥 sample (it opens a disposal) through the API and expects 201.
 * `fields` add to or replace the defaults: the sampled party and date always, the link, lab or
 * conclusion date when a test needs them.
 */
export async function postUnqualifiedCake(client: TestClient, categoryId: string, sampleNo: string, fields: Record<string, unknown>) {
  const res = await client.post('/api/samples', {
    sampleNo,
    samplingType: 'supervisory',
    foodName: '蛋黄酥',
    categoryId,
    link: 'distribution',
    samplers: ['张三', '李四'],
    items: [FAILED_DHA],
    ...fields,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Records an unqualified 糕点 sample (it opens a disposal) in a Chengdu county, through the API. */
export async function createUnqualifiedSample(t: TestApp, client: TestClient, sampleNo: string, county: string) {
  return postUnqualifiedCake(client, await cakeCategoryId(t), sampleNo, {
    sampledParty: { name: `成都市${county}某某食品店`, address: `四川省成都市${county}某某路5号` },
    samplingDate: '2026-11-20',
  });
}
