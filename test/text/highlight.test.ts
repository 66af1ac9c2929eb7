// The passage a hit shows: the window holding the most parts of the query, its matches marked by
// offsets into the passage, found on folded text (accents, Arabic clitics) and mapped back.
import { describe, expect, it } from 'vitest';
import { conceptById } from '../../src/text/concepts.ts';
import { marked, passage } from '../../src/text/highlight.ts';

const children = conceptById('population:children')!.terms;

describe('passage and highlights', () => {
  it('marks concept words in any language, place names by code and plain words by their stem', () => {
    const p = passage('Le Kazakhstan a rapatrié 40 enfants détenus; les ENFANTS vont bien.', {
      text: 'détenu',
      concepts: [children],
      codes: ['KZ'],
    });
    expect(marked(p)).toBe('Le «Kazakhstan» a rapatrié 40 «enfants» «détenus»; les «ENFANTS» vont bien.');
  });

  it('reads Arabic words with their glued clitics', () => {
    const p = passage('أعادت كازاخستان 50 طفلا والأطفال الآخرين.', {
      text: '',
      concepts: [children],
      codes: [],
    });
    expect(p.highlights.map((h) => p.snippet.slice(h.start, h.end))).toEqual(['طفلا', 'والأطفال']);
  });

  it('shows the window with the most parts of the query, cut at words, with offsets into it', () => {
    const filler = 'Nothing to see in this sentence at all. '.repeat(20);
    const text = `Children were mentioned first. ${filler}Kazakhstan brought 30 children home. ${filler}`;
    const p = passage(text, { text: '', concepts: [children], codes: ['KZ'] }, 120);
    expect(p.snippet.startsWith('…')).toBe(true);
    expect(p.snippet.endsWith('…')).toBe(true);
    expect(p.highlights.map((h) => p.snippet.slice(h.start, h.end))).toEqual(['Kazakhstan', 'children']);
  });

  it('does not mark excluded words, and gives the opening when nothing matches', () => {
    const p = passage('Fighters and minors.', { text: 'fighters -minors', concepts: [], codes: [] });
    expect(marked(p)).toBe('«Fighters» and minors.');
    expect(passage('No match here.', { text: 'absent', concepts: [], codes: [] })).toEqual({
      snippet: 'No match here.',
      highlights: [],
    });
  });
});
