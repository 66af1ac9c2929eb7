// Blind probes of the nineteenth European round, written before looking at the dev errors: "number N"
// as a verb of count (en number, fr se chiffrer à, ru насчитывается), "their number" with a generic
// noun, prisons without a move, release and rescue (status other; returned after a swap), fronted and
// appositive origins, counts named before the number, and non-counts (attacks, years, prison terms).
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN = new Set<string>([
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
      [
        'Among the 400 returnees to Tajikistan, 150 are women and 200 children.',
        [
          { v: [400, 400], pop: 'people', origin: ['TJ'], status: 'returned' },
          { v: [150, 150], pop: 'women', origin: ['TJ'] },
          { v: [200, 200], pop: 'children', origin: ['TJ'] },
        ],
      ],
      [
        'Of the 90 Moroccans held in Syria, 42 are minors.',
        [
          { v: [90, 90], pop: 'people', origin: ['MA'] },
          { v: [42, 42], pop: 'children', origin: ['MA'] },
        ],
      ],
      [
        'Boko Haram has abducted 276 schoolgirls, 112 of whom remain missing.',
        [
          { v: [276, 276], pop: 'children', origin: [], status: 'other' },
          { v: [112, 112], pop: 'children', origin: [] },
        ],
      ],
      [
        'The 14 children flown to Bishkek are citizens of Kyrgyzstan.',
        [{ v: [14, 14], pop: 'children', origin: ['KG'], status: 'returned' }],
      ],
      [
        'Security forces killed 12 al-Shabaab militants in Lower Shabelle, while 4 soldiers died.',
        [
          { v: [12, 12], pop: 'fighters', origin: [], status: 'killed', aff: 'other' },
          { v: [4, 4], pop: 'fighters', origin: [], status: 'killed' },
        ],
      ],
      ['A 2018 law allows up to 20 years for joining a terrorist group.', []],
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
      [
        'Les 14 enfants rapatriés sont des ressortissants du Kirghizistan.',
        [{ v: [14, 14], pop: 'children', origin: ['KG'], status: 'returned' }],
      ],
      [
        'Sept adolescents figurent dans la vidéo ; tous sont tunisiens.',
        [{ v: [7, 7], pop: 'children', origin: ['TN'], status: 'featured' }],
      ],
      [
        "Selon Alger, 170 djihadistes algériens se trouvent en Libye. Une trentaine d'autres seraient au Mali.",
        [
          { v: [170, 170], pop: 'fighters', origin: ['DZ'], loc: ['LY'] },
          { v: [30, 30], pop: 'fighters', origin: ['DZ'], loc: ['ML'] },
        ],
      ],
      [
        "Le bilan de l'attaque s'élève à 23 morts, dont 9 soldats nigériens.",
        [
          { v: [23, 23], pop: 'people', origin: [], status: 'killed' },
          { v: [9, 9], pop: 'fighters', origin: ['NE'], status: 'killed' },
        ],
      ],
      [
        'Au total, 60 Kosovars sont revenus ; 25 autres sont morts sur place.',
        [
          { v: [60, 60], pop: 'people', origin: ['XK'], status: 'returned' },
          { v: [25, 25], pop: 'people', origin: ['XK'], status: 'killed' },
        ],
      ],
      [
        'Le Maroc a rapatrié 8 de ses ressortissants détenus en Syrie.',
        [{ v: [8, 8], pop: 'people', origin: ['MA'], status: 'returned' }],
      ],
      ["La cour a prononcé 12 condamnations à mort contre des membres d'AQMI.", []],
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
      [
        'Дети, вывезенные из Ирака, — 14 человек — являются гражданами Киргизии.',
        [{ v: [14, 14], pop: 'children', origin: ['KG'] }],
      ],
      ['14 детей являются гражданами Киргизии.', [{ v: [14, 14], pop: 'children', origin: ['KG'] }]],
      [
        'Из Узбекистана выехали 1500 человек; 200 вернулись, 90 были осуждены.',
        [
          { v: [1500, 1500], pop: 'people', origin: ['UZ'], status: 'joined' },
          { v: [200, 200], pop: 'people', origin: ['UZ'], status: 'returned' },
          { v: [90, 90], pop: 'people', origin: ['UZ'], status: 'detained' },
        ],
      ],
      [
        'Из Таджикистана в ИГ ушли около 1900 человек, из них 300 погибли.',
        [
          { v: [1900, 1900], pop: 'people', origin: ['TJ'], aff: 'isis' },
          { v: [300, 300], pop: 'people', origin: ['TJ'], status: 'killed' },
        ],
      ],
      [
        'Сто двадцать граждан Туркмении, по данным экспертов, воюют в Афганистане.',
        [{ v: [120, 120], pop: 'fighters', origin: ['TM'], loc: ['AF'] }],
      ],
      [
        'Еще 40 чеченцев, по данным Кадырова, остаются в лагерях Сирии.',
        [{ v: [40, 40], pop: 'people', origin: ['RU'], status: 'present' }],
      ],
      ['В Сомали в 2019 году «Аш-Шабаб» провела 120 нападений.', []],
      ['В 2017 году боевики провели 14 терактов в Сомали.', []],
      ['В 2019 году суд приговорил вербовщика к 12 годам заключения.', []],
    ],
    OPEN,
  );
});
