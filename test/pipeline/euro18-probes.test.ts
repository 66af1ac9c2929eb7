// Blind probes of the eighteenth European round, written before checking: counts with "number" as a
// verb, moves into prisons, borders named by adjectives, freed captives, impersonal Russian sources.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

// "number N" as a verb of count: read since euro19 (claims' countVerb).
const OPEN = new Set<string>([]);

describe('English blind probes (18)', () => {
  runProbes(
    'en',
    [
      [
        'The Tajik nationals still held in Iraqi prisons number 38.',
        [{ v: [38, 38], pop: 'people', origin: ['TJ'] }],
      ],
      [
        'By 2018 the Kazakh women in the camps numbered some 240.',
        [{ v: [240, 240], pop: 'women', origin: ['KZ'] }],
      ],
      [
        'Kurdish guards moved 41 Moroccan men to a prison in Hasakah on Tuesday.',
        [{ v: [41, 41], pop: 'men', origin: ['MA'], status: 'detained' }],
      ],
      [
        'Nearly 60 Chadian soldiers died in clashes close to the Libyan border.',
        [{ v: [60, 60], pop: 'fighters', origin: ['TD'], status: 'killed', loc: [] }],
      ],
      [
        'Police rescued 23 Kenyan workers abducted by al-Shabaab.',
        [{ v: [23, 23], pop: 'people', origin: ['KE'], not: 'returned' }],
      ],
    ],
    OPEN,
  );
});

describe('French blind probes (18)', () => {
  runProbes(
    'fr',
    [
      [
        'Une trentaine de djihadistes tunisiens ont été transférés dans une prison de Bagdad.',
        [{ v: [30, 30], pop: 'fighters', origin: ['TN'], status: 'detained' }],
      ],
      [
        'Quelque 80 militaires tchadiens sont déployés le long de la frontière libyenne.',
        [{ v: [80, 80], pop: 'fighters', origin: ['TD'], loc: [] }],
      ],
      [
        'Les forces spéciales ont libéré 9 otages français détenus par le groupe.',
        [{ v: [9, 9], pop: 'people', origin: ['FR'], status: 'other' }],
      ],
    ],
    OPEN,
  );
});

describe('Russian blind probes (18)', () => {
  runProbes(
    'ru',
    [
      [
        'Еще 25 граждан Кыргызстана были этапированы в СИЗО.',
        [{ v: [25, 25], pop: 'people', origin: ['KG'], status: 'detained' }],
      ],
      [
        'Вблизи таджикской границы замечены 300 боевиков талибов.',
        [{ v: [300, 300], pop: 'fighters', loc: [] }],
      ],
      [
        'Из плена боевиков освобождены 14 езидских девочек.',
        [{ v: [14, 14], pop: 'children', status: 'other' }],
      ],
      [
        'Число казахстанцев в Сирии в КНБ оценивают в 400 человек.',
        [{ v: [400, 400], pop: 'people', origin: ['KZ'], source: 'КНБ' }],
      ],
    ],
    OPEN,
  );
});
