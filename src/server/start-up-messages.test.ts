import { describe, expect, it } from 'vitest';
import { readyLine, serverUrl } from './start-up-messages.js';

describe('start-up messages', () => {
  it('shows the bound address, and localhost for a wildcard bind', () => {
    expect(serverUrl({ address: '127.0.0.1', family: 'IPv4', port: 3000 })).toBe('http://127.0.0.1:3000');
    expect(serverUrl({ address: '0.0.0.0', family: 'IPv4', port: 8080 })).toBe('http://localhost:8080');
    expect(serverUrl({ address: '::', family: 'IPv6', port: 8080 })).toBe('http://localhost:8080');
    expect(serverUrl({ address: '::1', family: 'IPv6', port: 3000 })).toBe('http://[::1]:3000');
  });

  it('names the demo password only when it is the published default', () => {
    expect(readyLine('http://127.0.0.1:3000', { demo: true, demoPassword: 'Demo#2026' })).toContain('密码 Demo#2026');
    const custom = readyLine('http://127.0.0.1:3000', { demo: true, demoPassword: 'Secret#2099' });
    expect(custom).not.toContain('Secret#2099');
    expect(custom).toContain('JJLD_DEMO_PASSWORD');
  });

  it('points to the first administrator without demo data', () => {
    const line = readyLine('http://127.0.0.1:3000', { demo: false, demoPassword: 'Demo#2026' });
    expect(line).toMatch(/^JJLD 已启动：http:\/\/127\.0\.0\.1:3000（未启用演示数据/);
    expect(line).not.toContain('Demo#2026');
  });
});
