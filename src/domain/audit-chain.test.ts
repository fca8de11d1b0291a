import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, findChainBreak, GENESIS_HASH, type AuditRecord } from './audit-chain.js';

function record(seq: number, after: unknown): AuditRecord {
  return {
    seq,
    at: new Date(Date.UTC(2026, 10, 29, 0, 0, seq)),
    actorUserId: null,
    actorUsername: 'admin',
    actorUnitId: null,
    action: 'user.create',
    entityType: 'user',
    entityId: String(seq),
    before: null,
    after,
    ip: '127.0.0.1',
  };
}

function chain(records: AuditRecord[]) {
  let prev = GENESIS_HASH;
  return records.map((r) => {
    const hash = chainHash(prev, r);
    const row = { ...r, prevHash: prev, hash };
    prev = hash;
    return row;
  });
}

describe('audit chain', () => {
  it('canonical JSON ignores key order, as jsonb does', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });

  it('uses SM3 (known vector for "abc" holds through createHash)', async () => {
    const { createHash } = await import('node:crypto');
    expect(createHash('sm3').update('abc').digest('hex')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
  });

  it('verifies an intact chain', () => {
    expect(findChainBreak(chain([record(1, { a: 1 }), record(2, { a: 2 }), record(3, null)]))).toBeNull();
  });

  it('reports the first row whose content was changed', () => {
    const rows = chain([record(1, { a: 1 }), record(2, { a: 2 }), record(3, { a: 3 })]);
    rows[1] = { ...rows[1], after: { a: 999 } };
    expect(findChainBreak(rows)).toEqual({ seq: 2, reason: 'hash_mismatch' });
  });

  it('reports a removed row at its successor', () => {
    const rows = chain([record(1, { a: 1 }), record(2, { a: 2 }), record(3, { a: 3 })]);
    rows.splice(1, 1);
    expect(findChainBreak(rows)).toEqual({ seq: 3, reason: 'prev_hash_mismatch' });
  });

  it('detects a rewritten row even when its own hash was recomputed', () => {
    const rows = chain([record(1, { a: 1 }), record(2, { a: 2 }), record(3, { a: 3 })]);
    const forged = { ...rows[1], after: { a: 0 } };
    forged.hash = chainHash(forged.prevHash, forged);
    rows[1] = forged;
    expect(findChainBreak(rows)).toEqual({ seq: 3, reason: 'prev_hash_mismatch' });
  });
});
