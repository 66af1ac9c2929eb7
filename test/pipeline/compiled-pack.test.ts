// Every lexicon a compiled pack reads per sentence is indexed with the document in one pass (the pack's
// LexiconGroup); one left out is scanned again at every call. Only the release words other than the
// series are read on demand, around a candidate title.
import { describe, expect, it } from 'vitest';
import { compilePack, ON_DEMAND_LEXICONS } from '../../src/pipeline/compiled-pack.ts';
import { LANGUAGE_PACKS } from '../../src/pipeline/languages/index.ts';
import { Lexicon } from '../../src/pipeline/lexicon.ts';

/** The lexicons of a compiled pack, with their paths, however deep its fields nest them. */
function lexiconsOf(value: unknown, path: string, out: [string, Lexicon<unknown>][]): void {
  if (value instanceof Lexicon) out.push([path, value]);
  else if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Map))
    for (const [key, inner] of Object.entries(value)) lexiconsOf(inner, path ? `${path}.${key}` : key, out);
}

describe.each(LANGUAGE_PACKS.map((p) => [p.code, p] as const))('the %s pack', (_code, pack) => {
  it('indexes every lexicon it reads per sentence with the document', () => {
    const compiled = compilePack(pack);
    const found: [string, Lexicon<unknown>][] = [];
    const { group, release, ...rest } = compiled;
    lexiconsOf(rest, '', found);
    lexiconsOf({ series: release.series }, 'release', found);
    expect(found.length).toBeGreaterThan(50);
    // Every one but those scanned on demand, beside a rare candidate.
    expect(
      found
        .filter(([, lexicon]) => !group.includes(lexicon))
        .map(([path]) => path)
        .sort(),
    ).toEqual([...ON_DEMAND_LEXICONS].sort());
  });
});
