/** Reply contracts of /api/risk-meetings ("321" risk analysis: meetings, completeness, rules, leading group). */
import { z } from 'zod';
import { actions, localDate, pageOf, timestamp } from './common.js';
import { signalMethodEnum, signalStatusEnum } from './signals.js';

export const meetingLevel = z.enum(['province', 'city', 'county']);
export type MeetingLevel = z.infer<typeof meetingLevel>;
export const complianceStatus = z.enum(['held', 'late', 'missing', 'open']);
export type ComplianceStatus = z.infer<typeof complianceStatus>;

/** What a meeting's row and its detail both say of it. */
const meetingHeading = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  level: z.string(),
  levelName: z.string(),
  periodStart: localDate,
  periodEnd: localDate,
  periodLabel: z.string(),
  late: z.boolean(),
  heldOn: localDate,
  form: z.string(),
  formName: z.string(),
  leadingGroup: z.boolean(),
  title: z.string(),
});

export const meetingRow = meetingHeading.extend({
  riskCount: z.number(),
  highRisks: z.number(),
  followUps: z.number(),
});
export type MeetingRow = z.infer<typeof meetingRow>;
export const meetingPage = pageOf(meetingRow);

export const meetingAttachment = z.object({ id: z.string(), fileName: z.string(), mimeType: z.string(), bytes: z.number(), createdAt: timestamp, href: z.string() });
export type MeetingAttachment = z.infer<typeof meetingAttachment>;

export const meetingDetail = meetingHeading.extend({
  summary: z.string(),
  participants: z.object({ units: z.array(z.object({ id: z.string(), name: z.string() })), people: z.array(z.string()) }),
  sources: z.array(z.object({ code: z.string(), name: z.string() })),
  risks: z.array(
    z.object({
      description: z.string(),
      categoryId: z.string().nullable(),
      categoryName: z.string().nullable(),
      regionCode: z.string().nullable(),
      regionName: z.string().nullable(),
      link: z.string().nullable(),
      level: z.string(),
      levelName: z.string(),
    }),
  ),
  conclusions: z.string().nullable(),
  minutes: z.string().nullable(),
  followUps: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      kindName: z.string(),
      description: z.string(),
      ownerUnitId: z.string(),
      ownerUnitName: z.string(),
      dueOn: localDate,
      categoryId: z.string().nullable(),
      regionCode: z.string().nullable(),
      items: z.array(z.string()),
      suggestionId: z.string().nullable(),
      /** The owner's work item: open, done or cancelled; null for a tracking-sampling proposal (its suggestion is the work). */
      workItemStatus: z.string().nullable(),
      /** Whether the reader's unit sends this follow-up's notice now (its owner, the work item open). */
      composeNotice: z.boolean(),
    }),
  ),
  createdAt: timestamp,
  /** 纪要和附件: files the holding unit attached (sign-in sheets, slides, signed minutes). */
  signals: z.array(z.object({ signalId: z.string(), title: z.string(), method: signalMethodEnum, status: signalStatusEnum })),
  attachments: z.array(meetingAttachment),
  actions,
  /** Notices naming the meeting that the reader's unit reads (sent or received). */
  notices: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      kindName: z.string(),
      title: z.string(),
      status: z.string(),
      statusName: z.string(),
      senderUnitName: z.string(),
      sentAt: timestamp.nullable(),
      createdAt: timestamp,
    }),
  ),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;

/** GET /api/risk-meetings/:id/notice-draft: the compose drawer's values for a notice follow-up. */
export const noticeDraft = z.object({
  relatedMeetingId: z.string(),
  relatedMeetingActionId: z.string().nullable(),
  kind: z.enum(['circular', 'supervision_tip', 'risk_warning', 'work_update']),
  title: z.string(),
  body: z.string(),
  recipientUnitIds: z.array(z.string()),
});
export type NoticeDraft = z.infer<typeof noticeDraft>;

export const createdId = z.object({ id: z.string() });

export const rates = z.object({
  total: z.number(),
  held: z.number(),
  late: z.number(),
  missing: z.number(),
  open: z.number(),
  rate: z.number().nullable(),
  timelyRate: z.number().nullable(),
});
export type Rates = z.infer<typeof rates>;

export const complianceReply = z.object({
  level: meetingLevel,
  periodStart: localDate,
  periodEnd: localDate,
  periodLabel: z.string(),
  /** False when the period lies before the rhythm applied (nothing was owed). */
  owed: z.boolean(),
  items: z.array(z.object({ unitId: z.string(), unitName: z.string(), regionCode: z.string().nullable(), status: complianceStatus })),
  rates,
  /** County level: the rates per city. */
  byCity: z.array(rates.extend({ regionCode: z.string(), name: z.string() })),
});
export type ComplianceReply = z.infer<typeof complianceReply>;

export const matrixReply = z.object({
  level: meetingLevel,
  year: z.number(),
  periodMonths: z.number(),
  periods: z.array(z.object({ start: localDate, end: localDate, label: z.string() })),
  rows: z.array(z.object({ unitId: z.string(), unitName: z.string(), regionCode: z.string().nullable(), cells: z.array(complianceStatus.nullable()) })),
  periodRates: z.array(rates),
  rates,
});
export type MatrixReply = z.infer<typeof matrixReply>;

export const meetingRule = z.object({
  level: meetingLevel,
  levelName: z.string(),
  unitKinds: z.array(z.string()),
  periodMonths: z.number(),
  effectiveFrom: localDate,
  basis: z.string(),
  edited: z.boolean(),
  version: z.number(),
  updatedAt: timestamp,
});
export type MeetingRule = z.infer<typeof meetingRule>;
export const rulesReply = z.object({ editable: z.boolean(), rules: z.array(meetingRule) });
export type RulesReply = z.infer<typeof rulesReply>;

export const leadingGroupReply = z.object({
  basis: z.string(),
  editable: z.boolean(),
  members: z.array(
    z.object({
      id: z.string(),
      role: z.enum(['leader', 'deputy', 'member']),
      roleName: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      position: z.string(),
      personName: z.string().nullable(),
      version: z.number(),
    }),
  ),
});
export type LeadingGroupReply = z.infer<typeof leadingGroupReply>;
