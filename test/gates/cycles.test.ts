// The import-cycle gate (scripts/check-cycles.ts, run by `npm run lint`) on graphs written here.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importsOf } from '../../scripts/check-cycles.ts';

describe('the import-cycle gate', () => {
  it('names every module of a cycle, however long, and nothing outside it', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('finds none in a graph that only imports downwards', () => {
    expect(
      cycles(
        new Map([
          ['api', ['services']],
          ['services', ['storage']],
          ['storage', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('counts static imports, type imports and re-exports, not a dynamic import()', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-cycles-'));
    try {
      for (const name of ['b', 'c', 'd', 'e']) await writeFile(join(dir, `${name}.ts`), 'export {};\n');
      await writeFile(
        join(dir, 'a.ts'),
        [
          "import { x } from './b.ts';",
          "import type { T } from './c.ts';",
          "export { y } from './d.ts';",
          "const lazy = () => import('./e.ts');",
          "import { readFile } from 'node:fs';",
        ].join('\n'),
      );
      expect(importsOf(join(dir, 'a.ts')).map((p) => p.slice(dir.length + 1))).toEqual([
        'b.ts',
        'c.ts',
        'd.ts',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
