// fr25: French blind probes, written before any dev report was read; every sentence is invented for
// this test. Styles of the field: UN CAAC figures (« enfants recrutés et utilisés »), Sahel (JNIM,
// EIGS, Burkina Faso, Mali, Niger), Lake Chad and Boko Haram, French and Belgian returnees and the
// camps of north-east Syria (al-Hol, Roj) and their repatriation, Maghreb foreign fighters, trials.
// The grammar varies: numbers in words (soixante-dix, quatre-vingt-dix, mille sept cent
// quarante-neuf), collective numerals (une centaine, une vingtaine), hedges and bounds (près de, plus
// de, au moins, entre A et B, quelque, environ, dépasse les N), thin-space thousands (1 200), parts
// (« dont », « parmi eux », « d'entre eux »), attributions (selon, d'après, a indiqué), origin only for
// the people the text says it of, status (a planned return is no return). Expectations follow
// ../shared/eval/GUIDELINES.md.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const OPEN = new Set<string>([
  // « Ils sont 35. »: a bare predicative count after a sentence that names the children but counts
  // none of them (only their ages): no antecedent count to stand for.
  'Les enfants rapatriés sont âgés de 6 à 16 ans. Ils sont 35.',
  // A capital as the owner of « ses ressortissants » (Tunis for Tunisia) gives no origin.
  'Tunis estime à 3 000 le nombre de ses ressortissants partis en Syrie.',
]);

const run = (probes: Probe[]) => runProbes('fr', probes, OPEN);

describe('fr25 probes: UN figures on children in the Sahel and the Lake Chad basin', () => {
  run([
    [
      'Selon le rapport annuel du Secrétaire général, 1 214 enfants ont été recrutés et utilisés par des groupes armés au Burkina Faso en 2022.',
      [
        {
          v: [1214, 1214],
          pop: 'children',
          status: 'joined',
          loc: ['BF'],
          source: 'le rapport annuel du Secrétaire général',
        },
      ],
    ],
    [
      'D’après l’ONU, soixante-dix enfants ont été recrutés et utilisés par le JNIM dans la région de Mopti.',
      [{ v: [70, 70], pop: 'children', status: 'joined', aff: 'other', loc: ['ML'], source: 'l’ONU' }],
    ],
    [
      'Au Mali, quatre-vingt-dix garçons ont été libérés des rangs de groupes armés, a indiqué l’UNICEF.',
      [{ v: [90, 90], pop: 'children', status: 'other', source: 'l’UNICEF' }],
    ],
    [
      'Une centaine d’enfants auraient été enlevés par Boko Haram dans l’État de Borno, selon des sources locales.',
      [{ v: [100, 100], pop: 'children', status: 'other', aff: 'other', source: 'des sources locales' }],
    ],
    [
      'Soixante et onze enfants ont été tués ou mutilés au Niger en 2021, selon le rapport.',
      [{ v: [71, 71], pop: 'children', status: 'other', loc: ['NE'] }],
    ],
    [
      'La mission a vérifié le recrutement et l’utilisation de 1 045 enfants, dont 992 garçons et 53 filles.',
      [
        { v: [1045, 1045], pop: 'children', status: 'joined' },
        { v: [992, 992], pop: 'children' },
        { v: [53, 53], pop: 'children' },
      ],
    ],
    [
      'Le nombre d’enfants recrutés par les groupes armés au Mali a atteint 245 en 2021.',
      [{ v: [245, 245], pop: 'children', status: 'joined', loc: ['ML'] }],
    ],
    [
      'En 2020, les Nations unies ont recensé 143 cas vérifiés de recrutement d’enfants au Burkina Faso.',
      [{ v: [143, 143], pop: 'children', status: 'joined', source: 'les Nations unies' }],
    ],
    [
      'Mille sept cent quarante-neuf enfants ont été libérés par les forces armées en 2021.',
      [{ v: [1749, 1749], pop: 'children', status: 'other' }],
    ],
    [
      'Deux mille cinq cents enfants ont été enlevés par Boko Haram depuis 2013, selon Amnesty International.',
      [{ v: [2500, 2500], pop: 'children', aff: 'other', source: 'Amnesty International' }],
    ],
    [
      'En 2022, quelque 560 enfants ont été recrutés et utilisés au Mali, contre 250 en 2021.',
      [
        { v: [560, 560], pop: 'children', status: 'joined' },
        { v: [250, 250], pop: 'children' },
      ],
    ],
    [
      'Le nombre d’enfants tués au Burkina Faso a doublé, passant de 80 à 160.',
      [
        { v: [80, 80], pop: 'children', status: 'killed' },
        { v: [160, 160], pop: 'children', status: 'killed' },
      ],
    ],
    [
      'Quatre-vingts élèves et trois enseignants ont été enlevés dans une école de l’État de Kaduna.',
      [
        { v: [80, 80], pop: 'children', status: 'other' },
        { v: [3, 3], pop: 'people', status: 'other' },
      ],
    ],
    [
      'Au moins 28 personnes, dont 12 enfants, ont été enlevées par des hommes armés dans le nord du Burkina Faso.',
      [
        { v: [28, null], pop: 'people', status: 'other', loc: ['BF'] },
        { v: [12, 12], pop: 'children', status: 'other' },
      ],
    ],
    [
      'La force conjointe a libéré 76 otages, dont 30 femmes, retenus par Boko Haram.',
      [
        { v: [76, 76], pop: 'people', aff: 'other' },
        { v: [30, 30], pop: 'women' },
      ],
    ],
    [
      'Sur les 1 045 enfants recrutés, 402 l’ont été par le JNIM et 160 par l’EIGS.',
      [
        { v: [1045, 1045], pop: 'children', status: 'joined' },
        { v: [402, 402], pop: 'children', aff: 'other' },
        { v: [160, 160], pop: 'children', aff: 'isis' },
      ],
    ],
  ]);
});

describe('fr25 probes: Sahel fighting, soldiers, victims', () => {
  run([
    [
      'Au Niger, 23 soldats ont été tués lors d’une attaque revendiquée par l’État islamique au Grand Sahara.',
      [{ v: [23, 23], pop: 'fighters', status: 'killed', aff: 'isis', loc: ['NE'] }],
    ],
    [
      'L’armée burkinabè affirme avoir neutralisé une cinquantaine de terroristes dans la province du Soum.',
      [{ v: [50, 50], pop: 'fighters', status: 'killed' }],
    ],
    [
      'Environ 2 000 combattants de l’EIGS opéreraient dans la zone des trois frontières.',
      [{ v: [2000, 2000], pop: 'fighters', aff: 'isis', status: 'present' }],
    ],
    [
      'Selon la police, 40 jihadistes ont été arrêtés et 12 autres ont été tués.',
      [
        { v: [40, 40], pop: 'fighters', status: 'detained', source: 'la police' },
        { v: [12, 12], pop: 'fighters', status: 'killed' },
      ],
    ],
    [
      'Au moins 12 militaires maliens ont été tués et 18 autres ont été arrêtés.',
      [
        { v: [12, null], pop: 'fighters', origin: ['ML'], status: 'killed' },
        { v: [18, 18], pop: 'fighters', origin: ['ML'], status: 'detained' },
      ],
    ],
    [
      'Les terroristes ont exécuté 19 civils, dont trois enfants, dans le village de Solhan.',
      [
        { v: [19, 19], pop: 'people', status: 'killed' },
        { v: [3, 3], pop: 'children', status: 'killed' },
      ],
    ],
    [
      'Les forces tchadiennes ont capturé une vingtaine de combattants de Boko Haram sur les îles du lac Tchad.',
      [{ v: [20, 20], pop: 'fighters', status: 'detained', aff: 'other' }],
    ],
    [
      'Au Burkina Faso, les attaques ont fait plus de 2 000 morts et près de deux millions de déplacés.',
      [
        { v: [2000, null], pop: 'people', status: 'killed' },
        { v: [2000000, 2000000], pop: 'people', status: 'other' },
      ],
    ],
    [
      'Le JNIM a enlevé 40 femmes dans la région de Djibo, selon des habitants.',
      [{ v: [40, 40], pop: 'women', status: 'other', aff: 'other', source: 'des habitants' }],
    ],
    [
      'L’attaque a fait 17 morts parmi les militaires nigériens.',
      [{ v: [17, 17], pop: 'fighters', origin: ['NE'], status: 'killed' }],
    ],
  ]);
});

describe('fr25 probes: French and Belgian returnees, the camps and repatriation', () => {
  run([
    [
      'Entre 200 et 300 Français se trouveraient encore dans les camps du nord-est syrien, selon le parquet national antiterroriste.',
      [
        {
          v: [200, 300],
          pop: 'people',
          origin: ['FR'],
          status: 'present',
          source: 'le parquet national antiterroriste',
        },
      ],
    ],
    [
      'Quelque 160 enfants français sont toujours retenus dans les camps d’al-Hol et de Roj.',
      [{ v: [160, 160], pop: 'children', origin: ['FR'], loc: ['SY'] }],
    ],
    [
      'La France a rapatrié 35 mineurs et 16 mères depuis le camp de Roj, a déclaré le ministère des Affaires étrangères.',
      [
        { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
        {
          v: [16, 16],
          pop: 'women',
          origin: ['FR'],
          status: 'returned',
          source: 'le ministère des Affaires étrangères',
        },
      ],
    ],
    [
      'Les 16 femmes rapatriées ont été remises aux autorités judiciaires ; onze d’entre elles ont été mises en examen et écrouées.',
      [
        { v: [16, 16], pop: 'women', status: 'returned' },
        { v: [11, 11], pop: 'women', status: 'detained' },
      ],
    ],
    [
      'La Belgique compte rapatrier une trentaine d’enfants dans les prochains mois.',
      [{ v: [30, 30], pop: 'children', origin: ['BE'], not: 'returned' }],
    ],
    [
      'Selon l’OCAM, environ 400 Belges sont partis combattre en Syrie et en Irak depuis 2012.',
      [{ v: [400, 400], pop: 'fighters', origin: ['BE'], status: 'joined', source: 'l’OCAM' }],
    ],
    [
      'Sur les 400 Belges partis, 130 sont revenus et une centaine auraient été tués.',
      [
        { v: [400, 400], pop: 'people', origin: ['BE'], status: 'joined' },
        { v: [130, 130], pop: 'people', origin: ['BE'], status: 'returned' },
        { v: [100, 100], pop: 'people', origin: ['BE'], status: 'killed' },
      ],
    ],
    [
      'Quelque 1 500 revenants sont rentrés en France depuis 2014, a déclaré le procureur.',
      [{ v: [1500, 1500], pop: 'people', origin: ['FR'], status: 'returned', source: 'le procureur' }],
    ],
    [
      'Selon le parquet, 70 mineurs de retour de Syrie font l’objet d’un suivi.',
      [{ v: [70, 70], pop: 'children', status: 'returned', source: 'le parquet' }],
    ],
    [
      'Au camp d’al-Hol vivent près de 56 000 personnes, dont 40 000 enfants.',
      [
        { v: [56000, 56000], pop: 'people', status: 'present', loc: ['SY'] },
        { v: [40000, 40000], pop: 'children', status: 'present' },
      ],
    ],
    [
      'Dans le camp de Roj se trouvent 2 600 personnes. Parmi eux, 65 sont des ressortissants tunisiens.',
      [
        { v: [2600, 2600], pop: 'people', status: 'present' },
        { v: [65, 65], pop: 'people', origin: ['TN'] },
      ],
    ],
    [
      'Selon la DGSI, 300 Français ont été tués en zone irako-syrienne.',
      [{ v: [300, 300], pop: 'people', origin: ['FR'], status: 'killed', source: 'la DGSI' }],
    ],
    [
      'Parmi les 1 300 Français partis en Syrie et en Irak, environ 400 étaient des femmes.',
      [
        { v: [1300, 1300], pop: 'people', origin: ['FR'], status: 'joined' },
        { v: [400, 400], pop: 'women', origin: ['FR'] },
      ],
    ],
    [
      'Le Danemark a accepté de rapatrier trois femmes et quatorze enfants.',
      [
        { v: [3, 3], pop: 'women', origin: ['DK'], not: 'returned' },
        { v: [14, 14], pop: 'children', origin: ['DK'], not: 'returned' },
      ],
    ],
    [
      'Une soixantaine de femmes et d’enfants belges restent détenus dans le camp de Roj.',
      [{ v: [60, 60], pop: 'people', origin: ['BE'], loc: ['SY'] }],
    ],
    [
      'Les Pays-Bas ont ramené 12 femmes et 28 enfants du nord-est de la Syrie, a annoncé le gouvernement.',
      [
        { v: [12, 12], pop: 'women', origin: ['NL'], status: 'returned' },
        { v: [28, 28], pop: 'children', origin: ['NL'], status: 'returned', source: 'le gouvernement' },
      ],
    ],
    [
      'Quatre-vingt-quinze ressortissants belges ont été rapatriés, dont 69 enfants.',
      [
        { v: [95, 95], pop: 'people', origin: ['BE'], status: 'returned' },
        { v: [69, 69], pop: 'children', origin: ['BE'], status: 'returned' },
      ],
    ],
    [
      'Les autorités prévoient de rapatrier 40 enfants d’ici la fin de l’année.',
      [{ v: [40, 40], pop: 'children', not: 'returned' }],
    ],
    [
      'Quelque 450 jihadistes français sont toujours en Syrie ; 120 d’entre eux sont des femmes.',
      [
        { v: [450, 450], pop: 'fighters', origin: ['FR'], loc: ['SY'] },
        { v: [120, 120], pop: 'women', origin: ['FR'] },
      ],
    ],
    [
      'Parmi les 300 revenants, on compte 80 femmes et 150 enfants.',
      [
        { v: [300, 300], pop: 'people', status: 'returned' },
        { v: [80, 80], pop: 'women', status: 'returned' },
        { v: [150, 150], pop: 'children', status: 'returned' },
      ],
    ],
    [
      'Le nombre de mineurs revenus de la zone irako-syrienne dépasse désormais 300, a précisé le procureur.',
      [{ v: [300, null], pop: 'children', status: 'returned', source: 'le procureur' }],
    ],
    ['Les revenants sont désormais plus de 300.', [{ v: [300, null], pop: 'people', status: 'returned' }]],
    [
      'Sept enfants français et leur mère ont été expulsés de Turquie vers la France.',
      [{ v: [7, 7], pop: 'children', origin: ['FR'] }],
    ],
    [
      'Vingt-cinq orphelins français ont été rapatriés depuis 2019.',
      [{ v: [25, 25], pop: 'children', origin: ['FR'], status: 'returned' }],
    ],
    [
      'Selon Human Rights Watch, au moins 150 étrangers sont détenus dans des prisons irakiennes, dont une dizaine de Français.',
      [
        { v: [150, null], pop: 'people', origin: ['region:foreign'], status: 'detained', loc: ['IQ'] },
        { v: [10, 10], pop: 'people', origin: ['FR'], status: 'detained' },
      ],
    ],
    [
      'Plus de 1 400 Français sont partis en Syrie. Ils sont aujourd’hui 250 à être rentrés en France.',
      [
        { v: [1400, null], pop: 'people', origin: ['FR'], status: 'joined' },
        { v: [250, 250], pop: 'people', origin: ['FR'], status: 'returned' },
      ],
    ],
    [
      'Les enfants rapatriés sont âgés de 6 à 16 ans. Ils sont 35.',
      [{ v: [35, 35], pop: 'children', status: 'returned' }],
    ],
  ]);
});

describe('fr25 probes: trials and custody', () => {
  run([
    [
      'Le tribunal a condamné quatre jihadistes à des peines de prison ; deux d’entre eux étaient mineurs au moment des faits.',
      [
        { v: [4, 4], pop: 'fighters', status: 'detained' },
        { v: [2, 2], pop: 'children', status: 'detained' },
      ],
    ],
    [
      'Douze mineurs ont été mis en examen pour association de malfaiteurs terroriste en 2021.',
      [{ v: [12, 12], pop: 'children', status: 'detained' }],
    ],
    [
      'Les juges antiterroristes ont mis en examen 18 personnes dans ce dossier, dont quatre mineures.',
      [
        { v: [18, 18], pop: 'people', status: 'detained' },
        { v: [4, 4], pop: 'children', status: 'detained' },
      ],
    ],
    [
      'Trois adolescents de 15 et 16 ans ont été écroués pour avoir projeté un attentat.',
      [{ v: [3, 3], pop: 'children', status: 'detained', age: [15, 16] }],
    ],
    [
      'Les 120 Belges revenus de Syrie font l’objet de poursuites ; 90 d’entre eux ont été condamnés.',
      [
        { v: [120, 120], pop: 'people', origin: ['BE'], status: 'returned' },
        { v: [90, 90], pop: 'people', origin: ['BE'], status: 'detained' },
      ],
    ],
    [
      'Onze Français ont été condamnés à mort en Irak en 2019.',
      [{ v: [11, 11], pop: 'people', origin: ['FR'], status: 'detained', loc: ['IQ'] }],
    ],
    [
      'Sur les 160 mineurs rentrés, 15 ont été mis en examen.',
      [
        { v: [160, 160], pop: 'children', status: 'returned' },
        { v: [15, 15], pop: 'children', status: 'detained' },
      ],
    ],
    [
      'Onze jihadistes expulsés de Turquie ont été mis en examen.',
      [{ v: [11, 11], pop: 'fighters', status: 'detained' }],
    ],
  ]);
});

describe('fr25 probes: Maghreb foreign fighters', () => {
  run([
    [
      'Au moins 6 000 Tunisiens ont rejoint des groupes jihadistes en Syrie, en Irak et en Libye.',
      [{ v: [6000, null], pop: 'people', origin: ['TN'], status: 'joined' }],
    ],
    [
      'Plus de 1 600 Marocains ont rejoint l’État islamique, d’après le Bureau central d’investigations judiciaires.',
      [
        {
          v: [1600, null],
          pop: 'people',
          origin: ['MA'],
          status: 'joined',
          aff: 'isis',
          source: 'le Bureau central d’investigations judiciaires',
        },
      ],
    ],
    [
      'Le gouvernement tunisien estime à 3 000 le nombre de ses ressortissants partis combattre en Syrie.',
      [{ v: [3000, 3000], pop: 'fighters', origin: ['TN'], source: 'Le gouvernement tunisien' }],
    ],
    [
      'Tunis estime à 3 000 le nombre de ses ressortissants partis en Syrie.',
      [{ v: [3000, 3000], pop: 'people', origin: ['TN'] }],
    ],
    [
      'Les services de renseignement évaluent à environ 1 700 le nombre de Marocains ayant rejoint l’EI.',
      [
        {
          v: [1700, 1700],
          pop: 'people',
          origin: ['MA'],
          status: 'joined',
          source: 'Les services de renseignement',
        },
      ],
    ],
    [
      'Les Marocains partis en Syrie sont au nombre de 1 659, selon le ministère de l’Intérieur.',
      [{ v: [1659, 1659], pop: 'people', origin: ['MA'], source: 'le ministère de l’Intérieur' }],
    ],
    [
      'Au total, près de 1 700 Marocains seraient partis en Syrie ; 225 seraient revenus et 596 auraient été tués.',
      [
        { v: [1700, 1700], pop: 'people', origin: ['MA'], status: 'joined' },
        { v: [225, 225], pop: 'people', origin: ['MA'], status: 'returned' },
        { v: [596, 596], pop: 'people', origin: ['MA'], status: 'killed' },
      ],
    ],
    [
      'Le Maroc compte entre 1 500 et 2 000 ressortissants dans les rangs de l’EI, dont 300 femmes.',
      [
        { v: [1500, 2000], pop: 'people', origin: ['MA'], aff: 'isis' },
        { v: [300, 300], pop: 'women', origin: ['MA'] },
      ],
    ],
    [
      'Quelque 2 000 Européens auraient rejoint l’EI, dont 500 Français, 400 Belges et 300 Allemands.',
      [
        { v: [2000, 2000], pop: 'people', origin: ['region:europe'], status: 'joined' },
        { v: [500, 500], pop: 'people', origin: ['FR'] },
        { v: [400, 400], pop: 'people', origin: ['BE'] },
        { v: [300, 300], pop: 'people', origin: ['DE'] },
      ],
    ],
    [
      'Près de 700 combattants étrangers ont été tués dans les frappes, dont une quarantaine de Tunisiens.',
      [
        { v: [700, 700], pop: 'fighters', origin: ['region:foreign'], status: 'killed' },
        { v: [40, 40], pop: 'fighters', origin: ['TN'], status: 'killed' },
      ],
    ],
    [
      'Deux Marocains et trois Algériens figurent parmi les personnes arrêtées.',
      [
        { v: [2, 2], pop: 'people', origin: ['MA'], status: 'detained' },
        { v: [3, 3], pop: 'people', origin: ['DZ'], status: 'detained' },
      ],
    ],
    [
      'Le Maroc a rapatrié huit de ses ressortissants en mars 2019.',
      [{ v: [8, 8], pop: 'people', origin: ['MA'], status: 'returned' }],
    ],
    [
      'Les Tunisiennes détenues en Libye sont au nombre de 36.',
      [{ v: [36, 36], pop: 'women', origin: ['TN'], status: 'detained' }],
    ],
    [
      'Le nombre de Français partis en Syrie a dépassé la barre des 1 000.',
      [{ v: [1000, null], pop: 'people', origin: ['FR'], status: 'joined' }],
    ],
  ]);
});
