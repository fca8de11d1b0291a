import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { foodCategories } from '../../src/db/schema/index.js';
import type { TestApp, TestClient } from './test-app.js';

/** Records an unqualified 糕点 sample (it opens a disposal) in a Chengdu county, through the API. */
export async function createUnqualifiedSample(t: TestApp, client: TestClient, sampleNo: string, county: string) {
  const [category] = await t.database.db.select().from(foodCategories).where(eq(foodCategories.name, '糕点'));
  const res = await client.post('/api/samples', {
    sampleNo,
    samplingType: 'supervisory',
    foodName: '蛋黄酥',
    categoryId: category.id,
    link: 'distribution',
    sampledParty: { name: `成都市${county}某某食品店`, address: `四川省成都市${county}某某路5号` },
    samplingDate: '2026-11-20',
    samplers: ['张三', '李四'],
    items: [{ itemName: '脱氢乙酸及其钠盐(以脱氢乙酸计)', resultText: '0.9', limitText: '≤0.5', unit: 'g/kg' }],
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}
