/** Reply contracts of /api/reconciliations (对账检查 of the ledger). */
import { z } from 'zod';
import { actions, localDate, pageOf, timestamp } from './common.js';
import { fiveKinds, ledgerRow, type FiveKind } from './ledger.js';

const fiveKind = z.enum(fiveKinds);
/** Per step of the five in place: true in place, false not, null not yet checked. */
export const checkItems = z.object(Object.fromEntries(fiveKinds.map((k) => [k, z.boolean().nullable()])) as Record<FiveKind, z.ZodNullable<z.ZodBoolean>>);
export type CheckItems = z.infer<typeof checkItems>;

/** The stored reconciliation. */
export const reconciliationRecord = z.object({
  id: z.string(),
  unitId: z.string(),
  periodFrom: localDate,
  periodTo: localDate,
  mode: z.enum(['all', 'random']),
  sampleSize: z.number().nullable(),
  /** The random draw, recorded so it can be repeated. */
  draw: z.object({ random: z.string(), population: z.number() }).nullable(),
  status: z.enum(['open', 'finished']),
  createdByUnitId: z.string(),
  createdAt: timestamp,
  finishedAt: timestamp.nullable(),
  version: z.number(),
});

/** A reconciliation with the names of the checked and the checking unit. */
export const reconciliation = reconciliationRecord.extend({ unitName: z.string().nullable(), createdByUnitName: z.string().nullable() });
export type Reconciliation = z.infer<typeof reconciliation>;

export const reconciliationRow = reconciliation.extend({ checks: z.number(), checked: z.number(), notInPlace: z.number() });
export type ReconciliationRow = z.infer<typeof reconciliationRow>;
/** The list, with 'start' in `actions` when the user may start one. */
export const reconciliationPage = pageOf(reconciliationRow).extend({ actions });

export const check = z.object({
  id: z.string(),
  disposalId: z.string(),
  items: checkItems,
  checked: z.boolean(),
  notInPlace: z.array(fiveKind),
  differs: z.array(fiveKind),
  findings: z.string().nullable(),
  checkedAt: timestamp.nullable(),
  disposal: ledgerRow.nullable(),
});
export type Check = z.infer<typeof check>;

export const reconciliationDetail = reconciliation.extend({
  /** false: the user's unit lies below the checked unit and sees only the checks of its own disposals. */
  seesAllChecks: z.boolean(),
  progress: z.object({ checks: z.number(), checked: z.number(), notInPlace: z.number() }),
  checks: z.array(check),
  actions: z.array(z.enum(['check', 'finish'])),
});
export type ReconciliationDetail = z.infer<typeof reconciliationDetail>;

/** Starting answers the new reconciliation with how many disposals were drawn. */
export const reconciliationStarted = reconciliationRecord.extend({ unitName: z.string(), checks: z.number() });
export type ReconciliationStarted = z.infer<typeof reconciliationStarted>;

export const checkRecorded = z.object({
  id: z.string(),
  disposalId: z.string(),
  items: checkItems,
  checked: z.boolean(),
  notInPlace: z.array(fiveKind),
  findings: z.string().nullable(),
  checkedAt: timestamp.nullable(),
  version: z.number(),
});

export const rectification = z.object({ workItemId: z.string(), checkId: z.string(), ownerUnitId: z.string(), title: z.string(), dueAt: timestamp.nullable() });
export type Rectification = z.infer<typeof rectification>;
/** Finishing answers the finished reconciliation and the rectification work items it gave. */
export const finishReply = reconciliationRecord.extend({ rectifications: z.array(rectification) });
export type FinishReply = z.infer<typeof finishReply>;
