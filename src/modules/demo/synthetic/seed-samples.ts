/**
 * Writes N synthetic samples (with their result items and the enterprises they name) in
 * batches, each batch one transaction: COPY on PostgreSQL, COPY from a blob (or multi-row
 * INSERTs) on PGlite. Idempotent enough: a sample number that exists is skipped, an enterprise
 * that exists (same credit code, or same normalised name + region without a code) is reused, so
 * running again with the same seed and N adds nothing. One audit row per run that wrote anything.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client.js';
import { toLocalDate } from '../../../domain/time.js';
import { systemActor, type Actor } from '../../access/actor.js';
import { recordAudit } from '../../audit/record-audit.js';
import { loadCatalogue } from '../../catalogue/match.js';
import { buildCatalogueView } from './catalogue-view.js';
import { openBulk, type BulkMethod, type BulkTx, type Cell } from './bulk-writer.js';
import type { SynthEnterprise } from './enterprises.js';
import { SyntheticProvince, type PlantedOffender, type PlantedPattern, type SignalPlants, type SynthSample } from './generate-samples.js';

export const DEFAULT_SEED = 42;
export const DEFAULT_YEARS = 4;

export interface SeedSamplesOptions {
  samples: number;
  years?: number;
  seed?: number;
  now?: Date;
  /** copy (default) or insert: multi-row INSERTs, for comparison. */
  method?: BulkMethod;
  /** Samples per transaction (default 10 000 on PostgreSQL, 5 000 on PGlite). */
  batchSize?: number;
  actor?: Actor;
  onProgress?: (progress: SeedProgress) => void;
  /** The sampling plan a sample was taken under (demo mode's plans), or null. */
  planFor?: (sample: SynthSample) => string | null;
  /** Patterns for the risk signals to find (a regional cluster, a systemic producer …). */
  plant?: SignalPlants;
}

export interface SeedProgress {
  generated: number;
  total: number;
  inserted: number;
  elapsedMs: number;
}

export interface SeedSamplesReport {
  database: 'postgres' | 'pglite';
  method: BulkMethod;
  seed: number;
  requested: number;
  years: { from: number; to: number };
  inserted: { samples: number; resultItems: number; enterprises: number };
  /** Samples whose number was already in the database (an earlier run). */
  skippedExisting: number;
  /** Enterprises found in the database (same code, or name + region) and reused. */
  reusedEnterprises: number;
  unqualified: number;
  issue: number;
  offenders: PlantedOffender[];
  /** The planted signal patterns and their sample numbers. */
  patterns: PlantedPattern[];
  durationMs: number;
  /** Where the time went (ms): generating in memory, and the write pipeline's steps (wall time, overlapping generation). */
  phaseMs: { generate: number; lookup: number; enterprises: number; samples: number; resultItems: number; commit: number };
}

const SAMPLE_COLUMNS = [
  'id', 'sample_no', 'sampling_type', 'task_source', 'food_name', 'spec', 'trademark', 'production_date', 'category_id',
  'category_root_id', 'link', 'sampled_party_id', 'sampled_party_name', 'sampled_party_address', 'nominal_producer_id',
  'nominal_producer_name', 'nominal_producer_address', 'region_code', 'owner_unit_id', 'sampling_date', 'samplers',
  'accompanying_officer', 'lab_name', 'report_no', 'conclusion', 'source', 'created_at', 'updated_at', 'plan_id',
] as const;
const ITEM_COLUMNS = [
  'id', 'sample_id', 'test_item_id', 'item_name', 'result_text', 'result_value', 'unit', 'limit_text', 'limit_type', 'limit_value',
  'standard', 'judgement', 'microbiological', 'sort_order',
] as const;
const ENTERPRISE_COLUMNS = [
  'id', 'name', 'normalized_name', 'credit_code', 'licence_numbers', 'kind', 'region_code', 'address', 'owner_unit_id',
  'needs_review', 'review_reasons', 'created_at', 'updated_at',
] as const;
/** As resolveEnterprises flags an enterprise known by name only. */
const NO_CODE_REASON = JSON.stringify(['无统一社会信用代码，按名称+地区匹配，请核实']);

/** Finds the batch's enterprises in the database or creates them; sets `dbId` on each. */
async function resolveEnterprises(tx: BulkTx, list: SynthEnterprise[], now: string): Promise<{ created: number; reused: number }> {
  const pending = list.filter((e) => !e.dbId);
  if (pending.length === 0) return { created: 0, reused: 0 };
  const byCode = new Map(pending.filter((e) => e.creditCode).map((e) => [e.creditCode!, e]));
  const byName = new Map(pending.filter((e) => !e.creditCode).map((e) => [`${e.normalizedName}|${e.regionCode ?? ''}`, e]));
  let reused = 0;
  if (byCode.size > 0) {
    const found = await tx.query<{ id: string; credit_code: string }>(
      'SELECT id, credit_code FROM enterprises WHERE credit_code = ANY($1::text[])',
      [[...byCode.keys()]],
    );
    for (const row of found) (byCode.get(row.credit_code)!.dbId = row.id), reused++;
  }
  if (byName.size > 0) {
    const found = await tx.query<{ id: string; normalized_name: string; region_code: string | null }>(
      'SELECT id, normalized_name, region_code FROM enterprises WHERE credit_code IS NULL AND normalized_name = ANY($1::text[])',
      [[...new Set([...byName.values()].map((e) => e.normalizedName))]],
    );
    for (const row of found) {
      const e = byName.get(`${row.normalized_name}|${row.region_code ?? ''}`);
      if (e && !e.dbId) (e.dbId = row.id), reused++;
    }
  }
  const rows: Cell[][] = [];
  for (const e of pending) {
    if (e.dbId) continue;
    e.dbId = randomUUID();
    rows.push([
      e.dbId, e.name, e.normalizedName, e.creditCode, JSON.stringify(e.licence ? [e.licence] : []), e.kind, e.regionCode, e.address,
      e.ownerUnitId, !e.creditCode, e.creditCode ? '[]' : NO_CODE_REASON, now, now,
    ]);
  }
  await tx.write('enterprises', ENTERPRISE_COLUMNS, rows);
  return { created: rows.length, reused };
}

export async function seedSyntheticSamples(db: Db, options: SeedSamplesOptions): Promise<SeedSamplesReport> {
  const started = Date.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const years = options.years ?? DEFAULT_YEARS;
  const now = options.now ?? new Date();
  const bulk = openBulk(db, options.method ?? 'copy');
  const batchSize = options.batchSize ?? (bulk.kind === 'postgres' ? 10_000 : 5_000);

  const view = buildCatalogueView(await loadCatalogue(db));
  if (view.leaves.length === 0) throw new Error('food categories are not seeded: run `npm run cli -- seed` first');
  const province = new SyntheticProvince({ samples: options.samples, years, seed, today: toLocalDate(now), plant: options.plant }, view);

  const report: SeedSamplesReport = {
    database: bulk.kind,
    method: bulk.method,
    seed,
    requested: options.samples,
    years: { from: province.fromYear, to: province.toYear },
    inserted: { samples: 0, resultItems: 0, enterprises: 0 },
    skippedExisting: 0,
    reusedEnterprises: 0,
    unqualified: 0,
    issue: 0,
    offenders: province.offenders,
    patterns: province.patterns,
    durationMs: 0,
    phaseMs: { generate: 0, lookup: 0, enterprises: 0, samples: 0, resultItems: 0, commit: 0 },
  };
  const phase = report.phaseMs;
  const stamp = now.toISOString();
  let generated = 0;

  const flush = async (batch: SynthSample[]) => {
    let mark = Date.now();
    const lap = (key: Exclude<keyof SeedSamplesReport['phaseMs'], 'generate'>) => {
      const at = Date.now();
      phase[key] += at - mark;
      mark = at;
    };
    await bulk.transaction(async (tx) => {
      const parties = new Set<SynthEnterprise>();
      for (const s of batch) {
        parties.add(s.sampledParty);
        if (s.nominalProducer) parties.add(s.nominalProducer);
      }
      const existing = await tx.query<{ sample_no: string }>('SELECT sample_no FROM samples WHERE sample_no = ANY($1::text[])', [
        batch.map((s) => s.sampleNo),
      ]);
      const skip = new Set(existing.map((r) => r.sample_no));
      const fresh = skip.size === 0 ? batch : batch.filter((s) => !skip.has(s.sampleNo));
      report.skippedExisting += skip.size;
      if (fresh.length === 0) return;
      const used = new Set<SynthEnterprise>();
      for (const s of fresh) {
        used.add(s.sampledParty);
        if (s.nominalProducer) used.add(s.nominalProducer);
      }
      lap('lookup');
      const enterprises = await resolveEnterprises(tx, [...used], stamp);
      lap('enterprises');
      const sampleRows: Cell[][] = [];
      const itemRows: Cell[][] = [];
      for (const s of fresh) {
        const id = randomUUID();
        const p = s.sampledParty;
        const n = s.nominalProducer;
        sampleRows.push([
          id, s.sampleNo, s.samplingType, s.taskSource, s.foodName, s.spec, s.trademark, s.productionDate, s.categoryId,
          s.categoryRootId, s.link, p.dbId!, p.name, p.address, n?.dbId ?? null, n?.name ?? null, n?.address ?? null, s.regionCode,
          s.ownerUnitId, s.samplingDate, JSON.stringify(s.samplers), s.accompanyingOfficer, s.labName, s.reportNo, s.conclusion,
          'demo', s.createdAt, s.createdAt, options.planFor?.(s) ?? null,
        ]);
        for (const i of s.items) {
          itemRows.push([
            randomUUID(), id, i.testItemId, i.itemName, i.resultText, i.resultValue, i.unit, i.limitText, i.limitType, i.limitValue,
            i.standard, i.judgement, i.microbiological, i.sortOrder,
          ]);
        }
      }
      await tx.write('samples', SAMPLE_COLUMNS, sampleRows);
      lap('samples');
      await tx.write('result_items', ITEM_COLUMNS, itemRows);
      lap('resultItems');
      report.inserted.samples += sampleRows.length;
      report.inserted.resultItems += itemRows.length;
      report.inserted.enterprises += enterprises.created;
      report.reusedEnterprises += enterprises.reused;
      for (const s of fresh) {
        if (s.conclusion === 'unqualified') report.unqualified++;
        else if (s.conclusion === 'issue') report.issue++;
      }
    });
    lap('commit');
    options.onProgress?.({ generated, total: Math.max(generated, options.samples), inserted: report.inserted.samples, elapsedMs: Date.now() - started });
  };

  // One batch is written while the next is generated: the database works while Node computes.
  let writing: Promise<void> = Promise.resolve();
  let batch: SynthSample[] = [];
  let filling = Date.now();
  for (const sample of province.generate()) {
    batch.push(sample);
    generated++;
    if (batch.length >= batchSize) {
      phase.generate += Date.now() - filling;
      const full = batch;
      batch = [];
      await writing;
      writing = flush(full);
      writing.catch(() => undefined); // rethrown by the next `await writing`; not unhandled meanwhile
      filling = Date.now();
    }
  }
  phase.generate += Date.now() - filling;
  await writing;
  if (batch.length > 0) await flush(batch);

  report.durationMs = Date.now() - started;
  if (report.inserted.samples + report.inserted.enterprises > 0) {
    await db.transaction((tx) =>
      recordAudit(tx, options.actor ?? systemActor, {
        action: 'demo.seedSamples',
        entityType: 'sample',
        after: {
          seed,
          requested: options.samples,
          years: report.years,
          inserted: report.inserted,
          skippedExisting: report.skippedExisting,
          reusedEnterprises: report.reusedEnterprises,
          unqualified: report.unqualified,
          issue: report.issue,
          plantedOffenders: report.offenders.length,
          // The risk signals' patterns are samples on top of the requested N (demo mode plants them).
          plantedSamples: report.patterns.reduce((n, p) => n + p.sampleNos.length, 0),
          method: `${report.database}:${report.method}`,
        },
      }),
    );
  }
  return report;
}
