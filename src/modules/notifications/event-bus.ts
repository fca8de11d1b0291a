import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from '../../db/client.js';

/** The channel every server process listens on. */
export const EVENTS_CHANNEL = 'jjld_events';

/** What changed, small enough for a NOTIFY payload (8000 bytes): whom it concerns, not the content. */
export interface JjldEvent {
  type: 'notifications';
  unitIds: string[];
  userIds: string[];
  /** Too many to name in one payload (a seed, a batch): every listener refetches. */
  everyone?: boolean;
}

/** NOTIFY refuses payloads of 8000 bytes or more. */
export const MAX_PAYLOAD = 7000;

/**
 * What goes out instead of a payload too long to send: every listener refetches. Events are sent
 * by notify() inside the writing transaction: PostgreSQL (and PGlite) deliver a NOTIFY only when
 * the transaction commits, never when it rolls back, so a listener never hears of a change that
 * did not happen. Every process LISTENing on the channel receives it — the writer included —
 * which is how several server processes share live updates.
 */
export const EVERYONE_PAYLOAD = JSON.stringify({ type: 'notifications', unitIds: [], userIds: [], everyone: true } satisfies JjldEvent);

/** One interface over both backends: subscribe to the events of every process. */
export interface EventBus {
  subscribe(listener: (event: JjldEvent) => void): () => void;
  close(): Promise<void>;
}

function parse(payload: string | undefined): JjldEvent | null {
  try {
    const event = JSON.parse(payload ?? '') as JjldEvent;
    return event && event.type === 'notifications' ? event : null;
  } catch {
    return null;
  }
}

/**
 * Opens the listener: on PostgreSQL a dedicated connection (LISTEN holds it; a pooled one would
 * be handed to queries), reconnecting after a failure; on PGlite its own listen API, which sees
 * the same pg_notify since the embedded database is one process.
 */
export async function openEventBus(database: Database): Promise<EventBus> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const deliver = (payload: string | undefined) => {
    const event = parse(payload);
    if (event) emitter.emit('event', event);
  };
  const bus = (stop: () => Promise<void>): EventBus => ({
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    close: stop,
  });

  if (database.kind === 'pglite') {
    const client = (database as Database & { client: PGlite }).client;
    const unlisten = await client.listen(EVENTS_CHANNEL, deliver);
    return bus(async () => {
      await unlisten().catch(() => undefined);
    });
  }

  const pool = (database as Database & { pool: pg.Pool }).pool;
  const connectionString = (pool.options as { connectionString?: string }).connectionString;
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  const connect = async () => {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      if (message.channel === EVENTS_CHANNEL) deliver(message.payload);
    });
    next.on('error', () => {
      // The server went away: listen again on a new connection (events in between are lost;
      // the web refetches its count on reconnect).
      client = null;
      next.end().catch(() => undefined);
      if (!closed && !retry) retry = setTimeout(() => void reconnect(), 1000);
    });
    await next.connect();
    await next.query(`LISTEN ${EVENTS_CHANNEL}`);
    client = next;
  };
  const reconnect = async () => {
    retry = null;
    if (closed) return;
    await connect().catch(() => {
      if (!closed) retry = setTimeout(() => void reconnect(), 1000);
    });
  };
  await connect();
  return bus(async () => {
    closed = true;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => undefined);
  });
}
