import { pgTable, uuid, text, integer, boolean, jsonb, numeric, date, timestamptz, index, uniqueIndex } from './columns.js';
import type { SamplingPlan } from '../../domain/sampling/sampling-plan.js';
import { sql } from 'drizzle-orm';
import { orgUnits } from './org.js';
import { enterprises } from './enterprises.js';
import { foodCategories, testItems } from './catalogue.js';

/** 抽检监测计划 */
export const samplingPlans = pgTable(
  'sampling_plans',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    /** supervisory | risk_monitoring | evaluative */
    samplingType: text('sampling_type').notNull(),
    /** routine | follow_up | targeted */
    planKind: text('plan_kind').notNull(),
    organiserUnitId: uuid('organiser_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    status: text('status').notNull().default('active'),
    description: text('description'),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('sampling_plans_year_idx').on(t.year), index('sampling_plans_organiser_idx').on(t.organiserUnitId)],
);

/** Quota of a plan for a category and/or a region (null = any). */
export const planQuotas = pgTable(
  'plan_quotas',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => samplingPlans.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id').references(() => foodCategories.id),
    regionCode: text('region_code'),
    quota: integer('quota').notNull(),
  },
  (t) => [index('plan_quotas_plan_idx').on(t.planId)],
);

/** 抽检建议 from a division or bureau; accepted into a plan or declined with a reason. */
export const samplingSuggestions = pgTable(
  'sampling_suggestions',
  {
    id: uuid('id').primaryKey(),
    fromUnitId: uuid('from_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    /** sampling (抽检建议) | risk_warning (风险预警提示) */
    kind: text('kind').notNull().default('sampling'),
    title: text('title').notNull(),
    content: text('content').notNull(),
    categoryId: uuid('category_id').references(() => foodCategories.id),
    regionCode: text('region_code'),
    /** pending | accepted | declined */
    status: text('status').notNull().default('pending'),
    planId: uuid('plan_id').references(() => samplingPlans.id),
    decisionReason: text('decision_reason'),
    decidedByUserId: uuid('decided_by_user_id'),
    decidedAt: timestamptz('decided_at'),
    version: integer('version').notNull().default(1),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('sampling_suggestions_status_idx').on(t.status, t.year)],
);

/** 抽样: one sampled batch, with its conclusion derived from its result items. */
export const samples = pgTable(
  'samples',
  {
    id: uuid('id').primaryKey(),
    sampleNo: text('sample_no').notNull(),
    planId: uuid('plan_id').references(() => samplingPlans.id),
    /** supervisory | risk_monitoring | evaluative */
    samplingType: text('sampling_type').notNull(),
    taskSource: text('task_source'),
    foodName: text('food_name').notNull(),
    spec: text('spec'),
    trademark: text('trademark'),
    batchNo: text('batch_no'),
    productionDate: date('production_date', { mode: 'string' }),
    /** 保质期 as published ("12个月", "180天", "/" is stored as null). */
    shelfLife: text('shelf_life'),
    categoryId: uuid('category_id').references(() => foodCategories.id),
    /** 大类 of the category, denormalised: the most common filter. */
    categoryRootId: uuid('category_root_id').references(() => foodCategories.id),
    /** production | distribution | catering | online; null: unknown (待确定), an import that could not tell (migration 0024) */
    link: text('link'),
    sampledPartyId: uuid('sampled_party_id').references(() => enterprises.id),
    sampledPartyName: text('sampled_party_name').notNull(),
    sampledPartyAddress: text('sampled_party_address'),
    nominalProducerId: uuid('nominal_producer_id').references(() => enterprises.id),
    nominalProducerName: text('nominal_producer_name'),
    nominalProducerAddress: text('nominal_producer_address'),
    /** County (or city) code of the sampled party: routes the sample's work. */
    regionCode: text('region_code'),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    samplingDate: date('sampling_date', { mode: 'string' }).notNull(),
    samplers: jsonb('samplers').$type<string[]>().notNull().default([]),
    organisedByMarketRegulation: boolean('organised_by_market_regulation').notNull().default(true),
    importedColdChain: boolean('imported_cold_chain').notNull().default(false),
    accompanyingOfficer: text('accompanying_officer'),
    labName: text('lab_name'),
    reportNo: text('report_no'),
    /** The date the unqualified conclusion was received: the legal trigger of disposal and notice periods (migration 0017). */
    conclusionReceivedOn: date('conclusion_received_on', { mode: 'string' }),
    /** pending | qualified | unqualified | issue (问题: risk-monitoring finding) */
    conclusion: text('conclusion').notNull().default('pending'),
    remarks: text('remarks'),
    /** The announcement that published the sample, when imported from a publication table (公告号, 公告日期, 公告网址链接; migration 0022). */
    noticeNo: text('notice_no'),
    noticeDate: date('notice_date', { mode: 'string' }),
    noticeUrl: text('notice_url'),
    /** Fields the import inferred rather than read: { field: how }. */
    inferred: jsonb('inferred').$type<Record<string, string>>().notNull().default({}),
    needsReview: boolean('needs_review').notNull().default(false),
    reviewReasons: jsonb('review_reasons').$type<string[]>().notNull().default([]),
    /** manual | import */
    source: text('source').notNull().default('manual'),
    importJobId: uuid('import_job_id'),
    /** Hash of the imported content: re-importing an unchanged sample is a no-op. */
    importHash: text('import_hash'),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('samples_sample_no_key').on(t.sampleNo),
    index('samples_owner_date_idx').on(t.ownerUnitId, t.samplingDate),
    index('samples_date_idx').on(t.samplingDate),
    // The assessment's data-quality indicator: an index-only count per owner (migration 0038).
    index('samples_date_owner_review_idx').on(t.samplingDate, t.ownerUnitId, t.needsReview),
    index('samples_region_idx').on(t.regionCode, t.samplingDate),
    index('samples_category_root_idx').on(t.categoryRootId, t.samplingDate),
    index('samples_conclusion_idx').on(t.conclusion, t.samplingDate),
    index('samples_plan_idx').on(t.planId),
    index('samples_sampled_party_idx').on(t.sampledPartyId),
    index('samples_nominal_producer_idx').on(t.nominalProducerId),
    // The escalation rules read an enterprise's unqualified results on every result change
    // (src/modules/escalations/load-history.ts): small partial indexes keep that a few index
    // entries instead of combining the enterprise index with the conclusion index.
    index('samples_unqualified_party_idx').on(t.sampledPartyId).where(sql`${t.conclusion} = 'unqualified'`),
    index('samples_unqualified_producer_idx').on(t.nominalProducerId).where(sql`${t.conclusion} = 'unqualified'`),
    // A bureau's failed samples (不合格 or 问题 within its units, a period): the list's count read
    // 25,000 entries of the producer index per unit at 10^6 (39 ms); this small one, index-only
    // (migration 0042).
    index('samples_failed_owner_date_idx')
      .on(t.ownerUnitId, t.conclusion, t.samplingDate)
      .where(sql`${t.conclusion} IN ('unqualified', 'issue')`),
    // Food-name search (sample-filter.ts): trigrams for three characters or more, bigrams for
    // two (芹菜), which a trigram index cannot serve, keyed with the owner unit so that a bureau's
    // search reads its own samples only; sample_search_keys() is migration 0041.
    index('samples_food_name_trgm_idx').using('gin', sql`${t.foodName} gin_trgm_ops`),
    index('samples_search_keys_idx').using('gin', sql`sample_search_keys(${t.foodName}, ${t.ownerUnitId})`),
  ],
);

/** One tested item of a sample: measured value against its limit, and the judgement. */
/** The result sets of a sample (migration 0023): the first lab's, and a retest lab's beside it. */
export type ResultSetKind = 'initial' | 'retest';

export const resultItems = pgTable(
  'result_items',
  {
    id: uuid('id').primaryKey(),
    sampleId: uuid('sample_id')
      .notNull()
      .references(() => samples.id, { onDelete: 'cascade' }),
    testItemId: uuid('test_item_id').references(() => testItems.id),
    itemName: text('item_name').notNull(),
    /** As reported: "0.12", "未检出", "<0.01", "4.3×10⁴", or a plan's n results "120,80,30,10,5" */
    resultText: text('result_text').notNull(),
    /** The value (in `unit`); for several results, the highest. */
    resultValue: numeric('result_value'),
    /** The n results of a sampling plan, each as reported ("1.2×10³", "<10"); null for one result. */
    subResults: jsonb('sub_results').$type<string[]>(),
    unit: text('unit'),
    /** As reported: "≤0.02", "不得检出", "n=5,c=2,m=10⁴,M=10⁵" */
    limitText: text('limit_text'),
    limitType: text('limit_type'),
    limitValue: numeric('limit_value'),
    /** The sampling plan the item was judged by (GB 4789.1-2016 §3.2), in the limit's unit. */
    samplingPlan: jsonb('sampling_plan').$type<SamplingPlan>(),
    standard: text('standard'),
    /** qualified | unqualified | issue */
    judgement: text('judgement').notNull(),
    microbiological: boolean('microbiological').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    /**
     * The result set the item belongs to: `initial` (the first lab's, from entry, correction or
     * import) or `retest` (the retest lab's, linked to its application by `objectionId`).
     */
    resultSet: text('result_set').$type<ResultSetKind>().notNull().default('initial'),
    /**
     * The retest application (objections.id) a retest set answers; null for the initial set. The
     * foreign key is in migration 0023 only: schema/objections.ts imports this file.
     */
    objectionId: uuid('objection_id'),
    /**
     * Whether the item belongs to the sample's effective (latest) set, the one its conclusion,
     * disposal, ledger, credit and escalations go by. A retest set makes the initial set not
     * effective; it stays stored and shown. Written only by sampling/write-results.ts.
     */
    effective: boolean('effective').notNull().default(true),
  },
  (t) => [
    index('result_items_sample_idx').on(t.sampleId),
    // The briefing's unqualified items read only these (migration 0032).
    index('result_items_unqualified_idx').on(t.sampleId, t.itemName).where(sql`${t.effective} AND ${t.judgement} = 'unqualified'`),
  ],
);

/** An import run (samples file): progress, summary and the rows it rejected. */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    /** queued | running | done | failed */
    status: text('status').notNull().default('queued'),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    filePath: text('file_path'),
    format: text('format').notNull().default('auto'),
    dryRun: boolean('dry_run').notNull().default(false),
    options: jsonb('options').$type<Record<string, unknown>>().notNull().default({}),
    progress: numeric('progress', { mode: 'number' }).notNull().default(0),
    summary: jsonb('summary'),
    error: text('error'),
    createdByUserId: uuid('created_by_user_id'),
    unitId: uuid('unit_id').references(() => orgUnits.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    startedAt: timestamptz('started_at'),
    /** Refreshed while a process works on the job: a stale one was interrupted. */
    heartbeatAt: timestamptz('heartbeat_at'),
    /** "host:pid" of the process running the job: a live process fails a stale job whose owner is gone. */
    worker: text('worker'),
    /** Runs of the job so far: a job resumed after its process died counts one more (at most MAX_ATTEMPTS). */
    attempts: integer('attempts').notNull().default(1),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [index('import_jobs_unit_idx').on(t.unitId, t.createdAt)],
);
