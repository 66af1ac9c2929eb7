// Russian document probes, seventh batch (issue: generality on unseen reports, the wider field).
// Written blind, before any dev report was read: every report below is invented for this test. Short
// reports in the styles of news agencies, court and FSB statements, UN figures and think-tank
// estimates: fighters from Dagestan and Chechnya, convictions (осуждены, приговорены), returns
// (вернулись, возвращены, доставлены) and planned returns, numbers in words (полтора десятка, около
// двух сотен, более тысячи, двое), "до N" as an upper bound, fronted origins ("из Таджикистана …
// выехали"), lists by country in brackets, terms of years that are no counts, origin only for the
// people the text says it of (not from an organisation's name), and the place of the people vs that
// of the report. Expectations follow ../shared/eval/GUIDELINES.md.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const DAGESTAN = [
  'МАХАЧКАЛА, 12 марта. Верховный суд Дагестана приговорил пятерых уроженцев республики Дагестан к срокам от 10 до 15 лет за участие в деятельности ИГИЛ.',
  'Всего с 2015 года в республике осуждены более 300 человек, воевавших в Сирии, сообщает пресс-служба суда.',
  'По данным МВД, из Дагестана на Ближний Восток выехали около 1200 человек.',
].join(' ');

const GROZNY = [
  'ГРОЗНЫЙ. Из Сирии в Чечню вернулись 26 детей и пять женщин, сообщил глава республики Рамзан Кадыров.',
  'По его словам, всего на родину уже возвращены более 200 детей.',
  'Ещё около сотни несовершеннолетних остаются в лагерях Аль-Холь и Родж на северо-востоке Сирии.',
].join(' ');

const CENTRAL_ASIA = [
  'По данным спецслужб, в рядах ИГ в Сирии и Ираке воюют около 850 граждан Киргизии, в том числе 140 несовершеннолетних.',
  'Из Таджикистана, по официальным данным, выехали более тысячи человек, около 300 из них погибли.',
  'Казахстан в рамках операции «Жусан» вернул на родину 607 граждан, из них 413 детей.',
].join(' ');

const UN_REPORT = [
  'Согласно ежегодному докладу генсека ООН, в 2022 году в Сомали было зафиксировано 2450 случаев вербовки и использования детей.',
  'В Йемене подтверждены данные о гибели и ранении 1100 детей.',
  'Более 700 несовершеннолетних были похищены в Нигерии, большинство из них — боевиками «Боко Харам».',
].join(' ');

const MOSCOW_COURT = [
  'В Москве осуждены трое граждан Таджикистана, вербовавших сторонников для ИГ.',
  'Как сообщили в ФСБ, с начала года задержаны полтора десятка человек, причастных к деятельности ячейки.',
  'Ранее в Ингушетии к 12 годам заключения был приговорён вернувшийся из Сирии боевик.',
].join(' ');

const EUROPOL = [
  'По оценкам Европола, из стран ЕС в Сирию и Ирак выехали около 5000 человек.',
  'Больше всего — из Франции (около 1900), Германии (960) и Бельгии (470).',
  'Примерно треть из них уже вернулись.',
  'Около двух сотен французских детей до сих пор находятся в лагерях на северо-востоке Сирии.',
].join(' ');

const FSB = [
  'По данным ФСБ, в рядах ИГ и других группировок в Сирии воевали до 4 тысяч россиян.',
  'Около 500 из них были уничтожены, ещё порядка 400 вернулись в Россию.',
  'Кроме того, на Украине, по словам источника, задержаны двое жителей Чечни.',
].join(' ');

const AL_HOL = [
  'В лагере Аль-Холь на северо-востоке Сирии, по данным курдской администрации, содержатся почти 50 тысяч человек, больше половины из них — дети.',
  'В отдельной секции лагеря живут около 8 тысяч иностранок и их детей из 60 стран.',
  'В прошлом месяце Ирак вернул из лагеря около 150 семей.',
].join(' ');

const UZBEKISTAN = [
  'Власти Узбекистана планируют вернуть из Сирии ещё 100 женщин и детей, заявил представитель МИД.',
  'В рамках операции «Мехр» на родину уже доставлены 531 человек, в том числе 362 ребёнка.',
  'Полтора десятка женщин после возвращения были арестованы.',
].join(' ');

const IDLIB = [
  'Как сообщает Сирийская обсерватория по правам человека, в результате авиаудара в провинции Идлиб погибли 14 мирных жителей, среди них шесть детей.',
  'По данным источника, в Идлибе действуют около 10 тысяч боевиков «Хайят Тахрир аш-Шам», среди которых несколько сотен иностранцев.',
].join(' ');

const OPEN = new Set<string>([
  // A new group counted with the same status in the next sentence ("задержаны полтора десятка человек") continues the previous count's origin.
  MOSCOW_COURT,
  // "Больше всего — из Франции (около 1900), Германии (960)": numbers in brackets after each country are not read as counts of that country.
  EUROPOL,
  // "Ирак вернул … 150 семей": a country at war is no agent of a return, so no origin; "иностранок и их детей" counts the women only.
  AL_HOL,
  // "на родину уже доставлены 531 человек": the homeland of a return, named one sentence before (Узбекистана), gives no origin.
  UZBEKISTAN,
]);

describe('Russian document probes 7', () => {
  runProbes(
    'ru',
    [
      [
        DAGESTAN,
        [
          { v: [5, 5], pop: 'people', origin: ['RU'], status: 'detained', aff: 'isis' },
          // The total convicted in the republic continues the Dagestan count.
          {
            v: [300, null],
            pop: 'fighters',
            origin: ['RU'],
            status: 'detained',
            source: 'пресс-служба суда',
          },
          { v: [1200, 1200], pop: 'people', origin: ['RU'], status: 'joined', source: 'МВД' },
        ],
      ],
      [
        GROZNY,
        [
          {
            v: [26, 26],
            pop: 'children',
            origin: ['RU'],
            status: 'returned',
            source: 'глава республики Рамзан Кадыров',
          },
          { v: [5, 5], pop: 'women', origin: ['RU'], status: 'returned' },
          { v: [200, null], pop: 'children', origin: ['RU'], status: 'returned' },
          { v: [100, 100], pop: 'children', origin: ['RU'], status: 'present', loc: ['SY'] },
        ],
      ],
      [
        CENTRAL_ASIA,
        [
          {
            v: [850, 850],
            pop: 'fighters',
            origin: ['KG'],
            status: 'present',
            aff: 'isis',
            source: 'спецслужб',
          },
          { v: [140, 140], pop: 'children', origin: ['KG'] },
          { v: [1000, null], pop: 'people', origin: ['TJ'], status: 'joined' },
          { v: [300, 300], pop: 'people', origin: ['TJ'], status: 'killed' },
          { v: [607, 607], pop: 'people', origin: ['KZ'], status: 'returned' },
          { v: [413, 413], pop: 'children', origin: ['KZ'], status: 'returned' },
        ],
      ],
      [
        UN_REPORT,
        [
          { v: [2450, 2450], pop: 'children', status: 'joined', loc: ['SO'] },
          { v: [1100, 1100], pop: 'children', status: 'other', loc: ['YE'] },
          { v: [700, null], pop: 'children', status: 'other', loc: ['NG'] },
        ],
      ],
      [
        MOSCOW_COURT,
        [
          { v: [3, 3], pop: 'people', origin: ['TJ'], status: 'detained', aff: 'isis' },
          { v: [15, 15], pop: 'people', status: 'detained', source: 'ФСБ' },
        ],
      ],
      [
        EUROPOL,
        [
          { v: [5000, 5000], pop: 'people', origin: ['region:europe'], status: 'joined', source: 'Европола' },
          { v: [1900, 1900], pop: 'people', origin: ['FR'] },
          { v: [960, 960], pop: 'people', origin: ['DE'] },
          { v: [470, 470], pop: 'people', origin: ['BE'] },
          { v: [200, 200], pop: 'children', origin: ['FR'], status: 'present', loc: ['SY'] },
        ],
      ],
      [
        FSB,
        [
          { v: [null, 4000], pop: 'fighters', origin: ['RU'], source: 'ФСБ' },
          { v: [500, 500], pop: 'fighters', origin: ['RU'], status: 'killed' },
          { v: [400, 400], pop: 'fighters', origin: ['RU'], status: 'returned' },
          { v: [2, 2], pop: 'people', origin: ['RU'], status: 'detained', loc: ['UA'] },
        ],
      ],
      [
        AL_HOL,
        [
          {
            v: [50000, 50000],
            pop: 'people',
            status: 'present',
            loc: ['SY'],
            source: 'курдской администрации',
          },
          { v: [8000, 8000], pop: 'people', origin: ['region:foreign'], status: 'present' },
          { v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' },
        ],
      ],
      [
        UZBEKISTAN,
        [
          { v: [100, 100], pop: 'people', origin: ['UZ'], not: 'returned', source: 'представитель МИД' },
          { v: [531, 531], pop: 'people', origin: ['UZ'], status: 'returned' },
          { v: [362, 362], pop: 'children', origin: ['UZ'], status: 'returned' },
          { v: [15, 15], pop: 'women', origin: ['UZ'], status: 'detained' },
        ],
      ],
      [
        IDLIB,
        [
          {
            v: [14, 14],
            pop: 'people',
            status: 'killed',
            loc: ['SY'],
            source: 'Сирийская обсерватория по правам человека',
          },
          { v: [6, 6], pop: 'children', status: 'killed' },
          { v: [10000, 10000], pop: 'fighters', aff: 'al-nusra', status: 'present', loc: ['SY'] },
        ],
      ],
    ] satisfies Probe[],
    OPEN,
  );
});
