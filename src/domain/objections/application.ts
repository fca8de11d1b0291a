/**
 * 异议 (objection) and 复检 (retest) applications against a sample's result: their kinds,
 * grounds and states.
 */
export type ApplicationKind = 'objection' | 'retest';
export const applicationKindNames: Record<ApplicationKind, string> = { objection: '异议', retest: '复检' };

/** Grounds of an objection (办法 art. 35). */
export const objectionGrounds = ['sampling_process', 'sample_identity', 'method_or_standard'] as const;
export type ObjectionGround = (typeof objectionGrounds)[number];
export const objectionGroundNames: Record<ObjectionGround, string> = {
  sampling_process: '对抽样过程有异议',
  sample_identity: '对样品真实性有异议',
  method_or_standard: '对检验方法、标准适用有异议',
};

export type ApplicationStatus = 'pending' | 'accepted' | 'rejected' | 'concluded';
export const applicationStatusNames: Record<ApplicationStatus, string> = {
  pending: '待受理',
  accepted: '已受理',
  rejected: '不予受理',
  concluded: '已办结',
};

export type ApplicationOutcome = 'upheld' | 'overturned';
export const applicationOutcomeNames: Record<ApplicationOutcome, string> = { upheld: '维持原检验结论', overturned: '推翻原检验结论' };

/** Which action each state allows, and who may take it: src/domain/workflow/objection.ts. */

/** Open applications still carry a deadline (overdue is derived from it). */
export const isOpenApplication = (status: string) => status === 'pending' || status === 'accepted';

/** A sample may be objected to or retested only while its result is a failure. */
export const FAILED_CONCLUSIONS = ['unqualified', 'issue'];
