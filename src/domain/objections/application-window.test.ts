import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../deadlines/calendar.js';
import { chineseDaysCalendarData } from '../deadlines/chinese-days-data.js';
import { checkApplicationWindow } from './application-window.js';

const calendar = buildCalendar(chineseDaysCalendarData());
const retest = (windowStartOn: string, appliedOn: string) => checkApplicationWindow({ kind: 'retest', windowStartOn, appliedOn, calendar });

describe('the 7-working-day application window', () => {
  it('accepts the 7th working day after receipt and refuses the 8th (the receipt day is not counted)', () => {
    // Received Monday 2026-11-09: 10, 11, 12, 13, 16, 17, 18 → the 18th is the last day.
    expect(retest('2026-11-09', '2026-11-18')).toEqual({ verdict: 'inTime', lastDay: '2026-11-18', provisional: false });
    expect(retest('2026-11-09', '2026-11-19')).toMatchObject({ verdict: 'late', lastDay: '2026-11-18' });
  });

  it('accepts an application on the day of receipt', () => {
    expect(retest('2026-11-09', '2026-11-09').verdict).toBe('inTime');
  });

  it('skips the National Day holiday and counts the make-up working Saturday', () => {
    // Received Tue 2026-09-29: 09-30, 10-08, 10-09, 10-10 (调休 Saturday), 10-12, 10-13, 10-14.
    expect(retest('2026-09-29', '2026-10-14')).toEqual({ verdict: 'inTime', lastDay: '2026-10-14', provisional: false });
    expect(retest('2026-09-29', '2026-10-15').verdict).toBe('late');
  });

  it('says why, in Chinese, with the last day and the date applied', () => {
    const late = retest('2026-11-09', '2026-11-19');
    expect(late.verdict === 'late' && late.reason).toBe('复检申请逾期提出：应当自收到检验结论之日（2026-11-09）起7个工作日内提出，最后一日为2026-11-18，实际提出日期为2026-11-19');
  });

  it('counts a sampling-process objection from the end of sampling, and says so', () => {
    const late = checkApplicationWindow({ kind: 'objection', ground: 'sampling_process', windowStartOn: '2026-11-02', appliedOn: '2026-11-12', calendar });
    expect(late).toMatchObject({ verdict: 'late', lastDay: '2026-11-11' });
    expect(late.verdict === 'late' && late.reason).toContain('对抽样过程有异议的，应当自抽样结束之日（2026-11-02）起7个工作日内提出');
    const other = checkApplicationWindow({ kind: 'objection', ground: 'sample_identity', windowStartOn: '2026-11-02', appliedOn: '2026-11-12', calendar });
    expect(other.verdict === 'late' && other.reason).toMatch(/^异议逾期提出：应当自收到检验结论之日/);
  });

  it('uses the period of the rule table when the caller passes it', () => {
    const rule = { id: 'retest.apply', amount: 10, unit: 'workingDay' as const };
    expect(checkApplicationWindow({ kind: 'retest', windowStartOn: '2026-11-09', appliedOn: '2026-11-19', calendar, rule }).verdict).toBe('inTime');
  });

  it('admits a retest filed on 2027-01-07 after receipt on 2026-12-28: New Year\'s Day is a holiday every year', () => {
    // 12-29, 12-30, 12-31, (01-01 元旦), 01-04, 01-05, 01-06, 01-07: the 7th working day.
    expect(retest('2026-12-28', '2027-01-07')).toEqual({ verdict: 'inTime', lastDay: '2027-01-07', provisional: true });
  });

  it('never refuses by itself on a provisional calendar: late by it, a person decides, with the reason', () => {
    const result = retest('2026-12-28', '2027-01-08');
    expect(result.verdict).toBe('undecided');
    expect(result).toMatchObject({ lastDay: '2027-01-07' });
    expect(result.verdict === 'undecided' && result.reason).toBe(
      '复检申请可能逾期，需人工判断：应当自收到检验结论之日（2026-12-28）起7个工作日内提出；2027年的节假日调休安排尚未确认，按法定节假日暂算最后一日为2027-01-07，实际提出日期为2027-01-08。系统不自动不予受理，请核实当年放假安排后决定是否受理',
    );
  });

  it('still refuses at once when the official calendar of every year in the window is known', () => {
    const data = chineseDaysCalendarData();
    const confirmed = buildCalendar({ ...data, holidays: [...data.holidays, '2027-01-01'], confirmedYears: [...data.confirmedYears, 2027] });
    expect(checkApplicationWindow({ kind: 'retest', windowStartOn: '2026-12-28', appliedOn: '2027-01-08', calendar: confirmed }).verdict).toBe('late');
  });
});
