// The concept table comes from the engine's language packs: every concept has words in all four
// languages, a word of a pack names its guideline value, and the words left out are still in the packs.
import { describe, expect, it } from 'vitest';
import { LANGUAGE_PACKS } from '../../src/pipeline/languages/index.ts';
import { conceptById, conceptMentions, concepts } from '../../src/text/concepts.ts';

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
