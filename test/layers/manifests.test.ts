import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workItemKinds } from '../../src/domain/work-item.js';
import { moduleManifests } from '../../src/modules/manifests.js';
import { repoRoot, sourceFiles } from './source-files.js';

describe('module manifests', () => {
  it('each module folder has one manifest, listed once under its folder name', () => {
    const folders = readdirSync(join(repoRoot, 'src/modules'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(moduleManifests.map((m) => m.name).sort()).toEqual(folders);
    const manifestFiles = sourceFiles('src/modules').filter((f) => f.endsWith('/manifest.ts'));
    expect(manifestFiles.map((f) => f.split('/')[2]).sort()).toEqual(folders);
  });

  it('every work-item kind belongs to exactly one module', () => {
    const claims = moduleManifests.flatMap((m) => (m.workItemKinds ?? []).map((kind) => `${kind}:${m.name}`));
    const claimed = claims.map((c) => c.split(':')[0]);
    expect(claimed.filter((kind, i) => claimed.indexOf(kind) !== i)).toEqual([]);
    expect(Object.keys(workItemKinds).filter((kind) => !claimed.includes(kind))).toEqual([]);
  });

  it('the app, the scheduler and the CLI import no route file: they loop over the manifests', () => {
    const outside = ['src/server', 'src/jobs', 'src/cli'].flatMap((folder) => sourceFiles(folder));
    const routeImports = outside.filter((file) => /from '[^']*modules\/[^']*routes\.js'/.test(readFileSync(join(repoRoot, file), 'utf8')));
    expect(routeImports).toEqual([]);
  });
});
