import { describe, expect, it } from 'vitest';
import { explainLink, factKey, groupFacts, linkClaim, originGroups } from '../../src/analysis/facts.ts';
import { claim } from './claims.fixture.ts';

const copyOf = (documentId: string, jaccard: number, root = documentId) => ({
  documentId,
  documentName: documentId,
  root,
  jaccard,
});

describe('fact keys', () => {
  it('keys a claim by bounds, population, sorted origin and status, not by date or wording', () => {
    expect(factKey(claim({ origin: ['TJ', 'KZ'], date: '2019' }))).toBe('156..156|children|KZ,TJ|returned');
    expect(factKey(claim({ value: { min: 600, max: null }, origin: null }))).toBe(
      '600..-|children|-|returned',
    );
  });

  it('gives vague and unbounded counts no key, so they join no fact', () => {
    expect(factKey(claim({ qualifier: 'vague' }))).toBeNull();
    expect(factKey(claim({ value: { min: null, max: null } }))).toBeNull();
    expect(linkClaim([], claim({ qualifier: 'vague' }))).toBeNull();
  });
});

describe('grouping claims into facts', () => {
  it('makes one fact of the same returned 156 children reported in four languages within a week', () => {
    const claims = [
      claim({ documentId: 'en-1', lang: 'en', date: '2019-05-30', source: 'President Tokayev' }),
      claim({ documentId: 'ar-1', lang: 'ar', published: '2019-06-02', source: 'الرئيس توكاييف' }),
      claim({ documentId: 'ru-1', lang: 'ru', published: '2019-06-01', source: 'президент Токаев' }),
      claim({ documentId: 'fr-1', lang: 'fr', date: '2019-05-31', source: 'le président Tokaïev' }),
    ];
    const facts = groupFacts(claims);
    expect(facts).toHaveLength(1);
    expect(facts[0]!.claims.map((c) => c.documentId).sort()).toEqual(['ar-1', 'en-1', 'fr-1', 'ru-1']);
    expect(facts[0]!.date).toBe('2019-05-30');
    // Latin and Cyrillic spellings of Tokayev meet; the Arabic one is not transliterated.
    expect(facts[0]!.origins).toBe(2);
    expect(facts[0]!.why.slice(0, 4)).toEqual([
      'same count 156',
      'same population children',
      'same origin KZ',
      'same status returned',
    ]);
  });

  it('explains a link by count, population, origin, status and the two dates', () => {
    const a = claim({ documentName: 'en-004', date: '2019-05-30' });
    const b = claim({ documentName: 'ar-006', published: '2019-06-02' });
    expect(explainLink(a, b)).toEqual([
      'same count 156',
      'same population children',
      'same origin KZ',
      'same status returned',
      'dates 2019-06-02 (published) and 2019-05-30 within 120 days',
    ]);
  });

  it('says "same date" when two reports give the same day', () => {
    const a = claim({ date: '2021-02-04' });
    expect(explainLink(a, claim({ date: '2021-02-04' }))?.at(-1)).toBe('same date 2021-02-04');
  });

  it('keeps the same count for different origins, populations or statuses apart', () => {
    const facts = groupFacts([
      claim({ date: '2019-05' }),
      claim({ date: '2019-05', origin: ['TJ'] }),
      claim({ date: '2019-05', population: 'people' }),
      claim({ date: '2019-05', status: 'detained' }),
      claim({ date: '2019-05', value: { min: 156, max: null }, qualifier: 'more_than' }),
    ]);
    expect(facts).toHaveLength(5);
  });

  it('treats origin sets as sets: KZ+TJ and TJ+KZ are one origin', () => {
    expect(groupFacts([claim({ origin: ['KZ', 'TJ'] }), claim({ origin: ['TJ', 'KZ'] })])).toHaveLength(1);
  });

  it('keeps the same count two years apart as two facts', () => {
    const facts = groupFacts([claim({ date: '2019-05-30' }), claim({ date: '2021-02-04' })]);
    expect(facts.map((f) => f.date)).toEqual(['2019-05-30', '2021-02-04']);
  });

  it('links a claim dated only "2019" with one dated 2019-06-02, but not "2019-01" with 2019-08-15', () => {
    expect(groupFacts([claim({ date: '2019' }), claim({ date: '2019-06-02' })])).toHaveLength(1);
    expect(groupFacts([claim({ date: '2019-01' }), claim({ date: '2019-08-15' })])).toHaveLength(2);
  });

  it('does not let a fact drift: every member must be within the tolerance of the newcomer', () => {
    const facts = groupFacts([
      claim({ date: '2019-01-01' }),
      claim({ date: '2019-04-01' }),
      claim({ date: '2019-07-01' }),
    ]);
    expect(facts.map((f) => f.claims.length)).toEqual([2, 1]);
  });

  it('honours a narrower tolerance', () => {
    const claims = [claim({ date: '2019-05-01' }), claim({ date: '2019-05-20' })];
    expect(groupFacts(claims, { toleranceDays: 10 })).toHaveLength(2);
  });

  it('links undated claims by key and says their time is unknown, unless told not to', () => {
    const a = claim({ documentName: 'en-010' });
    const b = claim({ documentName: 'ru-009', date: '2019-05' });
    expect(explainLink(a, b)?.at(-1)).toBe('no date for en-010; not known to differ in time');
    expect(groupFacts([a, b])).toHaveLength(1);
    expect(groupFacts([a, b], { linkUndated: false })).toHaveLength(2);
  });

  it('names the earliest report by publication date', () => {
    const [fact] = groupFacts([
      claim({ documentName: 'late', published: '2019-06-05', date: '2019-05-30' }),
      claim({ documentName: 'first', published: '2019-05-31', date: '2019-05-30' }),
    ]);
    expect(fact!.earliest).toMatchObject({ documentName: 'first', date: '2019-05-31' });
  });
});

describe('independent origins', () => {
  it('counts two outlets quoting the same minister as one origin', () => {
    const [fact] = groupFacts([
      claim({ documentName: 'en-1', outlet: 'TASS', source: 'Foreign Minister Sirojiddin Muhriddin' }),
      claim({ documentName: 'en-2', outlet: 'Asia-Plus', source: 'minister Muhriddin' }),
      claim({ documentName: 'en-3', outlet: 'RFE/RL', source: 'Human Rights Watch' }),
    ]);
    expect(fact!.origins).toBe(2);
    expect(fact!.originGroups[0]!.why).toEqual([
      'en-1 and en-2 quote the same source ("Foreign Minister Sirojiddin Muhriddin", "minister Muhriddin")',
    ]);
  });

  it('counts a near copy of a document as the same origin and says so with its Jaccard', () => {
    const original = claim({ documentId: 'en-10', documentName: 'en-10', outlet: 'Reuters' });
    const copy = claim({
      documentId: 'en-11',
      documentName: 'en-11',
      outlet: 'Yahoo',
      copyOf: copyOf('en-10', 0.91),
    });
    const [fact] = groupFacts([original, copy]);
    expect(fact!.origins).toBe(1);
    expect(fact!.why).toContain('en-10 – en-11: document en-11 is a near copy of en-10 (Jaccard 0.91)');
  });

  it('counts two copies of one text as one origin even when neither copies the other directly', () => {
    const groups = originGroups([
      claim({ documentName: 'a', copyOf: copyOf('root', 0.8) }),
      claim({ documentName: 'b', copyOf: copyOf('other', 0.75, 'root') }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.why).toEqual(['documents a and b are copies of one text']);
  });

  it('counts one outlet stating a number itself twice as one origin, two outlets as two', () => {
    expect(originGroups([claim({ outlet: 'Kazinform' }), claim({ outlet: 'Kazinform' })])).toHaveLength(1);
    expect(originGroups([claim({ outlet: 'Kazinform' }), claim({ outlet: 'Tengrinews' })])).toHaveLength(2);
  });

  it('counts outlets citing vague "sources" as separate origins', () => {
    expect(originGroups([claim({ source: 'sources' }), claim({ source: 'sources' })])).toHaveLength(2);
  });

  it('merges two origin groups when a newcomer belongs to both', () => {
    const groups = originGroups([
      claim({ id: 'm', documentId: 'd1', source: 'Minister Muhriddin' }),
      claim({ id: 'o', documentId: 'd2', outlet: 'Asia-Plus' }),
      claim({ id: 'n', documentId: 'd3', outlet: 'Asia-Plus', copyOf: copyOf('d1', 0.9) }),
    ]);
    expect(groups).toEqual([
      {
        claimIds: ['m', 'o', 'n'],
        why: ['document d3 is a near copy of d1 (Jaccard 0.90)', 'd2 and d3 are both stated by Asia-Plus'],
      },
    ]);
  });

  it('joins origin groups transitively: a copy of a report quoting the minister', () => {
    const groups = originGroups([
      claim({ documentId: 'd1', source: 'Minister Muhriddin' }),
      claim({ documentId: 'd2', source: 'Muhriddin' }),
      claim({ documentId: 'd3', source: null, copyOf: copyOf('d2', 0.88) }),
    ]);
    expect(groups.map((g) => g.claimIds.length)).toEqual([3]);
  });
});

describe('incremental linking', () => {
  it('founds a new fact with the given id when no candidate fits', () => {
    const result = linkClaim([], claim({ id: 'c1', date: '2019-05-30' }), { newFactId: 'f-9' });
    expect(result).toMatchObject({
      created: true,
      fact: { id: 'f-9', origins: 1 },
      link: { claimId: 'c1', to: null },
    });
  });

  it('adds a claim to the fact fetched by its key without changing the stored fact', () => {
    const first = linkClaim([], claim({ id: 'c1', date: '2019-05-30' }))!.fact;
    const result = linkClaim([first], claim({ id: 'c2', date: '2019-06-02' }))!;
    expect(result.created).toBe(false);
    expect(result.fact.id).toBe(first.id);
    expect(result.fact.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(result.link).toMatchObject({ claimId: 'c2', to: 'c1' });
    expect(first.claims).toHaveLength(1);
  });

  it('joins the closest in time of two compatible facts', () => {
    const spring = linkClaim([], claim({ id: 's', date: '2019-03-01' }))!.fact;
    const summer = linkClaim([], claim({ id: 'u', date: '2019-06-20' }))!.fact;
    const result = linkClaim([spring, summer], claim({ id: 'n', date: '2019-06-01' }))!;
    expect(result.fact.id).toBe(summer.id);
  });

  it('ignores candidates under another key', () => {
    const other = linkClaim([], claim({ origin: ['TJ'] }))!.fact;
    expect(linkClaim([other], claim())!.created).toBe(true);
  });

  it('links 2,000 reports of one fact, one at a time, within seconds', () => {
    const claims = Array.from({ length: 2000 }, (_, i) =>
      claim({
        outlet: `outlet-${i % 50}`,
        source: i % 2 ? `Minister Number${i % 7}` : null,
        date: '2019-05',
      }),
    );
    const started = performance.now();
    const [fact, ...rest] = groupFacts(claims);
    expect(rest).toEqual([]);
    expect(fact!.claims).toHaveLength(2000);
    expect(fact!.origins).toBeLessThan(60);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('gives the same groups one claim at a time as all at once', () => {
    const claims = [
      claim({ id: 'a', date: '2019-05-30' }),
      claim({ id: 'b', published: '2019-06-02' }),
      claim({ id: 'c', date: '2021-02-04' }),
      claim({ id: 'd', date: '2021-02', origin: ['TJ'] }),
    ];
    let facts: ReturnType<typeof groupFacts> = [];
    for (const c of claims) {
      const { fact } = linkClaim(facts, c)!;
      facts = [...facts.filter((f) => f.id !== fact.id), fact];
    }
    const groups = (fs: typeof facts) =>
      fs
        .map((f) =>
          f.claims
            .map((c) => c.id)
            .sort()
            .join(),
        )
        .sort();
    expect(groups(facts)).toEqual(groups(groupFacts(claims)));
  });
});
