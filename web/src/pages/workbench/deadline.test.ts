// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../lib/time';
import { describeDeadline } from './deadline';

const now = new Date('2026-03-10T02:00:00Z'); // 10:00 in Shanghai

describe('describeDeadline', () => {
  it('shows days and hours left for a distant deadline', () => {
    expect(describeDeadline('2026-03-12T05:30:00Z', false, now)).toEqual({ urgency: 'normal', text: '剩余2天3小时' });
  });

  it('marks a deadline within 24 hours as due soon and shows hours only', () => {
    expect(describeDeadline('2026-03-10T12:00:00Z', false, now)).toEqual({ urgency: 'dueSoon', text: '剩余10小时' });
  });

  it('says under an hour when less than an hour is left', () => {
    expect(describeDeadline('2026-03-10T02:20:00Z', false, now).text).toBe('剩余不足1小时');
  });

  it('counts whole days overdue', () => {
    expect(describeDeadline('2026-03-07T01:00:00Z', true, now)).toEqual({ urgency: 'overdue', text: '逾期3天' });
  });

  it('counts hours when overdue by less than a day', () => {
    expect(describeDeadline('2026-03-09T20:00:00Z', true, now).text).toBe('逾期6小时');
  });

  it("trusts the server's overdue flag even when the local clock disagrees", () => {
    expect(describeDeadline('2026-03-10T02:30:00Z', true, now)).toEqual({ urgency: 'overdue', text: '逾期不足1小时' });
  });

  it('has nothing to say without a deadline', () => {
    expect(describeDeadline(null, false, now)).toEqual({ urgency: 'none', text: '' });
  });
});

describe('formatDateTime', () => {
  it('formats in Asia/Shanghai whatever the browser zone', () => {
    expect(formatDateTime('2026-03-09T16:30:00Z')).toBe('2026-03-10 00:30');
  });

  it('leaves empty values empty', () => {
    expect(formatDateTime(null)).toBe('');
  });
});
