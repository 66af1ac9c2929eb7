// Blind probes of the nineteenth European round, written before looking at the dev errors: "number N"
// as a verb of count (en number, fr se chiffrer à, ru насчитывается), "their number" with a generic
// noun, prisons without a move, release and rescue (status other; returned after a swap), fronted and
// appositive origins, counts named before the number, and non-counts (attacks, years, prison terms).
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN = new Set<string>([
  // The demonym of the people counted before "number" also gives a location when it names a conflict
  // zone (Somalia): location only, the key passes; kept as a reminder with its location asked.
  'Somali recruits at the training site now number about 300.',
  // A relative clause between the people and their appositive count ("Kyrgyz nationals, who fought
  // in Syria, 12 people") says they fought, but the apposition is read only right after the noun.
  'Kyrgyz nationals, who fought in Syria, 12 people, were tried.',
]);

describe('English blind probes (19)', () => {
  runProbes(
    'en',
    [
      [
        'The Uzbek women still held at al-Hol number 112.',
        [{ v: [112, 112], pop: 'women', origin: ['UZ'], status: 'present' }],
      ],
      [
        'Somali recruits at the training site now number about 300.',
        [{ v: [300, 300], pop: 'fighters', origin: ['SO'], loc: [] }],
      ],
      [
        'Foreign fighters in the Sahel numbered at least 900 in 2019.',
        [{ v: [900, null], pop: 'fighters', origin: ['region:foreign'] }],
      ],
      [
        'Fighters from Chechnya number about 500, the analysts estimate.',
        [{ v: [500, 500], pop: 'fighters', origin: ['RU'] }],
      ],
      [
        'Tajik nationals fighting in Afghanistan number about 300.',
        [{ v: [300, 300], pop: 'fighters', origin: ['TJ'] }],
      ],
      // A label, not a verb: no count.
      ['The children appeared in video number 12 of the series.', []],
      [
        'Some 75 Tajik men are being held in a prison in Hasakah.',
        [{ v: [75, 75], pop: 'men', origin: ['TJ'], status: 'detained' }],
      ],
      [
        'Around 40 Yemeni fighters are held at a prison run by the coalition in Aden.',
        [{ v: [40, 40], pop: 'fighters', origin: ['YE'], status: 'detained' }],
      ],
      [
        'About 90 Kazakh children are being held in the Roj camp.',
        [{ v: [90, 90], pop: 'children', origin: ['KZ'], status: 'present' }],
      ],
      [
        'The Houthis released 14 Saudi prisoners on Sunday.',
        [{ v: [14, 14], pop: 'people', origin: ['SA'], status: 'other' }],
      ],
      [
        'The Houthis freed 120 prisoners in a prisoner swap.',
        [{ v: [120, 120], pop: 'people', origin: [], status: 'returned' }],
      ],
      [
        'Nigerian troops rescued 34 women held by Boko Haram.',
        [{ v: [34, 34], pop: 'women', origin: [], status: 'other' }],
      ],
      [
        'The ministry says 210 Kyrgyz nationals travelled to Syria; 64 of them have since come home.',
        [
          { v: [210, 210], pop: 'people', origin: ['KG'], status: 'joined' },
          { v: [64, 64], pop: 'people', origin: ['KG'], status: 'returned' },
        ],
      ],
      [
        'Originally from Tunisia, 35 fighters joined the brigade in 2016.',
        [{ v: [35, 35], pop: 'fighters', origin: ['TN'] }],
      ],
      [
        'The Tunisian suspects, 12 people, were charged in Sousse.',
        [{ v: [12, 12], pop: 'people', origin: ['TN'] }],
      ],
      [
        'Kyrgyz nationals, who fought in Syria, 12 people, were tried.',
        [{ v: [12, 12], pop: 'fighters', origin: ['KG'] }],
      ],
      [
        'Many Kyrgyz citizens went to Syria. Their number stands at 300 people.',
        [{ v: [300, 300], pop: 'people', origin: ['KG'] }],
      ],
      [
        'The group claimed 27 attacks in Borno state last year, killing 140 soldiers.',
        [{ v: [140, 140], pop: 'fighters', origin: [], status: 'killed' }],
      ],
      ['Al-Shabaab carried out 12 attacks in Mogadishu in 2019.', []],
      ['The court sentenced the recruiter to 15 years in prison under article 205.', []],
      ['Five of the 14 governorates remain under Houthi control.', []],
      ['The 2019 report covered 11 camps across the region.', []],
    ],
    OPEN,
  );
});

describe('French blind probes (19)', () => {
  runProbes(
    'fr',
    [
      [
        'Les Tchétchènes présents dans le camp sont au nombre de 58.',
        [{ v: [58, 58], pop: 'people', origin: ['RU'] }],
      ],
      [
        'Les combattants étrangers dans la région se chiffrent à environ 2 000.',
        [{ v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'] }],
      ],
      [
        'Selon la DGSI, les Français encore présents en zone irako-syrienne se chiffrent à 250.',
        [{ v: [250, 250], pop: 'people', origin: ['FR'], source: 'la DGSI' }],
      ],
      [
        'Les mineurs marocains retenus dans les camps syriens sont au nombre de 280.',
        [{ v: [280, 280], pop: 'children', origin: ['MA'] }],
      ],
      [
        'Une quarantaine de Marocains se trouvent en détention en Irak.',
        [{ v: [40, 40], pop: 'people', origin: ['MA'], status: 'detained' }],
      ],
      [
        "L'armée nigériane a libéré 52 otages enlevés par Boko Haram.",
        [{ v: [52, 52], pop: 'people', origin: [], status: 'other' }],
      ],
      [
        "Les rebelles ont libéré 30 soldats tchadiens lors d'un échange de prisonniers.",
        [{ v: [30, 30], pop: 'fighters', origin: ['TD'], status: 'returned' }],
      ],
      [
        'Originaires du Daghestan, 12 hommes ont été arrêtés à Moscou.',
        [{ v: [12, 12], pop: 'men', origin: ['RU'], status: 'detained' }],
      ],
      [
        "Venus d'Algérie, 35 combattants ont rejoint la katiba en 2016.",
        [{ v: [35, 35], pop: 'fighters', origin: ['DZ'], status: 'joined' }],
      ],
      [
        'Sur les 150 Tunisiens rentrés, 40 ont été écroués.',
        [
          { v: [150, 150], pop: 'people', origin: ['TN'], status: 'returned' },
          { v: [40, 40], pop: 'people', origin: ['TN'], status: 'detained' },
        ],
      ],
      [
        'Parmi les 300 Tchadiens partis en Libye, 45 ont été tués et 60 sont rentrés.',
        [
          { v: [300, 300], pop: 'people', origin: ['TD'] },
          { v: [45, 45], pop: 'people', origin: ['TD'], status: 'killed' },
          { v: [60, 60], pop: 'people', origin: ['TD'], status: 'returned' },
        ],
      ],
      [
        'Les 12 Tunisiennes rapatriées de Libye ont été placées en garde à vue.',
        [{ v: [12, 12], pop: 'women', origin: ['TN'] }],
      ],
      [
        "Des ressortissants tunisiens sont partis en Syrie. Leur nombre s'élève à 300 personnes.",
        [{ v: [300, 300], pop: 'people', origin: ['TN'] }],
      ],
      ['Le groupe a revendiqué 14 attaques au Sahel en 2020.', []],
      ["La loi de 2015 prévoit jusqu'à 10 ans de prison pour les recruteurs.", []],
      ['Le groupe a diffusé 3 vidéos en 2018 et revendiqué 9 attentats à Mogadiscio.', []],
    ],
    OPEN,
  );
});

describe('Russian blind probes (19)', () => {
  runProbes(
    'ru',
    [
      [
        'В лагерях на северо-востоке Сирии остаются дети из Таджикистана. Их число составляет около 300.',
        [{ v: [300, 300], pop: 'children', origin: ['TJ'] }],
      ],
      [
        'В Ирак выехали граждане Азербайджана, их число составляет около 900 человек.',
        [{ v: [900, 900], pop: 'people', origin: ['AZ'] }],
      ],
      [
        'Выходцев из Киргизии в рядах ИГ, по данным спецслужб, насчитывается около 400.',
        // In the ranks of IS (в рядах ИГ): members of an armed group, fighters.
        [{ v: [400, 400], pop: 'fighters', origin: ['KG'] }],
      ],
      [
        'Граждан Азербайджана в тюрьмах Ирака насчитывается 45.',
        [{ v: [45, 45], pop: 'people', origin: ['AZ'], status: 'detained' }],
      ],
      [
        'Граждан Таджикистана, воюющих в Афганистане, насчитывается около 300.',
        [{ v: [300, 300], pop: 'fighters', origin: ['TJ'] }],
      ],
      [
        'В СИЗО Махачкалы находятся 14 жителей Дагестана.',
        [{ v: [14, 14], pop: 'people', origin: ['RU'], status: 'detained' }],
      ],
      [
        'Сейчас в СИЗО находятся 8 граждан Узбекистана, подозреваемых в вербовке.',
        [{ v: [8, 8], pop: 'people', origin: ['UZ'], status: 'detained' }],
      ],
      [
        'По данным МВД, в СИЗО Грозного содержатся 9 уроженцев Ингушетии.',
        [{ v: [9, 9], pop: 'people', origin: ['RU'], status: 'detained' }],
      ],
      [
        'В лагере Аль-Холь находятся 150 казахстанских женщин.',
        [{ v: [150, 150], pop: 'women', origin: ['KZ'], status: 'present' }],
      ],
      [
        'Из плена боевиков освобождены 12 граждан России.',
        [{ v: [12, 12], pop: 'people', origin: ['RU'], status: 'other' }],
      ],
      [
        'Спецназ спас 7 заложников из Ингушетии.',
        [{ v: [7, 7], pop: 'people', origin: ['RU'], status: 'other' }],
      ],
      [
        'В Нигерии освобождены 82 школьницы, похищенные «Боко Харам».',
        [{ v: [82, 82], pop: 'children', origin: [], status: 'other' }],
      ],
      [
        'В ходе обмена пленными освобождены 40 граждан России.',
        [{ v: [40, 40], pop: 'people', origin: ['RU'], status: 'returned' }],
      ],
      [
        'Из Дагестана в Сирию выехали 1200 человек.',
        [{ v: [1200, 1200], pop: 'people', origin: ['RU'], status: 'joined' }],
      ],
      [
        'Из Узбекистана, по оценкам экспертов, в Сирию выехали около 1500 боевиков.',
        [{ v: [1500, 1500], pop: 'fighters', origin: ['UZ'] }],
      ],
      [
        'Выходцы из Чечни, 12 человек, были задержаны в Стамбуле.',
        [{ v: [12, 12], pop: 'people', origin: ['RU'], status: 'detained' }],
      ],
      [
        'Всего из Сирии вернулись 340 граждан Таджикистана, 120 из них осуждены.',
        [
          { v: [340, 340], pop: 'people', origin: ['TJ'], status: 'returned' },
          { v: [120, 120], pop: 'people', origin: ['TJ'], status: 'detained' },
        ],
      ],
      [
        'В Казахстан из Сирии вернулись 600 человек. Среди вернувшихся — 54 женщины и 130 детей.',
        [
          { v: [600, 600], pop: 'people', origin: ['KZ'] },
          { v: [54, 54], pop: 'women', origin: ['KZ'] },
          { v: [130, 130], pop: 'children', origin: ['KZ'] },
        ],
      ],
      [
        'Всего из Ирака вернули 74 ребенка; еще 18 остаются в Багдаде.',
        [
          { v: [74, 74], pop: 'children', origin: [], status: 'returned' },
          { v: [18, 18], pop: 'children', origin: [], status: 'present' },
        ],
      ],
      [
        'Боевики «Боко Харам» похитили 276 школьниц в Нигерии.',
        [{ v: [276, 276], pop: 'children', origin: [], status: 'other' }],
      ],
      ['В 2017 году боевики провели 14 терактов в Сомали.', []],
      ['В 2019 году суд приговорил вербовщика к 12 годам заключения.', []],
    ],
    OPEN,
  );
});
