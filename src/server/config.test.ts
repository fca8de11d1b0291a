import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('logging configuration', () => {
  it('keeps the console quiet unless LOG_LEVEL or LOG_FILE asks for the JSON log', () => {
    expect(loadConfig({})).toMatchObject({ logLevel: 'info', logToConsole: false, logFile: undefined });
    expect(loadConfig({ LOG_LEVEL: 'debug' })).toMatchObject({ logLevel: 'debug', logToConsole: true });
    expect(loadConfig({ LOG_FILE: '/var/log/jjld/jjld.log' })).toMatchObject({ logLevel: 'info', logToConsole: false, logFile: '/var/log/jjld/jjld.log' });
    expect(loadConfig({ LOG_LEVEL: 'warn', LOG_FILE: '/tmp/j.log' })).toMatchObject({ logLevel: 'warn', logToConsole: false });
  });

  it('refuses a level pino does not know', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
  });

  it('accepts PORT=0 (any free port) and refuses ports out of range', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({}).port).toBe(3000);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });
});

describe('the complainant key (JJLD_COMPLAINT_KEY)', () => {
  const key = 'ab'.repeat(32);
  it('reads 32 bytes as hex or base64, and refuses anything else', () => {
    expect(loadConfig({ JJLD_COMPLAINT_KEY: key, DATABASE_URL: 'postgres://x/y' })).toMatchObject({ complaintKeyIsDev: false });
    expect(loadConfig({ JJLD_COMPLAINT_KEY: Buffer.alloc(32, 7).toString('base64'), DATABASE_URL: 'postgres://x/y' }).complaintKey).toEqual(Buffer.alloc(32, 7));
    expect(() => loadConfig({ JJLD_COMPLAINT_KEY: 'short' })).toThrow(/JJLD_COMPLAINT_KEY/);
  });

  it('is required outside demo and test mode; demo mode falls back to the development key', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x/y' })).toThrow(/JJLD_COMPLAINT_KEY is required/);
    expect(loadConfig({})).toMatchObject({ demo: true, complaintKeyIsDev: true });
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y', NODE_ENV: 'test' })).toMatchObject({ demo: false, complaintKeyIsDev: true });
  });
});

describe('the CLI and the complainant key', () => {
  it('does not need the key, and uses one that is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y' }, { requireComplaintKey: false })).toMatchObject({ complaintKeyIsDev: true });
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y', JJLD_COMPLAINT_KEY: 'cd'.repeat(32) }, { requireComplaintKey: false }).complaintKey).toEqual(Buffer.from('cd'.repeat(32), 'hex'));
  });
});
