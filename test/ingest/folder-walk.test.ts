// The folder walk follows real paths: links to a parent cannot loop, a file is read once however many
// links lead to it, and a link out of the folders given is named and not followed.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFiles } from '../../src/ingest/files.ts';

describe('folder walk over symbolic links', () => {
  let base: string;
  let dir: string;
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'tessera-walk-'));
    dir = join(base, 'reports');
    await mkdir(join(dir, 'inner'), { recursive: true });
    await writeFile(join(base, 'outside.txt'), 'not in the folder');
    await writeFile(join(dir, 'one.txt'), 'one');
    await writeFile(join(dir, 'inner', 'two.txt'), 'two');
    await symlink('..', join(dir, 'inner', 'up'));
    await symlink('../..', join(dir, 'inner', 'upup'));
    await symlink(join(dir, 'one.txt'), join(dir, 'same-as-one.txt'));
    await symlink(join(base, 'outside.txt'), join(dir, 'escape.txt'));
    await symlink(join(base, 'missing.txt'), join(dir, 'dangling.txt'));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('reads every file once and names the links it does not follow', async () => {
    const found = (await findFiles(dir)).map((f) => [f.type, f.path.slice(dir.length + 1)]);
    const files = found.filter(([t]) => t === 'file').map(([, p]) => p);
    expect(files).toEqual(['inner/two.txt', 'one.txt']);
    expect(found).toContainEqual(['skipped', 'escape.txt']);
    expect(found).toContainEqual(['skipped', 'dangling.txt']);
    // The link to the grandparent leads out of the folder given: named, not walked.
    expect(found).toContainEqual(['skipped', 'inner/upup']);
    expect(found.some(([, p]) => p!.includes('outside'))).toBe(false);
  });

  it('the reason names where an outbound link leads', async () => {
    const escape = (await findFiles(dir)).find((f) => f.path.endsWith('escape.txt'));
    expect(escape).toMatchObject({ type: 'skipped' });
    expect((escape as { reason: string }).reason).toMatch(/symbolic link out of the folder.*outside\.txt/);
  });

  it('two inputs reaching the same files share what they visited', async () => {
    const visited = new Set<string>();
    const first = await findFiles(dir, visited);
    const second = await findFiles(join(dir, 'inner', 'up'), visited);
    expect(first.filter((f) => f.type === 'file')).toHaveLength(2);
    expect(second.filter((f) => f.type === 'file')).toHaveLength(0);
  });
});
