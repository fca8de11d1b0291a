import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { onPublicChange } from '../publication/public-change.js';

/**
 * Replies of the open data API, kept while the public snapshot is unchanged. The internet asks
 * the same few questions over and over (the newest page, a popular food); answering them from
 * memory is what lets the API keep up under load (docs/performance.md). A reply is reused only
 * while the snapshot's stamp — the newest change of any row and the newest publication time that
 * has come — is the one it was made under; the stamp is read at most once a second, and a change
 * made in this process clears the cache at once (public-change.ts). So a correction, a withdrawal
 * or a scheduled publication reaching its time shows within a second in every process.
 */
export interface CachedReply {
  stamp: string;
  body: string;
  etag: string;
  lastModified: string | null;
  csv: boolean;
}

const MAX_ENTRIES = 500;
const STAMP_MS = 1_000;

export function openDataCache(db: Executor) {
  const entries = new Map<string, CachedReply>();
  let stamp: { value: string; at: number } | null = null;
  let pending: Promise<string> | null = null;
  onPublicChange(() => {
    entries.clear();
    stamp = null;
  });

  async function readStamp(): Promise<string> {
    const result = (await db.execute(
      sql`SELECT (SELECT max(updated_at) FROM published_results)::text AS u,
                 (SELECT max(published_at) FROM published_results WHERE published_at <= now() AND status <> 'withdrawn')::text AS p`,
    )) as unknown as { rows: { u: string | null; p: string | null }[] };
    const row = result.rows[0];
    return `${row?.u ?? ''}|${row?.p ?? ''}`;
  }

  /** The current stamp, read again when older than a second (one read in flight at a time). */
  async function current(): Promise<string> {
    if (stamp && Date.now() - stamp.at < STAMP_MS) return stamp.value;
    pending ??= readStamp().then(
      (value) => {
        stamp = { value, at: Date.now() };
        pending = null;
        return value;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  }

  return {
    current,
    get(key: string, at: string): CachedReply | undefined {
      const hit = entries.get(key);
      return hit && hit.stamp === at ? hit : undefined;
    },
    set(key: string, reply: CachedReply) {
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(key, reply);
    },
  };
}
