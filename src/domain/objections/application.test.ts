import { describe, expect, it } from 'vitest';
import { allowsApplication, applicationStatusNames, applicationTransitions, type ApplicationAction, type ApplicationStatus } from './application.js';

const statuses = Object.keys(applicationStatusNames) as ApplicationStatus[];

describe('the application state machine', () => {
  it.each([
    ['accept', ['pending']],
    ['reject', ['pending']],
    ['conclude', ['accepted']],
  ] as [ApplicationAction, ApplicationStatus[]][])('%s is allowed only from %j', (action, from) => {
    expect(statuses.filter((s) => allowsApplication(action, s))).toEqual(from);
  });

  it('has no way out of rejected or concluded: a conclusion is final', () => {
    for (const action of Object.keys(applicationTransitions) as ApplicationAction[]) {
      expect(allowsApplication(action, 'rejected')).toBe(false);
      expect(allowsApplication(action, 'concluded')).toBe(false);
    }
  });
});
