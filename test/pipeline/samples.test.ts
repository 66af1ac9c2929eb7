// The bundled samples carry hand-made expected claims: the engine must keep finding most of them.
// Scored like the shared scorer: claims keyed by bounds, population and origin; titled releases by title.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim, Release } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';

const dir = join(import.meta.dirname, '../../samples');
const key = (c: Pick<Claim, 'value' | 'population' | 'origin' | 'qualifier'>) =>
  JSON.stringify([c.value.min, c.value.max, c.population, [...new Set(c.origin ?? [])].sort()]);

describe('bundled samples', () => {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const missedTitles: string[] = [];
  for (const name of names) {
    const meta = JSON.parse(readFileSync(join(dir, `${name}.meta.json`), 'utf8')) as {
      lang: string;
      published: string;
    };
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as {
      claims: Claim[];
      releases: Release[];
    };
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const found = extract(text, meta);
    const want = new Set(expected.claims.filter((c) => c.qualifier !== 'vague').map(key));
    const got = new Set(found.claims.filter((c) => c.qualifier !== 'vague').map(key));
    for (const k of got)
      if (want.has(k)) tp++;
      else fp++;
    for (const k of want) if (!got.has(k)) fn++;
    const titles = new Set(found.releases.map((r) => r.title));
    for (const r of expected.releases)
      if (r.title && !titles.has(r.title)) missedTitles.push(`${name}: ${r.title}`);
  }

  it('finds the expected counts with F1 of at least 0.8', () => {
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.8);
  });

  it('finds every titled release', () => {
    expect(missedTitles).toEqual([]);
  });
});
