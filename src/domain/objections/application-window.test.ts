import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../deadlines/calendar.js';
import { chineseDaysCalendarData } from '../deadlines/chinese-days-data.js';
import { checkApplicationWindow } from './application-window.js';

const calendar = buildCalendar(chineseDaysCalendarData());
const retest = (windowStartOn: string, appliedOn: string) => checkApplicationWindow({ kind: 'retest', windowStartOn, appliedOn, calendar });

describe('the 7-working-day application window', () => {
  it('accepts the 7th working day after receipt and refuses the 8th (the receipt day is not counted)', () => {
    // Received Monday 2026-11-09: 10, 11, 12, 13, 16, 17, 18 → the 18th is the last day.
    expect(retest('2026-11-09', '2026-11-18')).toEqual({ ok: true, lastDay: '2026-11-18' });
    const late = retest('2026-11-09', '2026-11-19');
    expect(late.ok).toBe(false);
    expect(late).toMatchObject({ lastDay: '2026-11-18' });
  });

  it('accepts an application on the day of receipt', () => {
    expect(retest('2026-11-09', '2026-11-09').ok).toBe(true);
  });

  it('skips the National Day holiday and counts the make-up working Saturday', () => {
    // Received Tue 2026-09-29: 09-30, 10-08, 10-09, 10-10 (调休 Saturday), 10-12, 10-13, 10-14.
    expect(retest('2026-09-29', '2026-10-14')).toEqual({ ok: true, lastDay: '2026-10-14' });
    expect(retest('2026-09-29', '2026-10-15').ok).toBe(false);
  });

  it('says why, in Chinese, with the last day and the date applied', () => {
    const late = retest('2026-11-09', '2026-11-19');
    expect(late.ok || late.reason).toBe('复检申请逾期提出：应当自收到检验结论之日（2026-11-09）起7个工作日内提出，最后一日为2026-11-18，实际提出日期为2026-11-19');
  });

  it('counts a sampling-process objection from the end of sampling, and says so', () => {
    const late = checkApplicationWindow({ kind: 'objection', ground: 'sampling_process', windowStartOn: '2026-11-02', appliedOn: '2026-11-12', calendar });
    expect(late).toMatchObject({ ok: false, lastDay: '2026-11-11' });
    expect(late.ok || late.reason).toContain('对抽样过程有异议的，应当自抽样结束之日（2026-11-02）起7个工作日内提出');
    const other = checkApplicationWindow({ kind: 'objection', ground: 'sample_identity', windowStartOn: '2026-11-02', appliedOn: '2026-11-12', calendar });
    expect(other.ok || other.reason).toMatch(/^异议逾期提出：应当自收到检验结论之日/);
  });

  it('uses the period of the rule table when the caller passes it', () => {
    const rule = { id: 'retest.apply', amount: 10, unit: 'workingDay' as const };
    expect(checkApplicationWindow({ kind: 'retest', windowStartOn: '2026-11-09', appliedOn: '2026-11-19', calendar, rule }).ok).toBe(true);
  });
});
