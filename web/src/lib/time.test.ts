import { describe, expect, it } from 'vitest';
import { isAfterToday, shanghaiToday, todayForPicker } from './time';
import dayjs from 'dayjs';

describe('today in Asia/Shanghai', () => {
  // 2026-12-06 07:30 in Chengdu is still 2026-12-05 in UTC (and in a browser set to Europe).
  const morning = new Date('2026-12-05T23:30:00Z');

  it('is the Shanghai date, not the UTC or browser date', () => {
    expect(shanghaiToday(morning)).toBe('2026-12-06');
    expect(todayForPicker(morning).format('YYYY-MM-DD')).toBe('2026-12-06');
  });

  it('allows today and refuses tomorrow in a date picker', () => {
    expect(isAfterToday(dayjs('2026-12-06'), morning)).toBe(false);
    expect(isAfterToday(dayjs('2026-12-07'), morning)).toBe(true);
  });
});
