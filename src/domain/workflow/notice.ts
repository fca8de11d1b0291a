import type { WorkflowTable } from './workflow.js';
import type { NoticeStatus } from '../notices/notice-rules.js';

/**
 * 信息通报. Sides: `sender` — the user's unit sent it; `recipient` — the user's unit is one of its
 * recipient units. Approval is the sending unit's head's (`notice.approve`), when the unit turned
 * approval on for the kind; otherwise a notice is sent at once.
 */
export type NoticeSide = 'sender' | 'recipient';

export interface NoticeFacts {
  /** The user's unit, a recipient, has acknowledged it. */
  acknowledged: boolean;
  /** Recipients whose reply date has passed without a reply. */
  overdueRecipients: number;
}

export const noticeWorkflow = {
  approve: { from: ['pending_approval'], to: 'sent', permission: 'notice.approve', sides: ['sender'], sideRefusal: 'NOTICE_HEAD_ONLY' },
  withdraw: { from: ['pending_approval', 'sent'], to: 'withdrawn', permission: 'notice.send', sides: ['sender'], sideRefusal: 'NOTICE_SENDER_ONLY', stateRefusal: 'NOTICE_WITHDRAWN' },
  remind: {
    from: ['sent'],
    permission: 'notice.send',
    sides: ['sender'],
    sideRefusal: 'NOTICE_SENDER_ONLY',
    stateRefusal: 'NOTICE_WITHDRAWN',
    guards: [{ name: 'someOverdue', holds: (f) => f.overdueRecipients > 0, error: 'NOTICE_NONE_OVERDUE' }],
  },
  acknowledge: {
    from: ['sent'],
    permission: 'notice.read',
    sides: ['recipient'],
    sideRefusal: 'NOTICE_RECIPIENT_ONLY',
    stateRefusal: 'NOTICE_WITHDRAWN',
    guards: [{ name: 'notAcknowledged', holds: (f) => !f.acknowledged, error: 'NOTICE_ALREADY_ACKNOWLEDGED' }],
  },
  reply: { from: ['sent'], permission: 'notice.read', sides: ['recipient'], sideRefusal: 'NOTICE_RECIPIENT_ONLY', stateRefusal: 'NOTICE_WITHDRAWN' },
} as const satisfies WorkflowTable<string, NoticeStatus, NoticeSide, NoticeFacts>;

export type NoticeAction = keyof typeof noticeWorkflow;
