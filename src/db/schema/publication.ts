import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, integer, boolean, jsonb, date, timestamptz, index, uniqueIndex, primaryKey } from './columns.js';
import { orgUnits } from './org.js';
import { samples } from './sampling.js';

/** A publication (migration 0028): an announcement of sampling results (抽检信息公告) or a consumer warning (消费提示). */
export const publications = pgTable(
  'publications',
  {
    id: uuid('id').primaryKey(),
    /** announcement | warning */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** The warning's text, or the announcement's introduction. */
    body: text('body'),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    noticeNo: text('notice_no'),
    /** review | returned | approved | published | withdrawn (src/domain/workflow/publication.ts) */
    status: text('status').notNull().default('review'),
    /** The review round: a return and a resubmission start the next round. */
    round: integer('round').notNull().default(1),
    draftedByUnitId: uuid('drafted_by_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    draftedByUserId: uuid('drafted_by_user_id'),
    /** When the public sees it (may lie ahead: a scheduled publication). */
    publishAt: timestamptz('publish_at'),
    publishedAt: timestamptz('published_at'),
    watchDays: integer('watch_days'),
    withdrawnAt: timestamptz('withdrawn_at'),
    withdrawalNote: text('withdrawal_note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('publications_status_idx').on(t.kind, t.status, t.publishAt), index('publications_drafter_idx').on(t.draftedByUnitId)],
);

export const publicationSamples = pgTable(
  'publication_samples',
  {
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => publications.id, { onDelete: 'cascade' }),
    sampleId: uuid('sample_id')
      .notNull()
      .references(() => samples.id),
    /** Kept out of the public tables (a pending objection or retest, by the hold-back rule). */
    heldBack: boolean('held_back').notNull().default(false),
    /** What the public reads beside the result (e.g. 复检进行中). */
    publicNote: text('public_note'),
  },
  (t) => [primaryKey({ columns: [t.publicationId, t.sampleId] }), index('publication_samples_sample_idx').on(t.sampleId)],
);

/** One approval or return by a reviewing division, per round. */
export const publicationReviews = pgTable(
  'publication_reviews',
  {
    id: uuid('id').primaryKey(),
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => publications.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    /** sampling (抽检监测处) | news (新闻宣传处) */
    side: text('side').notNull(),
    /** approve | return */
    decision: text('decision').notNull(),
    comment: text('comment'),
    userId: uuid('user_id'),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    at: timestamptz('at').notNull().defaultNow(),
  },
  (t) => [index('publication_reviews_publication_idx').on(t.publicationId, t.round)],
);

export interface PublishedFailedItem {
  itemName: string;
  resultText: string | null;
  unit: string | null;
  limitText: string | null;
  standard: string | null;
}

/**
 * The public 核查处置情况 of a failed sample (issue 13 §1), from the disposals module
 * (`publicDisposalOutcomes`): structured facts only, never the officers' free text or names.
 */
export interface PublishedDisposal {
  /** closed: 已完成核查处置 (with its measures); in_progress: 处置中 (nothing more is shown yet). */
  status: 'closed' | 'in_progress';
  closedOn: string | null;
  /** The risk-control measures taken (封存 / 下架 / 停止生产经营 / 召回 / 销毁 / 其他). */
  measures: string[];
  recallLevel: string | null;
  recalledQuantity: number | null;
  sealedQuantity: number | null;
  destroyedQuantity: number | null;
  quantityUnit: string | null;
  /** 立案查处 (true), 不予立案 (false), unknown (null). */
  caseFiled: boolean | null;
  /** 罚没金额 in yuan, when a penalty decision was recorded. */
  penaltyAmount: number | null;
  /** 整改到位 verified by the bureau. */
  rectified: boolean | null;
}

export interface PublishedCorrection {
  at: string;
  note: string;
}

/** The public snapshot of one published sample: the only rows the portal and open data read. */
export const publishedResults = pgTable(
  'published_results',
  {
    id: uuid('id').primaryKey(),
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => publications.id),
    sampleId: uuid('sample_id')
      .notNull()
      .references(() => samples.id),
    sampleNo: text('sample_no').notNull(),
    publishedAt: timestamptz('published_at').notNull(),
    /** current | withdrawn (a withdrawn row keeps no content) */
    status: text('status').notNull().default('current'),
    foodName: text('food_name'),
    category: text('category'),
    categoryRoot: text('category_root'),
    spec: text('spec'),
    trademark: text('trademark'),
    productionDateText: text('production_date_text'),
    sampledPartyName: text('sampled_party_name'),
    sampledPartyAddress: text('sampled_party_address'),
    nominalProducerName: text('nominal_producer_name'),
    nominalProducerAddress: text('nominal_producer_address'),
    creditCode: text('credit_code'),
    regionCode: text('region_code'),
    regionName: text('region_name'),
    samplingDate: date('sampling_date', { mode: 'string' }),
    /** qualified | unqualified */
    conclusion: text('conclusion'),
    failedItems: jsonb('failed_items').$type<PublishedFailedItem[]>().notNull().default([]),
    labName: text('lab_name'),
    taskSource: text('task_source'),
    noticeNo: text('notice_no'),
    publicNote: text('public_note'),
    /** 核查处置情况 at publication (migration 0033); null for a qualified sample or none on record. */
    disposal: jsonb('disposal').$type<PublishedDisposal | null>(),
    corrections: jsonb('corrections').$type<PublishedCorrection[]>().notNull().default([]),
    /** Food, enterprise names and credit code, for the trigram and bigram search indexes. */
    searchText: text('search_text').notNull().default(''),
    /** The two-character substrings of search_text, lower-cased (as text_bigrams(), migration 0008): two-character searches. */
    searchBigrams: text('search_bigrams').array().notNull().default(sql`'{}'`),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('published_results_publication_sample_key').on(t.publicationId, t.sampleId),
    index('published_results_time_idx').on(t.publishedAt.desc(), t.id).where(sql`${t.status} <> 'withdrawn'`),
    index('published_results_updated_idx').on(t.updatedAt),
    index('published_results_sample_no_idx').on(t.sampleNo),
    index('published_results_credit_code_idx').on(t.creditCode),
    index('published_results_region_idx').on(t.regionCode, t.publishedAt),
    index('published_results_conclusion_idx').on(t.conclusion, t.publishedAt),
    index('published_results_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('published_results_search_bigram_idx').using('gin', t.searchBigrams),
  ],
);

/** 标准解读 of a test item: seeded as drafts for 四川省食品检验研究院 to review. */
export const explainers = pgTable(
  'explainers',
  {
    id: uuid('id').primaryKey(),
    itemName: text('item_name').notNull(),
    summary: text('summary').notNull(),
    limitText: text('limit_text'),
    standardClause: text('standard_clause'),
    healthMeaning: text('health_meaning').notNull(),
    commonCauses: text('common_causes').notNull(),
    /** draft (待研究院审核) | reviewed */
    reviewStatus: text('review_status').notNull().default('draft'),
    reviewerNote: text('reviewer_note'),
    version: integer('version').notNull().default(1),
    updatedByUserId: uuid('updated_by_user_id'),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('explainers_item_name_key').on(t.itemName)],
);
