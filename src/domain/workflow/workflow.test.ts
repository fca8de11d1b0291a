import { describe, expect, it } from 'vitest';
import { DomainError, errorCatalog } from '../errors.js';
import { roles } from '../permissions.js';
import { assistWorkflow } from './assist-request.js';
import { caseWorkflow, type CaseFacts } from './case.js';
import { dishonestWorkflow } from './dishonest-entry.js';
import { disposalWorkflow, type DisposalFacts } from './disposal.js';
import { escalationWorkflow } from './escalation.js';
import { applicationWorkflow, sampleApplicationWorkflow, type ApplicationFacts } from './objection.js';
import { planWorkflow, suggestionWorkflow } from './plan.js';
import { reconciliationWorkflow } from './reconciliation.js';
import { workItemWorkflow } from './work-item.js';
import { urgentWorkflow } from './urgent-report.js';
import { allowedActions, refusalOf, refusesWho, type Refusal, type WorkflowTable } from './workflow.js';

const everyRole = Object.keys(roles);

/** What the official reads: the catalogue's message of the refusal's code, params filled. */
const said = (refusal: Refusal | null) => (refusal ? DomainError.of(refusal).message : null);

/**
 * The expected table, written out by hand: for each action, the states it starts from and the
 * sides that may take it. Every action × state × side is checked against the workflow table
 * (with facts under which every guard holds), and a user without the permission may do nothing.
 * A refused side gets a 403 code, a refused state (on an allowed side) a 409 code.
 */
function checkMatrix<F>(table: WorkflowTable<string, string, string, F>, states: readonly string[], sides: readonly string[], expected: Record<string, { from: string[]; sides: string[] }>, facts: F) {
  expect(Object.keys(table).sort()).toEqual(Object.keys(expected).sort());
  for (const action of Object.keys(expected)) {
    for (const state of states) {
      for (const side of sides) {
        const allowed = expected[action].from.includes(state) && expected[action].sides.includes(side);
        const refusal = refusalOf(table, action, { state, sides: [side], roles: everyRole, facts });
        expect({ action, state, side, allowed: refusal === null }).toEqual({ action, state, side, allowed });
        if (refusal) {
          const status = expected[action].sides.includes(side) ? 409 : 403;
          expect({ action, state, side, status: errorCatalog[refusal.code].status }).toEqual({ action, state, side, status });
        }
      }
      const without = refusalOf(table, action, { state, sides, roles: [], facts });
      expect(without && refusesWho(without.code)).toBe(true);
    }
  }
}

describe('the disposal workflow', () => {
  const states = ['open', 'in_progress', 'pending_approval', 'closed', 'voided'];
  const ok: DisposalFacts = { extension: null, missingSteps: [], openAssists: [], openCase: false };
  it('allows each action from its states to its side only', () => {
    checkMatrix(disposalWorkflow, states, ['owner', 'reader'], {
      recordStep: { from: ['open', 'in_progress'], sides: ['owner'] },
      attach: { from: ['open', 'in_progress'], sides: ['owner'] },
      requestClosing: { from: ['in_progress'], sides: ['owner'] },
      setConclusionReceived: { from: ['open', 'in_progress', 'pending_approval'], sides: ['owner'] },
      approveClosing: { from: ['pending_approval'], sides: ['owner'] },
      rejectClosing: { from: ['pending_approval'], sides: ['owner'] },
      extend: { from: ['open', 'in_progress', 'pending_approval'], sides: ['owner'] },
      openCase: { from: ['open', 'in_progress', 'pending_approval', 'closed'], sides: ['reader'] },
    }, ok);
  });

  it('extends once, files one open case, and closes only over done steps and settled 协查 (still offering the button)', () => {
    const owner = (facts: Partial<DisposalFacts>, state = 'in_progress') => ({ state, sides: ['owner', 'reader'] as const, roles: everyRole, facts: { ...ok, ...facts } });
    expect(refusalOf(disposalWorkflow, 'extend', owner({ extension: { days: 10 } }))).toMatchObject({ code: 'DISPOSAL_ALREADY_EXTENDED' });
    expect(said(refusalOf(disposalWorkflow, 'extend', owner({ extension: { days: 10 } })))).toBe('该处置已延期一次，不能再次延期');
    expect(refusalOf(disposalWorkflow, 'openCase', owner({ openCase: true }))).toMatchObject({ code: 'CASE_ALREADY_OPEN_FOR_DISPOSAL' });
    expect(said(refusalOf(disposalWorkflow, 'openCase', owner({ openCase: true })))).toBe('该核查处置已有未结案的稽查案件，不能重复立案');
    expect(refusalOf(disposalWorkflow, 'openCase', owner({}, 'voided'))).toMatchObject({ code: 'CASE_DISPOSAL_VOIDED', details: { state: { status: 'voided' } } });
    expect(refusalOf(disposalWorkflow, 'requestClosing', owner({ missingSteps: ['信息公开到位'] }))).toMatchObject({ code: 'VALIDATION_FAILED', details: { steps: '尚未完成：信息公开到位' } });
    expect(refusalOf(disposalWorkflow, 'requestClosing', owner({ openAssists: ['彭州某厂', '郫都某厂'] }))).toMatchObject({
      code: 'DISPOSAL_HAS_OPEN_ASSISTS',
      params: { count: 2, names: '彭州某厂、郫都某厂' },
      details: { assistRequests: '尚有协查未回复：彭州某厂、郫都某厂' },
    });
    expect(said(refusalOf(disposalWorkflow, 'requestClosing', owner({ openAssists: ['彭州某厂'] })))).toBe('尚有1项协查未回复（彭州某厂），请等待回复，或在“协查”中关闭并说明理由后再结案');
    expect(refusalOf(disposalWorkflow, 'approveClosing', owner({ openAssists: ['彭州某厂'] }, 'pending_approval'))?.code).toBe('DISPOSAL_HAS_OPEN_ASSISTS');
    expect(allowedActions(disposalWorkflow, owner({ missingSteps: ['信息公开到位'], openAssists: ['彭州某厂'], extension: { days: 10 } }))).toEqual(['recordStep', 'attach', 'requestClosing', 'setConclusionReceived', 'openCase']);
  });
});

describe('the 协查 workflow', () => {
  it('allows each action from its states to its side only', () => {
    checkMatrix(assistWorkflow, ['requested', 'replied', 'closed'], ['asked', 'requester'], {
      reply: { from: ['requested'], sides: ['asked'] },
      letterSent: { from: ['requested'], sides: ['requester'] },
      close: { from: ['requested'], sides: ['requester'] },
    }, { outsideProvince: true, disposalVoided: false });
  });

  it('sends a letter only outside Sichuan, and ends with a voided disposal', () => {
    const both = { state: 'requested', sides: ['asked', 'requester'] as const, roles: everyRole };
    expect(allowedActions(assistWorkflow, { ...both, facts: { outsideProvince: false, disposalVoided: false } })).toEqual(['reply', 'close']);
    expect(allowedActions(assistWorkflow, { ...both, facts: { outsideProvince: true, disposalVoided: true } })).toEqual([]);
  });

  it('says why a request no longer open is refused: replied, closed, or ended with its voided disposal', () => {
    const on = (state: string, disposalVoided = false) => ({ state, sides: ['asked', 'requester'] as const, roles: everyRole, facts: { outsideProvince: true, disposalVoided } });
    expect(refusalOf(assistWorkflow, 'reply', on('replied'))).toMatchObject({ code: 'ASSIST_REPLIED', details: { status: 'replied' } });
    expect(refusalOf(assistWorkflow, 'reply', on('closed'))?.code).toBe('ASSIST_CLOSED');
    expect(refusalOf(assistWorkflow, 'close', on('replied'))?.code).toBe('ASSIST_REPLIED_NO_CLOSING');
    expect(said(refusalOf(assistWorkflow, 'close', on('closed')))).toBe('该协查已关闭');
    expect(refusalOf(assistWorkflow, 'letterSent', on('replied'))?.code).toBe('ASSIST_REPLIED');
    for (const state of ['requested', 'replied', 'closed']) {
      expect(refusalOf(assistWorkflow, 'close', on(state, true))).toMatchObject({ code: 'ASSIST_DISPOSAL_VOIDED', details: { status: 'voided' } });
    }
    for (const state of ['requested', 'replied', 'closed']) {
      expect(refusalOf(assistWorkflow, 'letterSent', { ...on(state), facts: { outsideProvince: false, disposalVoided: false } })?.code).toBe('ASSIST_IN_PROVINCE_NO_LETTER');
    }
    expect(said(refusalOf(assistWorkflow, 'reply', { ...on('requested'), sides: ['requester'] }))).toBe('协查由被请求协查的单位回复');
    expect(refusalOf(assistWorkflow, 'close', { ...on('requested'), sides: ['asked'] })?.code).toBe('ASSIST_REQUESTER_ONLY');
  });
});

describe('the reconciliation workflow', () => {
  it('lets only the running unit check and finish, while open', () => {
    checkMatrix(reconciliationWorkflow, ['open', 'finished'], ['runner', 'reader'], {
      check: { from: ['open'], sides: ['runner'] },
      finish: { from: ['open'], sides: ['runner'] },
    }, {});
    expect(said(refusalOf(reconciliationWorkflow, 'finish', { state: 'open', sides: [], roles: everyRole, facts: {} }))).toBe('只有开展本次对账检查的单位可以修改');
    expect(refusalOf(reconciliationWorkflow, 'check', { state: 'finished', sides: ['runner'], roles: everyRole, facts: {} })).toMatchObject({ code: 'RECONCILIATION_FINISHED', details: { status: 'finished' } });
  });
});

describe('the dishonest list workflow', () => {
  it('lets the level above decide a proposal and the listing authority remove a listing', () => {
    checkMatrix(dishonestWorkflow, ['proposed', 'listed', 'refused', 'removed'], ['approver', 'listingAuthority', 'reader'], {
      approve: { from: ['proposed'], sides: ['approver'] },
      remove: { from: ['listed'], sides: ['listingAuthority'] },
    }, {});
    const as = (state: string, sides: ('approver' | 'listingAuthority')[]) => ({ state, sides, roles: everyRole, facts: {} });
    expect(refusalOf(dishonestWorkflow, 'approve', as('proposed', ['listingAuthority']))?.code).toBe('DISHONEST_LISTING_APPROVED_ABOVE');
    expect(refusalOf(dishonestWorkflow, 'approve', as('listed', ['approver']))?.code).toBe('DISHONEST_ENTRY_NOT_PENDING');
    expect(refusalOf(dishonestWorkflow, 'remove', as('removed', ['listingAuthority']))?.code).toBe('DISHONEST_ENTRY_REMOVED');
    expect(refusalOf(dishonestWorkflow, 'remove', as('proposed', ['listingAuthority']))?.code).toBe('DISHONEST_ENTRY_NOT_LISTED');
    expect(said(refusalOf(dishonestWorkflow, 'remove', as('listed', ['approver'])))).toBe('严重违法失信名单由列入机关移出');
  });
});

describe('the work-item workflow', () => {
  it('lets the assignee or the owner unit complete an open item of a kind completed by hand', () => {
    checkMatrix(workItemWorkflow, ['open', 'done', 'cancelled'], ['completer', 'reader'], { complete: { from: ['open'], sides: ['completer'] } }, { kind: 'risk_action' });
    // A 321 meeting item completes by recording the meeting (issue 11), not by hand.
    expect(allowedActions(workItemWorkflow, { state: 'open', sides: ['completer'], roles: everyRole, facts: { kind: 'risk_meeting' } })).toEqual([]);
    const item = (kind: string, sides: 'completer'[] = ['completer']) => ({ state: 'open', sides, roles: everyRole, facts: { kind } });
    expect(refusalOf(workItemWorkflow, 'complete', item('disposal_steps'))).toMatchObject({ code: 'WORK_ITEM_CLOSES_WITH_BUSINESS', details: { kind: 'disposal_steps' } });
    expect(allowedActions(workItemWorkflow, item('disposal_steps'))).toEqual([]);
    expect(allowedActions(workItemWorkflow, item('rectification'))).toEqual(['complete']);
    expect(said(refusalOf(workItemWorkflow, 'complete', item('rectification', [])))).toBe('该待办由承办单位办结，上级单位只能查看');
  });
});

describe('the sampling plan and suggestion workflows', () => {
  it('lets the organiser line edit and close an active plan, and only reopen a closed one', () => {
    checkMatrix(planWorkflow, ['active', 'closed'], ['organiser', 'reader'], {
      edit: { from: ['active'], sides: ['organiser'] },
      close: { from: ['active'], sides: ['organiser'] },
      reopen: { from: ['closed'], sides: ['organiser'] },
    }, {});
    expect(said(refusalOf(planWorkflow, 'edit', { state: 'closed', sides: ['organiser'], roles: everyRole, facts: {} }))).toBe('计划已关闭，请先重新启用');
    expect(refusalOf(planWorkflow, 'close', { state: 'active', sides: [], roles: everyRole, facts: {} })?.code).toBe('PLAN_ORGANISER_ONLY');
  });

  it('has a suggestion decided once, by a unit other than the proposing one', () => {
    checkMatrix(suggestionWorkflow, ['pending', 'accepted', 'declined'], ['decider', 'proposer'], {
      accept: { from: ['pending'], sides: ['decider'] },
      decline: { from: ['pending'], sides: ['decider'] },
    }, {});
    expect(said(refusalOf(suggestionWorkflow, 'decline', { state: 'pending', sides: [], roles: everyRole, facts: {} }))).toBe('不能处理本单位提出的抽检建议');
    expect(said(refusalOf(suggestionWorkflow, 'accept', { state: 'declined', sides: ['decider'], roles: everyRole, facts: {} }))).toBe('该建议已处理');
  });
});

describe('the 24-hour report workflow', () => {
  it('allows each action from its states to its side only', () => {
    checkMatrix(urgentWorkflow, ['open', 'handled', 'closed'], ['recipient', 'owner', 'supervisor'], {
      acknowledge: { from: ['open', 'handled'], sides: ['recipient'] },
      fileHandling: { from: ['open'], sides: ['owner'] },
      close: { from: ['handled'], sides: ['supervisor'] },
      return: { from: ['handled'], sides: ['supervisor'] },
    }, { acknowledgedAt: null });
  });

  it('acknowledges once per unit, and says who may act', () => {
    const at = new Date('2026-11-20T01:00:00Z');
    expect(refusalOf(urgentWorkflow, 'acknowledge', { state: 'open', sides: ['recipient'], roles: everyRole, facts: { acknowledgedAt: at } })).toMatchObject({ code: 'URGENT_ALREADY_ACKNOWLEDGED', details: { acknowledgedAt: at } });
    expect(refusalOf(urgentWorkflow, 'close', { state: 'handled', sides: ['owner'], roles: everyRole, facts: { acknowledgedAt: null } })).toMatchObject({ code: 'URGENT_SUPERVISOR_ONLY' });
    expect(said(refusalOf(urgentWorkflow, 'close', { state: 'handled', sides: ['owner'], roles: everyRole, facts: { acknowledgedAt: null } }))).toBe('只有抽检监测处可以办结或退回24小时限时报告');
    expect(allowedActions(urgentWorkflow, { state: 'handled', sides: ['recipient', 'supervisor'], roles: everyRole, facts: { acknowledgedAt: null } })).toEqual(['acknowledge', 'close', 'return']);
  });
});

describe('the objection and retest workflow', () => {
  const failed: ApplicationFacts = { kind: 'retest', sampleFailed: true, sampleConclusion: 'unqualified' };
  it('allows each action from its states to its side only', () => {
    checkMatrix(applicationWorkflow, ['pending', 'accepted', 'rejected', 'concluded'], ['reader'], {
      accept: { from: ['pending'], sides: ['reader'] },
      reject: { from: ['pending'], sides: ['reader'] },
      conclude: { from: ['accepted'], sides: ['reader'] },
    }, failed);
    checkMatrix(sampleApplicationWorkflow, ['unqualified', 'issue', 'qualified'], ['reader'], {
      applyObjection: { from: ['unqualified', 'issue'], sides: ['reader'] },
      applyRetest: { from: ['unqualified', 'issue'], sides: ['reader'] },
    }, {});
  });

  it('only rejects once the sample is no longer failed, and says why a state refuses', () => {
    const overturned = { ...failed, sampleFailed: false, sampleConclusion: 'qualified' };
    expect(allowedActions(applicationWorkflow, { state: 'pending', sides: ['reader'], roles: everyRole, facts: overturned })).toEqual(['reject']);
    expect(said(refusalOf(applicationWorkflow, 'conclude', { state: 'concluded', sides: ['reader'], roles: everyRole, facts: failed }))).toBe('复检结论为最终结论，已办结的复检不能再更改');
    expect(said(refusalOf(applicationWorkflow, 'conclude', { state: 'pending', sides: ['reader'], roles: everyRole, facts: failed }))).toBe('请先受理该申请，再登记结论');
  });
});

describe('the escalation workflow', () => {
  it('allows each action from its states to its side only', () => {
    checkMatrix(escalationWorkflow, ['open', 'reported', 'closed', 'withdrawn'], ['worker', 'supervisor'], {
      report: { from: ['open'], sides: ['worker'] },
      close: { from: ['reported'], sides: ['supervisor'] },
      return: { from: ['reported'], sides: ['supervisor'] },
      withdraw: { from: ['open', 'reported'], sides: ['supervisor'] },
      requestInspection: { from: ['open', 'reported'], sides: ['supervisor'] },
      interview: { from: ['open', 'reported'], sides: ['worker', 'supervisor'] },
      openCase: { from: ['open', 'reported', 'closed'], sides: ['worker', 'supervisor'] },
    }, {});
  });
});

describe('the case workflow', () => {
  const stages = ['filing', 'investigation', 'notice', 'hearing', 'decision', 'execution', 'closed'];
  const beforeDecision = ['filing', 'investigation', 'notice', 'hearing'];
  const open = stages.filter((s) => s !== 'closed');
  const calm: CaseFacts = {
    stage: 'investigation',
    hasNextStage: true,
    reviewStatus: null,
    proposedByUser: false,
    reviewedByLegalDivision: false,
    decided: false,
    transferredOn: null,
    receiptOn: null,
    openPause: false,
    ownerIsBureau: true,
  };

  it('allows each action from its stages to its side only (guards aside)', () => {
    const owner = ['owner'];
    // Facts are per test below; here every guard but the ones that exclude each other holds.
    checkMatrix({ ...caseWorkflow, recordReceipt: { ...caseWorkflow.recordReceipt, guards: [] }, endPause: { ...caseWorkflow.endPause, guards: [] }, decideLegalReview: { ...caseWorkflow.decideLegalReview, guards: [] } }, stages, ['owner', 'reviewer', 'enforcement'], {
      recordStage: { from: open, sides: owner },
      attach: { from: stages, sides: owner },
      requestLegalReview: { from: ['investigation', 'notice', 'hearing'], sides: owner },
      setReviewGrounds: { from: beforeDecision, sides: owner },
      transfer: { from: open, sides: owner },
      recordReceipt: { from: stages, sides: owner },
      extendDecision: { from: beforeDecision, sides: owner },
      pause: { from: beforeDecision, sides: owner },
      pauseRange: { from: beforeDecision, sides: owner },
      endPause: { from: beforeDecision, sides: owner },
      decideLegalReview: { from: open, sides: ['reviewer'] },
      takeOver: { from: beforeDecision, sides: ['enforcement'] },
    }, calm);
  });

  const as = (sides: ('owner' | 'reviewer' | 'enforcement')[], facts: Partial<CaseFacts>, state = 'investigation') => ({ state, sides, roles: everyRole, facts: { ...calm, ...facts } });

  it('offers the owner its buttons, pause or endPause, never the hidden closed range', () => {
    expect(allowedActions(caseWorkflow, as(['owner'], {}))).toEqual(['recordStage', 'attach', 'requestLegalReview', 'setReviewGrounds', 'transfer', 'extendDecision', 'pause']);
    expect(allowedActions(caseWorkflow, as(['owner'], { openPause: true, transferredOn: '2026-11-01' }))).toEqual(['recordStage', 'attach', 'requestLegalReview', 'setReviewGrounds', 'recordReceipt', 'extendDecision', 'endPause']);
    expect(refusalOf(caseWorkflow, 'pauseRange', as(['owner'], { openPause: true }))).toBeNull();
    expect(said(refusalOf(caseWorkflow, 'endPause', as(['owner'], {})))).toBe('没有正在进行的不计入期限的事项');
    expect(said(refusalOf(caseWorkflow, 'pause', as(['owner'], { openPause: true })))).toBe('已有正在进行的不计入期限的事项，请先登记其结束日期');
    expect(said(refusalOf(caseWorkflow, 'extendDecision', as(['owner'], { decided: true }, 'hearing')))).toBe('处罚决定作出后，办案期限不再计算');
    expect(said(refusalOf(caseWorkflow, 'recordReceipt', as(['owner'], { transferredOn: '2026-11-01', receiptOn: '2026-11-05' }, 'closed')))).toBe('移送回执已登记');
    expect(said(refusalOf(caseWorkflow, 'transfer', as(['owner'], { transferredOn: '2026-11-01' })))).toBe('本案已移送司法机关');
  });

  it('has a pending review decided by the reviewing unit, not by the proposer', () => {
    expect(allowedActions(caseWorkflow, as(['reviewer'], { reviewStatus: 'pending' }, 'hearing'))).toEqual(['decideLegalReview']);
    expect(refusalOf(caseWorkflow, 'decideLegalReview', as(['reviewer'], { reviewStatus: 'pending', proposedByUser: true }, 'hearing'))).toMatchObject({ code: 'LEGAL_REVIEW_OWN_PROPOSAL' });
    expect(said(refusalOf(caseWorkflow, 'decideLegalReview', as(['reviewer'], { reviewStatus: 'pending', proposedByUser: true }, 'hearing')))).toBe('提交法制审核的人员不能审核本人提交的处罚建议');
    expect(said(refusalOf(caseWorkflow, 'decideLegalReview', as(['owner'], { reviewStatus: 'pending', reviewedByLegalDivision: true }, 'hearing')))).toBe('本案的法制审核由省局法规处办理');
    expect(said(refusalOf(caseWorkflow, 'decideLegalReview', as(['reviewer'], { reviewStatus: 'approved' }, 'hearing')))).toBe('本案没有待审核的处罚建议');
    expect(said(refusalOf(caseWorkflow, 'requestLegalReview', as(['owner'], { reviewStatus: 'pending' })))).toBe('法制审核正在进行，不能重复提交');
  });

  it('lets 稽查局 take over a bureau\'s case before the decision, not during a review', () => {
    expect(allowedActions(caseWorkflow, as(['enforcement'], {}))).toEqual(['takeOver']);
    expect(refusalOf(caseWorkflow, 'takeOver', as(['enforcement'], { ownerIsBureau: false }))).toMatchObject({ code: 'CASE_HANDLED_BY_PROVINCE' });
    expect(said(refusalOf(caseWorkflow, 'takeOver', as(['enforcement'], { ownerIsBureau: false })))).toBe('本案已由省局办理');
    expect(said(refusalOf(caseWorkflow, 'takeOver', as(['enforcement'], { reviewStatus: 'pending' })))).toBe('法制审核正在进行，请待审核结束后再接管');
    expect(said(refusalOf(caseWorkflow, 'takeOver', as(['enforcement'], {}, 'decision')))).toBe('处罚决定作出后不能再接管案件');
  });
});
