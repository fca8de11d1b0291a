import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { GONE_AFTER_MS, JobHeartbeat, ownerGone, THIS_WORKER } from './job-owner.js';

const now = new Date('2026-06-01T08:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const stale = ago(3 * 60_000);
const here = (pid: number) => `${hostname()}:${pid}`;

describe('whether a stale job has lost its owner', () => {
  it('answers for this process from what it holds', () => {
    const heartbeat = new JobHeartbeat({} as Db, 3_600_000);
    heartbeat.hold('held-job');
    try {
      expect(ownerGone({ id: 'held-job', worker: THIS_WORKER, lastBeat: stale }, now)).toBe(false);
      expect(ownerGone({ id: 'other-job', worker: THIS_WORKER, lastBeat: stale }, now)).toBe(true);
    } finally {
      heartbeat.release('held-job');
    }
    expect(ownerGone({ id: 'held-job', worker: THIS_WORKER, lastBeat: stale }, now)).toBe(true);
  });

  it('probes another process on this host by its pid, until the silence is too long for any live owner', () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    expect(ownerGone({ id: 'j', worker: here(dead), lastBeat: stale }, now)).toBe(true);
    expect(ownerGone({ id: 'j', worker: here(process.ppid), lastBeat: stale }, now)).toBe(false);
    expect(ownerGone({ id: 'j', worker: here(process.ppid), lastBeat: ago(GONE_AFTER_MS + 1) }, now)).toBe(true);
  });

  it('takes an owner on another host, or none recorded, as gone (the stale heartbeat is all there is)', () => {
    expect(ownerGone({ id: 'j', worker: 'another-host:1', lastBeat: stale }, now)).toBe(true);
    expect(ownerGone({ id: 'j', worker: null, lastBeat: stale }, now)).toBe(true);
    expect(ownerGone({ id: 'j', worker: 'garbage', lastBeat: stale }, now)).toBe(true);
  });
});
