/** Replies of /api/signals (issue 12 §2): the list the checks rely on, the detail with its chart data, runs and rules. */
import { z } from 'zod';
import { actions, timestamp, unitRef } from './common.js';

export const signalMethodEnum = z.enum(['time', 'region', 'producer', 'item', 'outside', 'link']);
export const signalStatusEnum = z.enum(['new', 'reviewing', 'accepted', 'dismissed']);

/** The numbers of a signal: observed, expected, threshold or limits, p, q, and the chart's data. */
export const signalStatistic = z.record(z.string(), z.unknown());

export const signalListItem = z.object({
  id: z.string(),
  method: signalMethodEnum,
  title: z.string(),
  regionCode: z.string().nullable(),
  categoryId: z.string().nullable(),
  categoryName: z.string().nullable(),
  link: z.string().nullable(),
  status: signalStatusEnum,
  active: z.boolean(),
  runs: z.number(),
  sampleNos: z.array(z.string()),
  statistic: signalStatistic,
  firstSeenAt: timestamp,
  lastSeenAt: timestamp,
});
export type SignalListItem = z.infer<typeof signalListItem>;

export const signalList = z.object({ items: z.array(signalListItem), total: z.number() });

export const signalSample = z.object({
  id: z.string(),
  sampleNo: z.string(),
  foodName: z.string(),
  samplingDate: z.string(),
  regionCode: z.string().nullable(),
  sampledPartyName: z.string(),
  nominalProducerName: z.string().nullable(),
  conclusion: z.string(),
  failedItems: z.array(z.string()),
});

export const signalDetail = signalListItem.extend({
  explanation: z.string(),
  subject: z.string().nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: timestamp.nullable(),
  version: z.number(),
  units: z.array(unitRef),
  /** The samples behind it that the reader may open (sample scope); `sampleNos` lists them all. */
  samples: z.array(signalSample),
  history: z.array(z.object({ runId: z.string(), seenAt: timestamp, observed: z.number().nullable(), expected: z.number().nullable(), p: z.number(), q: z.number() })),
  followUps: z.array(z.object({ kind: z.string(), refId: z.string().nullable(), unitName: z.string(), createdAt: timestamp })),
  actions,
});
export type SignalDetail = z.infer<typeof signalDetail>;

export const signalRun = z.object({
  runId: z.string(),
  tests: z.number(),
  signals: z.number(),
  newSignals: z.number(),
  durationMs: z.number(),
  phaseMs: z.record(z.string(), z.number()),
});

export const signalRunList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      trigger: z.string(),
      status: z.string(),
      startedAt: timestamp,
      finishedAt: timestamp.nullable(),
      tests: z.number(),
      signals: z.number(),
      newSignals: z.number(),
      error: z.string().nullable(),
    }),
  ),
  mayRun: z.boolean(),
});

export const signalRuleList = z.object({
  items: z.array(z.object({ key: z.string(), label: z.string(), basis: z.string(), min: z.number(), max: z.number(), defaultValue: z.number(), value: z.number(), edited: z.boolean(), version: z.number() })),
  mayEdit: z.boolean(),
});

export const signalReviewReply = z.object({ id: z.string(), status: signalStatusEnum, version: z.number() });

export const trackingReply = z.object({ suggestionId: z.string(), status: signalStatusEnum });

export const agendaReply = z.object({ agendaId: z.string(), unitId: z.string(), unitName: z.string(), status: signalStatusEnum });

export const signalNoticeDraft = z.object({
  relatedSignalId: z.string(),
  kind: z.enum(['circular', 'supervision_tip', 'risk_warning', 'work_update']),
  title: z.string(),
  body: z.string(),
  recipientUnitIds: z.array(z.string()),
  relatedSampleIds: z.array(z.string()),
});
export type SignalNoticeDraft = z.infer<typeof signalNoticeDraft>;

/** Signals waiting on a unit's next 321 meeting (shown on the meeting form). */
export const meetingAgenda = z.object({
  items: z.array(z.object({ agendaId: z.string(), signalId: z.string(), title: z.string(), method: signalMethodEnum, status: signalStatusEnum, addedAt: timestamp })),
});
