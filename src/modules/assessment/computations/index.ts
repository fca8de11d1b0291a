import type { Computation } from './computation.js';
import { checkDeductions } from './check-deductions.js';
import { complaintHandledInTime } from './complaint-handled.js';
import { disposalOnTime } from './disposal-on-time.js';
import { escalationOnTime } from './escalation-on-time.js';
import { noticeRepliedOnTime } from './notice-replied.js';
import { planCompletion } from './plan-completion.js';
import { publicationTimely } from './publication-timely.js';
import { reconciliationRectified } from './reconciliation-rectified.js';
import { riskMeetingOnTime } from './risk-meeting-on-time.js';
import { samplePendingReview } from './sample-pending-review.js';
import { urgentAcknowledgedInTime } from './urgent-acknowledged.js';
import { urgentHandledInTime } from './urgent-handled.js';

/**
 * The registry: every computation an indicator may name. To add one: one file in this folder
 * implementing Computation (set-based SQL over all units, plus the drill-down), and one line
 * here; 协调处 then adds an indicator naming it on the 考核评价 page.
 */
export const computations: readonly Computation[] = [
  disposalOnTime,
  urgentHandledInTime,
  urgentAcknowledgedInTime,
  riskMeetingOnTime,
  noticeRepliedOnTime,
  escalationOnTime,
  reconciliationRectified,
  publicationTimely,
  planCompletion,
  samplePendingReview,
  complaintHandledInTime,
  checkDeductions,
];

export function computationOf(key: string): Computation | undefined {
  return computations.find((c) => c.key === key);
}
