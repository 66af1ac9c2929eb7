// The source of claims, tenth round, in sentences written for the test: a quotation spread over
// several sentences gives its speaker, named after it closes, to the counts of its inner sentences;
// a pronoun with its auxiliary inside a quotation is no speaker; acknowledging a figure reports it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const sources = (lang: string, text: string): Array<[number | null, string | null]> =>
  extract(text, { lang, published: '2021-06-01' })
    .claims.filter((c) => c.qualifier !== 'vague')
    .map((c) => [c.value.min, c.source]);

describe('a quotation over several sentences', () => {
  it('gives the speaker named after it to the counts of its inner sentences', () => {
    expect(
      sources(
        'en',
        'The governor spoke on Friday. "The convoy left the camp this morning. It carries 42 children from the region. The work will go on," the governor wrote on Telegram.',
      ),
    ).toEqual([[42, 'the governor']]);
    expect(
      sources(
        'fr',
        '« Le convoi a quitté le camp ce matin. Il transporte 42 enfants de la région. Le travail continue », a écrit le gouverneur.',
      ),
    ).toEqual([[42, 'le gouverneur']]);
  });
  it('keeps a speaker named inside the quotation, and gives none past the paragraph', () => {
    expect(
      sources(
        'en',
        '"The convoy left this morning. According to UNICEF, 42 children are on board. We are ready," the governor said.',
      ),
    ).toEqual([[42, 'UNICEF']]);
    expect(sources('en', 'The convoy left this morning.\n\nIt carries 42 children from the region.')).toEqual(
      [[42, null]],
    );
  });
});

describe('pronouns and acknowledging', () => {
  it('does not take a pronoun with its auxiliary inside a quotation for the speaker', () => {
    expect(sources('fr', '« Nous avons recensé 37 enfants soldats », a déclaré le porte-parole.')).toEqual([
      [37, 'le porte-parole'],
    ]);
    expect(sources('fr', 'Nous avons recensé 37 enfants soldats dans la région.')).toEqual([[37, null]]);
    expect(sources('en', '"We have recorded 37 child soldiers," the envoy said.')).toEqual([
      [37, 'the envoy'],
    ]);
  });
  it('reads acknowledging a figure as reporting it', () => {
    expect(sources('en', 'Tajikistan acknowledges that 35 citizens are fighting in Syria.')).toEqual([
      [35, 'Tajikistan'],
    ]);
    expect(
      sources('fr', "Le Tadjikistan reconnaît qu'une trentaine de citoyens combattent en Syrie."),
    ).toEqual([[30, 'Le Tadjikistan']]);
    expect(sources('ru', 'Таджикистан признает, что в Сирии воюют 35 граждан.')).toEqual([
      [35, 'Таджикистан'],
    ]);
  });
});
