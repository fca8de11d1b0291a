import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { expandDays } from './calendar-days';

describe('expandDays', () => {
  it('turns each period into its dates, across a month end', () => {
    expect(expandDays([{ range: [dayjs('2027-01-31'), dayjs('2027-02-02')], name: ' 春节 ' }, { range: [dayjs('2027-04-05'), dayjs('2027-04-05')], name: '清明节' }])).toEqual([
      { date: '2027-01-31', name: '春节' },
      { date: '2027-02-01', name: '春节' },
      { date: '2027-02-02', name: '春节' },
      { date: '2027-04-05', name: '清明节' },
    ]);
  });

  it('skips rows left incomplete', () => {
    expect(expandDays([{ name: '国庆节' }, { range: [dayjs('2027-10-01'), dayjs('2027-10-01')] }, undefined as never])).toEqual([]);
  });
});
