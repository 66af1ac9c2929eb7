// The link service feeds the pure decisions from a store and writes back what they decided; here the
// store is a record of calls, so the order and the rows are what is checked.
import { describe, expect, it } from 'vitest';
import { linkClaimsIn, signDocumentsIn } from '../../src/services/link.service.ts';
import type { FactToLinkRow, LinkStore } from '../../src/storage/linking.sql.ts';
import { claim } from '../analysis/claims.fixture.ts';

function recordingStore(read: { ids: string[]; facts?: FactToLinkRow[] }) {
  const calls: [string, unknown][] = [];
  /** Records a call and answers it. */
  const answer = <T>(name: string, args: unknown, value: T): Promise<T> => {
    calls.push([name, args]);
    return Promise.resolve(value);
  };
  const store: LinkStore = {
    lock: () => answer('lock', null, undefined),
    copyCandidates: (wanted, exclude, limits) =>
      answer(
        'copyCandidates',
        { wanted: wanted.length, exclude, limits },
        { candidates: [], held: new Map() },
      ),
    writeSignatures: (signatures, bands) => answer('writeSignatures', { signatures, bands }, undefined),
    unlinkedClaims: (ids) =>
      answer(
        'unlinkedClaims',
        ids,
        read.ids.map((id, i) => ({
          claim: claim({ id, documentId: String(i + 1), published: '2023-03-0' + String(i + 1) }),
          effectiveDate: '2023-03-0' + String(i + 1),
        })),
      ),
    writeEffectiveDates: (changes) => answer('writeEffectiveDates', changes, undefined),
    factsByKeys: (keys, near) => answer('factsByKeys', { keys, near }, read.facts ?? []),
    allocateFactIds: (count) =>
      answer(
        'allocateFactIds',
        count,
        Array.from({ length: count }, (_, i) => 900 + i),
      ),
    insertFacts: (rows) => answer('insertFacts', rows, undefined),
    updateFacts: (rows) => answer('updateFacts', rows, undefined),
    insertMembers: (rows) => answer('insertMembers', rows, undefined),
  };
  return { store, calls };
}

describe('the link service', () => {
  it('takes the link lock before reading, then writes a new fact under the id the store allocated', async () => {
    const { store, calls } = recordingStore({ ids: ['1', '2'] });
    expect(await linkClaimsIn(store, [1, 2])).toEqual({ linked: 2 });
    expect(calls.map(([name]) => name)).toEqual([
      'lock',
      'unlinkedClaims',
      'writeEffectiveDates',
      'factsByKeys',
      'allocateFactIds',
      'insertFacts',
      'updateFacts',
      'insertMembers',
    ]);
    const inserted = calls.find(([n]) => n === 'insertFacts')![1] as { id: number; claimCount: number }[];
    expect(inserted).toEqual([expect.objectContaining({ id: 900, claimCount: 2, documentCount: 2 })]);
    const members = calls.find(([n]) => n === 'insertMembers')![1] as { factId: number; claimId: number }[];
    expect(members.map((m) => [m.factId, m.claimId])).toEqual([
      [900, 1],
      [900, 2],
    ]);
  });

  it('reads nothing when there is nothing to link', async () => {
    const { store, calls } = recordingStore({ ids: [] });
    expect(await linkClaimsIn(store, [])).toEqual({ linked: 0 });
    expect(calls).toEqual([]);
  });

  it('signs documents under the linking lock with one candidate lookup for the batch and writes their signatures', async () => {
    const { store, calls } = recordingStore({ ids: [] });
    const text =
      'Kazakhstan brought back 156 children from camps in northeast Syria on Thursday, officials said.';
    const copies = await signDocumentsIn(store, [
      { id: 1, name: 'a', text, lang: 'en' },
      { id: 2, name: 'b', text, lang: 'en' },
    ]);
    expect(copies.get(2)).toMatchObject({ documentId: '1' });
    // Copies are decided against every document signed before: the lock comes first.
    expect(calls.map(([name]) => name)).toEqual(['lock', 'copyCandidates', 'writeSignatures']);
    expect(calls[1]![1]).toMatchObject({ exclude: [1, 2], limits: { holders: 8, candidates: 8 } });
  });
});
