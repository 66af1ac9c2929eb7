import { describe, expect, it } from 'vitest';
import { acrossDocuments, groupPairs, groupsByKey, pairwiseScores } from '../../src/analysis/pairwise.ts';

describe('pairwise precision and recall', () => {
  it('scores an identical grouping 1, 1, 1', () => {
    const groups = [['a', 'b', 'c'], ['d', 'e'], ['f']];
    expect(pairwiseScores(groups, groups)).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
      truePositives: 4,
    });
  });

  it('counts the pairs of a group of n as n(n-1)/2, ignoring order and repeats', () => {
    expect(groupPairs([['c', 'a', 'b', 'a']]).size).toBe(3);
    expect(groupPairs([['a']]).size).toBe(0);
  });

  it('loses precision when two reference groups are merged', () => {
    const score = pairwiseScores(
      [['a', 'b', 'c', 'd']],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    );
    expect(score).toMatchObject({ truePositives: 2, predictedPairs: 6, referencePairs: 2, recall: 1 });
    expect(score.precision).toBeCloseTo(1 / 3);
    expect(score.f1).toBeCloseTo(0.5);
  });

  it('loses recall when a reference group is split', () => {
    const score = pairwiseScores([['a', 'b'], ['c']], [['a', 'b', 'c']]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(1 / 3);
  });

  it('scores grouping nothing against a reference that groups something as recall 0, F1 0', () => {
    expect(pairwiseScores([['a'], ['b']], [['a', 'b']])).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(pairwiseScores([], [])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('leaves out pairs from the same document when asked', () => {
    const documentOf = (id: string) => id.split('#')[0];
    const predicted = [['d1#1', 'd1#2', 'd2#1']];
    const reference = [['d1#1', 'd2#1'], ['d1#2']];
    const score = pairwiseScores(predicted, reference, acrossDocuments(documentOf));
    expect(score).toMatchObject({ predictedPairs: 2, referencePairs: 1, truePositives: 1, recall: 1 });
  });

  it('builds reference groups from keys, leaving null keys out', () => {
    expect(
      groupsByKey([
        { id: 'a', key: '156|children' },
        { id: 'b', key: '43|women' },
        { id: 'c', key: '156|children' },
        { id: 'd', key: null },
      ]),
    ).toEqual([['a', 'c'], ['b']]);
  });
});
