/** Reply contracts of /api/ledger (核查处置台账: rows with the five in place, the summary, counts per unit). */
import { z } from 'zod';
import { localDate, timestamp } from './common.js';
import { link } from './samples.js';

export const stepState = z.object({ status: z.enum(['done', 'pending']), doneOn: localDate.nullable() });
export type StepState = z.infer<typeof stepState>;

export const fiveKinds = ['riskControl', 'causeInvestigation', 'rectification', 'penalty', 'disclosure'] as const;
export type FiveKind = (typeof fiveKinds)[number];

export const ledgerRow = z.object({
  disposalId: z.string(),
  sampleNo: z.string(),
  foodName: z.string(),
  sampledPartyName: z.string(),
  nominalProducerName: z.string().nullable(),
  failedItems: z.string().nullable(),
  link: link.nullable(),
  ownerUnitId: z.string(),
  ownerUnitName: z.string(),
  openedAt: timestamp,
  dueAt: timestamp,
  status: z.string(),
  statusName: z.string(),
  overdue: z.boolean(),
  riskControl: stepState,
  causeInvestigation: stepState,
  rectification: stepState,
  penalty: stepState,
  disclosure: stepState,
  notice: stepState,
  fiveInPlace: z.boolean(),
  penaltyCaseNo: z.string().nullable(),
  remarks: z.string().nullable(),
});
export type LedgerRow = z.infer<typeof ledgerRow>;

export const ledgerSummary = z.object({
  disposals: z.number(),
  closed: z.number(),
  overdue: z.number(),
  fiveInPlaceComplete: z.number(),
  byStep: z.object(Object.fromEntries(fiveKinds.map((k) => [k, z.number()])) as Record<FiveKind, z.ZodNumber>),
});
export type LedgerSummary = z.infer<typeof ledgerSummary>;

export const ledgerPage = z.object({ items: z.array(ledgerRow), total: z.number(), summary: ledgerSummary });
export type LedgerPage = z.infer<typeof ledgerPage>;

export const unitCounts = z.object({
  unitId: z.string(),
  unitName: z.string(),
  kind: z.string(),
  total: z.number(),
  closed: z.number(),
  overdue: z.number(),
  fiveInPlaceComplete: z.number(),
});
export type UnitCounts = z.infer<typeof unitCounts>;

export const byUnitReply = z.object({ unit: z.object({ id: z.string(), name: z.string() }), items: z.array(unitCounts) });
export type ByUnitReply = z.infer<typeof byUnitReply>;
