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
