import { describe, expect, it } from 'vitest';
import { urgentClock, urgentRecipients } from './urgent-rules.js';

describe('the clock', () => {
  const due = new Date('2026-10-01T12:00:00Z');
  it('is overdue while not closed past due, and stops when closed', () => {
    expect(urgentClock({ status: 'handled', dueAt: due }, new Date('2026-10-01T13:00:00Z'))).toEqual({ overdue: true, remainingMs: -3600_000 });
    expect(urgentClock({ status: 'open', dueAt: due }, new Date('2026-10-01T11:00:00Z'))).toEqual({ overdue: false, remainingMs: 3600_000 });
    expect(urgentClock({ status: 'closed', dueAt: due }, new Date('2026-10-02T00:00:00Z'))).toEqual({ overdue: false, remainingMs: null });
  });
});

describe('urgentRecipients (seed arts. 7–11)', () => {
  const units = { sampling: 'S', division: 'D', bureau: 'B', production: 'P', producerBureau: 'PB' };
  const roles = (link: string, over: Partial<typeof units> = {}) => urgentRecipients({ ...units, ...over, link } as Parameters<typeof urgentRecipients>[0]).map((r) => `${r.role}:${r.unitId}`);

  it('adds 生产处 and the producer\'s bureau when a Sichuan producer\'s food fails outside production (art. 7(4))', () => {
    for (const link of ['distribution', 'catering', 'online']) {
      expect(roles(link)).toEqual(['sampling:S', 'division:D', 'bureau:B', 'producerDivision:P', 'producerBureau:PB']);
    }
  });

  it('keeps the three usual recipients at production or without a Sichuan producer', () => {
    expect(roles('production', { division: 'P' })).toEqual(['sampling:S', 'division:P', 'bureau:B']);
    expect(roles('distribution', { producerBureau: null as unknown as string })).toEqual(['sampling:S', 'division:D', 'bureau:B']);
  });

  it('lists each unit once, in its first role', () => {
    expect(roles('distribution', { producerBureau: 'B' })).toEqual(['sampling:S', 'division:D', 'bureau:B', 'producerDivision:P']);
    expect(roles('catering', { division: null as unknown as string })).toEqual(['sampling:S', 'bureau:B', 'producerDivision:P', 'producerBureau:PB']);
  });
});
