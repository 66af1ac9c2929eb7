// A region's estimates through the store: beside the region's own figures, what its countries add up to
// where each gave one figure for the same date, read from the store in one go.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimates } from '../../src/services/estimates.service.ts';
import { linker } from '../../src/services/link.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { storeStatedCount } from './stored-estimates.ts';

describe("a region's sums of its countries", () => {
  let repo: Repository;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    repo = await openRepository('memory://', linker);
    // Each count held in the month it names; the reports were published later.
    const reports: [name: string, text: string, count: number, origin: string[], date: string][] = [
      ['kz', 'In October 2017, 120 Kazakh fighters were in Syria.', 120, ['KZ'], '2017-10'],
      ['kg', 'In October 2017, 80 Kyrgyz fighters were in Syria.', 80, ['KG'], '2017-10'],
      ['tj-a', 'In April 2016 a report put the number of Tajik fighters at 300.', 300, ['TJ'], '2016-04'],
      [
        'tj-b',
        'In April 2016 another report put the number of Tajik fighters at 450.',
        450,
        ['TJ'],
        '2016-04',
      ],
      ['uz', 'In April 2016, 60 Uzbek fighters were in Syria.', 60, ['UZ'], '2016-04'],
      [
        'ca',
        'In October 2017 some 900 fighters from Central Asia were in Syria.',
        900,
        ['region:central-asia'],
        '2017-10',
      ],
      ['kz-uz', 'In October 2017, 70 Kazakh and Uzbek fighters were in Syria.', 70, ['KZ', 'UZ'], '2017-10'],
    ];
    for (const [name, text, count, origin, date] of reports) {
      // From the number to the noun, whichever comes first.
      const [at, noun] = [text.indexOf(` ${count}`) + 1, text.indexOf('fighters')];
      const quote = text.slice(Math.min(at, noun), Math.max(at + String(count).length, noun + 8));
      const claimId = await storeStatedCount(repo, {
        name,
        text,
        quote,
        count,
        population: 'fighters',
        origin,
        date,
        published: '2019-01-15',
      });
      ids.set(name, claimId);
    }
  }, 60_000);
  afterAll(async () => {
    await repo?.close();
  });

  it('adds the countries that gave one figure for the month, and only those', async () => {
    const result = await estimates(repo, { population: 'fighters', origin: ['region:central-asia'] });
    expect(result.series.points.map((p) => p.claimId)).toEqual([ids.get('ca')]);
    // Kazakhstan and Kyrgyzstan in October 2017; Tajikistan's two figures for April 2016 leave that
    // month without a sum; the count of Kazakhs and Uzbeks together is no one country's.
    expect(result.sums.map(({ scope: _, ...sum }) => sum)).toEqual([
      {
        date: '2017-10',
        value: { min: 200, max: 200 },
        countries: [
          { code: 'KG', claimId: ids.get('kg') },
          { code: 'KZ', claimId: ids.get('kz') },
        ],
      },
    ]);
  });

  it('asks the countries the same question: no sum of fighters who returned', async () => {
    const result = await estimates(repo, {
      population: 'fighters',
      origin: ['region:central-asia'],
      status: 'returned',
    });
    expect(result.sums).toEqual([]);
  });
});
