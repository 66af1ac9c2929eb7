// Round 29: the same facts said in English, French, Russian and Arabic came out differently; each
// mechanism below was fixed for every language, and is pinned here with sentences of our own.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('a nationality of one coordinated count is not said of the count before it', () => {
  it('before the second noun it is that noun’s own', () => {
    checkProbe('en', 'The blast killed 64 civilians and 9 US marines near the gate.', [
      { v: [64, 64], pop: 'people', status: 'killed' },
      { v: [9, 9], pop: 'fighters', origin: ['US'], status: 'killed' },
    ]);
    checkProbe('en', 'Police detained 12 women and 3 Belgian men at the border.', [
      { v: [12, 12], pop: 'women', status: 'detained' },
      { v: [3, 3], pop: 'men', origin: ['BE'], status: 'detained' },
    ]);
  });
  it('after the last noun it is shared, unless soldiers are counted with people of another kind', () => {
    checkProbe('fr', "L'explosion a tué 64 civils et 9 soldats américains.", [
      { v: [64, 64], pop: 'people', status: 'killed' },
      { v: [9, 9], pop: 'fighters', origin: ['US'], status: 'killed' },
    ]);
    checkProbe('ar', 'وأسفر الانفجار عن مقتل 64 مدنيا و9 جنود أمريكيين.', [
      { v: [64, 64], pop: 'people', status: 'killed' },
      { v: [9, 9], pop: 'fighters', origin: ['US'], status: 'killed' },
    ]);
    checkProbe('fr', 'Le camp accueille 25 femmes et 61 enfants tadjiks.', [
      { v: [25, 25], pop: 'women', origin: ['TJ'] },
      { v: [61, 61], pop: 'children', origin: ['TJ'] },
    ]);
  });
});

describe('a noun for fighters is no verb of the whole before its part', () => {
  it('the verb after the aside holds for the fighters and their part', () => {
    checkProbe('fr', 'Près de 9 000 combattants, dont 1 500 étrangers, sont emprisonnés.', [
      { v: [9000, 9000], pop: 'fighters', status: 'detained' },
      { v: [1500, 1500], pop: 'fighters', origin: ['region:foreign'], status: 'detained' },
    ]);
    checkProbe('fr', 'Quelque 4 000 combattants, dont 700 Tunisiens, ont été arrêtés.', [
      { v: [4000, 4000], pop: 'fighters', status: 'detained' },
      { v: [700, 700], pop: 'fighters', origin: ['TN'], status: 'detained' },
    ]);
  });
});

describe('a figure like a year after a marker of a part, a nationality after it, is a count', () => {
  it('in English and Russian', () => {
    checkProbe(
      'en',
      'Some 9,000 suspected fighters, including 2000 Iraqis, are held in prisons in the north.',
      [
        { v: [9000, 9000], pop: 'fighters', status: 'detained' },
        { v: [2000, 2000], pop: 'fighters', origin: ['IQ'], status: 'detained' },
      ],
    );
    checkProbe('ru', 'В тюрьмах содержатся около 9000 боевиков, в том числе 2010 иракцев.', [
      { v: [9000, 9000], pop: 'fighters', status: 'detained' },
      { v: [2010, 2010], pop: 'fighters', origin: ['IQ'], status: 'detained' },
    ]);
  });
  it('a year after a preposition stays a year', () => {
    checkProbe(
      'en',
      'In 2015 Tunisians were the largest group among some 20,000 foreign fighters in Syria.',
      [{ v: [20000, 20000], pop: 'fighters', origin: ['region:foreign'] }],
    );
  });
});

describe('women and children said together in a predicate are people', () => {
  it('after a copula, a dash or "of them were"', () => {
    checkProbe('fr', "L'Albanie a rapatrié 41 personnes ; 37 étaient des femmes et des enfants.", [
      { v: [41, 41], pop: 'people', origin: ['AL'], status: 'returned' },
      { v: [37, 37], pop: 'people', origin: ['AL'], status: 'returned' },
    ]);
    checkProbe('ru', 'Албания вернула 41 человека, из них 37 — женщины и дети.', [
      { v: [41, 41], pop: 'people', origin: ['AL'], status: 'returned' },
      { v: [37, 37], pop: 'people', origin: ['AL'], status: 'returned' },
    ]);
    checkProbe('en', 'Albania brought back 41 people. 37 of them were women and children.', [
      { v: [41, 41], pop: 'people', origin: ['AL'], status: 'returned' },
      { v: [37, 37], pop: 'people', origin: ['AL'], status: 'returned' },
    ]);
  });
  it('two nouns each with its own count stay apart', () => {
    checkProbe('en', 'Albania brought back 41 people, 12 of them women and 29 children.', [
      { v: [41, 41], pop: 'people', origin: ['AL'], status: 'returned' },
      { v: [12, 12], pop: 'women', origin: ['AL'], status: 'returned' },
      { v: [29, 29], pop: 'children', origin: ['AL'], status: 'returned' },
    ]);
  });
});

describe('Russian: the acronym ИГЗАП is the Islamic State in West Africa', () => {
  it('names the affiliation', () => {
    checkProbe('ru', 'По оценкам военных, в рядах ИГЗАП воюют до 4000 боевиков.', [
      { v: [null, 4000], pop: 'fighters', aff: 'isis', status: 'present' },
    ]);
  });
});
