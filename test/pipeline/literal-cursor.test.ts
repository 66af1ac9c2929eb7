// A LiteralCursor answers "does this range hold the literal?" from remembered occurrences; it must
// answer exactly as searching the range's own text would, whatever order the ranges come in.
import { describe, expect, it } from 'vitest';
import { LiteralCursor, LiteralSet } from '../../src/pipeline/literal-cursor.ts';

describe('LiteralSet', () => {
  it('numbers each literal once, across lists', () => {
    const set = new LiteralSet();
    expect(set.idsOf(['aged', 'age'])).toEqual([0, 1]);
    expect(set.idsOf(['between', 'age'])).toEqual([2, 1]);
    expect(set.literals).toEqual(['aged', 'age', 'between']);
  });
});

describe('LiteralCursor', () => {
  const text = 'The boys were aged 12. Nobody else was counted. Two girls, aged 9 and 10, came back.';
  const literals = ['aged', 'girls', 'missing'];

  it('finds a literal only inside the range, whole', () => {
    const cursor = new LiteralCursor(text, literals);
    const firstAged = text.indexOf('aged');
    expect(cursor.has(0, 0, 22)).toBe(true);
    expect(cursor.has(0, 0, firstAged + 3)).toBe(false); // cut off before its last letter
    expect(cursor.has(0, firstAged + 1, 40)).toBe(false); // starts inside it; the next is later
    expect(cursor.has(2, 0, text.length)).toBe(false);
  });

  it('answers as includes() on the range, for ranges in any order', () => {
    const cursor = new LiteralCursor(text, literals);
    // Sentences in order, then backwards, then overlapping windows: every answer checked.
    const bounds = [0, 22, 47, text.length];
    const ranges: [number, number][] = [];
    for (let k = 0; k + 1 < bounds.length; k++) ranges.push([bounds[k]!, bounds[k + 1]!]);
    ranges.push(...[...ranges].reverse());
    for (let from = 0; from < text.length; from += 7) ranges.push([from, Math.min(text.length, from + 20)]);
    for (const [from, to] of ranges) {
      literals.forEach((literal, id) => {
        expect(cursor.has(id, from, to), `${literal} in [${from}, ${to})`).toBe(
          text.slice(from, to).includes(literal),
        );
      });
      expect(cursor.hasAny([1, 2], from, to)).toBe(text.slice(from, to).includes('girls'));
    }
  });
});
