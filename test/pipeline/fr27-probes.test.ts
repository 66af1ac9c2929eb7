// Blind probes of French press, NGO, UN and official wording (fr27). Sentences invented for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('fr: what befell the people counted (status verbs)', () => {
  runProbes('fr', [
    // « reprendre » des enfants: taken back by their state, a return.
    [
      'La France a repris 16 enfants détenus dans les camps du nord-est syrien.',
      [{ v: [16, 16], pop: 'children', origin: ['FR'], status: 'returned' }],
    ],
    [
      'Les Pays-Bas ont repris onze enfants de djihadistes le mois dernier.',
      [{ v: [11, 11], pop: 'children', origin: ['NL'], status: 'returned' }],
    ],
    // A fight starting again takes no count.
    [
      "L'armée a repris Mossoul et tué 200 combattants.",
      [{ v: [200, 200], pop: 'fighters', status: 'killed' }],
    ],
    ['Les combats ont repris et 12 civils ont été tués.', [{ v: [12, 12], pop: 'people', status: 'killed' }]],
    // Expelled to their country: sent back; driven from home: victims.
    [
      'Une quarantaine de djihadistes français ont été expulsés de Turquie depuis 2014.',
      [{ v: [40, 40], pop: 'fighters', origin: ['FR'], status: 'returned' }],
    ],
    [
      'Quelque 60 ressortissants tadjiks ont été expulsés d’Irak vers Douchanbé.',
      [{ v: [60, 60], pop: 'people', origin: ['TJ'], status: 'returned' }],
    ],
    [
      'Plus de 300 familles ont été expulsées de leurs maisons par les miliciens.',
      [{ v: [300, null], pop: 'families', status: 'other' }],
    ],
    // A participle of recruitment names who they are; the clause's verb says what befell them.
    [
      // Remis à une agence de protection : pris en charge, pas rentrés (par29b).
      "Les 45 garçons recrutés par le groupe armé ont été remis à l'UNICEF la semaine dernière.",
      [{ v: [45, 45], pop: 'children', status: 'other' }],
    ],
    [
      'Les 45 garçons recrutés par le groupe armé ont été tués.',
      [{ v: [45, 45], pop: 'children', status: 'killed' }],
    ],
    [
      'Les 30 enfants enrôlés ont été remis aux autorités.',
      [{ v: [30, 30], pop: 'children', status: 'returned' }],
    ],
    [
      'Quelque 150 enfants ont été enrôlés de force par les milices en 2019, selon l’ONU.',
      [{ v: [150, 150], pop: 'children', status: 'joined', source: 'l’ONU' }],
    ],
    // A force holding people detains them; in a camp they are present.
    ['La police détient actuellement 14 suspects.', [{ v: [14, 14], pop: 'people', status: 'detained' }]],
    [
      "Les forces kurdes détiennent quelque 70 000 personnes dans le camp d'Al-Hol.",
      [{ v: [70000, 70000], pop: 'people', status: 'present' }],
    ],
    [
      'Une trentaine de femmes françaises sont toujours détenues au camp de Roj.',
      [{ v: [30, 30], pop: 'women', origin: ['FR'], status: 'present' }],
    ],
    // Demobilised child soldiers: out of the group's hands.
    [
      "Un total de 52 enfants soldats ont été démobilisés au Soudan du Sud, a annoncé l'ONU.",
      [{ v: [52, 52], pop: 'children', status: 'other', loc: ['SS'] }],
    ],
    // A return still to come is none.
    [
      "Selon le ministère de l'Intérieur, 35 femmes et 76 enfants devraient être rapatriés d'ici la fin de l'année.",
      [
        { v: [35, 35], pop: 'women', not: 'returned', source: "le ministère de l'Intérieur" },
        { v: [76, 76], pop: 'children', not: 'returned' },
      ],
    ],
    [
      'Les 12 enfants devraient être rapatriés dans les prochains jours.',
      [{ v: [12, 12], pop: 'children', not: 'returned' }],
    ],
    [
      'Près de 300 mineurs ont été interpellés en 2016 pour des faits liés au terrorisme, a indiqué le procureur.',
      [{ v: [300, 300], pop: 'children', status: 'detained', source: 'le procureur' }],
    ],
    [
      'D’après le parquet national antiterroriste, 84 mineurs sont actuellement mis en examen.',
      [{ v: [84, 84], pop: 'children', status: 'detained', source: 'le parquet national antiterroriste' }],
    ],
    [
      'Douze djihadistes présumés ont été écroués mardi à l’issue de leur garde à vue.',
      [{ v: [12, 12], pop: 'fighters', status: 'detained' }],
    ],
    [
      'Au moins 300 enfants ont été tués ou mutilés au Yémen l’an dernier.',
      [{ v: [300, null], pop: 'children', status: 'other', loc: ['YE'] }],
    ],
    [
      'Cinq ressortissants français ont été condamnés à mort par un tribunal irakien.',
      [{ v: [5, 5], pop: 'people', origin: ['FR'], status: 'detained' }],
    ],
  ]);
});

describe('fr: arriving from the war zone is the journey back', () => {
  runProbes('fr', [
    [
      'Sept enfants sont arrivés mardi à Lyon en provenance de Syrie.',
      [{ v: [7, 7], pop: 'children', status: 'returned' }],
    ],
    [
      'Sept enfants sont arrivés mardi en France en provenance de Syrie.',
      [{ v: [7, 7], pop: 'children', status: 'returned' }],
    ],
    [
      'Quinze enfants français sont arrivés à Lyon.',
      [{ v: [15, 15], pop: 'children', origin: ['FR'], status: 'returned' }],
    ],
    // Another country's people reaching a third country have not come home.
    [
      'Quinze enfants tunisiens sont arrivés en Turquie en provenance de Syrie.',
      [{ v: [15, 15], pop: 'children', origin: ['TN'], not: 'returned' }],
    ],
    [
      'Environ 200 combattants étrangers sont arrivés en Libye en provenance de Syrie.',
      [{ v: [200, 200], pop: 'fighters', origin: ['region:foreign'], status: 'joined' }],
    ],
    [
      'Sept enfants de djihadistes français ont quitté le camp de Roj lundi.',
      [{ v: [7, 7], pop: 'children', origin: ['FR'], status: 'returned' }],
    ],
    [
      'Quelque 300 Français ont quitté la France pour la Syrie.',
      [{ v: [300, 300], pop: 'people', origin: ['FR'], status: 'joined' }],
    ],
  ]);
});

describe('fr: who they are (population, origin)', () => {
  runProbes('fr', [
    // A year-like hedged number before modifiers and a nationality noun is a count.
    [
      'Plus de 2000 jeunes Tunisiens sont partis combattre en Syrie et en Irak.',
      [{ v: [2000, null], pop: 'fighters', origin: ['TN'], status: 'joined' }],
    ],
    [
      'Environ 2000 jeunes Marocains ont rejoint l’EI.',
      [{ v: [2000, 2000], pop: 'people', origin: ['MA'], status: 'joined', aff: 'isis' }],
    ],
    [
      'Deux cents jeunes Tchétchènes combattent aux côtés de l’EI.',
      [{ v: [200, 200], pop: 'fighters', origin: ['RU'], status: 'present' }],
    ],
    // Two nationalities of one noun are its origins, not where they are.
    [
      "Le rapport dénombre 120 combattants syro-irakiens dans les rangs de l'EI.",
      [{ v: [120, 120], pop: 'fighters', origin: ['IQ', 'SY'], loc: [], aff: 'isis' }],
    ],
    [
      'On compte 120 combattants syriens et irakiens.',
      [{ v: [120, 120], pop: 'fighters', origin: ['IQ', 'SY'], loc: [] }],
    ],
    // A feminine nationality noun counts women, after a collective numeral too.
    [
      'Une vingtaine de Tunisiennes sont détenues.',
      [{ v: [20, 20], pop: 'women', origin: ['TN'], status: 'detained' }],
    ],
    [
      'Une centaine d’Européennes vivent dans le camp.',
      [{ v: [100, 100], pop: 'women', origin: ['region:europe'], status: 'present' }],
    ],
    [
      'Vingt Françaises ont été rapatriées.',
      [{ v: [20, 20], pop: 'women', origin: ['FR'], status: 'returned' }],
    ],
    [
      'Une vingtaine de Français sont détenus.',
      [{ v: [20, 20], pop: 'people', origin: ['FR'], status: 'detained' }],
    ],
    [
      'Trois combattants étrangers ont été tués lors de l’assaut.',
      [{ v: [3, 3], pop: 'fighters', origin: ['region:foreign'], status: 'killed' }],
    ],
    [
      'Environ 900 Français se trouveraient encore dans la zone irako-syrienne.',
      [{ v: [900, 900], pop: 'people', origin: ['FR'], status: 'present', loc: ['IQ', 'SY'] }],
    ],
  ]);
});

describe('fr: bounds, parts and wholes', () => {
  runProbes('fr', [
    [
      'Plus d’un millier de Français ont rejoint les rangs de Daech depuis 2012.',
      [{ v: [1000, null], pop: 'people', origin: ['FR'], status: 'joined', aff: 'isis' }],
    ],
    [
      'Entre 500 et 700 enfants nés de parents français se trouvent en Syrie.',
      [{ v: [500, 700], pop: 'children', status: 'present', loc: ['SY'] }],
    ],
    [
      'Jusqu’à 80 enfants pourraient être concernés, d’après une source sécuritaire.',
      [{ v: [null, 80], pop: 'children', source: 'une source sécuritaire' }],
    ],
    [
      'Au moins 12 combattants de l’EI ont été tués dans une frappe aérienne, selon l’Observatoire syrien des droits de l’homme.',
      [{ v: [12, null], pop: 'fighters', status: 'killed', aff: 'isis' }],
    ],
    // A part with a verb of its own right after it ("dont 800 sont rentrés") gives the whole no return.
    [
      'La Tunisie compte près de 3.000 ressortissants dans les rangs des groupes djihadistes, dont 800 sont rentrés.',
      [
        { v: [3000, 3000], pop: 'people', origin: ['TN'], not: 'returned' },
        { v: [800, 800], pop: 'people', origin: ['TN'], status: 'returned' },
      ],
    ],
    [
      'Au total, 607 personnes, dont 406 enfants ont été rapatriées.',
      [
        { v: [607, 607], pop: 'people', status: 'returned' },
        { v: [406, 406], pop: 'children', status: 'returned' },
      ],
    ],
    [
      'Quinze ressortissants kazakhs, dont neuf enfants, ont été rapatriés.',
      [
        { v: [15, 15], pop: 'people', origin: ['KZ'], status: 'returned' },
        { v: [9, 9], pop: 'children', origin: ['KZ'], status: 'returned' },
      ],
    ],
    [
      'Au total, 130 personnes ont été mises en examen. Parmi eux, 52 ont été écroués.',
      [
        { v: [130, 130], pop: 'people', status: 'detained' },
        { v: [52, 52], pop: 'people', status: 'detained' },
      ],
    ],
    [
      'Sur les 260 Belges partis en Syrie, 53 sont morts et 91 autres sont rentrés.',
      [
        { v: [260, 260], pop: 'people', origin: ['BE'], status: 'joined' },
        { v: [53, 53], pop: 'people', origin: ['BE'], status: 'killed' },
        { v: [91, 91], pop: 'people', origin: ['BE'], status: 'returned' },
      ],
    ],
    [
      'Une centaine d’enfants ont été rapatriés en 2019, puis 52 autres en 2020.',
      [
        { v: [100, 100], pop: 'children', status: 'returned' },
        { v: [52, 52], pop: 'children', status: 'returned' },
      ],
    ],
    [
      'Au total, 28 enfants ont été rapatriés ; 12 autres restent dans les camps.',
      [
        { v: [28, 28], pop: 'children', status: 'returned' },
        { v: [12, 12], pop: 'children', status: 'present' },
      ],
    ],
    [
      'Les FDS détiennent environ 10 000 combattants de l’EI, dont 2 000 étrangers.',
      [
        { v: [10000, 10000], pop: 'fighters', status: 'detained', aff: 'isis' },
        { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained' },
      ],
    ],
  ]);
});

describe('fr: ages', () => {
  runProbes('fr', [
    // The age of a share (half, most) is not the whole group's.
    [
      'Près de 700 enfants français, dont la moitié ont moins de cinq ans, vivent dans les camps.',
      [{ v: [700, 700], pop: 'children', origin: ['FR'], status: 'present', age: [null, null] }],
    ],
    [
      "Près d'un millier de mineurs seraient encore détenus, âgés pour la plupart de moins de 12 ans.",
      [{ v: [1000, 1000], pop: 'children', status: 'detained', age: [null, null] }],
    ],
    [
      'La Belgique a rapatrié dix enfants, âgés de 6 à 12 ans, depuis le camp de Roj.',
      [{ v: [10, 10], pop: 'children', origin: ['BE'], status: 'returned', age: [6, 12] }],
    ],
    [
      'Les milices ont recruté plus de 400 garçons âgés de 12 à 17 ans.',
      [{ v: [400, null], pop: 'children', status: 'joined', age: [12, 17] }],
    ],
    [
      'Environ 80 enfants de moins de 5 ans sont morts dans le camp depuis janvier, selon le CICR.',
      [{ v: [80, 80], pop: 'children', status: 'killed', age: [null, 4], source: 'le CICR' }],
    ],
  ]);
});

const THEY_ARE = 'Ils sont 37, âgés de 2 à 14 ans, à avoir été rapatriés jeudi.';
const AGE_BEFORE = 'Les enfants, âgés de 8 à 15 ans, sont au nombre de 23.';
const REFUGEES = 'Quelque 10 000 réfugiés sont arrivés à Berlin en provenance de Syrie.';
const RECRUITED_FIGHT = 'Quelque 150 enfants recrutés par les milices combattent encore.';

describe('fr: open', () => {
  runProbes(
    'fr',
    [
      // "Ils sont N … à avoir été": a count said of a pronoun, no noun at all.
      [THEY_ARE, [{ v: [37, 37], pop: 'people', status: 'returned', age: [2, 14] }]],
      // The age said of the noun before "au nombre de" is not read.
      [AGE_BEFORE, [{ v: [23, 23], pop: 'children', age: [8, 15] }]],
      // Refugees reaching a third country have not come home (the from-a-war-zone rule has no role for them).
      [REFUGEES, [{ v: [10000, 10000], pop: 'people', not: 'returned' }]],
      // Recruited, then fighting: present; a joining participle yields only to held, killed, other, return.
      [RECRUITED_FIGHT, [{ v: [150, 150], pop: 'children', status: 'present' }]],
    ],
    // THEY_ARE and REFUGEES pass since euro29 (pronoun counts with no count before; refugees are victims).
    new Set([AGE_BEFORE, RECRUITED_FIGHT]),
  );
});
