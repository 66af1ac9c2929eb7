// The linking decisions on their own: no store, literals in, rows to write out.
import { describe, expect, it } from 'vitest';
import {
  BAND_HOLDERS,
  claimsToLink,
  decideCopies,
  effectiveDateChanges,
  factLookup,
  planLinks,
  signDocuments,
  type StoredFactToLink,
} from '../../src/analysis/linking.ts';
import { encodeSignature } from '../../src/analysis/near-duplicates.ts';
import { claim } from './claims.fixture.ts';

const TEXT =
  'Kazakhstan brought back 156 children from camps in northeast Syria on Thursday, the foreign ministry said, ' +
  'in the largest single repatriation flight so far this year according to officials in Astana.';
const OTHER =
  'A court in Dushanbe sentenced eleven men for joining armed groups abroad; their families asked for leniency ' +
  'and lawyers said they would appeal the verdicts before the end of the month.';

describe('deciding copies', () => {
  it('reads the second of two identical texts in one batch as a copy of the first, rooted at it', () => {
    const signed = signDocuments([
      { id: 1, name: 'en-1', text: TEXT, lang: 'en' },
      { id: 2, name: 'en-2', text: TEXT, lang: 'en' },
      { id: 3, name: 'en-3', text: OTHER, lang: 'en' },
    ]);
    const decided = decideCopies(signed, [], new Map());
    expect(decided.copies.get(1)).toBeNull();
    expect(decided.copies.get(2)).toMatchObject({ documentId: '1', root: '1', jaccard: 1 });
    expect(decided.copies.get(3)).toBeNull();
    expect(decided.signatures.map((s) => [s.documentId, s.copyOf, s.copyRoot])).toEqual([
      [1, null, 1],
      [2, 1, 1],
      [3, null, 3],
    ]);
  });

  it('finds a copy of a stored document among the candidates and joins its copy group', () => {
    const [stored] = signDocuments([{ id: 7, name: 'en-7', text: TEXT, lang: 'en' }]);
    const signed = signDocuments([{ id: 9, name: 'en-9', text: TEXT, lang: 'en' }]);
    const decided = decideCopies(
      signed,
      [{ documentId: 7, name: 'en-7', signature: encodeSignature(stored!.signature), copyRoot: 4 }],
      new Map(),
    );
    expect(decided.copies.get(9)).toMatchObject({ documentId: '7', documentName: 'en-7', root: '4' });
    expect(decided.signatures[0]).toMatchObject({ documentId: 9, copyOf: 7, copyRoot: 4 });
  });

  it('keeps a document under a band key only while the key holds fewer than BAND_HOLDERS documents', () => {
    const signed = signDocuments([{ id: 1, name: 'en-1', text: TEXT, lang: 'en' }]);
    const [full, ...rest] = signed[0]!.keys;
    const decided = decideCopies(signed, [], new Map([[full!, BAND_HOLDERS]]));
    expect(decided.bands.map((b) => b.key)).toEqual(rest);
  });
});

describe('planning fact links', () => {
  it('founds one fact for the same count in two reports, counting claims, reports and kinds', () => {
    const a = claim({
      id: '10',
      documentId: '1',
      documentName: 'en-1',
      published: '2023-03-01',
      outlet: 'A',
    });
    const b = claim({
      id: '11',
      documentId: '1',
      documentName: 'en-1',
      published: '2023-03-01',
      outlet: 'A',
    });
    const c = claim({
      id: '12',
      documentId: '2',
      documentName: 'ru-2',
      published: '2023-03-02',
      outlet: 'B',
    });
    const plan = planLinks(claimsToLink([c, b, a]), []);
    expect(plan.facts).toHaveLength(1);
    const [fact] = plan.facts;
    expect(fact).toMatchObject({ ref: 'new:0', isNew: true, claimCount: 3, documentCount: 2 });
    expect(fact!.state.why).toHaveLength(4);
    expect(plan.members.map((m) => [m.claimId, m.ord, m.kindFirst, m.factRef])).toEqual([
      [10, 0, true, 'new:0'],
      [11, 1, false, 'new:0'],
      [12, 2, true, 'new:0'],
    ]);
    expect(plan.members[0]!.linkedTo).toBeNull();
    expect(plan.members[2]!.linkedTo).not.toBeNull();
  });

  it('joins a stored fact under the same key: its counts and member order go on from the stored ones', () => {
    const member = claim({ id: '5', documentId: '3', published: '2023-02-27', outlet: 'C' });
    const stored: StoredFactToLink = {
      id: 42,
      key: '156..156|children|KZ|returned',
      value: { min: 156, max: 156 },
      population: 'children',
      origin: ['KZ'],
      status: 'returned',
      date: '2023-02-27',
      origins: 1,
      state: { why: ['same count 156'], originGroups: [{ claimIds: ['5'], why: [] }], earliest: null },
      claimCount: 6,
      documentCount: 4,
      members: [{ claim: member, linkedTo: null, why: ['same count 156'] }],
    };
    const newcomer = claim({ id: '20', documentId: '8', published: '2023-03-01', outlet: 'D' });
    const plan = planLinks([newcomer], [stored]);
    expect(plan.facts).toEqual([
      expect.objectContaining({ ref: '42', isNew: false, claimCount: 7, documentCount: 5 }),
    ]);
    expect(plan.members).toEqual([
      expect.objectContaining({ factRef: '42', claimId: 20, ord: 6, kindFirst: true, linkedTo: 5 }),
    ]);
  });

  it('leaves vague counts out and links dated claims before undated ones', () => {
    const undated = claim({ id: '1' });
    const dated = claim({ id: '2', date: '2023-01-05' });
    const vague = claim({ id: '3', qualifier: 'vague' });
    expect(claimsToLink([undated, vague, dated]).map((c) => c.id)).toEqual(['2', '1']);
  });

  it('asks for the facts of each key once and for the members in the claims’ reports and copy groups', () => {
    const copy = { documentId: '4', documentName: 'x', root: '2', jaccard: 0.9 };
    const lookup = factLookup([
      claim({ id: '1', documentId: '1' }),
      claim({ id: '2', documentId: '5', copyOf: copy }),
    ]);
    expect(lookup.keys).toEqual(['156..156|children|KZ|returned']);
    expect(lookup.near).toEqual({ documents: [1, 5], roots: [1, 2] });
  });

  it('rewrites a claim’s effective date only when the date it holds changed', () => {
    const changes = effectiveDateChanges([
      { claim: claim({ id: '1', date: '2023-01-05' }), effectiveDate: '2023-01-05' },
      { claim: claim({ id: '2', date: '2023-02-01', published: '2023-03-01' }), effectiveDate: '2023-03-01' },
      { claim: claim({ id: '3', date: null, published: null }), effectiveDate: '2020' },
    ]);
    expect(changes).toEqual([
      { id: 2, t: '2023-02-01' },
      { id: 3, t: null },
    ]);
  });
});
