import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The portal's forms have no session, so no session-bound CSRF token: each form carries a token
 * signed by the server (HMAC over its issue time and a nonce), valid for two hours. A page from
 * elsewhere cannot forge one; with the Origin check and the per-client rate limit it keeps scripted
 * cross-site and bulk submissions out.
 */
export const FORM_TOKEN_TTL_MS = 2 * 3600_000;

export function formTokens(secret: Buffer) {
  const key = createHash('sha256').update(secret).update('jjld:portal-form-token').digest();
  const mac = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');
  return {
    issue(now = new Date()): string {
      const payload = `${now.getTime().toString(36)}.${randomBytes(9).toString('base64url')}`;
      return `${payload}.${mac(payload)}`;
    },
    valid(token: unknown, now = new Date()): boolean {
      if (typeof token !== 'string' || token.length > 200) return false;
      const parts = token.split('.');
      if (parts.length !== 3) return false;
      const expected = Buffer.from(mac(`${parts[0]}.${parts[1]}`));
      const given = Buffer.from(parts[2]);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
      const issued = parseInt(parts[0], 36);
      return Number.isFinite(issued) && issued <= now.getTime() + 60_000 && now.getTime() - issued <= FORM_TOKEN_TTL_MS;
    },
  };
}
