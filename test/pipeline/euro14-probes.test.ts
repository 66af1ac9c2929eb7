// Blind probes of the fourteenth European round (en, fr, ru), written before looking at dev errors:
// court reporting on returnees, parliamentary answers, NGO releases on child soldiers in the Sahel,
// the DRC and Nigeria, Russian regional news on North Caucasus families brought back from Syria and
// Iraq, and French reporting on the Roj camp. Sentences invented for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

// Probes the engine does not pass yet (they run as expected failures).
const OPEN = new Set<string>([]);

describe('English blind probes (14)', () => {
  runProbes(
    'en',
    [
      [
        'The court heard that the defendant was one of 14 British women who travelled to Raqqa in 2015.',
        [{ v: [14, 14], pop: 'women', origin: ['GB'], status: 'joined' }],
      ],
      [
        'Prosecutors have charged 9 returnees with membership of a terrorist organisation since January.',
        [{ v: [9, 9], pop: 'people', status: 'detained' }],
      ],
      [
        'In a written answer, the minister said 42 children with a claim to British citizenship remain in the camps in north-east Syria.',
        [{ v: [42, 42], pop: 'children', origin: ['GB'], status: 'present', loc: ['SY'] }],
      ],
      [
        'The minister told MPs that around 400 of the 900 people who went to Syria have since come back to the UK.',
        [
          { v: [400, 400], pop: 'people', origin: ['GB'], status: 'returned' },
          { v: [900, 900], pop: 'people', origin: ['GB'], status: 'joined' },
        ],
      ],
      [
        'Armed groups in the Central Sahel recruited at least 210 children in Burkina Faso and Mali last year, the charity said.',
        [{ v: [210, null], pop: 'children', status: 'joined', source: 'the charity' }],
      ],
      [
        'Some 3,000 children are believed to be serving with militias in Ituri and North Kivu, according to the NGO.',
        [{ v: [3000, 3000], pop: 'children', status: 'present', source: 'the NGO' }],
      ],
      [
        'The group said 87 boys released by a militia in Borno state had been handed over to their families.',
        [{ v: [87, 87], pop: 'children', not: 'joined' }],
      ],
      [
        'A further 25 girls joined their mothers in the transit centre in Goma.',
        [{ v: [25, 25], pop: 'children' }],
      ],
      [
        'Washington repatriated 11 Americans from the camps, including 5 children.',
        [
          { v: [11, 11], pop: 'people', origin: ['US'], status: 'returned' },
          { v: [5, 5], pop: 'children', origin: ['US'], status: 'returned' },
        ],
      ],
      [
        'London has brought back only 4 orphans from northeast Syria.',
        [{ v: [4, 4], pop: 'children', origin: ['GB'], status: 'returned' }],
      ],
      ['The London bombings killed 52 people in 2005.', [{ v: [52, 52], pop: 'people', status: 'killed' }]],
      [
        'Some 150 Uzbek fighters joined the group in Idlib, and 40 Tajiks.',
        [
          { v: [150, 150], pop: 'fighters', origin: ['UZ'], status: 'joined' },
          { v: [40, 40], pop: 'fighters', origin: ['TJ'], status: 'joined' },
        ],
      ],
      [
        'Police arrested 6 suspects accused of recruiting teenagers for al-Shabaab.',
        [{ v: [6, 6], pop: 'people', status: 'detained' }],
      ],
      [
        'The jury convicted 3 men of preparing to travel to Syria to fight.',
        [{ v: [3, 3], pop: 'men', status: 'detained' }],
      ],
      [
        'Ten women were flown home from al-Roj, and another 30 joined their families in Almaty.',
        [
          { v: [10, 10], pop: 'women', status: 'returned' },
          { v: [30, 30], pop: 'women' },
        ],
      ],
    ],
    OPEN,
  );
});

describe('French blind probes (14)', () => {
  runProbes(
    'fr',
    [
      [
        'Paris a rapatrié mardi 16 mères et 35 enfants détenus dans le camp de Roj, dans le nord-est syrien.',
        [
          { v: [16, 16], pop: 'women', origin: ['FR'], status: 'returned' },
          { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
        ],
      ],
      [
        'Les attentats de Paris ont fait 130 morts et plus de 400 blessés.',
        [
          { v: [130, 130], pop: 'people', status: 'killed' },
          { v: [400, null], pop: 'people' },
        ],
      ],
      [
        'Selon l’avocate des familles, environ 80 enfants français se trouvent encore au camp de Roj.',
        [{ v: [80, 80], pop: 'children', origin: ['FR'], status: 'present' }],
      ],
      [
        'Le tribunal a condamné 7 revenantes à des peines de six à douze ans de prison.',
        [{ v: [7, 7], pop: 'people', status: 'detained' }],
      ],
      [
        "Devant la cour d'assises spéciale, 4 accusés ont reconnu avoir rejoint l'État islamique en 2014.",
        [{ v: [4, 4], pop: 'people', aff: 'isis' }],
      ],
      [
        'Le Maroc a rapatrié 12 femmes et 30 de leurs enfants depuis la Syrie.',
        [
          { v: [12, 12], pop: 'women', origin: ['MA'], status: 'returned' },
          { v: [30, 30], pop: 'children', origin: ['MA'], status: 'returned' },
        ],
      ],
      [
        "Environ 1 200 combattants tunisiens ont rejoint l'EI en Syrie, ainsi que 30 Marocains.",
        [
          { v: [1200, 1200], pop: 'fighters', origin: ['TN'], status: 'joined' },
          { v: [30, 30], pop: 'fighters', origin: ['MA'], status: 'joined' },
        ],
      ],
      [
        'Dans une réponse écrite, le ministre indique que 250 ressortissants français ont été tués en zone irako-syrienne.',
        [{ v: [250, 250], pop: 'people', origin: ['FR'], status: 'killed' }],
      ],
      [
        "L'ONG estime que 1 500 enfants ont été enrôlés par les groupes armés au Mali depuis 2020.",
        [{ v: [1500, 1500], pop: 'children', status: 'joined', source: "L'ONG" }],
      ],
      [
        'Au Nord-Kivu, 320 enfants ont quitté les rangs des milices et 45 autres ont retrouvé leurs familles.',
        [
          { v: [320, 320], pop: 'children' },
          { v: [45, 45], pop: 'children' },
        ],
      ],
      [
        'Bruxelles a rapatrié 10 enfants et 6 mères du camp de Roj.',
        [
          { v: [10, 10], pop: 'children', origin: ['BE'], status: 'returned' },
          { v: [6, 6], pop: 'women', origin: ['BE'], status: 'returned' },
        ],
      ],
      [
        'Au Nigeria, 110 écolières ont été enlevées par des hommes armés à Dapchi.',
        [{ v: [110, 110], pop: 'children' }],
      ],
      [
        'Le parquet a ouvert 18 informations judiciaires et mis en examen 9 femmes rentrées de Syrie.',
        [{ v: [9, 9], pop: 'women', status: 'detained' }],
      ],
      [
        'Plus de 60 djihadistes français seraient encore détenus par les Kurdes.',
        [{ v: [60, null], pop: 'fighters', origin: ['FR'], status: 'detained' }],
      ],
      [
        'Une vingtaine de femmes ont été interpellées à leur descente d’avion.',
        [{ v: [20, 20], pop: 'women', status: 'detained' }],
      ],
    ],
    OPEN,
  );
});

describe('Russian blind probes (14)', () => {
  runProbes(
    'ru',
    [
      [
        'В Грозный из Ирака доставлены 26 детей, чьи матери осуждены за участие в ИГИЛ.',
        [{ v: [26, 26], pop: 'children', origin: ['RU'], status: 'returned' }],
      ],
      [
        'Москва вернула из Сирии 20 детей и 5 женщин.',
        [
          { v: [20, 20], pop: 'children', origin: ['RU'], status: 'returned' },
          { v: [5, 5], pop: 'women', origin: ['RU'], status: 'returned' },
        ],
      ],
      [
        'Задержаны 12 подозреваемых в вербовке молодежи в ИГИЛ.',
        [{ v: [12, 12], pop: 'people', status: 'detained' }],
      ],
      [
        'В Дагестане суд приговорил 4 жительниц республики, вернувшихся из Сирии, к срокам от 2 до 5 лет.',
        [{ v: [4, 4], pop: 'women', origin: ['RU'], status: 'detained' }],
      ],
      [
        'По данным уполномоченного по правам ребенка, из лагеря Аль-Холь на родину вернулись 35 детей из Чечни.',
        [{ v: [35, 35], pop: 'children', origin: ['RU'], status: 'returned' }],
      ],
      [
        'В Сирии воюют 50 боевиков из Узбекистана и 25 таджиков.',
        [
          { v: [50, 50], pop: 'fighters', origin: ['UZ'], status: 'present' },
          { v: [25, 25], pop: 'fighters', origin: ['TJ'], status: 'present' },
        ],
      ],
      ['Теракт в Москве унес жизни 37 человек.', [{ v: [37, 37], pop: 'people', status: 'killed' }]],
      [
        'Душанбе вернул из Ирака 84 ребенка.',
        [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' }],
      ],
      [
        'В Ингушетии задержаны 3 подозреваемых в финансировании боевиков.',
        [{ v: [3, 3], pop: 'people', status: 'detained' }],
      ],
      [
        'Всего в республику из Сирии и Ирака вернулись 160 женщин и детей.',
        [{ v: [160, 160], pop: 'people', status: 'returned' }],
      ],
      [
        'По словам депутата, в лагерях на северо-востоке Сирии остаются около 300 российских детей.',
        [{ v: [300, 300], pop: 'children', origin: ['RU'], status: 'present', source: 'депутата' }],
      ],
      [
        'Суд в Махачкале осудил 7 женщин за участие в незаконном вооруженном формировании.',
        [{ v: [7, 7], pop: 'women', status: 'detained' }],
      ],
      [
        'Из Чечни в Сирию выехали около 600 человек, из них 200 погибли.',
        [
          { v: [600, 600], pop: 'people', origin: ['RU'], status: 'joined' },
          { v: [200, 200], pop: 'people', origin: ['RU'], status: 'killed' },
        ],
      ],
      [
        'Еще 15 женщин, обвиняемых в пособничестве терроризму, находятся под стражей.',
        [{ v: [15, 15], pop: 'women', status: 'detained' }],
      ],
      [
        'Самолет МЧС доставил в Москву 27 детей, а еще 10 воссоединились со своими семьями в Дагестане.',
        [
          { v: [27, 27], pop: 'children', origin: ['RU'], status: 'returned' },
          { v: [10, 10], pop: 'children', origin: ['RU'] },
        ],
      ],
    ],
    OPEN,
  );
});
