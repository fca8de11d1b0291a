import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAfterToday, shanghaiToday, shanghaiYear, todayForPicker } from './time';
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

describe('this year in Asia/Shanghai', () => {
  it('is already the new year in Chengdu while UTC and Europe are still in the old one', () => {
    expect(shanghaiYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(shanghaiYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
  });
});

describe('the pages', () => {
  // A default year, month or date taken from the browser's clock is the browser's zone's, not the
  // official's (issue 9 D): every page goes through this module instead.
  it('take no default date or year from the browser\'s clock', () => {
    const root = 'web/src';
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && f !== join('lib', 'time.ts'));
    const browserClock = /\bdayjs\(\s*\)|new Date\(\)\.get(?:FullYear|Month|Date|Day)\(\)/;
    const found = files.filter((f) => browserClock.test(readFileSync(join(root, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
