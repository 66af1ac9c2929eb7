// Blind probes of the eleventh European round (en, fr, ru), written before looking at dev errors:
// return verbs and their grammar, planned returns, origin after a comma and in adjectives, where
// people are, the armed group, and who gives the figure. Sentences invented for this test.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('English blind probes', () => {
  runProbes('en', [
    // status
    [
      'Kazakhstan flew 37 women back from northeast Syria on Tuesday.',
      [{ v: [37, 37], pop: 'women', origin: ['KZ'], status: 'returned' }],
    ],
    [
      'Kyrgyz authorities plan to repatriate 95 children from the al-Hol camp next month.',
      [{ v: [95, 95], pop: 'children', origin: ['KG'], not: 'returned' }],
    ],
    [
      'Uzbekistan will bring home 60 women and their children later this year.',
      [{ v: [60, 60], pop: 'women', origin: ['UZ'], not: 'returned' }],
    ],
    [
      'The Kurdish administration handed 14 Russian children over to Moscow.',
      [{ v: [14, 14], pop: 'children', origin: ['RU'], status: 'returned' }],
    ],
    [
      'Morocco has repatriated 8 of its nationals held in Syria.',
      [{ v: [8, 8], pop: 'people', origin: ['MA'], status: 'returned' }],
    ],
    [
      'Security forces arrested 12 suspected al-Shabaab fighters near Kismayo.',
      [{ v: [12, 12], pop: 'fighters', status: 'detained', aff: 'other' }],
    ],
    [
      'At least 23 children were killed in Houthi shelling of Taiz last year.',
      [{ v: [23, null], pop: 'children', status: 'killed', aff: 'other' }],
    ],
    [
      'Some 110 schoolgirls remain missing after the Boko Haram raid.',
      [{ v: [110, 110], pop: 'children', aff: 'other' }],
    ],
    // origin
    [
      'The convoy carried 40 women, from Tajikistan and Uzbekistan, out of the camp.',
      [{ v: [40, 40], pop: 'women', origin: ['TJ', 'UZ'] }],
    ],
    [
      'About 300 foreign women of various nationalities are held in the annex of al-Hol.',
      [{ v: [300, 300], pop: 'women', origin: ['region:foreign'], status: 'present' }],
    ],
    [
      'Tajik officials said 84 children had been returned from Iraq, including 20 orphans.',
      [
        { v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' },
        { v: [20, 20], pop: 'children', origin: ['TJ'] },
      ],
    ],
    // location
    [
      'Around 2,500 children from 30 countries live in the Roj camp in northeast Syria.',
      [{ v: [2500, 2500], pop: 'children', status: 'present', loc: ['SY'] }],
    ],
    [
      'The UN verified the recruitment of 1,100 children by the Houthis in Yemen.',
      [{ v: [1100, 1100], pop: 'children', aff: 'other', loc: ['YE'] }],
    ],
    [
      'In Mali, JNIM recruited 45 boys in 2020, the report found.',
      [{ v: [45, 45], pop: 'children', aff: 'other', status: 'joined' }],
    ],
    [
      // The Islamic State's West Africa province is the Islamic State.
      'ISWAP abducted 30 girls in Borno state, Nigeria.',
      [{ v: [30, 30], pop: 'children', aff: 'isis', loc: ['NG'] }],
    ],
    [
      'HTS still holds some 200 foreign fighters in Idlib.',
      [{ v: [200, 200], pop: 'fighters', origin: ['region:foreign'], aff: 'al-nusra' }],
    ],
    [
      'About 1,000 Afghan boys were recruited by the Taliban last year.',
      [{ v: [1000, 1000], pop: 'children', origin: ['AF'], aff: 'taliban', status: 'joined' }],
    ],
    // source
    [
      'According to the UN, 450 children were recruited by al-Shabaab in Somalia in 2021.',
      [{ v: [450, 450], pop: 'children', aff: 'other', source: 'the UN', status: 'joined' }],
    ],
    [
      'John Smith, the envoy, spoke to reporters. "We counted 52 boys in the camp," he said.',
      [{ v: [52, 52], pop: 'children', source: 'John Smith' }],
    ],
    [
      'France has brought back 35 children so far, the foreign ministry said.',
      [{ v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned', source: 'the foreign ministry' }],
    ],
    [
      'The ministry said 16 French women were still detained in the Roj camp.',
      [{ v: [16, 16], pop: 'women', origin: ['FR'], source: 'The ministry', loc: ['SY'] }],
    ],
    [
      'Russia evacuated 26 children from Baghdad, where their mothers are jailed.',
      [{ v: [26, 26], pop: 'children', origin: ['RU'], status: 'returned' }],
    ],
    [
      'Nine Moroccan fighters died in clashes near Raqqa.',
      [{ v: [9, 9], pop: 'fighters', origin: ['MA'], status: 'killed' }],
    ],
    [
      'More than 50 Kazakh men remain in Kurdish-run prisons.',
      [{ v: [50, null], pop: 'men', origin: ['KZ'], status: 'detained' }],
    ],
    [
      'The government is expected to return 70 more children from Syria.',
      [{ v: [70, 70], pop: 'children', not: 'returned' }],
    ],
  ]);
});

const frOpen = new Set([
  // « rendre » is mostly « rendre public, rendre compte »: not read as a return.
  'Les forces kurdes ont rendu 9 femmes ouzbèkes à Tachkent.',
]);

describe('French blind probes', () => {
  runProbes(
    'fr',
    [
      [
        'Le Kazakhstan a renvoyé 12 femmes dans leurs villages.',
        [{ v: [12, 12], pop: 'women', origin: ['KZ'], not: 'present' }],
      ],
      [
        'Au total, 35 enfants français ont été rapatriés depuis la Syrie.',
        [{ v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' }],
      ],
      [
        'La France a rapatrié 16 mineurs du camp de Roj mardi.',
        [{ v: [16, 16], pop: 'children', origin: ['FR'], status: 'returned' }],
      ],
      [
        'Paris prévoit de rapatrier 40 enfants dans les prochains mois.',
        [{ v: [40, 40], pop: 'children', origin: ['FR'], not: 'returned' }],
      ],
      [
        'Le Maroc doit rapatrier 25 de ses ressortissants détenus en Syrie.',
        [{ v: [25, 25], pop: 'people', origin: ['MA'], not: 'returned' }],
      ],
      [
        'Quelque 60 femmes, originaires du Tadjikistan et d’Ouzbékistan, vivent dans le camp.',
        [{ v: [60, 60], pop: 'women', origin: ['TJ', 'UZ'], status: 'present' }],
      ],
      [
        'Environ 150 femmes marocaines sont détenues dans le camp de Roj.',
        // Held in a camp: present (the guideline), not detained.
        [{ v: [150, 150], pop: 'women', origin: ['MA'], status: 'present', loc: ['SY'] }],
      ],
      [
        'Plus de 200 enfants de diverses nationalités se trouvent dans le camp d’Al-Hol.',
        [{ v: [200, null], pop: 'children', status: 'present', loc: ['SY'] }],
      ],
      [
        'Selon l’ONU, 320 enfants ont été recrutés par les shebab en Somalie.',
        [{ v: [320, 320], pop: 'children', status: 'joined', aff: 'other', source: 'l’ONU' }],
      ],
      [
        'Les Nations unies ont vérifié le recrutement de 1 400 enfants par les houthis au Yémen.',
        [{ v: [1400, 1400], pop: 'children', aff: 'other', loc: ['YE'] }],
      ],
      [
        'Boko Haram a enlevé 80 lycéennes dans l’État de Borno.',
        [{ v: [80, 80], pop: 'children', aff: 'other' }],
      ],
      [
        'Au moins 14 enfants ont été tués au Mali lors d’une attaque attribuée au JNIM.',
        [{ v: [14, null], pop: 'children', status: 'killed' }],
      ],
      [
        'Quelque 130 djihadistes français ont été tués en Syrie et en Irak.',
        [{ v: [130, 130], pop: 'fighters', origin: ['FR'], status: 'killed' }],
      ],
      [
        'Une vingtaine de Belges combattent encore aux côtés de l’État islamique.',
        // A demonym that fights counts fighters.
        [{ v: [20, 20], pop: 'fighters', origin: ['BE'], aff: 'isis' }],
      ],
      [
        'Le ministre Jean Dupont a reçu les familles. « Nous avons accueilli 27 enfants », a-t-il déclaré.',
        [{ v: [27, 27], pop: 'children', source: 'Jean Dupont' }],
      ],
      [
        'D’après le parquet, 45 femmes ont été mises en examen à leur retour.',
        [{ v: [45, 45], pop: 'women', source: 'le parquet', status: 'detained' }],
      ],
      [
        'Les autorités ont remis 11 enfants tunisiens à leurs grands-parents.',
        [{ v: [11, 11], pop: 'children', origin: ['TN'], not: 'present' }],
      ],
      [
        'Vingt-deux Françaises sont toujours détenues par les forces kurdes, a indiqué leur avocate.',
        [{ v: [22, 22], pop: 'women', origin: ['FR'], source: 'leur avocate' }],
      ],
      [
        'Près de 500 combattants étrangers ont rejoint Hayat Tahrir al-Cham à Idlib.',
        [{ v: [500, 500], pop: 'fighters', origin: ['region:foreign'], aff: 'al-nusra' }],
      ],
      [
        'Les talibans ont enrôlé 70 garçons afghans en 2021.',
        [{ v: [70, 70], pop: 'children', origin: ['AF'], aff: 'taliban', status: 'joined' }],
      ],
      [
        'La Russie a évacué 30 enfants de Bagdad, a annoncé Moscou.',
        [{ v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned' }],
      ],
      [
        'Quinze enfants sont portés disparus depuis l’attaque.',
        [{ v: [15, 15], pop: 'children', not: 'returned' }],
      ],
      [
        'Le Tadjikistan a fait revenir 84 enfants d’Irak en 2019.',
        [{ v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned' }],
      ],
      [
        'Les forces kurdes ont rendu 9 femmes ouzbèkes à Tachkent.',
        [{ v: [9, 9], pop: 'women', origin: ['UZ'], status: 'returned' }],
      ],
      [
        'Plus de 60 enfants russes ont été ramenés en Russie depuis la Syrie.',
        [{ v: [60, null], pop: 'children', origin: ['RU'], status: 'returned' }],
      ],
    ],
    frOpen,
  );
});

describe('Russian blind probes', () => {
  runProbes('ru', [
    [
      'Курдская администрация передала 14 детей российским властям.',
      [{ v: [14, 14], pop: 'children', origin: ['RU'], status: 'returned' }],
    ],
    [
      'Дамаск отправил 20 женщин обратно в Казахстан.',
      [{ v: [20, 20], pop: 'women', origin: ['KZ'], status: 'returned' }],
    ],
    [
      'Узбекистан планирует вернуть 90 детей из лагеря Аль-Холь.',
      [{ v: [90, 90], pop: 'children', origin: ['UZ'], not: 'returned' }],
    ],
    [
      'Узбекистан вернул 90 детей из лагеря Аль-Холь.',
      [{ v: [90, 90], pop: 'children', origin: ['UZ'], status: 'returned' }],
    ],
    ['Таджикистан возвращает 40 женщин из Сирии.', [{ v: [40, 40], pop: 'women', origin: ['TJ'] }]],
    [
      'В Казахстан были возвращены 33 женщины и 70 детей.',
      [
        { v: [33, 33], pop: 'women', origin: ['KZ'], status: 'returned' },
        { v: [70, 70], pop: 'children', origin: ['KZ'], status: 'returned' },
      ],
    ],
    [
      'Около 40 женщин, из Таджикистана и Узбекистана, остаются в лагере Рож.',
      [{ v: [40, 40], pop: 'women', origin: ['TJ', 'UZ'], status: 'present', loc: ['SY'] }],
    ],
    [
      'В лагере Аль-Холь находятся около 200 казахстанских детей.',
      [{ v: [200, 200], pop: 'children', origin: ['KZ'], status: 'present', loc: ['SY'] }],
    ],
    [
      'Власти вывезли из Сирии 25 таджикских женщин.',
      [{ v: [25, 25], pop: 'women', origin: ['TJ'], status: 'returned' }],
    ],
    [
      'Более 100 детей разных национальностей живут в лагере.',
      [{ v: [100, null], pop: 'children', status: 'present' }],
    ],
    [
      'По данным ООН, в Йемене хуситы завербовали 1500 детей.',
      [{ v: [1500, 1500], pop: 'children', aff: 'other', source: 'ООН', status: 'joined' }],
    ],
    [
      'Боевики «Аш-Шабааб» похитили 50 подростков в Сомали.',
      [{ v: [50, 50], pop: 'children', aff: 'other' }],
    ],
    [
      'Не менее 30 детей погибли при нападении «Боко Харам».',
      [{ v: [30, null], pop: 'children', status: 'killed', aff: 'other' }],
    ],
    [
      'На стороне ИГИЛ воевали около 4 тысяч граждан России.',
      [{ v: [4000, 4000], pop: 'fighters', origin: ['RU'], aff: 'isis' }],
    ],
    [
      'В Сирии были задержаны 12 граждан Кыргызстана.',
      [{ v: [12, 12], pop: 'people', origin: ['KG'], status: 'detained' }],
    ],
    [
      'Министр Иван Петров встретил детей. «Мы приняли 35 детей», — сказал он.',
      [{ v: [35, 35], pop: 'children', source: 'Министр Иван Петров' }],
    ],
    [
      'По словам омбудсмена, в Ираке остаются 80 российских детей.',
      [{ v: [80, 80], pop: 'children', origin: ['RU'], source: 'омбудсмена', status: 'present' }],
    ],
    [
      'Самолёт МЧС доставил в Москву 27 детей из Багдада.',
      [{ v: [27, 27], pop: 'children', origin: ['RU'], status: 'returned' }],
    ],
    [
      'Казахстан должен вернуть ещё 150 своих граждан.',
      [{ v: [150, 150], pop: 'people', origin: ['KZ'], not: 'returned' }],
    ],
    [
      'Пятеро узбекских боевиков были убиты в Идлибе.',
      [{ v: [5, 5], pop: 'fighters', origin: ['UZ'], status: 'killed' }],
    ],
    [
      'Около 300 иностранных боевиков воюют в рядах «Хайят Тахрир аш-Шам».',
      [{ v: [300, 300], pop: 'fighters', origin: ['region:foreign'], aff: 'al-nusra' }],
    ],
    [
      'Талибы призвали в свои ряды 200 афганских подростков.',
      [{ v: [200, 200], pop: 'children', origin: ['AF'], aff: 'taliban' }],
    ],
    [
      'Российская сторона приняла 22 ребёнка, вывезенных из Сирии.',
      [{ v: [22, 22], pop: 'children', origin: ['RU'], status: 'returned' }],
    ],
    [
      'Кыргызстан вернул на родину 79 своих граждан, в основном женщин и детей.',
      [{ v: [79, 79], pop: 'people', origin: ['KG'], status: 'returned' }],
    ],
    ['Пропавшими без вести числятся 17 детей.', [{ v: [17, 17], pop: 'children', not: 'returned' }]],
  ]);
});
