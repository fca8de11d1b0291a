import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { auditLog, itemLimits } from '../../src/db/schema/index.js';
import { catalogueRows, seedCatalogue } from '../../src/modules/catalogue/seed-catalogue.js';

let t: TestApp;
let admin: TestClient;
let sampling: TestClient;
type Category = { id: string; parentId: string | null; level: number; name: string; rootId: string; sortOrder: number; active: boolean; version: number };
type Limit = { id: string; categoryId: string | null; categoryName: string | null; limitType: string; limitValue: string | null; note: string | null; unverified: boolean; version: number };
type Item = { id: string; name: string; aliases: string[]; kind: string; microbiological: boolean; unit: string | null; limits: Limit[] };
let categories: Category[];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  sampling = await t.login('div-sampling');
  categories = (await sampling.get('/api/catalogue/categories')).json();
});
afterAll(() => t.close());

const category = (name: string, level: number) => categories.find((c) => c.name === name && c.level === level)!;
const audits = (action: string, entityId: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.seq));
const items = async (query: string): Promise<Item[]> => (await sampling.get(`/api/catalogue/test-items${query}`)).json().items;

describe('reading the catalogue', () => {
  it('lists every category flat, parents before children, for a tree', () => {
    expect(categories).toHaveLength(catalogueRows().categories.length);
    expect(categories.filter((c) => c.level === 1)).toHaveLength(33);
    const celery = category('芹菜', 4);
    expect(celery).toMatchObject({ rootId: category('食用农产品', 1).id, active: true, version: 1 });
    const index = new Map(categories.map((c, i) => [c.id, i]));
    expect(categories.every((c) => c.parentId === null || index.get(c.parentId)! < index.get(c.id)!)).toBe(true);
  });

  it('lists test items with their limits, found by name or alias and by kind, marking limits to verify', async () => {
    const [chlorpyrifos] = await items(`?q=${encodeURIComponent('毒死蜱')}`);
    expect(chlorpyrifos).toMatchObject({ name: '毒死蜱', kind: 'pesticide', microbiological: false });
    expect(chlorpyrifos.limits.length).toBeGreaterThan(0);
    expect(chlorpyrifos.limits[0]).toMatchObject({ standard: expect.stringContaining('GB 2763'), limitType: 'max', categoryName: expect.any(String) });

    // Only an alias says "铅(Pb)".
    const lead = await items(`?q=${encodeURIComponent('铅(Pb)')}`);
    expect(lead.map((i) => i.name)).toEqual(['铅(以Pb计)']);

    const microbes = await items('?kind=microbe');
    expect(microbes.length).toBeGreaterThan(0);
    expect(microbes.every((i) => i.kind === 'microbe' && i.microbiological)).toBe(true);

    const all = await items('');
    expect(all).toHaveLength(catalogueRows().testItems.length);
    const limits = all.flatMap((i) => i.limits);
    expect(limits).toHaveLength(catalogueRows().limits.length);
    expect(limits.filter((l) => l.unverified).every((l) => l.note!.includes('待核实'))).toBe(true);
    expect(limits.some((l) => l.unverified)).toBe(true);
    expect(limits.filter((l) => l.limitType === 'not_detected').every((l) => l.limitValue === null)).toBe(true);

    // "%" is a character to find, not a wildcard: only the alias "极性组分(%)" has it.
    expect((await items(`?q=${encodeURIComponent('%')}`)).map((i) => i.name)).toEqual(['极性组分']);
  });
});

describe('editing categories', () => {
  it('adds a category one level below its parent, with the parent\'s root, audited', async () => {
    const parent = category('叶菜类蔬菜', 3);
    const res = await admin.post('/api/catalogue/categories', { parentId: parent.id, name: '西芹' });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ parentId: parent.id, level: 4, name: '西芹', rootId: parent.rootId, active: true, version: 1 });
    const [audit] = await audits('catalogue.createCategory', created.id);
    expect(audit).toMatchObject({ actorUsername: 'admin', entityType: 'foodCategory', after: expect.objectContaining({ name: '西芹' }) });
  });

  it('refuses a duplicate name among siblings, a fifth level, and anyone without catalogue.manage', async () => {
    const duplicate = await admin.post('/api/catalogue/categories', { parentId: category('叶菜类蔬菜', 3).id, name: '芹菜' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ code: 'CONFLICT', details: { name: '同一上级分类下已有此名称' } });

    const tooDeep = await admin.post('/api/catalogue/categories', { parentId: category('芹菜', 4).id, name: '西芹' });
    expect(tooDeep.statusCode).toBe(400);
    expect(tooDeep.json().error.details.parentId).toMatch(/四级/);

    const forbidden = await sampling.post('/api/catalogue/categories', { parentId: category('叶菜类蔬菜', 3).id, name: '木耳菜' });
    expect(forbidden.statusCode).toBe(403);
  });

  it('renames with optimistic locking: a stale version gets VERSION_CONFLICT', async () => {
    const celery = category('芹菜', 4);
    const renamed = await admin.patch(`/api/catalogue/categories/${celery.id}`, { version: 1, name: '芹菜（含西芹）' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: '芹菜（含西芹）', version: 2 });
    const stale = await admin.patch(`/api/catalogue/categories/${celery.id}`, { version: 1, name: '旧芹菜' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const [audit] = await audits('catalogue.updateCategory', celery.id);
    expect(audit.before).toMatchObject({ name: '芹菜', version: 1 });
    expect(audit.after).toMatchObject({ name: '芹菜（含西芹）', version: 2 });

    const clash = await admin.patch(`/api/catalogue/categories/${category('菠菜', 4).id}`, { version: 1, name: '西芹' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.details).toEqual({ name: '同一上级分类下已有此名称' });
  });

  it('takes a category out of use only after its children', async () => {
    const bulb = category('鳞茎类蔬菜', 3);
    const refused = await admin.patch(`/api/catalogue/categories/${bulb.id}`, { version: 1, active: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'INVALID_STATE', details: { active: '请先停用其下级分类' } });
    const leaf = category('蒜薹', 4);
    expect((await admin.patch(`/api/catalogue/categories/${leaf.id}`, { version: 1, active: false })).json()).toMatchObject({ active: false, version: 2 });
  });
});

describe('editing limits', () => {
  let limit: Limit;
  beforeAll(async () => {
    limit = (await items('')).flatMap((i) => i.limits).find((l) => l.unverified && l.limitType === 'max' && l.note!.startsWith('待核实'))!;
  });

  it('confirms a limit to verify by saving it with a note that no longer says 待核实, audited', async () => {
    const res = await admin.patch(`/api/catalogue/limits/${limit.id}`, { version: 1, limitValue: '0.05', note: '已核对 GB 2763-2021' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: limit.id, limitValue: '0.05', note: '已核对 GB 2763-2021', unverified: false, version: 2, categoryName: limit.categoryName });
    const [audit] = await audits('catalogue.updateLimit', limit.id);
    expect(audit).toMatchObject({
      actorUsername: 'admin',
      entityType: 'itemLimit',
      before: expect.objectContaining({ note: limit.note, version: 1 }),
      after: expect.objectContaining({ note: '已核对 GB 2763-2021', version: 2 }),
    });
  });

  it('refuses a stale version, a value on 不得检出, a missing value on a maximum, and a negative value', async () => {
    const stale = await admin.patch(`/api/catalogue/limits/${limit.id}`, { version: 1, limitValue: '0.1' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const valueOnNotDetected = await admin.patch(`/api/catalogue/limits/${limit.id}`, { version: 2, limitType: 'not_detected' });
    expect(valueOnNotDetected.statusCode).toBe(400);
    expect(valueOnNotDetected.json().error.details).toEqual({ limitValue: '“不得检出”的项目不填限量值' });

    const missing = await admin.patch(`/api/catalogue/limits/${limit.id}`, { version: 2, limitValue: null });
    expect(missing.json().error.details).toEqual({ limitValue: '请填写限量值' });

    const negative = await admin.patch(`/api/catalogue/limits/${limit.id}`, { version: 2, limitValue: '-1' });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.details.limitValue).toMatch(/非负数/);

    expect((await sampling.patch(`/api/catalogue/limits/${limit.id}`, { version: 2, note: null })).statusCode).toBe(403);
  });

  it('survives a re-seed: the seed leaves alone a limit an administrator edited', async () => {
    expect(await seedCatalogue(t.database.db)).toEqual({ categories: 0, testItems: 0, limits: 0 });
    const [row] = await t.database.db.select().from(itemLimits).where(eq(itemLimits.id, limit.id));
    expect(row).toMatchObject({ limitValue: '0.05', note: '已核对 GB 2763-2021', version: 2 });
    const celery = (await sampling.get('/api/catalogue/categories')).json().find((c: Category) => c.id === category('芹菜', 4).id);
    expect(celery.name).toBe('芹菜（含西芹）');
  });
});
