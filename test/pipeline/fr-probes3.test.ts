// French probes, third batch (issue: generality beyond the dev reports). Every sentence is invented
// for this test: child recruitment in the Sahel and elsewhere, UN annual figures, foreign fighters,
// victims of armed groups, counts without a noun, role-aware origin, person nouns, planned returns,
// ranges and bounds, spelled numbers and attributed speakers. Each expectation follows
// ../shared/eval/GUIDELINES.md.
import { describe, it } from 'vitest';
import { checkProbe, type Probe } from './probe-helpers.ts';

const run = (probes: Probe[]) => {
  for (const [text, want] of probes) it(text, () => checkProbe('fr', text, want));
};

describe('French probes 3: child recruitment and UN figures', () => {
  run([
    [
      'L’ONU a vérifié le recrutement et l’utilisation de 1 716 enfants en Somalie l’an dernier.',
      [{ v: [1716, 1716], pop: 'children', status: 'joined' }],
    ],
    [
      'Au Nigeria, Boko Haram a enlevé 276 lycéennes ; 57 ont réussi à s’enfuir.',
      [
        { v: [276, 276], pop: 'children', aff: 'other' },
        { v: [57, 57], pop: 'children' },
      ],
    ],
    [
      'Entre 40 et 50 enfants auraient été enrôlés par les milices au Burkina Faso.',
      [{ v: [40, 50], pop: 'children', status: 'joined' }],
    ],
    [
      'Jusqu’à 300 adolescents somaliens auraient été recrutés par les chebabs.',
      [{ v: [null, 300], pop: 'children', origin: ['SO'], status: 'joined', aff: 'other' }],
    ],
    [
      'Deux cent cinquante et un mineurs ont été libérés par les groupes armés en Centrafrique.',
      [{ v: [251, 251], pop: 'children' }],
    ],
  ]);
});

describe('French probes 3: foreign fighters and counts without a noun', () => {
  run([
    [
      'Près de 5 000 Tunisiens sont partis combattre en Syrie ; 800 sont depuis rentrés au pays.',
      [
        { v: [5000, 5000], pop: 'fighters', origin: ['TN'], status: 'joined' },
        { v: [800, 800], pop: 'fighters', origin: ['TN'], status: 'returned' },
      ],
    ],
    [
      'Selon Rabat, 1 660 Marocains ont rejoint des groupes djihadistes, dont 285 femmes.',
      [
        { v: [1660, 1660], pop: 'people', origin: ['MA'], status: 'joined', source: 'Rabat' },
        { v: [285, 285], pop: 'women', origin: ['MA'] },
      ],
    ],
    [
      'Le nombre de combattants tchétchènes en Syrie s’élève à 500, selon Grozny.',
      [{ v: [500, 500], pop: 'fighters', origin: ['RU'], source: 'Grozny' }],
    ],
    [
      'Sur les 1 200 Daghestanais partis en Syrie, 300 ont été tués.',
      [
        { v: [1200, 1200], pop: 'people', origin: ['RU'], status: 'joined' },
        { v: [300, 300], pop: 'people', origin: ['RU'], status: 'killed' },
      ],
    ],
    [
      'Sur les 3 000 combattants étrangers tués, 410 étaient originaires d’Algérie et 230 de Libye.',
      [
        { v: [3000, 3000], pop: 'fighters', origin: ['region:foreign'], status: 'killed' },
        { v: [410, 410], pop: 'fighters', origin: ['DZ'] },
        { v: [230, 230], pop: 'fighters', origin: ['LY'] },
      ],
    ],
    [
      'Une cinquantaine de djihadistes européens seraient encore en Syrie, et une trentaine d’autres sont rentrés.',
      [
        { v: [50, 50], pop: 'fighters', origin: ['region:europe'] },
        { v: [30, 30], pop: 'fighters', origin: ['region:europe'], status: 'returned' },
      ],
    ],
    [
      'Vingt et un ressortissants marocains ont été condamnés pour avoir combattu en Irak.',
      [{ v: [21, 21], pop: 'fighters', origin: ['MA'], status: 'detained' }],
    ],
    [
      'Le Niger accueille 120 combattants repentis de Boko Haram ; 45 d’entre eux sont mineurs.',
      [
        { v: [120, 120], pop: 'fighters' },
        { v: [45, 45], pop: 'children' },
      ],
    ],
    [
      'Le nombre de ressortissants belges encore détenus en Irak est de 12.',
      [{ v: [12, 12], pop: 'people', origin: ['BE'], status: 'detained' }],
    ],
  ]);
});

describe('French probes 3: spelled numbers', () => {
  run([
    [
      'L’Ouzbékistan a rapatrié trente-deux femmes et soixante-quinze enfants.',
      [
        { v: [32, 32], pop: 'women', origin: ['UZ'], status: 'returned' },
        { v: [75, 75], pop: 'children', origin: ['UZ'], status: 'returned' },
      ],
    ],
    [
      'Quatorze Britanniques figurent parmi les morts, selon le Foreign Office.',
      [{ v: [14, 14], pop: 'people', origin: ['GB'], status: 'killed', source: 'le Foreign Office' }],
    ],
  ]);
});

describe('French probes 3: origin only for the people the text says it of', () => {
  run([
    [
      'Quelque 900 Tadjiks ont rejoint l’EI, selon Douchanbé.\n\nPar ailleurs, un attentat à Kaboul a tué 32 civils.',
      [
        { v: [900, 900], pop: 'people', origin: ['TJ'], status: 'joined' },
        { v: [32, 32], pop: 'people', status: 'killed' },
      ],
    ],
    [
      'Quelque 120 femmes azerbaïdjanaises sont retenues au camp de Roj. Les gardiens y ont abattu 4 détenus lors d’une émeute.',
      [
        { v: [120, 120], pop: 'women', origin: ['AZ'] },
        { v: [4, 4], pop: 'people', status: 'killed' },
      ],
    ],
    [
      'Un djihadiste belge apparaît dans la vidéo aux côtés de 13 prisonniers agenouillés.',
      [{ v: [13, 13], pop: 'people' }],
    ],
  ]);
});

describe('French probes 3: person nouns of victims, captives and forces', () => {
  run([
    [
      'Les assaillants ont pris 27 otages, dont 9 humanitaires.',
      [
        { v: [27, 27], pop: 'people' },
        { v: [9, 9], pop: 'people' },
      ],
    ],
    [
      'L’armée a libéré 48 personnes enlevées et tué 11 assaillants.',
      [
        { v: [48, 48], pop: 'people' },
        { v: [11, 11], pop: 'fighters', status: 'killed' },
      ],
    ],
    [
      'Quatorze détenus et deux gendarmes ont été blessés lors de la mutinerie.',
      [
        { v: [14, 14], pop: 'people' },
        { v: [2, 2], pop: 'fighters' },
      ],
    ],
    ['Vingt-trois blessés ont été évacués vers Niamey.', [{ v: [23, 23], pop: 'people' }]],
    ['Les enlevés, au nombre de 39, ont été libérés lundi.', [{ v: [39, 39], pop: 'people' }]],
    [
      'Au moins 16 soldats maliens ont péri dans l’embuscade tendue par le JNIM.',
      [{ v: [16, null], pop: 'fighters', origin: ['ML'], status: 'killed' }],
    ],
    [
      'Plus d’une vingtaine de policiers ont été tués.',
      [{ v: [20, null], pop: 'fighters', status: 'killed' }],
    ],
  ]);
});

describe('French probes 3: planned returns', () => {
  run([
    [
      'Les 40 enfants doivent être rapatriés d’ici la fin du mois.',
      [{ v: [40, 40], pop: 'children', status: 'present' }],
    ],
    [
      'Le gouvernement envisage de rapatrier 150 femmes et enfants retenus en Syrie.',
      [{ v: [150, 150], pop: 'people', status: 'present' }],
    ],
  ]);
});

describe('French probes 3: the attributed speaker is the source', () => {
  run([
    [
      'En mai, le ministre Gérald Martin a affirmé que 230 Libanais se trouvaient encore en Syrie.',
      [
        {
          v: [230, 230],
          pop: 'people',
          origin: ['LB'],
          status: 'present',
          source: 'le ministre Gérald Martin',
        },
      ],
    ],
    [
      '« Nous avons rapatrié 44 enfants », a déclaré la ministre des Affaires étrangères.',
      [{ v: [44, 44], pop: 'children', status: 'returned', source: 'la ministre des Affaires étrangères' }],
    ],
  ]);
});

describe('French probes 3: mechanisms found on dev, in other words', () => {
  run([
    // Kept from going is not fighting.
    [
      'Selon le ministre, 3 000 Marocains ont été empêchés de partir combattre en Irak.',
      [{ v: [3000, 3000], pop: 'people', origin: ['MA'] }],
    ],
    // Back from studies abroad, not from a conflict.
    ['Plus de 150 Tadjiks sont rentrés des universités étrangères cette année.', []],
    [
      'Les autorités suivent les Kirghizes partis en Syrie. Leur nombre s’élève à 850.',
      [{ v: [850, 850], pop: 'people', origin: ['KG'] }],
    ],
    [
      // A plain count of people somewhere says nothing of whose they are: no topic origin.
      'La Belgique a rapatrié 35 Belges de Syrie.\n\nLe camp de Roj abrite environ 2 500 personnes.',
      [
        { v: [35, 35], pop: 'people', origin: ['BE'], status: 'returned' },
        { v: [2500, 2500], pop: 'people', status: 'present' },
      ],
    ],
    [
      // A count inside the speaker's own phrase tells who speaks.
      '« Des garçons de neuf ans tenaient les barrages », a déclaré un groupe de cinq experts.',
      [],
    ],
    [
      // A nationality said to be unknown: no origin, none carried from the list before.
      'La mission a recensé 40 enfants tchadiens ; la nationalité de 25 enfants reste inconnue.',
      [
        { v: [40, 40], pop: 'children', origin: ['TD'] },
        { v: [25, 25], pop: 'children' },
      ],
    ],
  ]);
});
