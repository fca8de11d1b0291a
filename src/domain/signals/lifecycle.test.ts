import { describe, expect, it } from 'vitest';
import { allowedSignalActions, nextStatus } from './lifecycle.js';

describe('signal lifecycle table', () => {
  it.each([
    ['new', 'startReview', 'reviewing'],
    ['new', 'followUp', 'reviewing'],
    ['reviewing', 'followUp', 'reviewing'],
    ['new', 'accept', 'accepted'],
    ['reviewing', 'dismiss', 'dismissed'],
    ['accepted', 'followUp', 'accepted'],
    ['accepted', 'dismiss', null],
    ['dismissed', 'accept', null],
    ['dismissed', 'followUp', null],
  ] as const)('%s --%s--> %s', (from, action, to) => expect(nextStatus(from, action)).toBe(to));

  it('offers nothing on a dismissed signal', () => expect(allowedSignalActions('dismissed')).toEqual([]));
});
