import { describe, expect, it } from 'vitest';
import {
  boundsOverlap,
  countryPoint,
  estimateSeries,
  findConflicts,
  formatBounds,
  gradeWeight,
  matchesQuestion,
  reconcile,
  sumOfCountries,
  toEstimatePoint,
} from '../../src/analysis/estimates.ts';
import { regionChildren } from '../../src/pipeline/gazetteer/index.ts';
import { claim } from './claims.fixture.ts';

const kazakhChildren = { population: 'children', origin: ['KZ'], status: 'present' } as const;
const present = (min: number | null, max: number | null, extra: Parameters<typeof claim>[0] = {}) =>
  claim({ status: 'present', value: { min, max }, qualifier: min === max ? 'approx' : 'range', ...extra });

describe('which claims answer a question', () => {
  it('takes claims of that population, origin set and status, and leaves vague ones out', () => {
    expect(matchesQuestion(present(150, 150), kazakhChildren)).toBe(true);
    expect(matchesQuestion(present(150, 150, { origin: ['KZ', 'KG'] }), kazakhChildren)).toBe(false);
    expect(matchesQuestion(present(150, 150, { population: 'fighters' }), kazakhChildren)).toBe(false);
    expect(matchesQuestion(present(150, 150, { status: 'returned' }), kazakhChildren)).toBe(false);
    expect(matchesQuestion(present(150, 150, { qualifier: 'vague' }), kazakhChildren)).toBe(false);
  });

  it('answers any status when none is asked, and filters by place and armed group when asked', () => {
    const c = present(150, 150, { status: 'joined', location: ['SY', 'IQ'], affiliation: 'isis' });
    expect(matchesQuestion(c, { population: 'children', origin: ['KZ'] })).toBe(true);
    expect(matchesQuestion(c, { population: 'children', origin: ['KZ'], location: 'IQ' })).toBe(true);
    expect(matchesQuestion(c, { population: 'children', origin: ['KZ'], location: 'AF' })).toBe(false);
    expect(matchesQuestion(c, { population: 'children', origin: ['KZ'], affiliation: 'taliban' })).toBe(
      false,
    );
  });
});

describe('estimate series', () => {
  it('lists the 2014 figure of 300 Kazakh fighters with its source, date and ungraded grade', () => {
    const series = estimateSeries(
      [
        claim({
          documentName: 'en-022',
          population: 'fighters',
          status: 'joined',
          value: { min: 300, max: 300 },
          qualifier: 'approx',
          source: "Kazakhstan's intelligence chief",
          date: '2014-11',
          quote: 'some 300 Kazakhs fight for IS',
        }),
      ],
      { population: 'fighters', origin: ['KZ'] },
    );
    expect(series.points).toEqual([
      expect.objectContaining({
        documentName: 'en-022',
        value: { min: 300, max: 300 },
        qualifier: 'approx',
        source: "Kazakhstan's intelligence chief",
        date: '2014-11',
        dateBasis: 'claim',
        grade: { reliability: 'F', credibility: 6 },
        scope: 'unmarked',
      }),
    ]);
  });

  it('orders estimates in time, undated last, and reports the range they span', () => {
    const series = estimateSeries(
      [
        present(600, null, { id: 'x' }),
        present(150, 150, { date: '2019' }),
        present(250, 250, { date: '2016-03' }),
      ],
      kazakhChildren,
    );
    expect(series.points.map((p) => p.value.min)).toEqual([250, 150, 600]);
    expect(series.span).toEqual({ min: 150, max: 600, openAbove: true });
  });

  it('takes the publication date when the claim has none, and says so', () => {
    expect(toEstimatePoint(present(150, 150, { published: '2019-06-01' }))).toMatchObject({
      date: '2019-06-01',
      dateBasis: 'published',
    });
  });

  it('keeps the analyst grade on each estimate', () => {
    const point = toEstimatePoint(present(150, 150, { grade: { reliability: 'B', credibility: 2 } }));
    expect(point.grade).toEqual({ reliability: 'B', credibility: 2 });
  });
});

describe('conflicts', () => {
  it('flags 150 and 600 stated within a month as a conflict and says why', () => {
    const a = present(150, 150, { id: 'a', documentName: 'en-1', date: '2019-05-01', source: 'KNB' });
    const b = present(600, 600, { id: 'b', documentName: 'ar-1', date: '2019-05-20' });
    const [conflict, ...rest] = estimateSeries([a, b], kazakhChildren).conflicts;
    expect(rest).toEqual([]);
    expect(conflict).toEqual({
      claimIds: ['a', 'b'],
      daysApart: 19,
      why: '150 (en-1, 2019-05-01, KNB, F6) and 600 (ar-1, 2019-05-20, unattributed, F6) cannot both hold; 19 days apart',
    });
  });

  it('lists the closest conflicts first, at most the limit, and counts them all', () => {
    const claims = [
      present(100, 100, { id: 'jan', date: '2019-01-01' }),
      present(200, 200, { id: 'mar', date: '2019-03-01' }),
      present(300, 300, { id: 'mar2', date: '2019-03-05' }),
    ];
    const series = estimateSeries(claims, kazakhChildren, { maxConflicts: 2 });
    expect(series.conflictCount).toBe(3);
    expect(series.conflicts.map((c) => c.claimIds)).toEqual([
      ['mar', 'mar2'],
      ['jan', 'mar'],
    ]);
  });

  it('keeps, of many tied conflicts, the closest in time order, as sorting all of them would', () => {
    // Forty estimates over two months, each in its own report, most disagreeing with each other.
    const claims = Array.from({ length: 40 }, (_, i) =>
      present(100 + (i % 7) * 50, 100 + (i % 7) * 50, {
        id: `c${i}`,
        documentId: `d${i}`,
        date: `2019-0${1 + (i % 2)}-${String(1 + ((i * 3) % 28)).padStart(2, '0')}`,
      }),
    );
    const points = claims.map(toEstimatePoint);
    // The definition, spelled out: every conflicting pair, stably sorted by gap, the first ten.
    const sorted = [...points].sort((a, b) => a.date!.localeCompare(b.date!));
    const all: { ids: [string, string]; gap: number }[] = [];
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) {
        const [a, b] = [sorted[i]!, sorted[j]!];
        if (boundsOverlap(a.value, b.value)) continue;
        const gap = Math.round((Date.parse(b.date!) - Date.parse(a.date!)) / 86_400_000);
        if (gap <= 120) all.push({ ids: [a.claimId, b.claimId], gap });
      }
    all.sort((x, y) => x.gap - y.gap);
    const found = findConflicts(points, 120, 10);
    expect(found.total).toBe(all.length);
    expect(found.conflicts.map((c) => [c.daysApart, ...c.claimIds])).toEqual(
      all.slice(0, 10).map((p) => [p.gap, ...p.ids]),
    );
  });

  it('does not flag bounds that overlap: "more than 500" and "about 600"', () => {
    expect(boundsOverlap({ min: 500, max: null }, { min: 600, max: 600 })).toBe(true);
    const series = estimateSeries(
      [present(500, null, { date: '2019-05' }), present(600, 600, { date: '2019-05' })],
      kazakhChildren,
    );
    expect(series.conflicts).toEqual([]);
  });

  it('does not flag estimates years apart, whatever their numbers', () => {
    const series = estimateSeries(
      [present(150, 150, { date: '2015' }), present(600, 600, { date: '2019' })],
      kazakhChildren,
    );
    expect(series.conflicts).toEqual([]);
  });

  it('does not read a single flight against a total as a conflict', () => {
    const flight = present(84, 84, { date: '2019-05-01', quote: '84 children arrived on Thursday' });
    const total = present(600, 600, { date: '2019-05-03', quote: 'in total 600 children' });
    expect(findConflicts([flight, total].map(toEstimatePoint), 120)).toEqual({ conflicts: [], total: 0 });
  });

  it('finds a conflict with an estimate dated only by year against one inside that year', () => {
    const points = [present(150, 150, { date: '2019' }), present(600, 600, { date: '2019-11-30' })].map(
      toEstimatePoint,
    );
    expect(findConflicts(points, 120).total).toBe(1);
  });
});

describe('reconciliation', () => {
  it('finds the value all estimates allow and rests on all of them', () => {
    const claims = [
      present(150, null, { id: 'more-than-150', date: '2019-05' }),
      present(300, 300, { id: 'about-300', date: '2019-06' }),
      present(null, 600, { id: 'up-to-600', date: '2019-04' }),
    ];
    const result = reconcile(estimateSeries(claims, kazakhChildren).points, '2019-05-15');
    expect(result.supported).toEqual({ min: 300, max: 300 });
    expect(result.restsOn.sort()).toEqual(['about-300', 'more-than-150', 'up-to-600']);
    expect(result.dissent).toEqual([]);
  });

  it('sides with the better-graded estimates and names the dissent', () => {
    const claims = [
      present(150, 150, { id: 'gov', date: '2019-05', grade: { reliability: 'B', credibility: 2 } }),
      present(600, 600, { id: 'ngo', date: '2019-05', grade: { reliability: 'C', credibility: 3 } }),
      present(500, null, { id: 'anon', date: '2019-06' }),
    ];
    const points = estimateSeries(claims, kazakhChildren).points;
    // gov 0.64 against ngo 0.36 + anonymous 0.25 = 0.61.
    const graded = reconcile(points, '2019-05');
    expect(graded).toMatchObject({ supported: { min: 150, max: 150 }, restsOn: ['gov'], weightFor: 0.64 });
    expect(graded.dissent.sort()).toEqual(['anon', 'ngo']);
    expect(graded.why.at(-2)).toMatch(
      /^dissenting: 600 .* C3\) weight 0.36; at least 500 .* F6\) weight 0.25$/,
    );
    // Counting heads instead, two estimates against one.
    const equal = reconcile(points, '2019-05', { weighting: 'equal' });
    expect(equal).toMatchObject({ supported: { min: 600, max: 600 }, dissent: ['gov'] });
  });

  it('keeps both readings when they weigh the same, so nothing is silently dropped', () => {
    const claims = [
      present(150, 150, { id: 'a', date: '2019-05' }),
      present(600, 600, { id: 'b', date: '2019-05' }),
    ];
    const result = reconcile(estimateSeries(claims, kazakhChildren).points, '2019-05');
    expect(result.supported).toEqual({ min: 150, max: 600 });
    expect(result.restsOn).toEqual(['a', 'b']);
    expect(result.why).toContain('2 readings are equally supported; the range covers them all');
  });

  it('leaves out estimates outside the tolerance, single events and undated ones, saying why', () => {
    const claims = [
      present(300, 300, { id: 'near', date: '2019-05' }),
      present(900, 900, { id: 'old', date: '2015' }),
      present(84, 84, { id: 'flight', date: '2019-05', quote: '84 children arrived this week' }),
      present(50, 50, { id: 'undated' }),
    ];
    const result = reconcile(estimateSeries(claims, kazakhChildren).points, '2019-05-10');
    expect(result.restsOn).toEqual(['near']);
    expect(result.excluded.map((e) => e.claimId)).toEqual(['flight', 'undated']);
    expect(result.excluded[0]!.why).toMatch(/a single event \("this week"\)/);
  });

  it('says so when no estimate is near the date', () => {
    const result = reconcile(
      estimateSeries([present(300, 300, { date: '2015' })], kazakhChildren).points,
      '2019',
    );
    expect(result.supported).toBeNull();
    expect(result.why).toEqual(['no dated estimate within 120 days of 2019']);
    expect(() => reconcile([], 'next year')).toThrow(/not an ISO date/);
  });

  it('weighs an ungraded estimate as F6, between fairly reliable and doubtful', () => {
    expect(gradeWeight({ reliability: 'F', credibility: 6 })).toBe(0.25);
    expect(gradeWeight({ reliability: 'A', credibility: 1 })).toBe(1);
    expect(formatBounds({ min: 100, max: 150 })).toBe('100–150');
    expect(formatBounds({ min: null, max: 40 })).toBe('at most 40');
  });
});

describe('only comparable estimates conflict', () => {
  const returned = (min: number, extra: Parameters<typeof claim>[0] = {}) =>
    claim({ status: 'returned', value: { min, max: min }, qualifier: 'exact', ...extra });
  const returnedChildren = { population: 'children', origin: ['KZ'], status: 'returned' } as const;

  it('never sets a part against its whole, and leaves the part out of the reconciled range', () => {
    const whole = returned(156, {
      id: 'whole',
      documentId: 'd1',
      date: '2019-05',
      quote: '156 children in total',
    });
    // A part reported again elsewhere still names the whole it belongs to.
    const part = returned(18, {
      id: 'part',
      documentId: 'd2',
      date: '2019-05',
      wholeId: 'whole',
      quote: 'in total 18 orphans',
    });
    const series = estimateSeries([whole, part], returnedChildren);
    expect(series.conflicts).toEqual([]);
    const result = reconcile(series.points, '2019-05');
    expect(result.restsOn).toEqual(['whole']);
    expect(result.excluded).toEqual([
      { claimId: 'part', why: 'd2: part of another count of the same report' },
    ]);
  });

  it('lets a running total of returns grow, but a later total below an earlier one is a conflict', () => {
    const points = [
      returned(400, { id: 'may', date: '2019-05-01', quote: '400 children so far' }),
      returned(595, { id: 'july', date: '2019-07-01', quote: '595 children in total' }),
    ].map(toEstimatePoint);
    expect(findConflicts(points, 120).total).toBe(0);
    const shrinking = [
      returned(595, { id: 'may', date: '2019-05-01', quote: '595 children so far' }),
      returned(400, { id: 'july', date: '2019-07-01', quote: '400 children in total' }),
    ].map(toEstimatePoint);
    expect(findConflicts(shrinking, 120).conflicts.map((c) => c.claimIds)).toEqual([['may', 'july']]);
  });

  it('compares a total only with totals and a stock only with stocks', () => {
    const total = toEstimatePoint(returned(595, { date: '2019-06-01', quote: '595 returned in total' }));
    const stock = toEstimatePoint(
      claim({
        status: 'returned',
        value: { min: 150, max: 150 },
        date: '2019-06-02',
        quote: '150 remain in camps',
      }),
    );
    expect([total.scope, stock.scope]).toEqual(['total', 'stock']);
    expect(findConflicts([total, stock], 120).total).toBe(0);
  });

  it('sets an event only against an event of the same day', () => {
    const flight = (min: number, date: string) =>
      toEstimatePoint(returned(min, { date, quote: `${min} children arrived on a special flight` }));
    expect(findConflicts([flight(84, '2019-05-09'), flight(90, '2019-05-09')], 120).total).toBe(1);
    expect(findConflicts([flight(84, '2019-05-09'), flight(90, '2019-05-30')], 120).total).toBe(0);
  });

  it('reads partial dates as intervals: "2019" and "2020-01" are not at the same time, "2019" and "2019-11" are', () => {
    const year = present(150, 150, { date: '2019' });
    expect(
      findConflicts([year, present(600, 600, { date: '2020-01' })].map(toEstimatePoint), 120).total,
    ).toBe(0);
    expect(
      findConflicts([year, present(600, 600, { date: '2019-11' })].map(toEstimatePoint), 120).total,
    ).toBe(1);
  });

  it('dates a total "since 2019" stated in 2021 when it was stated', () => {
    const point = toEstimatePoint(
      returned(406, { date: '2019', published: '2021-03-02', quote: '406 children since 2019' }),
    );
    expect([point.scope, point.date, point.dateBasis]).toEqual(['total', '2021-03-02', 'published']);
  });

  it('finds a real contradiction: two outlets give 150 and 600 children held in May 2019', () => {
    const series = estimateSeries(
      [
        present(150, 150, { id: 'a', date: '2019-05-03', quote: '150 children remain in the camp' }),
        present(600, 600, { id: 'b', date: '2019-05-20', quote: '600 children remain in the camp' }),
      ],
      kazakhChildren,
    );
    expect(series.conflicts.map((c) => c.claimIds)).toEqual([['a', 'b']]);
  });
});

describe('facts are the unit of evidence', () => {
  it('counts one count reported by three copies of one report once, and two independent reports twice', () => {
    const copies = ['c1', 'c2', 'c3'].map((id, i) =>
      present(150, 150, {
        id,
        documentId: `copy-${i}`,
        date: '2019-05',
        factId: 'f150',
        copyOf: { documentId: 'copy-0', documentName: 'copy-0', root: 'copy-0', jaccard: 0.9 },
      }),
    );
    const independent = ['i1', 'i2'].map((id, i) =>
      present(600, 600, {
        id,
        documentId: `ind-${i}`,
        date: '2019-05',
        factId: 'f600',
        source: `source ${i}`,
      }),
    );
    const result = reconcile(estimateSeries([...copies, ...independent], kazakhChildren).points, '2019-05');
    // Three copies weigh as one F6 report (0.25); two independent F6 reports as 1 − 0.75² ≈ 0.44.
    expect(result.facts.map((f) => [f.id, f.origins, f.weight])).toEqual([
      ['f150', 1, 0.25],
      ['f600', 2, 0.438],
    ]);
    expect(result.supported).toEqual({ min: 600, max: 600 });
    expect(result.restsOn).toEqual(['i1', 'i2']);
    expect(result.dissent).toEqual(['c1', 'c2', 'c3']);
    expect(result.why.at(-2)).toMatch(
      /^dissenting: 150 .* and 2 more report\(s\) of the same count, 1 independent origin\(s\) weight 0.25$/,
    );
  });

  it('never sets two reports of one fact against each other', () => {
    const a = present(150, 150, { documentId: 'x', date: '2019-05-01', factId: 'f' });
    const b = present(160, 160, { documentId: 'y', date: '2019-05-02', factId: 'f' });
    expect(findConflicts([a, b].map(toEstimatePoint), 120).total).toBe(0);
  });
});

describe('subsets across reports', () => {
  it('does not set one report’s part against another report’s whole', () => {
    const returned = (id: string, doc: string, min: number, wholeId: string | null = null) =>
      claim({
        id,
        documentId: doc,
        status: 'returned',
        value: { min, max: min },
        date: '2021-02-04',
        wholeId,
      });
    const series = estimateSeries(
      [
        returned('en-7', 'en', 7),
        returned('en-2', 'en', 2, 'en-7'),
        returned('ru-7', 'ru', 7),
        returned('ru-2', 'ru', 2, 'ru-7'),
      ],
      { population: 'children', origin: ['KZ'], status: 'returned' },
    );
    expect(series.conflicts).toEqual([]);
  });

  it('takes a part of a count of other people as a whole answer ("406 children" of "595 people")', () => {
    const children = claim({
      id: 'c',
      status: 'returned',
      value: { min: 406, max: 406 },
      date: '2019',
      wholeId: 'people',
    });
    const result = reconcile(
      estimateSeries([children], { population: 'children', origin: ['KZ'], status: 'returned' }).points,
      '2019',
    );
    expect(result.restsOn).toEqual(['c']);
  });
});

describe('a part known from one report', () => {
  it('makes every report of the same count a part, even where it is not said', () => {
    const returned = (id: string, doc: string, min: number, extra: Parameters<typeof claim>[0] = {}) =>
      claim({
        id,
        documentId: doc,
        status: 'returned',
        value: { min, max: min },
        date: '2021-02-04',
        ...extra,
      });
    const points = estimateSeries(
      [
        returned('en-7', 'en', 7, { factId: 'seven' }),
        returned('en-2', 'en', 2, { factId: 'two', wholeId: 'en-7' }),
        returned('ru-7', 'ru', 7, { factId: 'seven' }),
        // The Russian report names the two orphans sentences later, without "of them".
        returned('ru-2', 'ru', 2, { factId: 'two' }),
      ],
      { population: 'children', origin: ['KZ'], status: 'returned' },
    ).points;
    expect(findConflicts(points, 120).total).toBe(0);
    const result = reconcile(points, '2021-02-04');
    expect(result.supported).toEqual({ min: 7, max: 7 });
    expect(result.excluded.map((e) => e.why)).toEqual([
      'en: part of another count of the same report',
      'ru: the same count as a part of another count',
    ]);
  });
});

describe('regions', () => {
  it('adds up the countries of a region stated for the same time and scope, and only those', () => {
    expect(regionChildren('region:central-asia')).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
    const fighters = (id: string, min: number, date: string, quote = `${min} fighters`) =>
      toEstimatePoint(
        claim({ id, population: 'fighters', status: 'present', value: { min, max: min }, date, quote }),
      );
    const sums = sumOfCountries(
      new Map([
        ['KZ', [fighters('kz', 500, '2017-10'), fighters('kz-old', 300, '2015')]],
        ['KG', [fighters('kg', 600, '2017-10')]],
        // Two different figures for one date: no single sum.
        ['TJ', [fighters('tj-a', 1300, '2015'), fighters('tj-b', 1500, '2015')]],
        ['UZ', [fighters('uz', 90, '2017-10', '90 fighters arrived this week')]],
      ]),
    );
    expect(sums).toEqual([
      {
        date: '2017-10',
        scope: 'unmarked',
        value: { min: 1100, max: 1100 },
        countries: [
          { code: 'KG', claimId: 'kg' },
          { code: 'KZ', claimId: 'kz' },
        ],
      },
    ]);
  });

  it('gives the same sums whatever order the points come in, naming the first stored of a repeated figure', () => {
    const fighters = (id: string, min: number, date: string, quote: string) =>
      toEstimatePoint(
        claim({ id, population: 'fighters', status: 'present', value: { min, max: min }, date, quote }),
      );
    const kz = [
      fighters('12', 500, '2017-10', '500 fighters'),
      fighters('7', 500, '2017-10', '500 fighters'),
      fighters('9', 40, '2017-10', '40 fighters in all'),
    ];
    const kg = [
      fighters('8', 600, '2017-10', '600 fighters'),
      fighters('3', 70, '2017-10', '70 fighters in all'),
    ];
    const forward = sumOfCountries(
      new Map([
        ['KZ', kz],
        ['KG', kg],
      ]),
    );
    const backward = sumOfCountries(
      new Map([
        ['KG', [...kg].reverse()],
        ['KZ', [...kz].reverse()],
      ]),
    );
    expect(backward).toEqual(forward);
    expect(forward.map((s) => [s.scope, s.value.min, s.countries.map((c) => c.claimId)])).toEqual([
      ['total', 110, ['3', '9']],
      ['unmarked', 1100, ['8', '7']],
    ]);
  });
});

describe("a country's count for a region's sum", () => {
  it('holds when, and with the scope, its estimate point does, from the few fields the store reads', () => {
    const claims = [
      claim({ id: 'since', date: '2019', published: '2021-03-02', quote: '406 children since 2019' }),
      claim({ id: 'dated', date: '2020-05', published: '2021-01', quote: '80 children arrived this week' }),
      claim({ id: 'undated', date: null, published: '2018-07-01', quote: '35 children in the camp' }),
      claim({ id: 'stored', date: '2017', scope: { scope: 'total', marker: 'in all' }, quote: '9 children' }),
    ];
    for (const c of claims) {
      const { claimId, value, date, scope } = toEstimatePoint(c);
      // What the store hands in: the quote only where no scope was stored.
      const count = {
        country: 'KZ',
        id: c.id,
        value: c.value,
        date: c.date,
        published: c.published,
        ...(c.scope ? { scope: c.scope } : { quote: c.quote }),
      };
      expect(countryPoint(count)).toEqual({ claimId, value, date, scope });
    }
    expect(countryPoint({ country: 'KZ', ...claims[0]! }).date).toBe('2021-03-02');
  });
});

describe('running totals at a date', () => {
  it('names the latest total of returns stated by then, however long before, beside the range', () => {
    const returned = (id: string, min: number, date: string, quote: string) =>
      claim({ id, status: 'returned', value: { min, max: min }, date, quote });
    const points = estimateSeries(
      [
        returned('t2019', 406, '2019-12', '406 children in total'),
        returned('t2018', 100, '2018-06', '100 children in total'),
        returned('flight', 7, '2021-02-04', '7 children arrived on Thursday'),
      ],
      { population: 'children', origin: ['KZ'], status: 'returned' },
    ).points;
    const result = reconcile(points, '2021-02-04');
    expect(result.runningTotal).toEqual({ claimId: 't2019', value: { min: 406, max: 406 }, date: '2019-12' });
    expect(result.why.at(-1)).toMatch(
      /^the latest running total stated by then: 406 .*; such a count can only have grown since$/,
    );
    // Nothing after the date counts, and stocks have no running total.
    expect(reconcile(points, '2018-12').runningTotal?.claimId).toBe('t2018');
    expect(
      reconcile(
        estimateSeries([present(150, 150, { date: '2019', quote: '150 in total' })], kazakhChildren).points,
        '2020',
      ).runningTotal,
    ).toBeNull();
  });
});
