// Blind probes of the twenty-seventh European round: English and Russian sentences in the style of UN
// CAAC reports, NGO briefs and the press, written for this test (no report's text). Each states what
// GUIDELINES.md asks of it; those the engine does not meet yet are in `open`.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_EN = new Set([
  // Handed over to an agency of care is no return (par29b), but the commas of the aside keep the agency
  // out of the counted clause's reach.
  'Twelve children, including three girls, were handed over to UNICEF.',
]);

const OPEN_RU = new Set([
  // "пособника" (accomplices) is no word of the pack: the count takes the fighters before it.
  'Задержаны 2 боевика и 4 пособника.',
]);

describe('en: verified cases, victims, returns and plans (euro27)', () => {
  runProbes(
    'en',
    [
      [
        'The UN verified the recruitment and use of 1,123 children by armed groups in Somalia.',
        [{ v: [1123, 1123], pop: 'children', status: 'joined', source: 'The UN', loc: ['SO'] }],
      ],
      [
        'The United Nations verified the killing of 85 children and the maiming of 212 others in Afghanistan.',
        [
          { v: [85, 85], pop: 'children', status: 'killed', loc: ['AF'] },
          { v: [212, 212], pop: 'children', status: 'other' },
        ],
      ],
      [
        'According to UNICEF, at least 640 children were abducted by Boko Haram in 2020.',
        [{ v: [640, null], pop: 'children', status: 'other', aff: 'other', source: 'UNICEF' }],
      ],
      [
        'Some 300 children remain in detention in north-east Syria for their alleged association with ISIL, the report said.',
        [
          {
            v: [300, 300],
            pop: 'children',
            status: 'detained',
            aff: 'isis',
            loc: ['SY'],
            source: 'the report',
          },
        ],
      ],
      [
        'Uzbekistan repatriated 98 women and children from Syria in May.',
        [{ v: [98, 98], pop: 'people', origin: ['UZ'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Kazakhstan plans to repatriate another 150 of its nationals from camps in Syria.',
        [{ v: [150, 150], pop: 'people', origin: ['KZ'], not: 'returned' }],
      ],
      [
        'The ministry said 25 children would be repatriated from Iraq next month.',
        [{ v: [25, 25], pop: 'children', not: 'returned', source: 'The ministry' }],
      ],
      [
        'More than 2,000 foreign fighters from Central Asia joined ISIS, officials said.',
        [
          {
            v: [2000, null],
            pop: 'fighters',
            origin: ['region:central-asia'],
            status: 'joined',
            aff: 'isis',
            source: 'officials',
          },
        ],
      ],
      [
        'At least 19 boys were killed in airstrikes, the monitor reported.',
        [{ v: [19, null], pop: 'children', status: 'killed', source: 'the monitor' }],
      ],
      [
        'Police arrested 14 suspected militants in Dagestan, the National Antiterrorism Committee said.',
        [
          {
            v: [14, 14],
            pop: 'fighters',
            status: 'detained',
            source: 'the National Antiterrorism Committee',
          },
        ],
      ],
      [
        'Eight girls held by al-Shabaab escaped.',
        [{ v: [8, 8], pop: 'children', status: 'other', aff: 'other' }],
      ],
      [
        'Eight girls held by al-Shabaab were killed.',
        [{ v: [8, 8], pop: 'children', status: 'killed', aff: 'other' }],
      ],
      [
        'The 400 fighters included 50 from Niger.',
        [
          { v: [400, 400], pop: 'fighters', loc: [] },
          { v: [50, 50], pop: 'fighters', origin: ['NE'], loc: [] },
        ],
      ],
      [
        'Nearly half of the 1,200 returnees are minors.',
        [{ v: [1200, 1200], pop: 'people', status: 'returned' }],
      ],
      [
        'Of the 1,200 returnees, nearly half are minors.',
        [{ v: [1200, 1200], pop: 'people', status: 'returned' }],
      ],
      [
        'Of the 3,457 children, some 2,100 were reintegrated.',
        [
          { v: [3457, 3457], pop: 'children', not: 'other' },
          { v: [2100, 2100], pop: 'children', status: 'other' },
        ],
      ],
      [
        'Of the 5,000 foreign fighters from Europe, roughly a third have come home.',
        [{ v: [5000, 5000], pop: 'fighters', origin: ['region:europe'], not: 'returned' }],
      ],
      [
        'Of the 400 children released by the group, 120 were girls.',
        [
          { v: [400, 400], pop: 'children', status: 'other' },
          { v: [120, 120], pop: 'children' },
        ],
      ],
      [
        'The task force documented 37 cases of child recruitment by the SDF.',
        [{ v: [37, 37], pop: 'children', status: 'joined' }],
      ],
      [
        // Handed over to an agency of care: released into care, not brought home (par29b).
        'Twelve children, including three girls, were handed over to UNICEF.',
        [
          { v: [12, 12], pop: 'children', status: 'other' },
          { v: [3, 3], pop: 'children', status: 'other' },
        ],
      ],
      [
        'Among the 230 detainees are 40 boys under 15.',
        [
          { v: [230, 230], pop: 'people', status: 'detained' },
          { v: [40, 40], pop: 'children', status: 'detained', age: [null, 14] },
        ],
      ],
      [
        'The Taliban recruited an estimated 150 children in Kunduz province, the UN said.',
        [{ v: [150, 150], pop: 'children', status: 'joined', aff: 'taliban', loc: ['AF'], source: 'the UN' }],
      ],
      [
        'Human Rights Watch said that 1,500 children are being held in prisons in Iraq.',
        [{ v: [1500, 1500], pop: 'children', status: 'detained', loc: ['IQ'], source: 'Human Rights Watch' }],
      ],
      [
        'Tajikistan brought back 84 children from Iraq, including 20 orphans.',
        [
          { v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['IQ'] },
          { v: [20, 20], pop: 'children', origin: ['TJ'], status: 'returned' },
        ],
      ],
      [
        'A total of 45 children, 20 women and three men were repatriated to Kosovo, the interior ministry said.',
        [
          { v: [45, 45], pop: 'children', origin: ['XK'], status: 'returned' },
          { v: [20, 20], pop: 'women', origin: ['XK'], status: 'returned' },
          { v: [3, 3], pop: 'men', origin: ['XK'], status: 'returned', source: 'the interior ministry' },
        ],
      ],
      [
        'Nigerian troops rescued 338 people, including 186 children, held by Boko Haram.',
        [
          { v: [338, 338], pop: 'people', status: 'other' },
          { v: [186, 186], pop: 'children', status: 'other' },
        ],
      ],
    ],
    OPEN_EN,
  );
});

describe('ru: падежи после числительных, оговорки о числе, источники (euro27)', () => {
  runProbes(
    'ru',
    [
      ['Из 5000 боевиков около трети вернулись.', [{ v: [5000, 5000], pop: 'fighters', not: 'returned' }]],
      [
        '30 из 200 вернувшихся — женщины.',
        [
          { v: [30, 30], pop: 'women', status: 'returned' },
          { v: [200, 200], pop: 'people', status: 'returned' },
        ],
      ],
      [
        'Из 200 вернувшихся 30 — женщины.',
        [
          { v: [200, 200], pop: 'people', status: 'returned' },
          { v: [30, 30], pop: 'women', status: 'returned' },
        ],
      ],
      [
        'Среди 300 вернувшихся — 120 детей.',
        [
          { v: [300, 300], pop: 'people', status: 'returned' },
          { v: [120, 120], pop: 'children', status: 'returned' },
        ],
      ],
      [
        'Число убитых детей выросло с 80 до 160.',
        [
          { v: [80, 80], pop: 'children', status: 'killed' },
          { v: [160, 160], pop: 'children', status: 'killed' },
        ],
      ],
      [
        'Почти половина из 1200 вернувшихся — несовершеннолетние.',
        [{ v: [1200, 1200], pop: 'people', status: 'returned' }],
      ],
      [
        'По данным ООН, в 2020 году были завербованы 1123 ребенка.',
        [{ v: [1123, 1123], pop: 'children', status: 'joined', source: 'ООН' }],
      ],
      [
        'Из Сирии вернули 22 ребенка, сообщил омбудсмен.',
        [{ v: [22, 22], pop: 'children', status: 'returned', loc: ['SY'], source: 'омбудсмен' }],
      ],
      [
        'Свыше 300 детей остаются в лагере «Аль-Холь».',
        [{ v: [300, null], pop: 'children', status: 'present', loc: ['SY'] }],
      ],
      [
        'Не менее 40 боевиков ИГИЛ были уничтожены, заявил представитель Минобороны.',
        [
          {
            v: [40, null],
            pop: 'fighters',
            status: 'killed',
            aff: 'isis',
            source: 'представитель Минобороны',
          },
        ],
      ],
      [
        'Порядка 150 граждан Таджикистана воюют на стороне ИГ.',
        [{ v: [150, 150], pop: 'fighters', origin: ['TJ'], status: 'present', aff: 'isis' }],
      ],
      [
        'В Казахстан планируется вернуть еще 35 детей из Сирии.',
        [{ v: [35, 35], pop: 'children', origin: ['KZ'], not: 'returned' }],
      ],
      [
        'Более 4 тыс. граждан России выехали в Сирию и Ирак, сообщил директор ФСБ.',
        [{ v: [4000, null], pop: 'people', origin: ['RU'], status: 'joined', source: 'директор ФСБ' }],
      ],
      [
        'В Грозный доставили 26 детей, в том числе 5 сирот.',
        [
          { v: [26, 26], pop: 'children', origin: ['RU'], status: 'returned' },
          { v: [5, 5], pop: 'children', origin: ['RU'], status: 'returned' },
        ],
      ],
      [
        'Около 500 детей были похищены боевиками «Боко харам», по данным ЮНИСЕФ.',
        [{ v: [500, 500], pop: 'children', status: 'other', source: 'ЮНИСЕФ' }],
      ],
      [
        'В Дагестане задержаны трое боевиков.',
        [{ v: [3, 3], pop: 'fighters', status: 'detained', loc: ['RU'] }],
      ],
      ['Пять девочек сбежали из плена.', [{ v: [5, 5], pop: 'children', status: 'other' }]],
      [
        'В лагерях на северо-востоке Сирии удерживаются около 1000 женщин и детей из Центральной Азии.',
        [{ v: [1000, 1000], pop: 'people', origin: ['region:central-asia'], status: 'present', loc: ['SY'] }],
      ],
      [
        'Четыре женщины были осуждены за участие в ИГИЛ.',
        [{ v: [4, 4], pop: 'women', status: 'detained', aff: 'isis' }],
      ],
      [
        'ООН подтвердила вербовку 57 детей вооруженными группировками.',
        [{ v: [57, 57], pop: 'children', status: 'joined', source: 'ООН' }],
      ],
      [
        'Из 70 граждан Азербайджана, выехавших в Сирию, никто не вернулся.',
        [{ v: [70, 70], pop: 'people', origin: ['AZ'], status: 'joined' }],
      ],
      [
        'Из 150 боевиков, задержанных в 2019 году, 40 были осуждены.',
        [
          { v: [150, 150], pop: 'fighters', status: 'detained' },
          { v: [40, 40], pop: 'fighters', status: 'detained' },
        ],
      ],
      [
        'В Узбекистан вернулись 21 ребенок и 3 женщины.',
        [
          { v: [21, 21], pop: 'children', origin: ['UZ'], status: 'returned' },
          { v: [3, 3], pop: 'women', origin: ['UZ'], status: 'returned' },
        ],
      ],
      [
        'Из Ирака репатриированы 43 ребенка, из них 11 девочек.',
        [
          { v: [43, 43], pop: 'children', status: 'returned', loc: ['IQ'] },
          { v: [11, 11], pop: 'children', status: 'returned' },
        ],
      ],
      [
        'В лагере «Рож» остаются не менее 60 граждан Казахстана, в том числе 37 детей.',
        [
          { v: [60, null], pop: 'people', origin: ['KZ'], status: 'present' },
          { v: [37, 37], pop: 'children', origin: ['KZ'], status: 'present' },
        ],
      ],
      [
        'Около 2 тыс. боевиков ИГИЛ содержатся в тюрьмах на северо-востоке Сирии, сообщил источник.',
        [
          {
            v: [2000, 2000],
            pop: 'fighters',
            status: 'detained',
            aff: 'isis',
            loc: ['SY'],
            source: 'источник',
          },
        ],
      ],
      [
        'По информации МВД Киргизии, 850 граждан республики выехали в зоны конфликтов.',
        [{ v: [850, 850], pop: 'people', origin: ['KG'], status: 'joined', source: 'МВД Киргизии' }],
      ],
      [
        'В результате авиаудара погибли 12 детей, еще 25 получили ранения.',
        [
          { v: [12, 12], pop: 'children', status: 'killed' },
          { v: [25, 25], pop: 'children', status: 'other' },
        ],
      ],
      [
        'Из 140 вывезенных детей 70 — сироты.',
        [
          { v: [140, 140], pop: 'children', status: 'returned' },
          { v: [70, 70], pop: 'children', status: 'returned' },
        ],
      ],
      [
        'Более тысячи боевиков сдались в плен, заявил Пентагон.',
        [{ v: [1000, null], pop: 'fighters', status: 'other', source: 'Пентагон' }],
      ],
      [
        'Из 60 граждан, задержанных в Турции, 20 были депортированы.',
        [
          { v: [60, 60], pop: 'people', status: 'detained' },
          { v: [20, 20], pop: 'people' },
        ],
      ],
      [
        'Задержаны 2 боевика и 4 пособника.',
        [
          { v: [2, 2], pop: 'fighters', status: 'detained' },
          { v: [4, 4], pop: 'people', status: 'detained' },
        ],
      ],
    ],
    OPEN_RU,
  );
});
