/**
 * The web decides no action from the permission matrix: page buttons come from `capabilities`
 * of /api/me (src/domain/capabilities.ts) and a record's buttons from its `actions`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capabilityCodes } from '../../../src/domain/capabilities';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(root).map((path) => ({ name: relative(root, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }));

/**
 * The roles page displays the matrix itself; every other page follows the record's `actions`
 * and what its reply carries (e.g. the disposal's readable `cases`).
 */
const mayReadPermissions = new Set(['pages/roles/RolesPage.tsx']);

describe('the web reads no permissions to decide what to offer', () => {
  it('finds sources to check', () => {
    expect(files.some((f) => f.name === 'pages/samples/SamplesPage.tsx')).toBe(true);
  });

  it('has no file but the roles page reading `.permissions`', () => {
    const readers = files.filter((f) => /\.permissions\b/.test(f.text) && !mayReadPermissions.has(f.name)).map((f) => f.name);
    expect(readers).toEqual([]);
  });

  it('asks only for capabilities the server defines', () => {
    const asked = files.flatMap((f) => [...f.text.matchAll(/useCapability\('([^']+)'\)/g)].map((m) => m[1]));
    expect(asked.length).toBeGreaterThan(10);
    expect(asked.filter((c) => !(capabilityCodes as string[]).includes(c))).toEqual([]);
  });
});
