// Mechanisms found by saying the same facts in four languages and comparing what the engine reads:
// where one language read them differently from the others, its grammar was missing something.
// Sentences invented for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('a hedged number that looks like a year counts the people named after it', () => {
  runProbes('ru', [
    [
      'Около 2000 чеченских боевиков вернулись в Россию.',
      [{ v: [2000, 2000], pop: 'fighters', origin: ['RU'], status: 'returned' }],
    ],
    [
      'Более 1900 узбекских граждан уехали в Сирию.',
      [{ v: [1900, null], pop: 'people', origin: ['UZ'], status: 'joined' }],
    ],
    // A year stays a year: with no hedge, after a date word, and as an upper bound.
    ['В 2015 году узбекские боевики ушли из Ракки.', []],
    ['До 2019 года чеченские боевики оставались в Ираке.', []],
  ]);
  runProbes('en', [
    [
      'About 2000 Moroccan jihadists went to Syria.',
      [{ v: [2000, 2000], pop: 'fighters', origin: ['MA'], status: 'joined' }],
    ],
    [
      'At least 2010 Tunisians have come back.',
      [{ v: [2010, null], pop: 'people', origin: ['TN'], status: 'returned' }],
    ],
    ['Since around 2016 Moroccan fighters have left Syria.', []],
    ['In 2016 Moroccan fighters left Syria.', []],
  ]);
});

describe('people recruited before and brought back now are returned', () => {
  runProbes('en', [
    [
      'Twenty girls recruited by Boko Haram were handed over to the authorities in Maiduguri.',
      [{ v: [20, 20], pop: 'children', status: 'returned' }],
    ],
    [
      'Thirty boys used by the Houthis were returned to their families.',
      [{ v: [30, 30], pop: 'children', status: 'returned' }],
    ],
    // A return still to come is none yet.
    [
      'Thirty women recruited by IS are due to be repatriated.',
      [{ v: [30, 30], pop: 'women', not: 'returned' }],
    ],
    // A verb of custody after the participle still wins.
    [
      'Twelve men recruited by al-Shabaab were arrested in Kenya.',
      [{ v: [12, 12], pop: 'men', status: 'detained' }],
    ],
  ]);
});
