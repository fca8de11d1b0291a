import { expect } from 'vitest';

/** Reads `unread` events from a server-sent event stream over real HTTP, as EventSource would. */
export async function openStream(baseUrl: string, cookie: string) {
  const controller = new AbortController();
  const res = await fetch(`${baseUrl}/api/notifications/stream`, { headers: { cookie }, signal: controller.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const counts: number[] = [];
  const waiters: (() => void)[] = [];
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = message.split('\n').find((l) => l.startsWith('data: '));
          if (message.includes('event: unread') && data) {
            counts.push(JSON.parse(data.slice(6)).unread);
            waiters.splice(0).forEach((w) => w());
          }
        }
      }
    } catch {
      /* aborted */
    }
  })();
  /** Waits (on the stream itself, no sleeping) until an event satisfies the condition. */
  const until = async (check: (counts: number[]) => boolean, ms = 15_000) => {
    const deadline = Date.now() + ms;
    while (!check(counts)) {
      if (Date.now() > deadline) throw new Error(`no matching event; got ${JSON.stringify(counts)}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 500).unref();
      });
    }
  };
  return { counts, until, close: () => controller.abort() };
}
