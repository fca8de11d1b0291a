import { describe, expect, it, vi } from 'vitest';
import type { Tx } from '../../db/client.js';
import { systemActor } from '../access/actor.js';
import { afterResultsChanged, registerResultsChangedHandlers } from './results-changed.js';

// The registry is per module instance, and vitest isolates test files: nothing registered here yet.
const tx = {} as Tx;

describe('afterResultsChanged', () => {
  it('fails loudly when no entry point registered the handlers, instead of skipping disposals', async () => {
    await expect(afterResultsChanged(tx, systemActor, ['s1'], 'why')).rejects.toThrow(/registerResultsChangedHandlers/);
  });

  it('runs the registered disposal and escalation handlers with the samples, the reason and the time', async () => {
    const disposals = vi.fn(async () => ({ opened: 2, voided: 1 }));
    const escalations = vi.fn(async () => ({ created: 3, updated: 4 }));
    const stats = vi.fn(async () => undefined);
    registerResultsChangedHandlers({ disposals, escalations, stats });
    const now = new Date('2026-12-01T00:00:00Z');
    const outcome = await afterResultsChanged(tx, systemActor, ['s1', 's2'], '不再为不合格', now);
    expect(disposals).toHaveBeenCalledWith(tx, systemActor, ['s1', 's2'], '不再为不合格', now);
    expect(escalations).toHaveBeenCalledWith(tx, systemActor, ['s1', 's2'], now);
    expect(stats).toHaveBeenCalledWith(tx, ['s1', 's2']);
    expect(outcome).toEqual({ opened: 2, voided: 1, escalationsCreated: 3, escalationsUpdated: 4 });
  });
});
