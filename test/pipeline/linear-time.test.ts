// Extraction time grows with the text, not with the square of its longest sentence: a text without a
// single full stop (a badly converted file, a hostile one) costs about what the same text with stops costs.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { MAX_SENTENCE, splitSentences } from '../../src/pipeline/segment.ts';

const CLAUSE =
  'Late in 2021 the border agency reported that 312 nationals came back from camps in Iraq, among them 140 minors and 55 mothers';

function build(size: number, joiner: string): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    parts.push(CLAUSE);
    length += CLAUSE.length + joiner.length;
  }
  return parts.join(joiner);
}

function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

describe('linear-time extraction', () => {
  it('cuts a sentence without stops into bounded pieces, at clause marks or spaces', () => {
    const text = build(20_000, ' and ');
    const pieces = splitSentences(text, new Set());
    expect(pieces.length).toBeGreaterThan(10);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text[p.start]).not.toMatch(/\s/);
    }
    // Nothing is lost between pieces but spaces.
    expect(pieces[0]!.start).toBe(0);
    expect(pieces.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) {
      expect(text.slice(pieces[i - 1]!.end, pieces[i]!.start)).toMatch(/^\s*$/);
    }
  });

  it('a piece of unbroken letters is cut at the cap, never inside a surrogate pair', () => {
    const text = '𝔸'.repeat(5000);
    const pieces = splitSentences(text, new Set());
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.charCodeAt(p.start)).toBeGreaterThanOrEqual(0xd800);
      expect(text.charCodeAt(p.start)).toBeLessThan(0xdc00);
    }
  });

  it('2 MB on one line takes about the time of the same 2 MB with full stops', { timeout: 120_000 }, () => {
    const withStops = build(2 * 1024 * 1024, '. ');
    const oneLine = build(2 * 1024 * 1024, ' and ');
    extract(build(50_000, '. '), { lang: 'en' }); // warm up the engine first
    const stopsTime = seconds(() => extract(withStops, { lang: 'en' }));
    let claims = 0;
    const lineTime = seconds(() => (claims = extract(oneLine, { lang: 'en' }).claims.length));
    expect(claims).toBeGreaterThan(0);
    // Before pieces were capped this ratio was above 100; a generous bound keeps a busy machine from failing it.
    expect(lineTime).toBeLessThan(4 * stopsTime + 2);
  });
});
