import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The complainant's name and phone at rest (个人信息保护法; issue 14): AES-256-GCM with a random
 * 96-bit IV per value, stored as `v1:<iv>.<tag>.<ciphertext>` (base64url). The key comes from the
 * environment (JJLD_COMPLAINT_KEY, src/server/config.ts) and is handed to this module, never read
 * here. A keyed fingerprint (HMAC-SHA256 under a key derived from the same secret) finds the same
 * complainant again for duplicate merging without decrypting every row.
 */
export interface PersonalDataCipher {
  encrypt(plain: string): string;
  /** Under the current key, else a previous one (a rotation in progress). */
  decrypt(stored: string): string;
  /** The plain value and whether it was under the current key (false: a previous one); throws under none. */
  read(stored: string): { plain: string; current: boolean };
  /** Whether the value was encrypted under the current key (false: a previous one, or none). */
  isCurrent(stored: string): boolean;
  fingerprint(value: string): string;
}

function open(key: Buffer, stored: string): string {
  const [version, rest] = stored.split(':', 2);
  if (version !== 'v1' || !rest) throw new Error('unknown personal-data format');
  const [iv, tag, body] = rest.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

/**
 * `previousKeys`: keys being retired (JJLD_COMPLAINT_KEY_PREVIOUS), still read until
 * `npm run cli -- complaints rekey` has re-encrypted every value under `key`. GCM's tag tells a
 * wrong key apart, so no key id is stored. New values and fingerprints use `key` only.
 */
export function personalDataCipher(key: Buffer, previousKeys: Buffer[] = []): PersonalDataCipher {
  const keys = [key, ...previousKeys];
  for (const k of keys) if (k.length !== 32) throw new Error('complaint key must be 32 bytes (AES-256)');
  const macKey = createHash('sha256').update(key).update('jjld:complainant-fingerprint').digest();
  /** Each key in turn; GCM's tag refuses a wrong one. The last key's error is the one thrown. */
  const read = (stored: string) => {
    for (const [i, k] of keys.entries()) {
      try {
        return { plain: open(k, stored), current: i === 0 };
      } catch (error) {
        if (i === keys.length - 1) throw error;
      }
    }
    throw new Error('unreachable: there is always a current key');
  };
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1:${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${body.toString('base64url')}`;
    },
    decrypt: (stored) => read(stored).plain,
    read,
    isCurrent(stored) {
      try {
        return read(stored).current;
      } catch {
        return false;
      }
    },
    fingerprint(value) {
      return createHmac('sha256', macKey).update(value.replace(/\s/g, '')).digest('base64url');
    },
  };
}

/** The keyed fingerprint a complainant is found again by: the phone, else the name (one rule for intake and re-keying). */
export function complainantFingerprint(cipher: PersonalDataCipher, name: string | null, phone: string | null): string | null {
  return phone ? cipher.fingerprint(`phone:${phone}`) : name ? cipher.fingerprint(`name:${name}`) : null;
}

/**
 * The fixed key of demo and test mode: derived from a public string, so it protects nothing. The
 * server warns at start when it uses it (src/server/main.ts), and refuses to start without
 * JJLD_COMPLAINT_KEY outside demo and test mode (src/server/config.ts).
 */
export const DEV_COMPLAINT_KEY = createHash('sha256').update('JJLD development complaint key — not secret').digest();

/** Parses JJLD_COMPLAINT_KEY (and each of JJLD_COMPLAINT_KEY_PREVIOUS): 32 bytes as 64 hex digits or base64. */
export function parseComplaintKey(raw: string): Buffer | null {
  const text = raw.trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  const decoded = Buffer.from(text, 'base64');
  return decoded.length === 32 ? decoded : null;
}

/** Shown in lists and to units that do not handle the complaint: 张** / 138****5678. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
