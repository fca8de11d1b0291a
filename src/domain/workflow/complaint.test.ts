import { describe, expect, it } from 'vitest';
import { complaintWorkflow, type ComplaintSide } from './complaint.js';
import { allowedActions, refusalOf } from './workflow.js';

const bureau = ['bureau_officer', 'enforcement_officer'];
const standing = (state: string, sides: ComplaintSide[], anonymous = false, roles = bureau) => ({ state, sides, roles, facts: { anonymous } });

describe('the complaint workflow table', () => {
  it('lets the handling unit accept or not accept a received complaint, and see the complainant', () => {
    expect(allowedActions(complaintWorkflow, standing('received', ['handler', 'personal']))).toEqual(['accept', 'reject', 'attach', 'reveal']);
  });

  it('lets an accepted complaint be closed, filed as a case, or answered', () => {
    expect(allowedActions(complaintWorkflow, standing('accepted', ['handler', 'personal']))).toEqual(['close', 'openCase', 'reply', 'attach', 'reveal']);
  });

  it('gives reassigning to 投诉举报中心 alone, and a unit above the handler no reveal', () => {
    expect(allowedActions(complaintWorkflow, standing('received', ['center', 'personal'], false, ['division_officer']))).toEqual(['reassign', 'attach', 'reveal']);
    expect(refusalOf(complaintWorkflow, 'reassign', standing('received', ['handler']))?.code).toBe('COMPLAINT_CENTER_ONLY');
    expect(refusalOf(complaintWorkflow, 'reveal', standing('received', ['handler']))?.code).toBe('COMPLAINT_PERSONAL_DATA_HIDDEN');
  });

  it('has nothing to reveal or answer for an anonymous complaint, and nothing to do on a merged one', () => {
    expect(refusalOf(complaintWorkflow, 'reveal', standing('received', ['personal'], true))?.code).toBe('COMPLAINT_ANONYMOUS');
    expect(refusalOf(complaintWorkflow, 'reply', standing('closed', ['handler'], true))?.code).toBe('COMPLAINT_ANONYMOUS');
    expect(refusalOf(complaintWorkflow, 'accept', standing('merged', ['handler']))?.code).toBe('COMPLAINT_MERGED');
    expect(allowedActions(complaintWorkflow, standing('merged', ['handler']))).toEqual([]);
  });

  it('needs case.work to file a case', () => {
    expect(refusalOf(complaintWorkflow, 'openCase', standing('accepted', ['handler'], false, ['leader']))?.code).toBe('COMPLAINT_HANDLER_ONLY');
  });
});
