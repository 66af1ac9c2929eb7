// A country's question shows its wider group's latest estimates as context, a few of them, and says
// when the wider group's own question has more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimates, WIDER_CONTEXT_LIMIT } from '../../src/services/estimates.service.ts';
import { linker } from '../../src/services/link.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { storeStatedCount } from './stored-estimates.ts';

describe("a question's wider groups as context", () => {
  let repo: Repository;
  /** Central Asia's claims, by month (one a month from January 2015). */
  const regional: { claimId: string; date: string }[] = [];

  const store = (
    name: string,
    text: string,
    quote: string,
    origin: string[],
    date: string,
    status: 'present' | 'returned' = 'present',
  ) => storeStatedCount(repo, { name, text, quote, population: 'children', origin, status, date });

  beforeAll(async () => {
    repo = await openRepository('memory://', linker);
    // More monthly figures for the region than a question shows beside a country's.
    for (let i = 0; i < WIDER_CONTEXT_LIMIT + 5; i++) {
      const date = `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      const count = 500 + i;
      // Words of its own in each report, or they would read as copies of one another.
      const own = Array.from({ length: 12 }, (_, k) => `w${i}x${k}`).join(' ');
      const text = `By ${date}, ${count} children from Central Asia were in camps in Syria. ${own}.`;
      const claimId = await store(
        `ca-${i}`,
        text,
        `${count} children from Central Asia`,
        ['region:central-asia'],
        date,
      );
      regional.push({ claimId, date });
    }
    await store('kz', 'In 2019, 150 Kazakh children were in al-Hol.', '150 Kazakh children', ['KZ'], '2019');
    // Returns: two figures for the region, fewer than the limit.
    for (const [i, count] of [40, 90].entries()) {
      const text = `In 202${i}, ${count} children from Central Asia came home from Syria.`;
      await store(
        `ca-home-${i}`,
        text,
        `${count} children from Central Asia`,
        ['region:central-asia'],
        `202${i}`,
        'returned',
      );
    }
  }, 120_000);
  afterAll(async () => {
    await repo?.close();
  });

  it("shows the wider group's latest estimates, as many as the limit, and says there are more", async () => {
    const result = await estimates(repo, { population: 'children', origin: ['KZ'], status: 'present' });
    expect(result.wider).toHaveLength(1);
    const [wider] = result.wider;
    expect(wider!.region).toBe('region:central-asia');
    expect(wider!.more).toBe(true);
    const latest = regional.slice(-WIDER_CONTEXT_LIMIT);
    expect(wider!.points.map((p) => p.claimId).sort()).toEqual(latest.map((r) => r.claimId).sort());
    // In time order, like a series.
    expect(wider!.points.map((p) => p.date)).toEqual(latest.map((r) => r.date));
  });

  it('shows every estimate of a wider group that has fewer, and says there are no more', async () => {
    const result = await estimates(repo, { population: 'children', origin: ['KZ'], status: 'returned' });
    expect(result.wider.map((w) => [w.region, w.points.map((p) => p.value.min), w.more])).toEqual([
      ['region:central-asia', [40, 90], false],
    ]);
  });

  it("shows no more of the wider group than the question's own limit", async () => {
    const result = await estimates(
      repo,
      { population: 'children', origin: ['KZ'], status: 'present' },
      null,
      5,
    );
    expect(result.wider[0]!.points.map((p) => p.claimId)).toEqual(regional.slice(-5).map((r) => r.claimId));
    expect(result.wider[0]!.more).toBe(true);
  });
});
