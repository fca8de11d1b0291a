import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles } from './source-files.js';

/**
 * The layers run one way: src/server (the app assembly) imports modules, modules import the HTTP
 * toolkit (src/http) and the domain, never the assembly above them.
 */
function importsInto(folders: string[], forbidden: string, allowTypeOnly: boolean, withTests = true): string[] {
  return folders.flatMap((folder) =>
    sourceFiles(folder)
      .filter((file) => withTests || !file.endsWith('.test.ts'))
      .flatMap((file) =>
      importsOf(file)
        .filter((i) => i.target?.startsWith(`${forbidden}/`) && !(allowTypeOnly && i.typeOnly))
        .map((i) => `${file}: ${i.text}`),
    ),
  );
}

describe('layers', () => {
  it('no file under src/modules or src/domain imports from src/server', () => {
    expect(importsInto(['src/modules', 'src/domain'], 'src/server', false)).toEqual([]);
  });

  // A domain test may check its rules against a module's reference data; the rules themselves may not.
  it('src/domain code imports neither the HTTP toolkit nor a module', () => {
    expect([...importsInto(['src/domain'], 'src/http', false, false), ...importsInto(['src/domain'], 'src/modules', false, false)]).toEqual([]);
  });

  it('the HTTP toolkit imports from src/server at most types (the configuration it is handed)', () => {
    expect(importsInto(['src/http'], 'src/server', true)).toEqual([]);
  });

  it('the check sees an import into src/server (it can fail)', () => {
    expect(importsOf('src/modules/x/y.ts', "import { route } from '../../server/app.js';\n")[0].target).toBe('src/server/app');
  });
});
