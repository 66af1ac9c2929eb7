import { describe, expect, it } from 'vitest';
import {
  consonantKey,
  foldedPart,
  gazetteerKey,
  nameParts,
  suggestAliases,
  type NamedSource,
} from '../../src/analysis/source-aliases.ts';

const src = (id: number, name: string, kind: NamedSource['kind'] = 'attributed'): NamedSource => ({
  id,
  kind,
  name,
});
const codes = (list: ReturnType<typeof suggestAliases>, a: number, b: number) =>
  list.find((s) => s.a === a && s.b === b)?.reasons.map((r) => r.code);

describe('source alias suggestions', () => {
  it('reads a name as its parts: the name, bracketed alternatives, a domain, never a "via" outlet', () => {
    expect(nameParts('الحياة (Al-Hayat, via Sauress)')).toEqual(['الحياة', 'Al-Hayat']);
    expect(nameParts('САНА (SANA, sana.sy)')).toEqual(['САНА', 'SANA', 'sana.sy', 'sana']);
    expect(foldedPart('2015 the International Crisis Group')).toBe(
      foldedPart("l'International Crisis Group"),
    );
  });

  it('reduces a name to the same consonants in Latin, Cyrillic and Arabic letters', () => {
    expect(new Set(['Tokayev', 'Токаев', 'توكاييف'].map(consonantKey))).toEqual(new Set(['tkf']));
    expect(consonantKey('قديروف')).toBe(consonantKey('Kadyrov'));
    expect(consonantKey('الحياة')).toBe(consonantKey('Аль-Хаят'));
    expect(consonantKey('a')).toBeNull();
  });

  it('knows a name that only names a place or an armed group, in any spelling', () => {
    expect(gazetteerKey('كازاخستان')).toBe('KZ');
    expect(gazetteerKey('كازخستان')).toBe('KZ');
    expect(gazetteerKey('the Kazakh authorities')).toBe('KZ');
    expect(gazetteerKey("Kazakhstan's intelligence chief")).toBeNull();
  });

  it('suggests across scripts, by surname and by the gazetteer, with reasons, the strongest first', () => {
    const list = suggestAliases([
      src(1, 'President Tokayev'),
      src(2, 'Токаева'),
      src(3, 'توكاييف'),
      src(4, 'كازاخستان'),
      src(5, 'Kazakhstan authorities'),
      src(6, 'SANA (sana.sy)', 'outlet'),
      src(7, 'سانا', 'outlet'),
    ]);
    expect(codes(list, 2, 3)).toEqual(['across-scripts']);
    expect(codes(list, 1, 2)).toEqual(['surname']);
    expect(codes(list, 4, 5)).toEqual(['gazetteer']);
    expect(codes(list, 6, 7)).toEqual(['across-scripts']);
    expect(list.map((s) => s.score)).toEqual([...list.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('never pairs an outlet with a speaker, nor a vague attribution, nor two spellings in one script', () => {
    const list = suggestAliases([
      src(1, 'SANA', 'outlet'),
      src(2, 'SANA'),
      src(3, 'officials'),
      src(4, 'Officials'),
      src(5, 'Tokaev'),
      src(6, 'Tokayev'),
    ]);
    expect(list).toEqual([]);
  });

  it('suggests two sources reporting mostly the same facts, at least two of them', () => {
    const facts = new Map([
      [1, new Set([10, 11, 12])],
      [2, new Set([10, 11])],
      [3, new Set([10])],
    ]);
    const list = suggestAliases([src(1, 'Ministry of Health'), src(2, 'Reuters'), src(3, 'UNICEF')], facts);
    expect(list).toEqual([
      {
        a: 1,
        b: 2,
        kind: 'attributed',
        reasons: [{ code: 'shared-facts', detail: '2 of 2 facts' }],
        score: 1,
      },
    ]);
  });

  it('leaves out pairs already merged, and suggests a group once for each other group', () => {
    const sources = [src(1, 'Tokayev'), src(2, 'Токаев'), src(3, 'توكاييف')];
    // 2 is an alias of 1: only 3 is left to suggest, once, against the group.
    const list = suggestAliases(sources, new Map(), new Map([[2, 1]]));
    expect(list).toHaveLength(1);
    expect(list[0]!.b).toBe(3);
  });
});
