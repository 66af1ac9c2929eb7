// French probes for issue 9 (generality): sentences written for this test in the way AFP, UN and NGO
// reports word these counts; no report text. Each probe states what ../shared/eval/GUIDELINES.md requires.
import { describe, it } from 'vitest';
import { checkProbe, type Probe } from './probe-helpers.ts';

const run = (probes: Probe[]) => {
  for (const [text, want] of probes) it(text, () => checkProbe('fr', text, want));
};

describe('French counts without a noun take their antecedent', () => {
  run([
    [
      'Quelque 300 Tunisiens ont été tués en Syrie et 150 autres sont rentrés.',
      [
        { v: [300, 300], pop: 'people', origin: ['TN'], status: 'killed' },
        { v: [150, 150], pop: 'people', origin: ['TN'], status: 'returned' },
      ],
    ],
    [
      'Quelque 200 Belges sont détenus en Syrie. Parmi eux, 30 femmes et 70 enfants.',
      [
        { v: [200, 200], pop: 'people', origin: ['BE'], status: 'detained' },
        { v: [30, 30], pop: 'women', origin: ['BE'] },
        { v: [70, 70], pop: 'children', origin: ['BE'] },
      ],
    ],
    [
      'Le nombre d’enfants français retenus dans les camps s’élève à 200.',
      [{ v: [200, 200], pop: 'children', origin: ['FR'] }],
    ],
    [
      'Quinze ressortissants marocains, dont huit enfants, ont été rapatriés de Syrie.',
      [
        { v: [15, 15], pop: 'people', origin: ['MA'], status: 'returned' },
        { v: [8, 8], pop: 'children', origin: ['MA'], status: 'returned' },
      ],
    ],
  ]);
});

describe('French numbers in words, collective numerals, ranges and bounds', () => {
  run([
    [
      'Une centaine de mineurs ont été recrutés par les chebabs en Somalie.',
      [{ v: [100, 100], pop: 'children', status: 'joined', aff: 'other' }],
    ],
    [
      'Entre 200 et 300 Marocains combattraient aux côtés de l’EI.',
      [{ v: [200, 300], pop: 'fighters', origin: ['MA'], aff: 'isis' }],
    ],
    [
      'De 200 à 300 enfants auraient été enrôlés par le JNIM au Mali.',
      [{ v: [200, 300], pop: 'children', aff: 'other' }],
    ],
    [
      'Pas moins de 450 ressortissants français sont partis en zone irako-syrienne.',
      [{ v: [450, null], pop: 'people', origin: ['FR'], status: 'joined' }],
    ],
    ['Des centaines d’enfants ont été enrôlés de force par Boko Haram.', []],
    [
      'Plus de deux cents combattants de Hayat Tahrir al-Cham ont été tués.',
      [{ v: [200, null], pop: 'fighters', status: 'killed', aff: 'al-nusra' }],
    ],
    [
      'Cinq mille personnes, dont 1 200 enfants, vivent dans l’annexe du camp d’al-Hol.',
      [
        { v: [5000, 5000], pop: 'people', status: 'present' },
        { v: [1200, 1200], pop: 'children', status: 'present' },
      ],
    ],
  ]);
});

describe('French status across a semicolon, the wounded, "autres"', () => {
  run([
    [
      'L’attaque a fait 9 tués ; 23 autres personnes ont été blessées.',
      [
        { v: [9, 9], pop: 'people', status: 'killed' },
        { v: [23, 23], pop: 'people', status: 'other' },
      ],
    ],
    [
      'Trois enfants ont été tués et 12 autres enfants blessés par l’explosion.',
      [
        { v: [3, 3], pop: 'children', status: 'killed' },
        { v: [12, 12], pop: 'children', status: 'other' },
      ],
    ],
    [
      'L’État islamique au Grand Sahara a tué 17 soldats nigériens.',
      [{ v: [17, 17], pop: 'fighters', origin: ['NE'], status: 'killed', aff: 'isis' }],
    ],
  ]);
});

describe('French origin and source in the text’s own words', () => {
  run([
    [
      'Au moins 1 700 Français ont rejoint les zones djihadistes, a déclaré le ministre de l’Intérieur.',
      [
        {
          v: [1700, null],
          pop: 'people',
          origin: ['FR'],
          status: 'joined',
          source: 'le ministre de l’Intérieur',
        },
      ],
    ],
    [
      'Une vingtaine de ressortissants russes, originaires du Daguestan, ont été arrêtés.',
      [{ v: [20, 20], pop: 'people', origin: ['RU'], status: 'detained' }],
    ],
    [
      'Les houthistes ont enrôlé près de 2 000 enfants, selon un rapport de l’ONU.',
      [{ v: [2000, 2000], pop: 'children', status: 'joined', aff: 'other', source: 'un rapport de l’ONU' }],
    ],
    [
      'Quelque 40 djihadistes originaires d’Asie centrale ont été tués à Idleb.',
      [{ v: [40, 40], pop: 'fighters', origin: ['region:central-asia'], status: 'killed' }],
    ],
  ]);
});

describe('French mechanisms found on dev errors (sentences written here)', () => {
  run([
    // "parmi ces X": a demonstrative partitive points back to the people counted before.
    [
      'Selon Rabat, 1 600 Marocains ont quitté le pays. 300 parmi ces combattants sont morts et 250 sont rentrés.',
      [
        { v: [1600, 1600], pop: 'people', origin: ['MA'], status: 'joined' },
        { v: [300, 300], pop: 'fighters', origin: ['MA'], status: 'killed' },
        { v: [250, 250], pop: 'fighters', origin: ['MA'], status: 'returned' },
      ],
    ],
    [
      'Dans cette prison à ciel ouvert vivent 11 000 femmes.',
      [{ v: [11000, 11000], pop: 'women', status: 'present' }],
    ],
  ]);
});

describe('French second batch: bounds, frames, lists of origins', () => {
  run([
    [
      'Au moins, 40 civils ont été tués par le JNIM.',
      [{ v: [40, null], pop: 'people', status: 'killed', aff: 'other' }],
    ],
    // "sont au nombre de N": the noun before, not the adjective of a place ("le nord-est syrien").
    [
      'Les Kosovars encore retenus dans le nord-est syrien sont au nombre de 38.',
      [{ v: [38, 38], pop: 'people', origin: ['XK'] }],
    ],
    [
      'Les jihadistes belges détenus en Irak sont au nombre de 150.',
      [{ v: [150, 150], pop: 'fighters', origin: ['BE'], status: 'detained' }],
    ],
    // An origin said in the next sentence, a list with the preposition again ("de Suède et du Liban").
    [
      'Six adolescents apparaissent dans la vidéo. Selon les enquêteurs, ces jeunes sont originaires de Norvège et du Maroc.',
      [{ v: [6, 6], pop: 'children', origin: ['MA', 'NO'] }],
    ],
  ]);
});

describe('French third batch: a part that fights, its own group; judicial supervision', () => {
  run([
    [
      "Quelque 250 Jordaniens ont rejoint HTS, tandis que 90 sont partis combattre pour l'EI.",
      [
        { v: [250, 250], pop: 'people', origin: ['JO'], status: 'joined', aff: 'al-nusra' },
        { v: [90, 90], pop: 'fighters', origin: ['JO'], aff: 'isis' },
      ],
    ],
    [
      'Douze mineurs ont été libérés sous contrôle judiciaire.',
      [{ v: [12, 12], pop: 'children', status: 'other' }],
    ],
  ]);
});
