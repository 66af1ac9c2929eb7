// The estimates chart's unit of evidence: claims of one fact are one point, dated by their first report.
import { describe, expect, it } from 'vitest';
import type { EstimateSeries } from '../../src/web/api/client.ts';
import { factPoints } from '../../src/web/components/EstimateChart.tsx';

type Point = EstimateSeries['points'][number];

const point = (claimId: number, factId: number | null, date: string | null, min = 150): Point => ({
  claimId,
  documentId: claimId,
  documentName: `report-${claimId}`,
  lang: 'en',
  value: { min, max: min },
  qualifier: 'exact',
  source: null,
  outlet: null,
  date,
  dateBasis: date ? 'published' : null,
  grade: { reliability: 'F', credibility: 6 },
  scope: 'stock',
  scopeMarker: null,
  partOf: null,
  factId,
  quote: `${min} children`,
  span: { start: 0, end: 3 },
});

describe('factPoints', () => {
  it('gathers the claims of a fact into one point dated by its earliest report', () => {
    const facts = factPoints([
      point(1, 7, '2019-05-15'),
      point(2, null, '2019-06'),
      point(3, 7, '2019-05-10'),
    ]);
    expect(facts.map((f) => [f.key, f.members.map((m) => m.claimId), f.date])).toEqual([
      ['f7', [3, 1], '2019-05-10'],
      ['c2', [2], '2019-06'],
    ]);
  });

  it('keeps undated claims, undated only when no report of the fact gives a date', () => {
    const facts = factPoints([point(1, null, null), point(2, 4, null), point(3, 4, '2020')]);
    expect(facts.map((f) => [f.key, f.date])).toEqual([
      ['c1', null],
      ['f4', '2020'],
    ]);
  });
});
