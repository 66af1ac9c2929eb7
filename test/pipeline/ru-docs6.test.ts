// Russian document probes, sixth batch (issue: generality on unseen reports). Written blind, before any
// dev report was read: every report below is invented for this test. Short reports in the styles of
// news agencies, the children's ombudsman, Kadyrov's statements, think-tank estimates on Central Asia
// and wire copy on Nigeria, the Sahel and Yemen: a speaker carried over or replaced, counts without a
// noun ("из них", "ещё N", "из которых"), origin said for one group only, the dateline vs the people's
// place, totals and their parts, and releases cited in prose. Expectations follow
// ../shared/eval/GUIDELINES.md.
import { describe, it } from 'vitest';
import { checkReleases, runProbes, type Probe } from './probe-helpers.ts';

const OMBUDSMAN = [
  'Уполномоченный по правам ребёнка сообщила, что из Сирии в Россию вернули 35 детей.',
  'По её словам, ещё около 200 несовершеннолетних остаются в лагерях на северо-востоке Сирии.',
  '\n\nКроме того, МИД сообщил о 12 женщинах, задержанных в Ираке.',
].join(' ');

const GROZNY = [
  'Глава Чечни Рамзан Кадыров заявил, что в Грозный из Багдада доставлены 26 детей.',
  'Самому младшему из них три года.',
  'Всего, по словам Кадырова, в республику из зон конфликтов на Ближнем Востоке возвращены более 200 чеченских детей.',
].join(' ');

const CENTRAL_ASIA = [
  'По оценкам аналитического центра, в рядах ИГИЛ воевали от 2 до 4 тысяч выходцев из Центральной Азии.',
  'Из них около 1500 — граждане Узбекистана.',
  'Из Таджикистана в Сирию выехали свыше 1100 человек, из которых 300 погибли.',
].join(' ');

const ISWAP = [
  'Боевики ISWAP похитили на северо-востоке Нигерии 80 школьников, сообщает агентство Рейтер.',
  'По данным местных властей, 20 из них удалось бежать.',
  'Военные заявили, что в ходе операции уничтожены 35 боевиков.',
].join(' ');

const SAHEL = [
  'Группировка JNIM распространила видеоролик под названием Всадники Сахеля, в котором показано нападение на военный лагерь в Мали.',
  'По данным малийской армии, в результате атаки погибли 17 военнослужащих, ещё 30 получили ранения.',
].join(' ');

const YEMEN = [
  'Хуситы завербовали около 2000 детей за последний год, говорится в докладе ООН.',
  'Большинство из них — мальчики в возрасте от 10 до 17 лет.',
  'Кроме того, в результате авиаудара по рынку в провинции Саада погибли 14 мирных жителей.',
].join(' ');

const DAGESTAN = [
  'В Дагестан с начала года вернулись 48 человек, сообщили в МВД республики.',
  'Из них 30 — дети, 12 — женщины.',
  'Шестеро мужчин из этой группы задержаны.',
].join(' ');

const MEDIA = [
  'ИГИЛ выпустило новый номер журнала «Исток», третий по счёту.',
  'Кроме того, в сети появилось видео «Дети халифата», где снялись 15 детей из Казахстана.',
  'Нашид под названием Мы вернёмся распространяется в Telegram.',
].join(' ');

const KAZAKHSTAN = [
  'По словам министра внутренних дел Казахстана, с 2019 года на родину вернули 607 граждан, в том числе 406 детей.',
  'Министр также сообщил, что 57 из вернувшихся женщин осуждены.',
  'Между тем правозащитники утверждают, что в лагерях Сирии остаются ещё около 30 казахстанцев.',
].join(' ');

const MOSCOW = [
  'МОСКВА, 12 марта. В Москве задержаны трое уроженцев Таджикистана, вербовавших сторонников для ИГ, сообщает ФСБ.',
  'По данным ведомства, они отправили в Сирию не менее 10 человек.',
].join(' ');

const OPEN = new Set<string>([]);

describe('Russian document probes 6', () => {
  runProbes(
    'ru',
    [
      [
        OMBUDSMAN,
        [
          { v: [35, 35], pop: 'children', origin: ['RU'], status: 'returned' },
          { v: [200, 200], pop: 'children', origin: ['RU'], status: 'present', loc: ['SY'] },
          { v: [12, 12], pop: 'women', status: 'detained', loc: ['IQ'], source: 'МИД' },
        ],
      ],
      [
        GROZNY,
        [
          { v: [26, 26], pop: 'children', origin: ['RU'], status: 'returned' },
          { v: [200, null], pop: 'children', origin: ['RU'], status: 'returned', source: 'Кадырова' },
        ],
      ],
      [
        CENTRAL_ASIA,
        [
          { v: [2000, 4000], pop: 'fighters', origin: ['region:central-asia'], aff: 'isis' },
          { v: [1500, 1500], pop: 'fighters', origin: ['UZ'] },
          { v: [1100, null], pop: 'people', origin: ['TJ'], status: 'joined' },
          { v: [300, 300], pop: 'people', origin: ['TJ'], status: 'killed' },
        ],
      ],
      [
        ISWAP,
        [
          { v: [80, 80], pop: 'children', status: 'other', aff: 'isis', loc: ['NG'] },
          { v: [20, 20], pop: 'children', source: 'местных властей' },
          { v: [35, 35], pop: 'fighters', status: 'killed', source: 'Военные' },
        ],
      ],
      [
        SAHEL,
        [
          { v: [17, 17], pop: 'fighters', status: 'killed', source: 'малийской армии' },
          { v: [30, 30], pop: 'fighters', status: 'other', source: 'малийской армии' },
        ],
      ],
      [
        YEMEN,
        [
          { v: [2000, 2000], pop: 'children', status: 'joined', aff: 'other', age: [null, null] },
          { v: [14, 14], pop: 'people', status: 'killed' },
        ],
      ],
      [
        DAGESTAN,
        [
          { v: [48, 48], pop: 'people', origin: ['RU'], status: 'returned' },
          { v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned' },
          { v: [12, 12], pop: 'women', origin: ['RU'], status: 'returned' },
          { v: [6, 6], pop: 'men', origin: ['RU'], status: 'detained' },
        ],
      ],
      [MEDIA, [{ v: [15, 15], pop: 'children', origin: ['KZ'], status: 'featured', aff: 'isis' }]],
      [
        KAZAKHSTAN,
        [
          { v: [607, 607], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned' },
          { v: [57, 57], pop: 'women', origin: ['KZ'], status: 'detained', source: 'Министр' },
          { v: [30, 30], pop: 'people', origin: ['KZ'], status: 'present', source: 'правозащитники' },
        ],
      ],
      [
        MOSCOW,
        [
          { v: [3, 3], pop: 'people', origin: ['TJ'], status: 'detained', loc: ['RU'], source: 'ФСБ' },
          { v: [10, null], pop: 'people', status: 'joined', loc: ['SY'], source: 'ведомства' },
        ],
      ],
    ] satisfies Probe[],
    OPEN,
  );

  it('finds the video named in the Sahel report', () => {
    checkReleases('ru', SAHEL, [['video', 'Всадники Сахеля']]);
  });
  it('finds the releases named in the media report', () => {
    checkReleases('ru', MEDIA, [
      ['magazine', 'Исток 3'],
      ['video', 'Дети халифата'],
      ['audio', 'Мы вернёмся'],
    ]);
  });
});
