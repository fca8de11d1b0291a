import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { auditLog, caseStages, cases, creditPublications, disposalSteps, dishonestEntries, enterprises, resultItems, samples, workItems } from '../../src/db/schema/index.js';
import { seedSyntheticSamples } from '../../src/modules/demo/synthetic/seed-samples.js';
import { verifyAuditChain } from '../../src/modules/audit/verify-audit-chain.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { listSamples } from '../../src/modules/sampling/list-samples.js';
import { scopeOf } from '../../src/domain/scope.js';
import { orgUnits } from '../../src/db/schema/index.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { sampleInScope, sampleOwnerSubtree } from '../../src/modules/sampling/sample-scope.js';
import { toLocalDate } from '../../src/domain/time.js';
import { caseStages as stageOrder, type CaseStage } from '../../src/domain/case.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase(); // demo mode: 300 synthetic samples (test helper)
});
afterAll(() => database.dispose());

const countOf = async (table: typeof samples | typeof resultItems | typeof enterprises) => (await database.db.select({ n: count() }).from(table))[0].n;
const seedRuns = async () => (await database.db.select({ after: auditLog.after }).from(auditLog).where(eq(auditLog.action, 'demo.seedSamples')).orderBy(auditLog.seq)).map((r) => r.after as Record<string, unknown>);

describe(`synthetic samples on ${process.env.DATABASE_URL ? 'PostgreSQL (COPY)' : 'PGlite'}`, () => {
  it('demo mode seeds a small province on the first start, with one audit row', async () => {
    // 300 requested, and on top of them the patterns demo mode plants for the risk signals.
    const [run] = await seedRuns();
    const planted = run.plantedSamples as number;
    expect(planted).toBeGreaterThan(0);
    expect(await countOf(samples)).toBe(300 + planted);
    expect(run).toMatchObject({ seed: 42, requested: 300, inserted: { samples: 300 + planted } });
    const [linked] = await database.db
      .select({ n: count() })
      .from(samples)
      .innerJoin(enterprises, eq(enterprises.id, samples.sampledPartyId))
      .where(eq(samples.source, 'demo'));
    expect(linked.n).toBe(300 + planted);
  });

  it('re-running with the same seed and N adds nothing', async () => {
    const before = { samples: await countOf(samples), enterprises: await countOf(enterprises), runs: (await seedRuns()).length };
    const again = await seedSyntheticSamples(database.db, { samples: 300 });
    expect(again.inserted).toEqual({ samples: 0, resultItems: 0, enterprises: 0 });
    expect(again.skippedExisting).toBe(300);
    expect({ samples: await countOf(samples), enterprises: await countOf(enterprises), runs: (await seedRuns()).length }).toEqual(before);
  });

  it('writes another seed in batches, by COPY or multi-row INSERT, and skips what exists', async () => {
    const before = await countOf(samples);
    const inserted = await seedSyntheticSamples(database.db, { samples: 500, seed: 5, batchSize: 120, method: 'insert' });
    expect(inserted.inserted.samples).toBe(500);
    expect(inserted.inserted.resultItems).toBeGreaterThan(500);
    expect(await countOf(samples)).toBe(before + 500);
    const copied = await seedSyntheticSamples(database.db, { samples: 500, seed: 5, batchSize: 200, method: 'copy' });
    expect(copied.inserted.samples).toBe(0);
    expect(copied.skippedExisting).toBe(500);
    const [item] = await database.db.select().from(resultItems).where(eq(resultItems.judgement, 'unqualified')).limit(1);
    expect(item).toMatchObject({ judgement: 'unqualified', limitText: expect.any(String) });
    expect((await seedRuns()).map((r) => r.seed)).toEqual([42, 5]);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
  });

  it('finds by food or enterprise name the same whether the fragment has two characters (bigrams) or more (trigrams), in every kind of scope', async () => {
    const userOf = async (unitId: string) => {
      const [unit] = await database.db.select().from(orgUnits).where(eq(orgUnits.id, unitId));
      return { id: 'x', username: 'x', displayName: 'x', unit, roles: [], mustChangePassword: false, scope: scopeOf(unit), sessionId: 'x', csrfToken: 'x' };
    };
    // Province-wide (抽检监测处), a city and a county bureau (their own samples, looked up with the
    // owner in the search index), and a link division (its link: no owner key).
    const users = await Promise.all([unitIdForSlug('sampling'), unitIdForRegion('510100'), unitIdForRegion('510107'), unitIdForSlug('production')].map(userOf));
    expect(users.map((u) => sampleOwnerSubtree(u) !== null)).toEqual([false, true, true, false]);
    // The reference: plain ILIKE over everything, within the scope's own condition.
    const reference = async (user: (typeof users)[number], q: string) => {
      const like = `%${q}%`;
      const [row] = await database.db
        .select({ n: count() })
        .from(samples)
        .where(
          and(
            sampleInScope(user),
            sql`(${samples.foodName} ILIKE ${like} OR ${samples.sampleNo} = ${q}
              OR ${samples.sampledPartyId} IN (SELECT id FROM enterprises WHERE name ILIKE ${like}) OR ${samples.nominalProducerId} IN (SELECT id FROM enterprises WHERE name ILIKE ${like}))`,
          ),
        );
      return row.n;
    };
    const [[sample]] = [await database.db.select({ no: samples.sampleNo, party: samples.sampledPartyName }).from(samples).limit(1)];
    const [chengdu] = await database.db.select({ food: samples.foodName }).from(samples).where(sql`${samples.regionCode} LIKE '5101%'`).limit(1);
    let found = 0;
    for (const user of users) {
      for (const q of ['芹菜', '超市', '火锅', '食品有限', '有限公司', sample.party.slice(-4, -2), sample.no, 'xY', [...chengdu.food].slice(0, 2).join('')]) {
        const listed = await listSamples(database.db, user, { q }, { page: 1, pageSize: 5, offset: 0 });
        const expected = await reference(user, q);
        expect(listed.total, `${user.unit.name} ${q}`).toBe(expected);
        found += expected;
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe('demo cases and credit (seed-demo-cases.ts, seed-demo-credit.ts)', () => {
  it('files cases from disposals, an escalation and a complaint, worked to several stages by the use cases', async () => {
    const rows = await database.db.select().from(cases);
    const stages = new Set(rows.map((c) => c.stage));
    for (const stage of ['filing', 'investigation', 'notice', 'decision', 'closed']) expect(stages, stage).toContain(stage);
    expect(new Set(rows.map((c) => c.source))).toEqual(new Set(['disposal', 'escalation', 'complaint']));
    // The major case went to 稽查局 and was decided after 法规处 approved it; the complaint went to public security.
    const major = rows.find((c) => c.major)!;
    expect(major).toMatchObject({ ownerUnitId: unitIdForSlug('enforcement'), stage: 'decision', legalReview: expect.objectContaining({ status: 'approved' }) });
    expect(rows.find((c) => c.source === 'complaint')!.judicialTransfer).toMatchObject({ receiptOn: expect.any(String) });
    // Their work items (法制审核, 移送回执) were done by the same calls.
    const items = await database.db.select().from(workItems).where(inArray(workItems.subjectId, rows.map((c) => c.id)));
    expect(items.map((i) => [i.kind, i.status]).sort()).toEqual([['judicial_receipt', 'done'], ['legal_review', 'done']]);
    // A decision from a disposal is its penalty step.
    for (const c of rows.filter((r) => r.decision && r.disposalId)) {
      const [step] = await database.db.select().from(disposalSteps).where(and(eq(disposalSteps.disposalId, c.disposalId!), eq(disposalSteps.kind, 'penalty')));
      expect(step).toMatchObject({ status: 'done', details: expect.objectContaining({ caseNo: c.caseNo }) });
    }
    // Every stage is dated from filing to today, in order.
    const today = toLocalDate(new Date());
    for (const c of rows) {
      const recorded = await database.db.select().from(caseStages).where(eq(caseStages.caseId, c.id));
      const dates = recorded.sort((a, b) => stageOrder.indexOf(a.stage as CaseStage) - stageOrder.indexOf(b.stage as CaseStage)).map((s) => s.doneOn);
      expect(dates[0]).toBe(c.filedOn);
      expect([...dates].sort()).toEqual(dates);
      expect(dates.at(-1)! <= today).toBe(true);
    }
  });

  it('lists the major case\'s party as seriously dishonest, and leaves the export to the users', async () => {
    const [entry, ...more] = await database.db.select().from(dishonestEntries);
    expect(more).toHaveLength(0);
    const [major] = await database.db.select().from(cases).where(eq(cases.major, true));
    expect(entry).toMatchObject({ status: 'listed', caseId: major.id, enterpriseId: major.enterpriseId, listedByUnitId: unitIdForSlug('credit') });
    expect(await database.db.select().from(creditPublications)).toHaveLength(0);
  });
});
