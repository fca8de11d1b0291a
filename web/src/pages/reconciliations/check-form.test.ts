import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../ledger/ledger-api';
import { checkProblem, choicesOf, differences, toItems, type Choices } from './check-form';

const done = { status: 'done' as const, doneOn: '2026-01-02' };
const pending = { status: 'pending' as const, doneOn: null };
const disposal = { riskControl: done, causeInvestigation: done, rectification: pending, penalty: pending, disclosure: done } as unknown as LedgerRow;
const all = (c: 'yes' | 'no' | ''): Choices => ({ riskControl: c, causeInvestigation: c, rectification: c, penalty: c, disclosure: c });

describe('a reconciliation check', () => {
  it('starts from what was saved, unjudged items blank', () => {
    expect(choicesOf({ riskControl: true, causeInvestigation: false, rectification: null, penalty: null, disclosure: null })).toEqual({
      riskControl: 'yes', causeInvestigation: 'no', rectification: '', penalty: '', disclosure: '',
    });
  });

  it('flags the items where the checker and the platform disagree', () => {
    expect(differences({ ...all(''), riskControl: 'no', rectification: 'no', disclosure: 'yes' }, disposal)).toEqual(['riskControl']);
    expect(differences(all('yes'), disposal)).toEqual(['rectification', 'penalty']);
  });

  it('needs every item judged, and findings when any is not in place', () => {
    expect(checkProblem({ ...all('yes'), penalty: '' }, '')).toBe('incomplete');
    expect(checkProblem({ ...all('yes'), penalty: 'no' }, '  ')).toBe('findings');
    expect(checkProblem({ ...all('yes'), penalty: 'no' }, '未见立案材料')).toBeNull();
    expect(checkProblem(all('yes'), '')).toBeNull();
  });

  it('sends true or false per item', () => {
    expect(toItems({ ...all('yes'), penalty: 'no' })).toEqual({ riskControl: true, causeInvestigation: true, rectification: true, penalty: false, disclosure: true });
  });
});
