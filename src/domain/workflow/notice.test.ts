import { describe, expect, it } from 'vitest';
import { noticeWorkflow, type NoticeFacts, type NoticeSide } from './notice.js';
import { allowedActions, refusalOf } from './workflow.js';

const standing = (state: string, sides: NoticeSide[], roles: string[], facts: Partial<NoticeFacts> = {}) => ({
  state,
  sides,
  roles,
  facts: { acknowledged: false, overdueRecipients: 0, ...facts },
});

describe('the notice workflow table', () => {
  it('offers the sender withdraw, and remind only with overdue recipients', () => {
    expect(allowedActions(noticeWorkflow, standing('sent', ['sender'], ['division_officer']))).toEqual(['withdraw']);
    expect(allowedActions(noticeWorkflow, standing('sent', ['sender'], ['division_officer'], { overdueRecipients: 2 }))).toEqual(['withdraw', 'remind']);
  });

  it('offers a recipient acknowledge (once) and reply while sent', () => {
    expect(allowedActions(noticeWorkflow, standing('sent', ['recipient'], ['bureau_officer']))).toEqual(['acknowledge', 'reply']);
    expect(allowedActions(noticeWorkflow, standing('sent', ['recipient'], ['bureau_officer'], { acknowledged: true }))).toEqual(['reply']);
    expect(refusalOf(noticeWorkflow, 'acknowledge', standing('sent', ['recipient'], ['bureau_officer'], { acknowledged: true }))).toMatchObject({ code: 'NOTICE_ALREADY_ACKNOWLEDGED' });
  });

  it('refuses a reply after withdrawal (409) and from the sender (403)', () => {
    expect(refusalOf(noticeWorkflow, 'reply', standing('withdrawn', ['recipient'], ['bureau_officer']))).toMatchObject({ code: 'NOTICE_WITHDRAWN' });
    expect(refusalOf(noticeWorkflow, 'reply', standing('sent', ['sender'], ['bureau_officer']))).toMatchObject({ code: 'NOTICE_RECIPIENT_ONLY' });
  });

  it('lets only the sending unit’s head approve a draft', () => {
    expect(allowedActions(noticeWorkflow, standing('pending_approval', ['sender'], ['leader']))).toEqual(['approve', 'withdraw']);
    expect(refusalOf(noticeWorkflow, 'approve', standing('pending_approval', ['sender'], ['bureau_officer']))).toMatchObject({ code: 'NOTICE_HEAD_ONLY' });
  });
});
