import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../helpers/test-database.js';
import { auditLog, foodCategories, itemLimits, testItems } from '../../src/db/schema/index.js';
import { catalogueRows, seedCatalogue } from '../../src/modules/catalogue/seed-catalogue.js';
import { findCategory, findLimit, findTestItem, loadCatalogue } from '../../src/modules/catalogue/match.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase({ demo: false });
});
afterAll(() => database.dispose());

const count = async (table: typeof foodCategories | typeof testItems | typeof itemLimits) =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;
const seedAudits = async () =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.action, 'catalogue.seed')))[0].n;

describe('seeding the catalogue', () => {
  const data = catalogueRows();

  it('inserts the data once, with one audit row, and changes nothing the second time', async () => {
    // prepareDatabase may seed the catalogue already (once the lead wires it in): then the
    // first call here finds nothing to do either.
    const seededBefore = (await count(foodCategories)) > 0;
    const first = await seedCatalogue(database.db);
    expect(first).toEqual(
      seededBefore
        ? { categories: 0, testItems: 0, limits: 0 }
        : { categories: data.categories.length, testItems: data.testItems.length, limits: data.limits.length },
    );
    expect(await count(foodCategories)).toBe(data.categories.length);
    expect(await count(testItems)).toBe(data.testItems.length);
    expect(await count(itemLimits)).toBe(data.limits.length);
    expect(await seedAudits()).toBe(1);

    expect(await seedCatalogue(database.db)).toEqual({ categories: 0, testItems: 0, limits: 0 });
    expect(await seedAudits()).toBe(1);
  });

  it('stores the tree with its 大类 as root', async () => {
    const rows = await database.db.select().from(foodCategories);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(rows.filter((r) => r.level === 1)).toHaveLength(33);
    const celery = rows.find((r) => r.name === '芹菜')!;
    expect(byId.get(celery.rootId)!.name).toBe('食用农产品');
    expect(byId.get(celery.parentId!)!.name).toBe('叶菜类蔬菜');
  });

  it('judges from the loaded catalogue as from the data', async () => {
    const catalogue = await loadCatalogue(database.db);
    const item = findTestItem(catalogue, '铅（以Pb计）')!;
    expect(findLimit(catalogue, item.id, findCategory(catalogue, '猪肝')!.id, '猪肝')).toMatchObject({ limitValue: '0.5', limitType: 'max' });
    const coliforms = findTestItem(catalogue, '大肠菌群')!;
    expect(coliforms.microbiological).toBe(true);
    expect(findLimit(catalogue, coliforms.id, findCategory(catalogue, '复用餐饮具')!.id, '碗')).toMatchObject({ limitType: 'not_detected' });
  });

  it('restores a changed seed value, and leaves a category an administrator edited', async () => {
    const limitId = data.limits[0].id;
    await database.db.update(itemLimits).set({ limitValue: '9.99' }).where(eq(itemLimits.id, limitId));
    const celery = data.categories.find((c) => c.name === '芹菜')!;
    await database.db
      .update(foodCategories)
      .set({ name: '芹菜（含西芹）', version: 2 })
      .where(and(eq(foodCategories.id, celery.id), eq(foodCategories.version, 1)));

    expect(await seedCatalogue(database.db)).toEqual({ categories: 0, testItems: 0, limits: 1 });
    expect(await seedAudits()).toBe(2);
    const [limit] = await database.db.select().from(itemLimits).where(eq(itemLimits.id, limitId));
    expect(Number(limit.limitValue)).toBe(Number(data.limits[0].limitValue));
    const [edited] = await database.db.select().from(foodCategories).where(eq(foodCategories.id, celery.id));
    expect(edited.name).toBe('芹菜（含西芹）');
  });
});
