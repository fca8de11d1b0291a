import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../../db/client.js';
import type { SessionUser } from '../access/actor.js';
import type { EventBus } from './event-bus.js';
import { unreadCount } from './list-notifications.js';
import { concerns } from './notification-scope.js';

/** A comment line keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;
/** The stream ends after this, and the browser's EventSource reconnects — through the session check again. */
const MAX_STREAM_MS = 30 * 60_000;

/**
 * Server-sent events for the bell: `unread` with the user's unread count at once and whenever an
 * event of any server process (the bus) concerns the user or the user's unit.
 */
export function openNotificationStream(db: Executor, bus: EventBus, open: Set<() => void>, user: SessionUser, request: FastifyRequest, reply: FastifyReply) {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  let closed = false;
  let sending = Promise.resolve();
  const send = () => {
    sending = sending.then(async () => {
      if (closed) return;
      const unread = await unreadCount(db, user).catch(() => null);
      if (unread !== null && !closed) raw.write(`event: unread\ndata: ${JSON.stringify({ unread })}\n\n`);
    });
  };
  const unsubscribe = bus.subscribe((event) => {
    if (concerns(event, user)) send();
  });
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const end = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    clearTimeout(limit);
    unsubscribe();
    open.delete(end);
    raw.end();
  };
  const limit = setTimeout(end, MAX_STREAM_MS);
  open.add(end);
  request.raw.on('close', end);
  raw.write('retry: 3000\n\n');
  send();
}
