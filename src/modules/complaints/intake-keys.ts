import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { intakeKeys } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

const hashOf = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/**
 * A key for an outside system (the 12345 hotline): 32 random bytes, shown once; only its SHA-256
 * is stored (a key is high-entropy, so a plain hash is enough — no password stretching needed).
 * The key may only post complaints and read their status (/open311/v2): it is no session.
 */
export async function createIntakeKey(db: Db, user: SessionUser, name: string, ip: string | null) {
  const key = `jjld_${randomBytes(32).toString('base64url')}`;
  const id = randomUUID();
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(intakeKeys).values({ id, name: name.trim(), keyHash: hashOf(key), prefix: key.slice(0, 10), createdByUserId: user.id }).returning();
    await recordAudit(tx, actorOf(user, ip), { action: 'intakeKey.create', entityType: 'intakeKey', entityId: id, after: { name: row.name, prefix: row.prefix } });
    return { id, name: row.name, key };
  });
}

export async function revokeIntakeKey(db: Db, user: SessionUser, id: string, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(intakeKeys).set({ revokedAt: now }).where(and(eq(intakeKeys.id, id), isNull(intakeKeys.revokedAt))).returning();
    if (!row) throw new DomainError('NOT_FOUND', { entity: 'intakeKey', id });
    await recordAudit(tx, actorOf(user, ip), { action: 'intakeKey.revoke', entityType: 'intakeKey', entityId: id, after: { name: row.name, prefix: row.prefix, revokedAt: now } });
  });
}

export async function listIntakeKeys(db: Executor) {
  const rows = await db.select().from(intakeKeys).orderBy(desc(intakeKeys.createdAt));
  return { items: rows.map((r) => ({ id: r.id, name: r.name, prefix: r.prefix, createdAt: r.createdAt, lastUsedAt: r.lastUsedAt, revokedAt: r.revokedAt })) };
}

/** The key's row when it is valid and not revoked, else null (the route answers 401 and stores nothing). */
export async function verifyIntakeKey(db: Db, key: string | undefined, now = new Date()) {
  if (!key || key.length > 200) return null;
  const [row] = await db
    .update(intakeKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(intakeKeys.keyHash, hashOf(key)), isNull(intakeKeys.revokedAt)))
    .returning({ id: intakeKeys.id, name: intakeKeys.name });
  return row ?? null;
}
