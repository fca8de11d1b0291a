/** Reply contracts of /api/opinion-events and /api/opinion-watches (舆情事件, 信息发布后舆情监测). */
import { z } from 'zod';
import { actions, historyEntry, localDate, pageOf, timestamp, unitRef } from './common.js';

export const opinionEventRow = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  sourceName: z.string(),
  level: z.string(),
  levelName: z.string(),
  status: z.string(),
  statusName: z.string(),
  firstSeenAt: timestamp,
  ownerUnitName: z.string(),
  regionName: z.string().nullable(),
  responseCount: z.number(),
  updatedAt: timestamp,
});
export type OpinionEventRow = z.infer<typeof opinionEventRow>;
export const opinionEventPage = pageOf(opinionEventRow);
export type OpinionEventPage = z.infer<typeof opinionEventPage>;

export const opinionResponse = z.object({
  id: z.string(),
  kind: z.string(),
  kindName: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  actedOn: localDate,
  outcome: z.string().nullable(),
  outcomeAt: timestamp.nullable(),
  explainer: z.object({ id: z.string(), itemName: z.string() }).nullable(),
  /** A rumour response sent to co-review as a consumer warning, with that publication's state. */
  publication: z.object({ id: z.string(), title: z.string(), status: z.string(), statusName: z.string(), publishAt: timestamp.nullable() }).nullable(),
  actions: actions,
});
export type OpinionResponse = z.infer<typeof opinionResponse>;

export const linkedComplaint = z.object({
  id: z.string(),
  trackingNo: z.string(),
  hotlineNo: z.string().nullable(),
  kind: z.string(),
  kindName: z.string(),
  channelName: z.string(),
  status: z.string(),
  statusName: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  receivedAt: timestamp,
  href: z.string().nullable(),
});

export const opinionEventDetail = opinionEventRow.extend({
  sourceNote: z.string().nullable(),
  summary: z.string(),
  links: z.array(z.string()),
  ownerUnit: unitRef,
  regionUnit: unitRef.nullable(),
  recordedByUnitName: z.string(),
  fromWatchItemId: z.string().nullable(),
  closingSummary: z.string().nullable(),
  closedAt: timestamp.nullable(),
  version: z.number(),
  enterprises: z.array(z.object({ id: z.string(), name: z.string(), creditCode: z.string().nullable() })),
  samples: z.array(z.object({ id: z.string(), sampleNo: z.string(), foodName: z.string(), conclusion: z.string().nullable() })),
  publications: z.array(z.object({ id: z.string(), title: z.string(), kind: z.string(), status: z.string() })),
  /** Linked complaints the user may cite, never the complainant; `href` when the user reads the complaint. */
  complaints: z.array(linkedComplaint),
  /** Linked complaints outside the user's scope: counted, not shown. */
  otherComplaintCount: z.number(),
  responses: z.array(opinionResponse),
  actions,
  history: z.array(historyEntry),
});
export type OpinionEventDetail = z.infer<typeof opinionEventDetail>;

export const opinionCreated = z.object({ id: z.string() });

export const opinionWatchEntry = z.object({
  id: z.string(),
  day: localDate,
  finding: z.string(),
  findingName: z.string(),
  note: z.string().nullable(),
  event: z.object({ id: z.string(), title: z.string(), levelName: z.string() }).nullable(),
  recordedAt: timestamp,
});

export const opinionWatchDetail = z.object({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  dueAt: timestamp.nullable(),
  version: z.number(),
  publication: z.object({ id: z.string(), title: z.string(), kind: z.string(), publishAt: timestamp.nullable() }),
  /** The days of the watch up to today (or its end), oldest first: each may have an entry. */
  days: z.array(localDate),
  entries: z.array(opinionWatchEntry),
  actions,
});
export type OpinionWatchDetail = z.infer<typeof opinionWatchDetail>;
