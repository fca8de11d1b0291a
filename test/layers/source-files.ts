import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository root, so paths in failure messages read like `src/modules/cases/x.ts`. */
export const repoRoot = resolve(import.meta.dirname, '../..');

/** Every TypeScript file under `folder` (repository-relative), tests included. */
export function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) out.push(relative(repoRoot, path));
    }
  };
  walk(join(repoRoot, folder));
  return out.sort();
}

export function readSource(file: string): string {
  return readFileSync(join(repoRoot, file), 'utf8');
}

export interface ImportStatement {
  /** The module specifier as written. */
  specifier: string;
  /** The repository-relative path it resolves to (without extension), or null for a package. */
  target: string | null;
  /** `import type …` / `export type …`: erased at run time. */
  typeOnly: boolean;
  /** The names bound by `import { a, b as c }`: local name → imported name. */
  names: Map<string, string>;
  text: string;
}

const STATEMENT = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*'([^']+)'/g;
const DYNAMIC = /import\(\s*'([^']+)'\s*\)/g;

function resolveTarget(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(repoRoot, resolve(repoRoot, dirname(file), specifier)).replace(/\.(js|ts|tsx)$/, '');
}

/** The static and dynamic imports (and re-exports) of a source file. */
export function importsOf(file: string, source = readSource(file)): ImportStatement[] {
  const out: ImportStatement[] = [];
  for (const match of source.matchAll(STATEMENT)) {
    const [text, , typeKeyword, clause, specifier] = match;
    const names = new Map<string, string>();
    const braces = /\{([^}]*)\}/.exec(clause);
    for (const part of braces ? braces[1].split(',') : []) {
      const [imported, local] = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/);
      if (imported) names.set((local ?? imported).trim(), imported.trim());
    }
    out.push({ specifier, target: resolveTarget(file, specifier), typeOnly: Boolean(typeKeyword), names, text: text.trim() });
  }
  for (const match of source.matchAll(DYNAMIC)) {
    out.push({ specifier: match[1], target: resolveTarget(file, match[1]), typeOnly: false, names: new Map(), text: match[0] });
  }
  return out;
}
