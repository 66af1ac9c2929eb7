// Blind probes of the twenty-fifth European round, English and Russian: sentences written for this test
// in the styles of the field (UN CAAC annual reports, Nigeria and Boko Haram abductions, al-Shabaab
// recruitment, North Caucasus fighters and their families, Central Asian repatriations, prosecutors),
// before any dev report was read. Expected claims follow GUIDELINES.md.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const EN: Probe[] = [
  [
    'In 2022 the United Nations verified the recruitment and use of 7,622 children, 1,350 of them in Somalia.',
    [
      { v: [7622, 7622], pop: 'children', status: 'joined', source: 'the United Nations' },
      { v: [1350, 1350], pop: 'children', status: 'joined', loc: ['SO'] },
    ],
  ],
  [
    "The Secretary-General's report attributes 1,094 cases of recruitment to al-Shabaab and 212 to the Somali National Army.",
    [
      { v: [1094, 1094], pop: 'children' },
      { v: [212, 212], pop: 'children' },
    ],
  ],
  [
    'Of the 3,457 children released from armed groups in 2021, some 2,100 were reintegrated.',
    [
      { v: [3457, 3457], pop: 'children', status: 'other' },
      { v: [2100, 2100], pop: 'children', status: 'other' },
    ],
  ],
  [
    'Boko Haram abducted 276 schoolgirls from Chibok in April 2014; 57 escaped within hours.',
    [
      { v: [276, 276], pop: 'children', origin: ['NG'], status: 'other' },
      { v: [57, 57], pop: 'children', origin: ['NG'], status: 'other' },
    ],
  ],
  [
    'Police said 42 students kidnapped from a boarding school in Kagara had been freed.',
    [{ v: [42, 42], pop: 'children', status: 'other', source: 'Police' }],
  ],
  [
    'At least 110 girls were taken from their school in Dapchi, of whom five died in captivity.',
    [
      { v: [110, null], pop: 'children', status: 'other' },
      { v: [5, 5], pop: 'children', status: 'killed' },
    ],
  ],
  [
    'Al-Shabaab recruited more than 1,800 children in the first half of the year, according to the UN.',
    [{ v: [1800, null], pop: 'children', status: 'joined', aff: 'other', source: 'the UN' }],
  ],
  [
    'Somali intelligence officials said 150 boys had been taken to training camps in the Bay region.',
    [{ v: [150, 150], pop: 'children', status: 'joined', source: 'Somali intelligence officials' }],
  ],
  [
    'Around 300 Kenyan nationals are believed to have joined al-Shabaab since 2011.',
    [{ v: [300, 300], pop: 'people', origin: ['KE'], status: 'joined' }],
  ],
  [
    'Uzbekistan has repatriated 531 of its citizens from Syria and Iraq, including 357 children.',
    [
      { v: [531, 531], pop: 'people', origin: ['UZ'], status: 'returned' },
      { v: [357, 357], pop: 'children', origin: ['UZ'], status: 'returned' },
    ],
  ],
  [
    'Kazakhstan brought home 595 people in the Zhusan operations, 406 of them children.',
    [
      { v: [595, 595], pop: 'people', origin: ['KZ'], status: 'returned' },
      { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned' },
    ],
  ],
  [
    'Tajikistan flew 146 children back from Iraqi prisons in 2019.',
    [{ v: [146, 146], pop: 'children', origin: ['TJ'], status: 'returned' }],
  ],
  [
    'Kyrgyzstan repatriated 79 children from Iraq in March 2021.',
    [{ v: [79, 79], pop: 'children', origin: ['KG'], status: 'returned', loc: ['IQ'] }],
  ],
  [
    'The prosecutor said 14 women returned from Syria face charges of membership in a terrorist organisation.',
    [{ v: [14, 14], pop: 'women', status: 'detained', source: 'The prosecutor' }],
  ],
  [
    'Russian officials estimate that about 4,000 Russian citizens went to fight in Syria and Iraq.',
    [{ v: [4000, 4000], pop: 'fighters', origin: ['RU'], status: 'joined' }],
  ],
  [
    'Some 1,200 children from Chechnya and Dagestan remain in camps in north-east Syria.',
    [{ v: [1200, 1200], pop: 'children', origin: ['RU'], status: 'present', loc: ['SY'] }],
  ],
  [
    'Chechen leader Ramzan Kadyrov said 200 women and children had been returned to the republic.',
    [{ v: [200, 200], pop: 'people', origin: ['RU'], status: 'returned' }],
  ],
  [
    'Of the 5,000 foreign fighters from Europe, roughly a third have come home, the report says.',
    [{ v: [5000, 5000], pop: 'fighters', origin: ['region:europe'] }],
  ],
  [
    'The court sentenced 12 Tajik nationals to prison terms for recruiting fighters for IS.',
    [{ v: [12, 12], pop: 'people', origin: ['TJ'], status: 'detained' }],
  ],
  [
    'Nigerian troops rescued 338 women and children held by Boko Haram in the Sambisa forest.',
    [{ v: [338, 338], pop: 'people', status: 'other' }],
  ],
  [
    'The militants lost 45 fighters in clashes with the army near Lake Chad.',
    [{ v: [45, 45], pop: 'fighters', status: 'killed' }],
  ],
  [
    'Among the 100 returnees were 61 minors, the ministry said.',
    [
      { v: [100, 100], pop: 'people', status: 'returned' },
      { v: [61, 61], pop: 'children', status: 'returned' },
    ],
  ],
  [
    'Two dozen teenagers from Dagestan were detained on suspicion of planning to join IS.',
    [{ v: [24, 24], pop: 'children', origin: ['RU'], status: 'detained' }],
  ],
  [
    'The UN documented the killing of 2,515 children and the maiming of 5,555 in 2022.',
    [
      { v: [2515, 2515], pop: 'children', status: 'killed' },
      { v: [5555, 5555], pop: 'children', status: 'other' },
    ],
  ],
  [
    'Prosecutors charged 27 Kosovo nationals who had fought in Syria.',
    [{ v: [27, 27], pop: 'fighters', origin: ['XK'], status: 'detained' }],
  ],
  [
    "Dagestan's prosecutor said 312 residents of the republic had been convicted of joining IS over three years.",
    [{ v: [312, 312], pop: 'people', origin: ['RU'], status: 'detained', aff: 'isis' }],
  ],
  [
    'Of the 1,200 Chechens who left for Syria, about 200 were killed.',
    [
      { v: [1200, 1200], pop: 'people', origin: ['RU'], status: 'joined' },
      { v: [200, 200], pop: 'people', origin: ['RU'], status: 'killed' },
    ],
  ],
  [
    'Security forces killed five militants in Kabardino-Balkaria and detained two more.',
    [
      { v: [5, 5], pop: 'fighters', status: 'killed' },
      { v: [2, 2], pop: 'fighters', status: 'detained' },
    ],
  ],
  [
    'Turkmenistan has not repatriated any of the estimated 360 Turkmen nationals held in Syria.',
    [{ v: [360, 360], pop: 'people', origin: ['TM'], status: 'present', loc: ['SY'] }],
  ],
  [
    'Some 30 of the 200 Norwegians have returned.',
    [
      { v: [30, 30], pop: 'people', origin: ['NO'], status: 'returned' },
      { v: [200, 200], pop: 'people', origin: ['NO'] },
    ],
  ],
];

const RU: Probe[] = [
  [
    'По данным ООН, в 2022 году группировка «Аш-Шабаб» завербовала 1 094 ребенка.',
    [{ v: [1094, 1094], pop: 'children', status: 'joined', aff: 'other', source: 'ООН' }],
  ],
  [
    'Из Сирии в Дагестан вернули 26 детей, родители которых воевали на стороне ИГ.',
    [{ v: [26, 26], pop: 'children', origin: ['RU'], status: 'returned' }],
  ],
  [
    'Генпрокуратура сообщила, что в Сирии и Ираке воюют около 4 тыс. россиян.',
    [{ v: [4000, 4000], pop: 'fighters', origin: ['RU'], status: 'present', source: 'Генпрокуратура' }],
  ],
  [
    'Всего из Ирака были возвращены 122 ребенка, из них 94 — уроженцы Чечни.',
    [
      { v: [122, 122], pop: 'children', status: 'returned' },
      { v: [94, 94], pop: 'children', origin: ['RU'], status: 'returned' },
    ],
  ],
  [
    'В лагере «Аль-Холь» остаются не менее 500 граждан Таджикистана, в том числе 300 детей.',
    [
      { v: [500, null], pop: 'people', origin: ['TJ'], status: 'present' },
      { v: [300, 300], pop: 'children', origin: ['TJ'], status: 'present' },
    ],
  ],
  [
    'Суд приговорил семерых жителей Ингушетии к срокам от 8 до 15 лет за участие в НВФ.',
    [{ v: [7, 7], pop: 'people', origin: ['RU'], status: 'detained' }],
  ],
  [
    'Казахстан вернул на родину 595 человек, среди них 406 детей и 157 женщин.',
    [
      { v: [595, 595], pop: 'people', origin: ['KZ'], status: 'returned' },
      { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned' },
      { v: [157, 157], pop: 'women', origin: ['KZ'], status: 'returned' },
    ],
  ],
  [
    'Узбекистан репатриировал из Сирии 98 граждан, в основном женщин и детей.',
    [{ v: [98, 98], pop: 'people', origin: ['UZ'], status: 'returned' }],
  ],
  [
    'В ходе операции были ликвидированы 12 боевиков, троих задержали.',
    [
      { v: [12, 12], pop: 'fighters', status: 'killed' },
      { v: [3, 3], pop: 'fighters', status: 'detained' },
    ],
  ],
  [
    'Боевики «Боко Харам» похитили более 300 школьниц в штате Борно.',
    [{ v: [300, null], pop: 'children', status: 'other', aff: 'other' }],
  ],
  [
    'Кыргызстан вернул из Ирака 79 детей, сообщило министерство иностранных дел.',
    [
      {
        v: [79, 79],
        pop: 'children',
        origin: ['KG'],
        status: 'returned',
        source: 'министерство иностранных дел',
      },
    ],
  ],
  [
    'По словам прокурора, 14 вернувшихся из Сирии женщин осуждены за участие в ИГ.',
    [{ v: [14, 14], pop: 'women', status: 'detained', aff: 'isis' }],
  ],
  [
    'Всего в ИГ воевали около 2 тыс. выходцев из Таджикистана, из них погибли более 300.',
    [
      { v: [2000, 2000], pop: 'fighters', origin: ['TJ'] },
      { v: [300, null], pop: 'fighters', origin: ['TJ'], status: 'killed' },
    ],
  ],
  [
    'Армия Нигерии освободила 76 заложников, удерживавшихся боевиками.',
    [{ v: [76, 76], pop: 'people', status: 'other' }],
  ],
  [
    'Среди 40 задержанных оказались восемь подростков из Чечни.',
    [
      { v: [40, 40], pop: 'people', status: 'detained' },
      { v: [8, 8], pop: 'children', origin: ['RU'], status: 'detained' },
    ],
  ],
  [
    'Таджикистан вернул из Ирака 84 ребенка, матери которых отбывают наказание в иракских тюрьмах.',
    [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' }],
  ],
  [
    'Из 1 200 выехавших в Сирию жителей Чечни около 200 погибли.',
    [
      { v: [1200, 1200], pop: 'people', origin: ['RU'], status: 'joined' },
      { v: [200, 200], pop: 'people', origin: ['RU'], status: 'killed', loc: ['SY'] },
    ],
  ],
  [
    'Силовики ликвидировали в Кабардино-Балкарии пятерых боевиков, еще двое задержаны.',
    [
      { v: [5, 5], pop: 'fighters', status: 'killed' },
      { v: [2, 2], pop: 'fighters', status: 'detained' },
    ],
  ],
  [
    'В лагерях на северо-востоке Сирии остаются около 7 тыс. детей из бывших советских республик.',
    [{ v: [7000, 7000], pop: 'children', origin: ['region:former-ussr'], status: 'present', loc: ['SY'] }],
  ],
  [
    'Следствие установило, что 11 подростков из Ингушетии были завербованы через интернет.',
    [{ v: [11, 11], pop: 'children', origin: ['RU'], status: 'joined' }],
  ],
  [
    'Их было трое: двое уроженцев Чечни и один из Дагестана.',
    [
      { v: [3, 3], pop: 'people', origin: ['RU'] },
      { v: [2, 2], pop: 'people', origin: ['RU'] },
    ],
  ],
  [
    '17 задержанных на прошлой неделе рекрутов прибыли из Нигера.',
    [{ v: [17, 17], pop: 'fighters', origin: ['NE'], status: 'detained' }],
  ],
  [
    '30 из 200 вернувшихся — женщины.',
    [
      { v: [30, 30], pop: 'women', status: 'returned' },
      { v: [200, 200], pop: 'people', status: 'returned' },
    ],
  ],
];

const OPEN_EN = new Set([
  // "cases of recruitment" in a CAAC report count children; without a child word in the phrase the
  // engine takes cases for no people.
  "The Secretary-General's report attributes 1,094 cases of recruitment to al-Shabaab and 212 to the Somali National Army.",
]);

const OPEN_RU = new Set([
  // The location of the part: Chechnya, the people's home, is read as a place where they died.
  'Из 1 200 выехавших в Сирию жителей Чечни около 200 погибли.',
]);

describe('euro25 blind probes, English', () => runProbes('en', EN, OPEN_EN));
describe('euro25 blind probes, Russian', () => runProbes('ru', RU, OPEN_RU));
