// Text laid out from PDF: words broken across lines and footnote calls glued to the end of a sentence.
// Both are read as the printed page means them, and every span still points at the original characters.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';
import { normalize } from '../../src/pipeline/normalize.ts';
import { checkProbe } from './probe-helpers.ts';

describe('normalize: layout marks of PDF text', () => {
  it('joins a word hyphenated at the end of a line, mapping back over the hyphen and the break', () => {
    const input = 'some 90 wo-\nmen left';
    const { text, toOriginal } = normalize(input);
    expect(text).toBe('some 90 women left');
    const start = text.indexOf('women');
    const end = start + 'women'.length;
    expect(input.slice(toOriginal[start], toOriginal[end])).toBe('wo-\nmen');
  });
  it('keeps a hyphen before a capital, a digit or a blank line, and one inside a line', () => {
    expect(normalize('Franco-\nAlgerian').text).toBe('franco-\nalgerian');
    expect(normalize('2019-\n2020').text).toBe('2019-\n2020');
    expect(normalize('well-known').text).toBe('well-known');
    expect(normalize('end -\n\nnext').text).toBe('end -\n\nnext');
  });
  it('blanks a footnote call glued to a full stop before a capital or a line break, keeping offsets', () => {
    const input = 'held in the camps.14 Most were girls.7\nThen';
    const { text } = normalize(input);
    expect(text).toBe('held in the camps.   most were girls. \nthen');
    expect(text.length).toBe(input.length);
  });
  it('leaves decimals, abbreviated numbers, years and figures before lower-case words', () => {
    expect(normalize('rose by 2.5 Percent').text).toBe('rose by 2.5 percent');
    expect(normalize('issue No.5 The').text).toBe('issue no.5 the');
    expect(normalize('see Vol.3 Part').text).toBe('see vol.3 part');
    expect(normalize('by the end of the war.2019 Was').text).toBe('by the end of the war.2019 was');
    expect(normalize('in the camps.40 children').text).toBe('in the camps.40 children');
  });
  it('blanks superscript digits, which are footnote calls and never counts', () => {
    expect(normalize('the camps.¹² Some').text).toBe('the camps.   some');
  });
});

describe('extraction over PDF layout', () => {
  it('reads a count whose noun is broken across lines, quoting the original characters', () => {
    const got = extract('Investigators say 45 teen-\nagers were recruited by the group in 2020.', {
      lang: 'en',
      published: '2021-06-01',
    }).claims;
    expect(got.map((c) => [c.value.min, c.population, c.quote])).toEqual([
      [45, 'children', '45 teen-\nagers'],
    ]);
  });
  it('reads a status verb broken across lines', () => {
    checkProbe('fr', 'En mars, 35 femmes ont été rapa-\ntriées vers la Belgique.', [
      { v: [35, 35], pop: 'women', origin: ['BE'], status: 'returned' },
    ]);
    checkProbe('ru', 'В 2021 году из Сирии были вы-\nвезены 90 детей.', [
      { v: [90, 90], pop: 'children', status: 'returned' },
    ]);
  });
  it('takes no count from a footnote call, and ends the sentence there', () => {
    checkProbe('fr', "Selon l'ONU, 150 mineurs vivent encore dans le camp.8 Parmi eux, 20 sont orphelins.", [
      { v: [150, 150], pop: 'children', status: 'present', source: "l'ONU" },
      { v: [20, 20], pop: 'children' },
    ]);
    checkProbe(
      'en',
      'Some 70 women were still held at Roj, the group said.31 Officials declined to comment.',
      [{ v: [70, 70], pop: 'women', source: 'the group' }],
    );
  });
  it('a footnote call no longer lends the next sentence its speaker', () => {
    checkProbe(
      'en',
      'According to the ministry, 400 children live in the camps.12 Some 60 of them were flown home last week, Save the Children said.',
      [
        { v: [400, 400], pop: 'children', source: 'the ministry' },
        { v: [60, 60], pop: 'children', status: 'returned', source: 'Save the Children' },
      ],
    );
  });
});
