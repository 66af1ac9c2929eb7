// French document probes, seventh batch (issue: generality on unseen reports, the wider field). Written
// blind, before any dev report was read: every report below is invented for this test. Short reports in
// the styles of AFP copy, UN figures on children in armed conflict (Mali, Burkina Faso, Somalia,
// Nigeria, Syria), ministry and think-tank figures on foreign fighters, repatriations and the camps:
// collective numerals (une quinzaine, une centaine, près d'un millier), bounds (plus de, au moins),
// parts without a noun (dont, parmi eux, d'entre eux), counts in predicates ("seraient environ 850",
// "estiment à N le nombre de"), planned returns, origin only for the people the text says it of (not
// from an organisation's name, not from where a flight came from), and the place of the people vs that
// of the report. Expectations follow ../shared/eval/GUIDELINES.md.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const MALI_ONU = [
  'BAMAKO (AFP) - L’ONU a vérifié le recrutement et l’utilisation de 1 183 enfants au Mali en 2022, selon le dernier rapport du secrétaire général.',
  'Plus de 300 d’entre eux ont été recrutés par le JNIM, affirme le rapport.',
  'Une quinzaine d’enfants ont par ailleurs été tués lors d’opérations militaires dans la région de Mopti.',
  'Des dizaines d’écoles restent fermées.',
].join(' ');

const BURKINA = [
  'OUAGADOUGOU - Près d’un millier de personnes ont été tuées dans le nord du Burkina Faso depuis janvier, selon l’ONG ACLED.',
  'Parmi elles, 212 enfants.',
  'L’armée affirme avoir abattu plus de 160 terroristes lors d’une opération menée la semaine dernière près de Djibo.',
  'Deux soldats ont perdu la vie.',
].join(' ');

const MAGHREB = [
  'TUNIS - Les autorités tunisiennes estiment à près de 3 000 le nombre de leurs ressortissants partis combattre en Syrie, en Irak et en Libye.',
  'Environ 800 seraient rentrés au pays, dont 160 ont été incarcérés.',
  'Le Maroc, de son côté, recense 1 659 combattants marocains, dont 745 ayant rejoint l’État islamique.',
  'Selon un rapport de l’ONU, plus de 5 500 Tunisiens se trouvaient dans les zones de conflit en 2015.',
].join(' ');

const ROJ = [
  'PARIS - La France a rapatrié mardi 15 femmes et 32 enfants qui se trouvaient dans le camp de Roj, a annoncé le Quai d’Orsay.',
  'Les mères ont été remises aux autorités judiciaires.',
  'Selon le ministère, une centaine d’enfants français seraient encore détenus dans les camps du nord-est syrien.',
  'Un nouveau rapatriement de 40 mineurs est prévu à l’automne.',
].join(' ');

const BELGIQUE = [
  'BRUXELLES - Selon l’OCAM, 420 Belges sont partis en Syrie et en Irak depuis 2012.',
  'Parmi eux, environ 150 seraient morts sur place et une centaine seraient revenus en Belgique.',
  'Une quinzaine de femmes belges se trouvent toujours au camp d’al-Hol avec leurs enfants.',
  'Le parquet fédéral a par ailleurs fait arrêter six hommes soupçonnés de recruter pour l’EI à Molenbeek.',
].join(' ');

const SOMALIE = [
  'MOGADISCIO - Les Chabab ont enlevé au moins 45 enfants dans la région de Bay le mois dernier, a indiqué l’UNICEF.',
  'Selon les Nations unies, 1 732 enfants ont été recrutés en Somalie en 2022, dont 1 497 par les Chabab.',
].join(' ');

const PRISONS = [
  'Quelque 2 000 combattants étrangers, originaires d’une cinquantaine de pays, sont détenus dans les prisons kurdes, dont près de 300 combattants français selon des sources sécuritaires.',
  'Parmi eux, 60 seraient mineurs.',
  'Bagdad a pour sa part rapatrié de Syrie plus de 2 500 familles irakiennes.',
].join(' ');

const ASIE_CENTRALE = [
  'Selon un rapport de l’International Crisis Group, environ 2 000 ressortissants d’Asie centrale ont rejoint l’EI.',
  'Les Ouzbeks seraient les plus nombreux, avec quelque 1 500 combattants.',
  'Les Kirghizes seraient environ 850, dont 140 mineurs.',
  'Le Kazakhstan a rapatrié 600 de ses citoyens en 2019.',
].join(' ');

const NIGERIA = [
  'ABUJA - Plus de 300 écoliers ont été enlevés vendredi par des hommes armés dans l’État de Katsina, selon la police.',
  'Une vingtaine ont réussi à s’échapper.',
  'Boko Haram détiendrait encore 98 des 276 écolières enlevées en 2014, selon Amnesty International.',
].join(' ');

const IDLEB = [
  'Au moins 12 civils, dont cinq enfants, ont été tués dimanche dans des frappes sur la province d’Idleb, a rapporté l’Observatoire syrien des droits de l’homme.',
  'Le groupe jihadiste Hayat Tahrir al-Cham (HTS) compterait près de 10 000 combattants dans la région, dont plusieurs centaines d’étrangers.',
].join(' ');

const OPEN = new Set<string>([
  // "Les Ouzbeks seraient les plus nombreux, avec quelque 1 500 combattants": the demonym subject is not the origin of the count after "avec".
  ASIE_CENTRALE,
]);

describe('French document probes 7', () => {
  runProbes(
    'fr',
    [
      [
        MALI_ONU,
        [
          { v: [1183, 1183], pop: 'children', status: 'joined', loc: ['ML'] },
          { v: [300, null], pop: 'children', status: 'joined' },
          { v: [15, 15], pop: 'children', status: 'killed', loc: ['ML'] },
        ],
      ],
      [
        BURKINA,
        [
          { v: [1000, 1000], pop: 'people', status: 'killed', loc: ['BF'], source: 'l’ONG ACLED' },
          { v: [212, 212], pop: 'children', status: 'killed' },
          { v: [160, null], pop: 'fighters', status: 'killed', source: 'L’armée' },
          { v: [2, 2], pop: 'fighters', status: 'killed' },
        ],
      ],
      [
        MAGHREB,
        [
          {
            v: [3000, 3000],
            pop: 'fighters',
            origin: ['TN'],
            status: 'joined',
            source: 'Les autorités tunisiennes',
          },
          { v: [800, 800], pop: 'fighters', origin: ['TN'], status: 'returned' },
          { v: [160, 160], pop: 'fighters', origin: ['TN'], status: 'detained' },
          { v: [1659, 1659], pop: 'fighters', origin: ['MA'] },
          { v: [745, 745], pop: 'fighters', origin: ['MA'], status: 'joined', aff: 'isis' },
          {
            v: [5500, null],
            pop: 'people',
            origin: ['TN'],
            status: 'present',
            source: 'un rapport de l’ONU',
          },
        ],
      ],
      [
        ROJ,
        [
          { v: [15, 15], pop: 'women', origin: ['FR'], status: 'returned', source: 'le Quai d’Orsay' },
          { v: [32, 32], pop: 'children', origin: ['FR'], status: 'returned' },
          {
            v: [100, 100],
            pop: 'children',
            origin: ['FR'],
            status: 'present',
            loc: ['SY'],
            source: 'le ministère',
          },
          { v: [40, 40], pop: 'children', origin: ['FR'], not: 'returned' },
        ],
      ],
      [
        BELGIQUE,
        [
          { v: [420, 420], pop: 'people', origin: ['BE'], status: 'joined', source: 'l’OCAM' },
          { v: [150, 150], pop: 'people', origin: ['BE'], status: 'killed' },
          { v: [100, 100], pop: 'people', origin: ['BE'], status: 'returned' },
          { v: [15, 15], pop: 'women', origin: ['BE'], status: 'present', loc: ['SY'] },
          { v: [6, 6], pop: 'men', status: 'detained', loc: ['BE'] },
        ],
      ],
      [
        SOMALIE,
        [
          { v: [45, null], pop: 'children', status: 'other', aff: 'other', loc: ['SO'], source: 'l’UNICEF' },
          { v: [1732, 1732], pop: 'children', status: 'joined', loc: ['SO'], source: 'les Nations unies' },
          { v: [1497, 1497], pop: 'children', status: 'joined', aff: 'other' },
        ],
      ],
      [
        PRISONS,
        [
          { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], status: 'detained' },
          {
            v: [300, 300],
            pop: 'fighters',
            origin: ['FR'],
            status: 'detained',
            source: 'des sources sécuritaires',
          },
          { v: [60, 60], pop: 'children', origin: ['FR'], status: 'detained' },
          { v: [2500, null], pop: 'families', origin: ['IQ'], status: 'returned' },
        ],
      ],
      [
        ASIE_CENTRALE,
        [
          {
            v: [2000, 2000],
            pop: 'people',
            origin: ['region:central-asia'],
            status: 'joined',
            aff: 'isis',
          },
          { v: [1500, 1500], pop: 'fighters', origin: ['UZ'] },
          { v: [850, 850], pop: 'people', origin: ['KG'] },
          { v: [140, 140], pop: 'children', origin: ['KG'] },
          { v: [600, 600], pop: 'people', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        NIGERIA,
        [
          { v: [300, null], pop: 'children', status: 'other', loc: ['NG'], source: 'la police' },
          { v: [20, 20], pop: 'children' },
          { v: [98, 98], pop: 'children', aff: 'other', source: 'Amnesty International' },
          { v: [276, 276], pop: 'children', aff: 'other' },
        ],
      ],
      [
        IDLEB,
        [
          { v: [12, null], pop: 'people', status: 'killed', loc: ['SY'] },
          { v: [5, 5], pop: 'children', status: 'killed' },
          { v: [10000, 10000], pop: 'fighters', aff: 'al-nusra', loc: ['SY'] },
        ],
      ],
    ] satisfies Probe[],
    OPEN,
  );
});
