// The concept table comes from the engine's language packs: every concept has words in all four
// languages, a word of a pack names its guideline value, and the words left out are still in the packs.
import { describe, expect, it } from 'vitest';
import { LANGUAGE_PACKS } from '../../src/pipeline/languages/index.ts';
import {
  conceptById,
  conceptMentions,
  concepts,
  readWords,
  termFinder,
  type ConceptTerm,
} from '../../src/text/concepts.ts';

const mentioned = (query: string) => conceptMentions(query).map((m) => m.concepts.join('|'));

describe('concepts from the language packs', () => {
  it('gives the concepts analysts search for words in Arabic, English, French and Russian', () => {
    for (const id of [
      'population:children',
      'population:fighters',
      'population:women',
      'status:returned',
      'status:detained',
      'status:joined',
      'media:video',
    ]) {
      const langs = new Set(conceptById(id)!.terms.map((t) => t.lang));
      expect([...langs].sort(), id).toEqual(['ar', 'en', 'fr', 'ru']);
    }
    expect(concepts().map((c) => c.id)).not.toContain('population:people');
  });

  it('reads each pack word as its guideline value, whatever its language or inflection', () => {
    expect(mentioned('дети детей children minors enfants أطفال والأطفال')).toEqual(
      Array(7).fill('population:children'),
    );
    expect(mentioned('wives widows вдов épouses')).toEqual(Array(4).fill('population:women'));
    expect(mentioned('returned repatriated rapatriés вернулись')).toEqual(Array(4).fill('status:returned'));
    expect(mentioned('detained prisoners détenus')).toEqual(Array(3).fill('status:detained'));
    expect(mentioned('recruitment camps')).toEqual(['status:joined', 'status:present']);
  });

  it('takes the longest phrase, and leaves quoted and excluded words alone', () => {
    expect(conceptMentions('propaganda video')).toEqual([{ concepts: ['media:video'], start: 0, end: 16 }]);
    expect(mentioned('"children" -minors women')).toEqual(['population:women']);
    // A phrase of the packs whose words name more concepts apart is read word by word.
    expect(mentioned('enfants rapatriés')).toEqual(['population:children', 'status:returned']);
  });

  it('does not read words too general to search by as a concept', () => {
    expect(mentioned('went members live')).toEqual([]);
  });

  it('names only words its packs hold in the list of words too general to search by', () => {
    for (const pack of LANGUAGE_PACKS)
      for (const entry of pack.tooGeneralToSearch ?? []) {
        const media = entry.startsWith('media:');
        const word = media ? entry.slice('media:'.length) : entry;
        const held = media
          ? word in pack.mediaWords
          : word in pack.statusWords || word in pack.populationWords;
        expect(held, `${pack.code} ${entry}`).toBe(true);
      }
  });
});

describe('termFinder', () => {
  const term = (lang: string, ...words: string[]): ConceptTerm => ({
    lang,
    words: words.map((w) => ({ text: w.replace(/\*$/, ''), prefix: w.endsWith('*') })),
  });
  const terms = [
    term('en', 'child', 'soldiers'),
    term('en', 'child*'),
    term('fr', 'enfant'),
    term('ar', 'اطفال'),
    term('en', 'boy'),
  ];
  const find = termFinder(terms);
  const at = (text: string, i: number) => find(readWords(text.split(' ')), i);

  it('gives the first term of the list that matches, as a search through the whole list would', () => {
    expect(at('child soldiers were freed', 0)).toBe(terms[0]);
    expect(at('children were freed', 0)).toBe(terms[1]);
    expect(at('the child was freed', 1)).toBe(terms[1]);
    expect(at('un enfant', 1)).toBe(terms[2]);
    expect(at('boys', 0)).toBeUndefined();
    expect(at('enfants', 0)).toBeUndefined();
  });

  it('matches a word without the clitics its language glues to it', () => {
    expect(at('والاطفال', 0)).toBe(terms[3]);
    expect(at('واطفال', 0)).toBe(terms[3]);
    expect(at('اطفالهم', 0)).toBeUndefined(); // a suffix is not a clitic the language glues before
  });

  it('does not run past the last word', () => {
    expect(at('a child', 1)).toBe(terms[1]);
  });
});
