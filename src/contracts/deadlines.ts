/** Reply contracts of the deadline calculator, the deadline rules and the statutory calendar. */
import { z } from 'zod';
import { localDate, timestamp } from './common.js';

export const deadlineUnit = z.enum(['hour', 'calendarDay', 'workingDay']);
export type DeadlineUnit = z.infer<typeof deadlineUnit>;

/** A stored deadline rule, as editing it answers. */
export const deadlineRuleRecord = z.object({
  id: z.string(),
  name: z.string(),
  trigger: z.string(),
  amount: z.number(),
  unit: deadlineUnit,
  actor: z.string(),
  legalBasis: z.string(),
  /** V verified, S stated by a secondary source, U unverified (待核实). */
  level: z.enum(['V', 'S', 'U']),
  version: z.number(),
  updatedAt: timestamp,
});
export type DeadlineRuleRecord = z.infer<typeof deadlineRuleRecord>;

/** A rule in the rules table: marked 待核实 on the page when unverified. */
export const deadlineRule = deadlineRuleRecord.extend({ unverified: z.boolean() });
export type DeadlineRule = z.infer<typeof deadlineRule>;

export const calendarYear = z.object({ year: z.number(), confirmed: z.boolean(), note: z.string().nullable(), confirmedAt: timestamp });
export type CalendarYear = z.infer<typeof calendarYear>;

export const rulesReply = z.object({ rules: z.array(deadlineRule), confirmedYears: z.array(calendarYear) });
export type RulesReply = z.infer<typeof rulesReply>;

export const deadlineResult = z.object({
  rule: z.string(),
  ruleName: z.string(),
  from: timestamp,
  due: timestamp,
  dueDate: localDate,
  provisional: z.boolean(),
  unverified: z.boolean(),
});
export type DeadlineResult = z.infer<typeof deadlineResult>;
