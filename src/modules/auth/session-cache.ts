import type { SessionUser } from '../access/actor.js';

/**
 * A per-process cache of session → user, roles and scope (issue 16 §1): without it every API
 * request paid two queries (session ⋈ user ⋈ unit, then the roles) before its own work.
 *
 * Staleness is bounded by a short lifetime (SESSION_CACHE_MS, default 3 s; 0 turns the cache
 * off): another server process that revokes a session or changes a user's roles or unit is seen
 * here within that time. In this process every change clears the cache at once
 * (forgetCachedSessions: logout, logout everywhere, user edits, password changes) and once more
 * after its transaction commits, so a lookup racing the transaction cannot keep the old rights.
 * Idle and absolute timeouts are checked on every hit against the session's own times; a session
 * whose last_seen_at is due for its refresh goes to the database.
 */
const TTL_MS = (() => {
  const raw = process.env.SESSION_CACHE_MS;
  const value = raw === undefined || raw === '' ? 3000 : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : 3000;
})();
/** A cap so a flood of distinct (valid) tokens cannot grow the map without bound. */
const MAX_ENTRIES = 10_000;
/** Mirrors sessions.ts: last_seen_at is refreshed at most this often. */
const TOUCH_INTERVAL_MS = 60_000;

interface Entry {
  user: SessionUser;
  lastSeenAt: number;
  expiresAt: number;
  cachedAt: number;
}

const entries = new Map<string, Entry>();
let generation = 0;

export function cacheGeneration(): number {
  return generation;
}

/** Ends every cached session of this process (they are read again from the database). */
export function forgetCachedSessions(): void {
  entries.clear();
  generation++;
}

/** The cached user if the entry is fresh and the session is still inside every time limit. */
export function cachedSession(id: string, policy: { idleMinutes: number; absoluteHours?: number }, now: Date): SessionUser | null {
  if (TTL_MS === 0) return null;
  const entry = entries.get(id);
  if (!entry) return null;
  const t = now.getTime();
  const age = t - entry.cachedAt;
  const fresh = age >= 0 && age < TTL_MS;
  const inTime = t - entry.lastSeenAt <= Math.min(policy.idleMinutes * 60_000, TOUCH_INTERVAL_MS) && t < entry.expiresAt;
  if (fresh && inTime) return entry.user;
  entries.delete(id);
  return null;
}

/** Stores a user read from the database, unless a change cleared the cache during the read. */
export function rememberSession(readGeneration: number, user: SessionUser, times: { lastSeenAt: Date; expiresAt: Date }, now: Date): void {
  if (TTL_MS === 0 || readGeneration !== generation) return;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(user.sessionId, { user, lastSeenAt: times.lastSeenAt.getTime(), expiresAt: times.expiresAt.getTime(), cachedAt: now.getTime() });
}
