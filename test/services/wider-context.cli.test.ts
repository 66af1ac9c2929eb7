// `tessera estimates` prints a wider group's latest estimates beside a country's, and when that group
// has more, the command that lists them all: that command must run and show them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { WIDER_CONTEXT_LIMIT } from '../../src/services/estimates.service.ts';
import { linker } from '../../src/services/link.service.ts';
import { openStore } from '../../src/storage/open.ts';
import { runCli } from './cli-helpers.ts';
import { storeStatedCount } from './stored-estimates.ts';

describe("the CLI's pointer to a wider group's full list", () => {
  let root: string;
  let data: string;
  const regionalCount = WIDER_CONTEXT_LIMIT + 3;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-wider-cli-'));
    data = join(root, 'data');
    const repo = await openStore(loadConfig({ TESSERA_DATA: data }), linker);
    try {
      const store = (name: string, text: string, quote: string, origin: string[], date: string) =>
        storeStatedCount(repo, {
          name,
          text,
          quote,
          population: 'children',
          origin,
          date,
          published: '2021-01-01',
        });
      for (let i = 0; i < regionalCount; i++) {
        const date = `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
        const own = Array.from({ length: 10 }, (_, k) => `r${i}q${k}`).join(' ');
        const text = `By ${date}, ${700 + i} children from Central Asia were held in Syria. ${own}.`;
        await store(
          `region-${i}`,
          text,
          `${700 + i} children from Central Asia`,
          ['region:central-asia'],
          date,
        );
      }
      const text = 'In 2020, 210 Kazakh children were held in camps in north-east Syria.';
      await store('kazakh', text, '210 Kazakh children', ['KZ'], '2020');
    } finally {
      await repo.close();
    }
  }, 180_000);
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('names the command that asks the same question of the wider group, and that command lists them all', async () => {
    const asked = await runCli(
      ['estimates', '--population', 'children', '--origin', 'KZ', '--status', 'present', '--location', 'SY'],
      data,
    );
    expect(asked.code, asked.stderr).toBe(0);
    const line = asked.stdout.split('\n').find((l) => l.startsWith('wider group region:central-asia'));
    expect(line).toBeDefined();
    // The latest few are shown, the oldest left to the pointer.
    expect(line).toContain(`${700 + regionalCount - 1} `);
    expect(line).not.toContain('700 ');
    const pointer = /; more in (tessera estimates .*)$/.exec(line!)?.[1];
    expect(pointer).toBe(
      'tessera estimates --population children --status present --location SY --origin region:central-asia',
    );

    const args = pointer!.split(' ').slice(1);
    const all = await runCli([...args, '--limit', '100', '--format', 'json'], data);
    expect(all.code, all.stderr).toBe(0);
    const points = (JSON.parse(all.stdout) as { points: { value: { min: number } }[] }).points;
    expect(points.map((p) => p.value.min).sort((a, b) => a - b)).toEqual(
      Array.from({ length: regionalCount }, (_, i) => 700 + i),
    );
  }, 120_000);
});
