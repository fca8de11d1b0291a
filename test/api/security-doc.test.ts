/**
 * docs/security.md prints the roles, the permissions and the permission matrix that
 * src/domain/permissions.ts defines, and the jurisdiction table that src/domain/jurisdiction.ts
 * declares. This test fails when either changes without the other.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jurisdiction } from '../../src/domain/jurisdiction.js';
import { permissions, roleCodes, roles } from '../../src/domain/permissions.js';
import { jurisdictionRows } from '../helpers/jurisdiction-table.js';

const docPath = new URL('../../docs/security.md', import.meta.url);
const doc = readFileSync(docPath, 'utf8');

/** The text between `<!-- name:start -->` and `<!-- name:end -->`, each present exactly once. */
function section(name: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  expect(doc.split(start).length - 1, `docs/security.md must contain "${start}" once`).toBe(1);
  expect(doc.split(end).length - 1, `docs/security.md must contain "${end}" once`).toBe(1);
  const from = doc.indexOf(start) + start.length;
  const to = doc.indexOf(end);
  expect(to, `"${end}" must follow "${start}"`).toBeGreaterThan(from);
  return doc.slice(from, to);
}

/** A Markdown table as rows of trimmed cells; the separator line (|---|:-:|) is checked and dropped. */
function table(text: string): string[][] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  for (const line of lines) expect(line, 'only table lines between the markers').toMatch(/^\|.*\|$/);
  const rows = lines.map((line) =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim()),
  );
  expect(rows.length, 'a header, a separator and at least one row').toBeGreaterThanOrEqual(3);
  expect(rows[1].every((cell) => /^:?-+:?$/.test(cell)), 'the second line is the separator').toBe(true);
  return [rows[0], ...rows.slice(2)];
}

const permissionCodes = Object.keys(permissions) as (keyof typeof permissions)[];
const grants = (role: (typeof roleCodes)[number], permission: string) =>
  (roles[role].permissions as readonly string[]).includes(permission);

describe('docs/security.md matches src/domain/permissions.ts', () => {
  it('prints the permission matrix: permissions as rows, roles as columns, ✓ where granted', () => {
    const expected = [
      ['permission', ...roleCodes],
      ...permissionCodes.map((p) => [`\`${p}\``, ...roleCodes.map((r) => (grants(r, p) ? '✓' : ''))]),
    ];
    expect(table(section('permission-matrix'))).toEqual(expected);
  });

  it('lists every role with its code and Chinese name, in code order', () => {
    const rows = table(section('roles'));
    expect(rows[0].slice(0, 2)).toEqual(['role', 'name']);
    expect(rows.slice(1).map((cells) => cells.slice(0, 2))).toEqual(roleCodes.map((code) => [`\`${code}\``, roles[code].name]));
  });

  it('lists every permission with its code and Chinese name, in code order', () => {
    const rows = table(section('permissions'));
    expect(rows[0].slice(0, 2)).toEqual(['permission', 'name']);
    expect(rows.slice(1).map((cells) => cells.slice(0, 2))).toEqual(permissionCodes.map((code) => [`\`${code}\``, permissions[code]]));
  });
});

describe('docs/security.md matches src/domain/jurisdiction.ts', () => {
  it('prints the jurisdiction table: one row per record type and access level, its rules in order', () => {
    const rows = table(section('jurisdiction'));
    expect(rows[0]).toEqual(['record', 'access', 'who (any one rule)']);
    expect(rows.slice(1)).toEqual(jurisdictionRows());
  });

  it('covers every record type and access level the declaration has', () => {
    const printed = new Set(table(section('jurisdiction')).slice(1).map(([record, access]) => `${record}.${access}`));
    for (const [type, record] of Object.entries(jurisdiction)) {
      for (const access of Object.keys(record.access)) expect(printed, `${type}.${access}`).toContain(`\`${type}\`.${access}`);
    }
  });
});
