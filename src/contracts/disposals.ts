/** Reply contracts of /api/disposals and /api/assist-requests (核查处置: list, detail, steps, 协查, closing). */
import { z } from 'zod';
import { actions, historyEntry, localDate, pageOf, timestamp } from './common.js';
import { attachmentRef } from './attachments.js';
import { link, resultItem, sampleRecord } from './samples.js';

export const disposalStatus = z.enum(['open', 'in_progress', 'pending_approval', 'closed', 'voided']);
export const stepKind = z.enum(['notice', 'riskControl', 'causeInvestigation', 'rectification', 'penalty', 'disclosure', 'enterpriseReport']);
export type DisposalStatus = z.infer<typeof disposalStatus>;
export type StepKind = z.infer<typeof stepKind>;
export const disposalKind = z.enum(['disposal', 'monitoring']);

/** The written approval that lengthened the period (经本单位负责人书面批准). */
export const extension = z.object({ days: z.number(), reason: z.string(), approvedBy: z.string(), approvedAt: z.string(), documentNo: z.string() });

/** The stored disposal, as every change answers it. */
export const disposalRecord = z.object({
  id: z.string(),
  sampleId: z.string(),
  sampleNo: z.string(),
  kind: disposalKind,
  ownerUnitId: z.string(),
  guidingUnitId: z.string().nullable(),
  /** null: the sample's link is not known yet (待确定). */
  link: link.nullable(),
  status: disposalStatus,
  openedAt: timestamp,
  ruleId: z.string(),
  dueAt: timestamp,
  provisional: z.boolean(),
  originalDueAt: timestamp,
  extension: extension.nullable(),
  closingRequestedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  closedByUserId: z.string().nullable(),
  voidedAt: timestamp.nullable(),
  voidReason: z.string().nullable(),
  version: z.number(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type DisposalRecord = z.infer<typeof disposalRecord>;

/** Computed beside every disposal read: the status in words and the clock. */
const disposalView = {
  statusName: z.string(),
  ownerUnitName: z.string().nullable(),
  overdue: z.boolean(),
  /** null once the disposal is no longer running. */
  remainingMs: z.number().nullable(),
};

export const stepSummary = z.object({
  kind: stepKind,
  name: z.string(),
  status: z.enum(['pending', 'done']),
  doneOn: localDate.nullable(),
});
export type StepSummary = z.infer<typeof stepSummary>;

export const disposalRow = disposalRecord.extend({
  ...disposalView,
  foodName: z.string(),
  sampledPartyName: z.string(),
  conclusion: z.string(),
  steps: z.array(stepSummary),
});
export type DisposalRow = z.infer<typeof disposalRow>;
export const disposalPage = pageOf(disposalRow);


/** The stored step. */
export const stepRecord = stepSummary.extend({
  id: z.string(),
  disposalId: z.string(),
  text: z.string().nullable(),
  /** Step-specific facts: quantities, recall level, case number or reason for no case, … */
  details: z.record(z.string(), z.unknown()),
  doneByUserId: z.string().nullable(),
  updatedAt: timestamp,
  version: z.number(),
});

export const step = stepRecord.extend({ attachments: z.array(attachmentRef) });
export type Step = z.infer<typeof step>;

/** The stored 协查. */
export const assistRecord = z.object({
  id: z.string(),
  disposalId: z.string(),
  fromUnitId: z.string(),
  /** null: the producer is outside Sichuan (a letter, no bureau on the platform). */
  toUnitId: z.string().nullable(),
  outsideProvince: z.string().nullable(),
  producerName: z.string(),
  producerAddress: z.string().nullable(),
  status: z.enum(['requested', 'replied', 'closed']),
  reply: z.string().nullable(),
  repliedAt: timestamp.nullable(),
  /** Closed by the requesting bureau when no reply will come, with the reason. */
  closedReason: z.string().nullable(),
  closedAt: timestamp.nullable(),
  closedByUserId: z.string().nullable(),
  documentNo: z.string().nullable(),
  createdAt: timestamp,
  version: z.number(),
});
export type AssistRecord = z.infer<typeof assistRecord>;

/** A 协查 in the detail, with what the user may do on it (src/domain/workflow/assist-request.ts). */
export const assist = assistRecord.extend({ toUnitName: z.string().nullable(), actions });
export type Assist = z.infer<typeof assist>;

/** The sample behind the disposal, with its result items. */
export const disposalSample = sampleRecord.extend({
  items: z.array(resultItem.extend({ sortOrder: z.number() })),
});
export type DisposalSample = z.infer<typeof disposalSample>;

/** Where the periods count from: the day the conclusion was received, else when the record was created here. */
export const clockStart = z.object({
  from: z.enum(['conclusionReceived', 'recordCreated']),
  conclusionReceivedOn: localDate.nullable(),
  recordedAt: timestamp,
  /** Days the record came after the conclusion (导入时间晚于检验结论 N 天). */
  lagDays: z.number(),
});
export type ClockStart = z.infer<typeof clockStart>;

/** A case opened from the disposal, as the disposal's penalty step links it. */
export const disposalCaseLink = z.object({ id: z.string(), caseNo: z.string(), stage: z.string() });
export type DisposalCaseLink = z.infer<typeof disposalCaseLink>;

export const disposalDetail = disposalRecord.extend({
  ...disposalView,
  clockStart,
  sample: disposalSample,
  steps: z.array(step),
  assists: z.array(assist),
  attachments: z.array(attachmentRef),
  history: z.array(historyEntry),
  /** The enforcement cases opened from this disposal that the user may read (the server decides). */
  cases: z.array(disposalCaseLink),
  /** What the user may do now (src/domain/workflow/disposal.ts): the web shows exactly these buttons. */
  actions,
});
export type DisposalDetail = z.infer<typeof disposalDetail>;

/** Recording a step answers the disposal with the step written. */
export const recordedStep = disposalRecord.extend({ step: stepRecord });
