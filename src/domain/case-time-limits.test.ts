import { describe, expect, it } from 'vitest';
import { buildCalendar } from './deadlines/calendar.js';
import { chineseDaysCalendarData } from './deadlines/chinese-days-data.js';
import { decisionExtensionDays, decisionExtensionRefusal, limitDeadline, mergePauses, pausesOf, type CaseTimeLimits } from './case-time-limits.js';

const calendar = buildCalendar(chineseDaysCalendarData());
const decide = { amount: 90, unit: 'calendarDay' as const };
const file = { amount: 15, unit: 'workingDay' as const };
const today = '2026-12-01';

describe('the decision period (行政处罚法 art. 60; 程序规定 art. 64)', () => {
  it('runs 90 days from 立案, the last day moved off a rest day', () => {
    // 2026-03-02 + 90 days = 2026-05-31, a Sunday → Monday 1 June.
    expect(limitDeadline(decide, '2026-03-02', 0, [], calendar, today)).toMatchObject({ dueDate: '2026-06-01', suspended: false, excluded: 0 });
  });

  it('adds the head’s 30 days and a collective decision’s days', () => {
    const limits: CaseTimeLimits = { decisionExtensions: [{ kind: 'head', days: 30, approvedOn: '2026-05-20', approver: '王局长', reason: '案情复杂' }, { kind: 'collective', days: 20, approvedOn: '2026-06-25', approver: '局务会', reason: '需补充鉴定' }] };
    expect(decisionExtensionDays(limits)).toBe(50);
    // 2026-03-02 + 140 days = 2026-07-20 (Monday).
    expect(limitDeadline(decide, '2026-03-02', decisionExtensionDays(limits), [], calendar, today).dueDate).toBe('2026-07-20');
  });

  it('does not count testing, a hearing or a notice: each pushes the last day on by its length, overlaps counted once', () => {
    const pauses = [
      { from: '2026-03-10', to: '2026-03-19' }, // 10 days of testing
      { from: '2026-03-15', to: '2026-03-24' }, // overlaps it: 5 more days
    ];
    expect(mergePauses(pauses, '2026-03-02', today)).toEqual([{ from: '2026-03-10', to: '2026-03-24', open: false }]);
    // 90 + 15 days from 2026-03-02 = 2026-06-15 (Monday).
    expect(limitDeadline(decide, '2026-03-02', 0, pauses, calendar, today)).toMatchObject({ dueDate: '2026-06-15', excluded: 15 });
  });

  it('ignores a pause that begins after the period has run out, but counts one that an earlier pause brought inside', () => {
    expect(limitDeadline(decide, '2026-03-02', 0, [{ from: '2026-06-10', to: '2026-06-20' }], calendar, today).dueDate).toBe('2026-06-01');
    const chained = [{ from: '2026-05-01', to: '2026-05-14' }, { from: '2026-06-10', to: '2026-06-11' }];
    // 14 days push the end to 14 June (a Sunday → 15 June), which brings the 10–11 June pause in: 16 excluded days → 16 June.
    expect(limitDeadline(decide, '2026-03-02', 0, chained, calendar, today)).toMatchObject({ dueDate: '2026-06-16', excluded: 16 });
  });

  it('stops the clock while a pause is open', () => {
    expect(limitDeadline(decide, '2026-03-02', 0, [{ from: '2026-05-01', to: null }], calendar, '2026-05-10')).toMatchObject({ suspended: true });
  });

  it('turns a recorded hearing into a pause from the request to the hearing', () => {
    expect(pausesOf({}, 'decision', { requestedOn: '2026-04-01', heldOn: '2026-04-08' })).toEqual([expect.objectContaining({ kind: 'hearing', from: '2026-04-01', to: '2026-04-08', derived: true })]);
    expect(pausesOf({}, 'filing', { requestedOn: '2026-04-01', heldOn: '2026-04-08' })).toEqual([]);
  });
});

describe('the 立案 period (程序规定 art. 18)', () => {
  it('runs 15 working days from the lead, 15 more with the head’s approval, testing time not counted (working days)', () => {
    // From Monday 2026-03-02 (not counted): 15 working days end Monday 23 March; 30 end Tuesday 14 April (清明 4–6 April is a holiday).
    expect(limitDeadline(file, '2026-03-02', 0, [], calendar, today).dueDate).toBe('2026-03-23');
    expect(limitDeadline(file, '2026-03-02', 15, [], calendar, today).dueDate).toBe('2026-04-14');
    // A week of testing (5 working days) before 立案 pushes it to Monday 30 March.
    expect(limitDeadline(file, '2026-03-02', 0, [{ from: '2026-03-09', to: '2026-03-15' }], calendar, today)).toMatchObject({ dueDate: '2026-03-30', excluded: 5 });
  });
});

describe('extending the decision period', () => {
  const ctx = { filedOn: '2026-03-02', dueDate: '2026-06-01', today: '2026-05-20' };
  const head = { kind: 'head' as const, days: 30, approvedOn: '2026-05-20', approver: '王局长', reason: '案情复杂' };

  it('lets the head extend once, then only the collective decision', () => {
    expect(decisionExtensionRefusal({}, 'head', '2026-05-20', ctx)).toBeNull();
    expect(decisionExtensionRefusal({}, 'collective', '2026-05-20', ctx)?.field).toBe('kind');
    expect(decisionExtensionRefusal({ decisionExtensions: [head] }, 'head', '2026-05-20', ctx)?.message).toContain('只能一次');
    expect(decisionExtensionRefusal({ decisionExtensions: [head] }, 'collective', '2026-05-20', ctx)).toBeNull();
  });

  it('needs the approval before the period ran out, after 立案 and not in the future', () => {
    expect(decisionExtensionRefusal({}, 'head', '2026-06-02', { ...ctx, today: '2026-06-05' })?.message).toContain('届满');
    expect(decisionExtensionRefusal({}, 'head', '2026-03-01', ctx)?.field).toBe('approvedOn');
    expect(decisionExtensionRefusal({}, 'head', '2026-05-21', ctx)?.message).toBe('批准日期不能晚于今天');
  });
});
