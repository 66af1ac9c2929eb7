// French probe battery: number words, bounds, "dont N", "N d'entre eux", collective numerals,
// demonyms, groups, person nouns, status verbs and sources, each on a sentence written for this test.
import { describe, it } from 'vitest';
import { checkProbe, type Probe } from './probe-helpers.ts';

const run = (probes: Probe[]) => {
  for (const [text, want] of probes) it(text, () => checkProbe('fr', text, want));
};

describe('French numbers', () => {
  run([
    [
      'Trois enfants ont été rapatriés.',
      [{ v: [3, 3], pop: 'children', status: 'returned', quote: 'Trois enfants' }],
    ],
    ['Vingt et un combattants ont été tués.', [{ v: [21, 21], pop: 'fighters', status: 'killed' }]],
    ['Soixante-dix femmes sont détenues.', [{ v: [70, 70], pop: 'women', status: 'detained' }]],
    ['Quatre-vingt-quinze enfants restent dans le camp.', [{ v: [95, 95], pop: 'children' }]],
    ['Deux cents personnes ont été arrêtées.', [{ v: [200, 200], pop: 'people', status: 'detained' }]],
    ['Plus de 1 200 djihadistes sont partis.', [{ v: [1200, null], pop: 'fighters' }]],
    ['Au total, 1.500 enfants sont concernés.', [{ v: [1500, 1500], pop: 'children' }]],
    [
      'Quelque 2 000 combattants étrangers sont en Syrie.',
      [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'] }],
    ],
    ['Environ 3 millions de personnes ont fui.', [{ v: [3000000, 3000000], pop: 'people' }]],
  ]);
});

describe('French approximations and bounds', () => {
  run([
    ['Environ 150 enfants sont rentrés.', [{ v: [150, 150], pop: 'children', status: 'returned' }]],
    ['Près de 80 femmes sont détenues.', [{ v: [80, 80], pop: 'women' }]],
    ['Au moins 12 civils ont été tués.', [{ v: [12, null], pop: 'people', status: 'killed' }]],
    ['Moins de 50 enfants restent.', [{ v: [null, 50], pop: 'children' }]],
    ['Entre 300 et 400 enfants sont détenus.', [{ v: [300, 400], pop: 'children' }]],
    ['Une centaine de djihadistes ont été tués.', [{ v: [100, 100], pop: 'fighters' }]],
    ['Une vingtaine de femmes sont rentrées.', [{ v: [20, 20], pop: 'women' }]],
    ['Un millier de combattants ont rejoint le groupe.', [{ v: [1000, 1000], pop: 'fighters' }]],
    ["Jusqu'à 60 enfants pourraient être rapatriés.", [{ v: [null, 60], pop: 'children' }]],
  ]);
});

describe('French partitives and headless counts', () => {
  run([
    [
      'La France a rapatrié 35 enfants, dont 10 orphelins.',
      [
        { v: [35, 35], pop: 'children', origin: ['FR'] },
        { v: [10, 10], pop: 'children', origin: ['FR'] },
      ],
    ],
    [
      "Quelque 200 Belges sont partis en Syrie ; 24 d'entre eux sont morts.",
      [
        { v: [200, 200], pop: 'people', origin: ['BE'] },
        { v: [24, 24], pop: 'people', origin: ['BE'], status: 'killed' },
      ],
    ],
    [
      'Sur les 260 Belges partis en Syrie, 53 sont morts et 91 autres sont rentrés.',
      [
        { v: [260, 260], pop: 'people', origin: ['BE'] },
        { v: [53, 53], pop: 'people', origin: ['BE'], status: 'killed' },
        { v: [91, 91], pop: 'people', origin: ['BE'], status: 'returned' },
      ],
    ],
  ]);
});

describe('French demonyms and origins', () => {
  run([
    [
      "Quelque 640 ressortissants libanais ont rejoint l'EI.",
      [{ v: [640, 640], pop: 'people', origin: ['LB'], aff: 'isis' }],
    ],
    ['Environ 300 Tunisiens sont détenus en Irak.', [{ v: [300, 300], pop: 'people', origin: ['TN'] }]],
    [
      'Douze femmes originaires du Maroc ont été rapatriées.',
      [{ v: [12, 12], pop: 'women', origin: ['MA'] }],
    ],
    ['Quinze enfants français sont détenus.', [{ v: [15, 15], pop: 'children', origin: ['FR'] }]],
    ['Quarante Marocaines sont détenues.', [{ v: [40, 40], pop: 'women', origin: ['MA'] }]],
    ['Trente ressortissants de la Géorgie sont rentrés.', [{ v: [30, 30], pop: 'people', origin: ['GE'] }]],
    ['Vingt Jordaniens ont été arrêtés.', [{ v: [20, 20], pop: 'people', origin: ['JO'] }]],
    ['Huit Allemands ont été tués.', [{ v: [8, 8], pop: 'people', origin: ['DE'] }]],
  ]);
});

describe('French groups', () => {
  run([
    ['Daech compte 500 combattants dans la région.', [{ v: [500, 500], pop: 'fighters', aff: 'isis' }]],
    ['AQMI détient 4 otages.', [{ v: [4, 4], pop: 'people', aff: 'al-qaeda' }]],
    ['Le JNIM a tué 15 soldats.', [{ v: [15, 15], pop: 'fighters', aff: 'other', status: 'killed' }]],
    ['Boko Haram a enlevé 110 écolières.', [{ v: [110, 110], pop: 'children', aff: 'other' }]],
    ['Les chebabs ont tué 20 policiers.', [{ v: [20, 20], pop: 'fighters', aff: 'other' }]],
    ['Les talibans ont libéré 30 prisonniers.', [{ v: [30, 30], pop: 'people', aff: 'taliban' }]],
  ]);
});

describe('French person nouns', () => {
  run([
    ['Neuf otages ont été libérés.', [{ v: [9, 9], pop: 'people' }]],
    ['Six assaillants ont été abattus.', [{ v: [6, 6], pop: 'fighters', status: 'killed' }]],
    ['Quatorze mineurs ont été rapatriés.', [{ v: [14, 14], pop: 'children', status: 'returned' }]],
    ['Trente mères ont été rapatriées.', [{ v: [30, 30], pop: 'women' }]],
    ['Sept gendarmes ont été tués.', [{ v: [7, 7], pop: 'fighters', status: 'killed' }]],
    ['Cinq veuves de djihadistes sont rentrées.', [{ v: [5, 5], pop: 'women' }]],
  ]);
});

describe('French bound verbs and number-of frames', () => {
  run([
    ['Le nombre de Belges encore détenus dépasse 450.', [{ v: [450, null], pop: 'people', origin: ['BE'] }]],
    ['Le nombre de Belges ne dépasse pas 450.', [{ v: [null, 450], pop: 'people', origin: ['BE'] }]],
    [
      'Selon Rabat, le nombre de Marocains rapatriés dépasse 450.',
      [{ v: [450, null], pop: 'people', origin: ['MA'], source: 'Rabat' }],
    ],
  ]);
});

describe('French counts after a month', () => {
  run([
    ['En mars 25 enfants sont rentrés.', [{ v: [25, 25], pop: 'children', status: 'returned' }]],
    ['Depuis octobre onze femmes ont été transférées.', [{ v: [11, 11], pop: 'women' }]],
    ['Le 25 mars 30 enfants sont rentrés.', [{ v: [30, 30], pop: 'children' }]],
  ]);
});

describe('French religious communities as victims', () => {
  run([
    ["L'EI a enlevé 3 000 yézidis.", [{ v: [3000, 3000], pop: 'people', aff: 'isis' }]],
    ['Deux cents Yézidies ont été libérées.', [{ v: [200, 200], pop: 'women' }]],
    ['Trois cents enfants yézidis ont été libérés.', [{ v: [300, 300], pop: 'children' }]],
  ]);
});

describe('French status and sources', () => {
  run([
    [
      // The capital stands for the state that plans the return (as « Le Tadjikistan prévoit »).
      'Paris prévoit de rapatrier 40 enfants le mois prochain.',
      [{ v: [40, 40], pop: 'children', origin: ['FR'], status: 'present' }],
    ],
    [
      'Selon le ministère, 80 enfants sont rentrés.',
      [{ v: [80, 80], pop: 'children', source: 'le ministère' }],
    ],
    ["D'après l'Unicef, 300 enfants sont détenus.", [{ v: [300, 300], pop: 'children', source: "l'Unicef" }]],
    [
      'Quelque 90 femmes sont rentrées, a indiqué le ministre.',
      [{ v: [90, 90], pop: 'women', source: 'le ministre' }],
    ],
  ]);
});

describe('French: the wounded and the dead as nouns', () => {
  run([
    [
      "L'attaque a fait 42 blessés et 12 tués.",
      [
        { v: [42, 42], pop: 'people', status: 'other', quote: '42 blessés' },
        { v: [12, 12], pop: 'people', status: 'killed' },
      ],
    ],
    ['Les 42 blessés ont été évacués vers l’hôpital.', [{ v: [42, 42], pop: 'people' }]],
    [
      "L'explosion a fait 57 morts et 120 blessés.",
      [
        { v: [57, 57], pop: 'people', status: 'killed' },
        { v: [120, 120], pop: 'people', status: 'other' },
      ],
    ],
    // After a count's clause, the wounded are more of the same people.
    [
      'Douze enfants ont été tués et 30 blessés dans le bombardement.',
      [
        { v: [12, 12], pop: 'children', status: 'killed' },
        { v: [30, 30], pop: 'children', status: 'other' },
      ],
    ],
    [
      'Les assaillants ont tué 5 soldats et blessé 12 autres.',
      [
        { v: [5, 5], pop: 'fighters' },
        { v: [12, 12], pop: 'fighters', status: 'other' },
      ],
    ],
  ]);
});

describe('French: fleeing the fighting; halves of a million', () => {
  run([
    ['Quelque 1,5 million de personnes ont fui les combats.', [{ v: [1500000, 1500000], pop: 'people' }]],
    [
      'Plus de 20 000 personnes ont été déplacées par les combats.',
      [{ v: [20000, null], pop: 'people', status: 'other' }],
    ],
    ['Quelque 300 ressortissants ont combattu en Syrie.', [{ v: [300, 300], pop: 'fighters' }]],
    ['Un million et demi de personnes ont fui.', [{ v: [1500000, 1500000], pop: 'people' }]],
    ['Deux millions et demi de personnes ont été déplacées.', [{ v: [2500000, 2500000], pop: 'people' }]],
    ['Un demi-million de personnes ont été déplacées.', [{ v: [500000, 500000], pop: 'people' }]],
  ]);
});

describe('French: a part singled out gives its origin to itself, not to the total', () => {
  run([
    [
      'La police a interpellé 12 personnes, dont 5 Tunisiens.',
      [
        { v: [12, 12], pop: 'people', origin: [] },
        { v: [5, 5], pop: 'people', origin: ['TN'] },
      ],
    ],
  ]);
});

describe('French: citizenship said after the count', () => {
  run([['Quatre enfants ont la nationalité tunisienne.', [{ v: [4, 4], pop: 'children', origin: ['TN'] }]]]);
});
