// Pairwise precision and recall of a grouping against a reference grouping: each unordered
// pair of ids placed in one group is a decision, right when the reference groups them too.

export interface PairwiseScore {
  /** Share of predicted pairs the reference also groups; 1 when nothing was grouped. */
  precision: number;
  /** Share of reference pairs the prediction also groups; 1 when the reference groups nothing. */
  recall: number;
  f1: number;
  truePositives: number;
  predictedPairs: number;
  referencePairs: number;
}

export type PairFilter = (a: string, b: string) => boolean;

/** The unordered pairs within groups, as "a\u0000b" with a < b; pairs the filter rejects are left out. */
export function groupPairs(
  groups: readonly (readonly string[])[],
  keep: PairFilter = () => true,
): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    const ids = [...new Set(group)].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        if (keep(ids[i]!, ids[j]!)) pairs.add(`${ids[i]}\u0000${ids[j]}`);
      }
    }
  }
  return pairs;
}

export function pairwiseScores(
  predicted: readonly (readonly string[])[],
  reference: readonly (readonly string[])[],
  keep: PairFilter = () => true,
): PairwiseScore {
  const mine = groupPairs(predicted, keep);
  const theirs = groupPairs(reference, keep);
  let truePositives = 0;
  for (const pair of mine) if (theirs.has(pair)) truePositives++;
  const precision = mine.size === 0 ? 1 : truePositives / mine.size;
  const recall = theirs.size === 0 ? 1 : truePositives / theirs.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predictedPairs: mine.size, referencePairs: theirs.size };
}

/** Groups ids by a key (null keys stay out), e.g. a reference built from annotated claims. */
export function groupsByKey(items: readonly { id: string; key: string | null }[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const { id, key } of items) {
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(id);
    else groups.set(key, [id]);
  }
  return [...groups.values()];
}

/** A filter keeping only pairs from different documents: linking is about reports, not repeats. */
export function acrossDocuments(documentOf: (id: string) => string | undefined): PairFilter {
  return (a, b) => documentOf(a) !== documentOf(b);
}
