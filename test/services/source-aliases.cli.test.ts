// `tessera sources --suggest`, `sources merge` and `sources unmerge` through the real CLI.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAliasReports } from '../fixtures/source-aliases.ts';
import { runCli } from './cli-helpers.ts';

describe('tessera sources merge', () => {
  let dir: string;
  let data: string;
  const id: Record<string, number> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-aliases-cli-'));
    data = join(dir, 'data');
    const inputs = await writeAliasReports(dir);
    expect((await runCli(['ingest', ...inputs], data)).code).toBe(0);
    const listed = await runCli(['sources', '--format', 'json'], data);
    const kinds = JSON.parse(listed.stdout) as Record<string, { id: number; name: string }[]>;
    for (const s of [...kinds.outlet!, ...kinds.attributed!]) id[s.name] = s.id;
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('suggests with reasons, merges, lists the group with its aliases, and unmerges', async () => {
    const sugg = await runCli(['sources', '--suggest'], data);
    expect(sugg.code).toBe(0);
    expect(sugg.stdout).toMatch(/#\d+ Токаева\s+#\d+ توكاييف\s+across-scripts \(tkf\)/);
    expect(sugg.stdout).toContain('tessera sources merge ID INTO');

    const merged = await runCli(
      ['sources', 'merge', String(id['SANA (sana.sy)']), String(id['САНА (SANA)'])],
      data,
    );
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toContain(`merged into outlet #${id['САНА (SANA)']} САНА (SANA)`);
    const one = await runCli(['sources', String(id['SANA (sana.sy)'])], data);
    expect(one.stdout).toContain(`outlet #${id['САНА (SANA)']} САНА (SANA)`);
    expect(one.stdout).toContain(`also written: #${id['SANA (sana.sy)']} SANA (sana.sy)`);
    expect(one.stdout).toContain('en-tok');
    expect(one.stdout).toContain('ru-tok');

    const json = JSON.parse((await runCli(['sources', '--suggest', '--format', 'json'], data)).stdout) as {
      kind: string;
    }[];
    expect(json.some((s) => s.kind === 'outlet')).toBe(false);

    const back = await runCli(['sources', 'unmerge', String(id['SANA (sana.sy)'])], data);
    expect(back.code).toBe(0);
    expect(back.stdout).toContain(`unmerged from #${id['САНА (SANA)']}`);
    const audit = await runCli(['audit', '--format', 'json'], data);
    expect(audit.stdout).toContain('source.merged');
    expect(audit.stdout).toContain('source.unmerged');
  }, 120_000);

  it('refuses bad ids: exit 2 for what is not an id, 1 naming what the store has not', async () => {
    const notId = await runCli(['sources', 'merge', 'abc', '1'], data);
    expect(notId.code).toBe(2);
    expect(notId.stderr).toContain('SOURCE must be a source id such as 12, not "abc"');
    expect((await runCli(['sources', 'unmerge'], data)).code).toBe(2);
    const missing = await runCli(['sources', 'merge', '99999', String(id['Kazinform'])], data);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('source not found: 99999');
    const apart = await runCli(['sources', 'merge', String(id['Kazinform']), String(id['Токаева'])], data);
    expect(apart.code).toBe(1);
    expect(apart.stderr).toContain('outlets and speakers stay apart');
  }, 120_000);
});
