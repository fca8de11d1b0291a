import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README promises Node 20: `npm install` must not warn EBADENGINE, which it does for any
// package in the lock file whose `engines.node` excludes the Node version. This reads the lock
// file as npm does and checks every package against the oldest supported Node 20 and the one
// running the tests.

type Version = [number, number, number];

function parseVersion(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map(Number);
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** One comparator of a node-semver range (`^20.19.0`, `>=22`, `20`, `18 || 20`), enough for engines fields. */
function satisfiesComparator(version: Version, comparator: string): boolean {
  if (comparator === '*' || comparator === 'x') return true;
  const match = /^(\^|~|>=|<=|>|<|=)?\s*v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(comparator.trim());
  if (!match) throw new Error(`unsupported engines comparator "${comparator}"`);
  const [, op = '', majorText, minorText, patchText] = match;
  const major = Number(majorText);
  const minorGiven = minorText !== undefined && /\d/.test(minorText);
  const patchGiven = patchText !== undefined && /\d/.test(patchText);
  const base: Version = [major, minorGiven ? Number(minorText) : 0, patchGiven ? Number(patchText) : 0];
  const order = compare(version, base);
  switch (op) {
    case '>=': return order >= 0;
    case '>': return order > 0;
    case '<=': return order <= 0;
    case '<': return order < 0;
    case '^': return order >= 0 && version[0] === major;
    case '~': return order >= 0 && version[0] === major && (!minorGiven || version[1] === base[1]);
    default: // a bare or "=" version: partial versions match the whole line
      return version[0] === major && (!minorGiven || version[1] === base[1]) && (!patchGiven || version[2] === base[2]);
  }
}

export function satisfies(versionText: string, range: string): boolean {
  const version = parseVersion(versionText);
  return range.split('||').some((alternative) =>
    alternative.replace(/([<>=^~]+)\s+/g, '$1').trim().split(/\s+/).filter(Boolean).every((comparator) => satisfiesComparator(version, comparator)),
  );
}

interface LockPackage { version?: string; engines?: { node?: string } | string[]; optional?: boolean }

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as { packages: Record<string, LockPackage> };

describe('the range check', () => {
  it('reads the forms the lock file uses', () => {
    expect(satisfies('20.19.0', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('20.18.3', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('20.20.2', '>=22')).toBe(false);
    expect(satisfies('20.20.2', '^22 || ^24 || >=26')).toBe(false);
    expect(satisfies('20.20.2', '18 || 20 || >=22')).toBe(true);
    expect(satisfies('20.20.2', '^18 || >=20')).toBe(true);
    expect(satisfies('20.20.2', '>=v12.22.7')).toBe(true);
    expect(satisfies('20.20.2', '>= 14.0.0 < 21')).toBe(true);
    expect(satisfies('22.1.0', '>= 14.0.0 < 21')).toBe(false);
  });
});

describe('dependency engines', () => {
  const oldestNode20 = /(\d+\.\d+\.\d+)/.exec(manifest.engines.node)?.[1] ?? '';
  const nodeVersions = [oldestNode20, ...(process.versions.node.startsWith('20.') ? [process.versions.node] : [])];

  it('the project itself asks for Node 20', () => {
    expect(oldestNode20.startsWith('20.')).toBe(true);
  });

  it.each(nodeVersions)('every package in package-lock.json supports Node %s (no EBADENGINE)', (nodeVersion) => {
    const unsupported = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return range && !satisfies(nodeVersion, range) ? [`${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${range}`] : [];
      });
    expect(unsupported).toEqual([]);
  });
});
