/** Reply contracts of /api/publications, /api/explainers (internal) and /open/v1 (the public open data API). */
import { z } from 'zod';
import { actions, localDate, pageOf, timestamp } from './common.js';

export const publicationKind = z.enum(['announcement', 'warning']);
export const publicationStatus = z.enum(['review', 'returned', 'approved', 'published', 'withdrawn']);
export type PublicationStatus = z.infer<typeof publicationStatus>;

export const publicationRow = z.object({
  id: z.string(),
  kind: publicationKind,
  title: z.string(),
  status: publicationStatus,
  statusName: z.string(),
  /** Published with a time still ahead (定时公布). */
  scheduled: z.boolean(),
  draftedByUnitName: z.string(),
  sampleCount: z.number(),
  unqualifiedCount: z.number(),
  approvedBy: z.array(z.enum(['sampling', 'news'])),
  publishAt: timestamp.nullable(),
  createdAt: timestamp,
});
export type PublicationRow = z.infer<typeof publicationRow>;
export const publicationPage = pageOf(publicationRow);

export const publicationReview = z.object({
  round: z.number(),
  side: z.enum(['sampling', 'news']),
  sideName: z.string(),
  decision: z.enum(['approve', 'return']),
  comment: z.string().nullable(),
  unitName: z.string(),
  userName: z.string().nullable(),
  at: timestamp,
});

export const publicationSampleRow = z.object({
  sampleId: z.string(),
  sampleNo: z.string(),
  foodName: z.string(),
  sampledPartyName: z.string(),
  conclusion: z.string(),
  failedItems: z.array(z.string()),
  heldBack: z.boolean(),
  publicNote: z.string().nullable(),
  /** The published record's state once published: current | withdrawn. */
  publishedStatus: z.string().nullable(),
});

export const publicationDetail = publicationRow.extend({
  body: z.string().nullable(),
  tags: z.array(z.string()),
  noticeNo: z.string().nullable(),
  round: z.number(),
  watchDays: z.number().nullable(),
  publishedAt: timestamp.nullable(),
  withdrawnAt: timestamp.nullable(),
  withdrawalNote: z.string().nullable(),
  version: z.number(),
  samples: z.array(publicationSampleRow),
  reviews: z.array(publicationReview),
  actions,
});
export type PublicationDetail = z.infer<typeof publicationDetail>;

export const createdReply = z.object({ id: z.string() });

/** GET /api/publications/candidates: what a filter (plan / period / conclusion / region) picks, within the drafter's scope. */
export const sampleFilterPreview = z.object({
  total: z.number(),
  cap: z.number(),
  /** More samples match than one batch takes (`total` is then cap + 1). */
  overCap: z.boolean(),
  items: z.array(
    z.object({
      id: z.string(),
      sampleNo: z.string(),
      foodName: z.string(),
      sampledPartyName: z.string(),
      conclusion: z.string(),
      samplingDate: localDate,
      /** The web names it (useRegionName). */
      regionCode: z.string().nullable(),
    }),
  ),
});
export type SampleFilterPreview = z.infer<typeof sampleFilterPreview>;

export const explainer = z.object({
  id: z.string(),
  itemName: z.string(),
  summary: z.string(),
  limitText: z.string().nullable(),
  standardClause: z.string().nullable(),
  healthMeaning: z.string(),
  commonCauses: z.string(),
  reviewStatus: z.enum(['draft', 'reviewed']),
  reviewerNote: z.string().nullable(),
  version: z.number(),
  updatedAt: timestamp,
});
export type Explainer = z.infer<typeof explainer>;
export const explainerList = z.object({ items: z.array(explainer) });

/** One published result as the open data API gives it: public fields only, never an internal id or unit. */
export const openResult = z.object({
  sampleNo: z.string(),
  status: z.enum(['current', 'withdrawn']),
  foodName: z.string().nullable(),
  category: z.string().nullable(),
  spec: z.string().nullable(),
  trademark: z.string().nullable(),
  productionDate: z.string().nullable(),
  sampledPartyName: z.string().nullable(),
  sampledPartyAddress: z.string().nullable(),
  nominalProducerName: z.string().nullable(),
  nominalProducerAddress: z.string().nullable(),
  creditCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  samplingDate: localDate.nullable(),
  conclusion: z.string().nullable(),
  failedItems: z.array(z.object({ itemName: z.string(), result: z.string().nullable(), unit: z.string().nullable(), limit: z.string().nullable(), standard: z.string().nullable() })),
  labName: z.string().nullable(),
  noticeNo: z.string().nullable(),
  publicNote: z.string().nullable(),
  corrections: z.array(z.object({ at: timestamp, note: z.string() })),
  publishedAt: timestamp,
});
export type OpenResult = z.infer<typeof openResult>;
/** `total` stops at 1 000 (`totalCapped`: there are more). */
export const openResultsPage = z.object({ items: z.array(openResult), total: z.number(), totalCapped: z.boolean().optional() });
export const openCountReply = z.object({ field: z.string(), counts: z.array(z.object({ term: z.string().nullable(), count: z.number() })) });
export const openResultsReply = z.union([openResultsPage, openCountReply]);
