import { describe, expect, it } from 'vitest';
import { capabilitiesOf } from './capabilities.js';

describe('page capabilities follow the permission matrix', () => {
  it('offers a county officer the sampling and plan buttons but no administration', () => {
    const caps = capabilitiesOf(['bureau_officer']);
    expect(caps).toEqual(expect.arrayContaining(['samples.create', 'samples.export', 'plans.create', 'suggestions.create', 'enterprises.credit']));
    expect(caps).not.toContain('users.manage');
    expect(caps).not.toContain('urgent.raise');
    expect(caps).not.toContain('reconciliations.create');
    expect(caps).not.toContain('codes.show');
  });

  it('offers an administrator the maintenance buttons and the codes, but no business writes', () => {
    const caps = capabilitiesOf(['admin']);
    expect(caps).toEqual(expect.arrayContaining(['users.manage', 'catalogue.manage', 'deadlines.manage', 'rules.manage', 'codes.show']));
    expect(caps).not.toContain('samples.create');
    expect(caps).not.toContain('audit.verify');
  });

  it('offers an auditor the chain check and the codes (either permission of codes.show is enough)', () => {
    expect(capabilitiesOf(['auditor'])).toEqual(['audit.verify', 'codes.show']);
  });

  it('offers a laboratory the 24-hour report but not the plan', () => {
    const caps = capabilitiesOf(['lab_user']);
    expect(caps).toContain('urgent.raise');
    expect(caps).toContain('samples.create');
    expect(caps).not.toContain('plans.create');
    expect(caps).not.toContain('samples.export');
  });

  it('offers nothing to an unknown role', () => {
    expect(capabilitiesOf(['nobody'])).toEqual([]);
  });
});
