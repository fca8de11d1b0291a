import type { WorkflowTable } from './workflow.js';

/**
 * received (待受理) → accepted (已受理, 办理中) → closed (办结, with an outcome); or → rejected
 * (不予受理, with the reason). A duplicate is stored as `merged` into the first and never handled.
 */
export type ComplaintStatus = 'received' | 'accepted' | 'rejected' | 'closed' | 'merged';

/**
 * Sides: `handler` — the handling unit or a unit above it (`complaint.work`); `center` —
 * 投诉举报中心, which routes (`complaint.route`); `personal` — who may read the complainant's
 * name and phone (`complaint.personal`: the handling unit itself and 投诉举报中心).
 */
export type ComplaintSide = 'handler' | 'center' | 'personal';

export interface ComplaintFacts {
  anonymous: boolean;
}

const named = { name: 'named', holds: (f: ComplaintFacts) => !f.anonymous, error: 'COMPLAINT_ANONYMOUS' } as const;
const live = ['received', 'accepted', 'rejected', 'closed'] as const;

export const complaintWorkflow = {
  accept: { from: ['received'], to: 'accepted', permission: 'complaint.work', sides: ['handler'], sideRefusal: 'COMPLAINT_HANDLER_ONLY', stateRefusal: (s) => (s === 'merged' ? 'COMPLAINT_MERGED' : 'INVALID_STATE') },
  reject: { from: ['received'], to: 'rejected', permission: 'complaint.work', sides: ['handler'], sideRefusal: 'COMPLAINT_HANDLER_ONLY', stateRefusal: (s) => (s === 'merged' ? 'COMPLAINT_MERGED' : 'INVALID_STATE') },
  reassign: { from: ['received', 'accepted'], permission: 'complaint.work', sides: ['center'], sideRefusal: 'COMPLAINT_CENTER_ONLY' },
  close: { from: ['accepted'], to: 'closed', permission: 'complaint.work', sides: ['handler'], sideRefusal: 'COMPLAINT_HANDLER_ONLY' },
  openCase: { from: ['accepted'], to: 'closed', permission: 'case.work', sides: ['handler'], sideRefusal: 'COMPLAINT_HANDLER_ONLY' },
  reply: { from: ['accepted', 'rejected', 'closed'], permission: 'complaint.work', sides: ['handler'], sideRefusal: 'COMPLAINT_HANDLER_ONLY', guards: [named] },
  attach: { from: live, permission: 'complaint.work', sides: ['handler', 'center'], sideRefusal: 'COMPLAINT_HANDLER_ONLY' },
  reveal: { from: [...live, 'merged'], permission: 'complaint.read', sides: ['personal'], sideRefusal: 'COMPLAINT_PERSONAL_DATA_HIDDEN', guards: [named] },
} as const satisfies WorkflowTable<string, ComplaintStatus, ComplaintSide, ComplaintFacts>;

export type ComplaintAction = keyof typeof complaintWorkflow;
