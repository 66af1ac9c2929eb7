// Blind probes of the thirty-eighth European round (fr, ru), in styles not stressed before: headlines
// without a verb whose event is a verbal noun (« Rapatriement de 35 enfants », «Возвращение 26 детей»,
// «Гибель», «Вывоз», «Задержание», « Mort de », « Arrestation de », « Libération de »), short wire items
// opening with a dateline (AFP, Belga, Interfax, TASS), bullet lists and tables set in prose (« - Belgique :
// 40 enfants », «Казахстан — 607 человек»), court reporting (condamnés, mis en examen, acquittés, relaxés,
// par défaut; осуждены, приговорил, оправданы, заочно), and numbers as « 1,2 million », « deux douzaines »,
// « une poignée », «полторы тысячи», «около двух десятков», «несколько сотен». Written for this test (no
// report's text). Each states what GUIDELINES.md asks of it; those the engine does not meet yet are in the
// open sets, each with its reason.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

const OPEN_FR = new Set<string>([]);

const OPEN_RU = new Set<string>([]);

describe('fr: verbless headlines, wire items, lists, courts, collective numbers (euro38)', () => {
  runProbes(
    'fr',
    [
      [
        'Rapatriement de 35 enfants français de Syrie',
        [{ v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned', source: null, loc: ['SY'] }],
      ],
      [
        'Retour en France de 12 femmes détenues dans le camp de Roj',
        [{ v: [12, 12], pop: 'women', origin: ['FR'], status: 'returned', loc: ['SY'] }],
      ],
      // « Une poignée » is no number: a vague count only.
      ['Syrie : une poignée de djihadistes belges toujours détenus à al-Hol', []],
      [
        "Paris, 5 juillet (AFP) - Sept Françaises parties rejoindre l'État islamique ont été rapatriées mardi, a annoncé le parquet national antiterroriste.",
        [
          {
            v: [7, 7],
            pop: 'women',
            origin: ['FR'],
            status: 'returned',
            aff: 'isis',
            source: 'le parquet national antiterroriste',
          },
        ],
      ],
      [
        'Bruxelles (Belga) - Deux douzaines de mineurs belges se trouvent encore dans les camps du nord-est syrien, selon le ministère des Affaires étrangères.',
        [
          {
            v: [24, 24],
            pop: 'children',
            origin: ['BE'],
            status: 'present',
            source: 'le ministère des Affaires étrangères',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Enfants rapatriés de Syrie depuis 2019 :\n- Belgique : 40 enfants\n- Pays-Bas : 55 mineurs\n- Suisse : 3 enfants',
        [
          { v: [40, 40], pop: 'children', origin: ['BE'], status: 'returned', source: null, loc: ['SY'] },
          { v: [55, 55], pop: 'children', origin: ['NL'], status: 'returned', source: null, loc: ['SY'] },
          { v: [3, 3], pop: 'children', origin: ['CH'], status: 'returned', source: null, loc: ['SY'] },
        ],
      ],
      // A bullet opens a list item: the country after it is its label, no speaker.
      [
        'Mineurs encore détenus dans les camps :\n- Belgique : 40 enfants\n• France : 120 enfants',
        [
          { v: [40, 40], pop: 'children', source: null },
          { v: [120, 120], pop: 'children', source: null },
        ],
      ],
      [
        "Tunisie : près de 3 000 combattants partis en Syrie et en Irak, selon l'ONU.",
        [
          {
            v: [3000, 3000],
            pop: 'fighters',
            origin: ['TN'],
            status: 'joined',
            source: "l'ONU",
            loc: ['IQ', 'SY'],
          },
        ],
      ],
      [
        "Quatorze accusés ont été condamnés jeudi par la cour d'assises spéciale de Paris pour leur participation à une filière djihadiste vers la Syrie.",
        [{ v: [14, 14], pop: 'people', status: 'detained', source: null }],
      ],
      [
        "Huit hommes soupçonnés d'avoir rejoint Daech ont été mis en examen pour association de malfaiteurs terroriste, selon une source judiciaire.",
        [{ v: [8, 8], pop: 'men', status: 'detained', aff: 'isis', source: 'une source judiciaire' }],
      ],
      [
        'Lyon, 3 mars (AFP) - Deux jeunes femmes ont été mises en examen pour association de malfaiteurs terroriste, a-t-on appris de source judiciaire.',
        [{ v: [2, 2], pop: 'women', status: 'detained', source: 'source judiciaire' }],
      ],
      [
        'Deux accusés de participation à une filière djihadiste ont été acquittés, six autres condamnés.',
        [
          { v: [2, 2], pop: 'people', status: 'other' },
          { v: [6, 6], pop: 'people', status: 'detained' },
        ],
      ],
      [
        'Onze djihadistes français ont été condamnés à mort par un tribunal irakien à Bagdad.',
        [{ v: [11, 11], pop: 'fighters', origin: ['FR'], status: 'detained', loc: ['IQ'] }],
      ],
      ['Une poignée de combattants tchétchènes ont été tués lors de frappes près de Raqqa.', []],
      [
        "Deux douzaines d'enfants yézidis ont été libérés de la captivité de l'EI, selon une ONG.",
        [{ v: [24, 24], pop: 'children', status: 'other', aff: 'isis', source: 'une ONG' }],
      ],
      [
        'Mort de 7 soldats maliens dans une embuscade du JNIM près de Tombouctou',
        [{ v: [7, 7], pop: 'fighters', origin: ['ML'], status: 'killed', aff: 'other', loc: ['ML'] }],
      ],
      [
        "Arrestation de 4 membres présumés de l'État islamique à Casablanca, selon le BCIJ.",
        [{ v: [4, 4], pop: 'fighters', status: 'detained', aff: 'isis', source: 'le BCIJ', loc: ['MA'] }],
      ],
      [
        'Libération de 16 otages enlevés par Boko Haram au Nigeria',
        [{ v: [16, 16], pop: 'people', status: 'other', aff: 'other', loc: ['NG'] }],
      ],
      [
        'Plus de 1,2 million de personnes ont fui les violences djihadistes dans le Sahel central, selon le HCR.',
        [{ v: [1200000, null], pop: 'people', status: 'other', source: 'le HCR' }],
      ],
      [
        "Une centaine de mineurs âgés de moins de 12 ans restent détenus dans le camp d'al-Hol, a déclaré l'Unicef.",
        [{ v: [100, 100], pop: 'children', source: "l'Unicef", loc: ['SY'], age: [null, 11] }],
      ],
      [
        'Le retour de quelque 150 ressortissants marocains partis combattre en Irak inquiète les autorités de Rabat.',
        [{ v: [150, 150], pop: 'fighters', origin: ['MA'], status: 'returned', loc: ['IQ'] }],
      ],
      [
        "Près de 300 Tunisiennes sont parties rejoindre l'EI en Libye, d'après un rapport parlementaire.",
        [
          {
            v: [300, 300],
            pop: 'women',
            origin: ['TN'],
            status: 'joined',
            aff: 'isis',
            source: 'un rapport parlementaire',
            loc: ['LY'],
          },
        ],
      ],
      [
        'Environ 2 000 enfants étrangers, dont une poignée de Suisses, sont retenus dans les camps kurdes.',
        [{ v: [2000, 2000], pop: 'children', origin: ['region:foreign'], status: 'present' }],
      ],
      [
        'Trois hommes partis rejoindre Daech ont été tués à Mossoul.',
        [{ v: [3, 3], pop: 'men', status: 'killed', aff: 'isis', loc: ['IQ'] }],
      ],
      [
        'Évacuation de 250 civils de la vieille ville de Mossoul',
        [{ v: [250, 250], pop: 'people', status: 'returned', loc: ['IQ'] }],
      ],
      [
        "Condamnation de neuf membres d'une cellule de l'EI à Bruxelles",
        [{ v: [9, 9], pop: 'fighters', status: 'detained', aff: 'isis', loc: ['BE'] }],
      ],
      [
        "Niamey (AFP) - Une vingtaine de soldats nigériens tués dans une attaque de l'EIGS près de la frontière malienne",
        [{ v: [20, 20], pop: 'fighters', origin: ['NE'], status: 'killed', aff: 'isis', loc: ['NE'] }],
      ],
    ],
    OPEN_FR,
  );
});

describe('ru: verbal-noun headlines, Interfax and TASS items, lists, courts, collective numbers (euro38)', () => {
  runProbes(
    'ru',
    [
      [
        'Возвращение 26 детей из Ирака',
        [{ v: [26, 26], pop: 'children', status: 'returned', source: null, loc: ['IQ'] }],
      ],
      [
        'Вывоз 14 женщин и детей из лагеря «Аль-Холь» в Казахстан',
        [{ v: [14, 14], pop: 'people', origin: ['KZ'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Задержание 5 сторонников ИГИЛ в Москве',
        [{ v: [5, 5], pop: 'people', status: 'detained', aff: 'isis', loc: ['RU'] }],
      ],
      [
        'Гибель 12 российских военных в Сирии',
        [{ v: [12, 12], pop: 'fighters', origin: ['RU'], status: 'killed', loc: ['SY'] }],
      ],
      [
        'Возвращены из Сирии и Ирака:\n- Казахстан — 607 человек\n- Узбекистан — 531 человек\n- Таджикистан: 84 ребенка',
        [
          {
            v: [607, 607],
            pop: 'people',
            origin: ['KZ'],
            status: 'returned',
            source: null,
            loc: ['IQ', 'SY'],
          },
          {
            v: [531, 531],
            pop: 'people',
            origin: ['UZ'],
            status: 'returned',
            source: null,
            loc: ['IQ', 'SY'],
          },
          {
            v: [84, 84],
            pop: 'children',
            origin: ['TJ'],
            status: 'returned',
            source: null,
            loc: ['IQ', 'SY'],
          },
        ],
      ],
      // A bullet opens a list item: the country after it is its label, no speaker.
      [
        'Остаются в лагерях:\n• Казахстан: 60 детей\n• Россия — 200 женщин',
        [
          { v: [60, 60], pop: 'children', source: null },
          { v: [200, 200], pop: 'women', source: null },
        ],
      ],
      [
        'Из Сирии вернули детей: Кыргызстан — 79 детей, Таджикистан — 84 ребенка, Казахстан — 406 детей.',
        [
          { v: [79, 79], pop: 'children', origin: ['KG'], status: 'returned', loc: ['SY'] },
          { v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['SY'] },
          { v: [406, 406], pop: 'children', origin: ['KZ'], status: 'returned', loc: ['SY'] },
        ],
      ],
      [
        'Таджикистан — около 300 женщин и детей, вывезенных из Сирии',
        [{ v: [300, 300], pop: 'people', origin: ['TJ'], status: 'returned', loc: ['SY'] }],
      ],
      [
        'Москва, 12 марта (Интерфакс) - Сотрудники ФСБ задержали 8 членов ячейки ИГ в Татарстане, сообщили в ведомстве.',
        [{ v: [8, 8], pop: 'fighters', status: 'detained', aff: 'isis', loc: ['RU'] }],
      ],
      [
        'ТАСС: из Сирии в Россию вернули 35 детей, сообщила уполномоченный по правам ребенка.',
        [
          {
            v: [35, 35],
            pop: 'children',
            origin: ['RU'],
            status: 'returned',
            source: 'уполномоченный по правам ребенка',
            loc: ['SY'],
          },
        ],
      ],
      [
        'Махачкала. 3 апреля. ИНТЕРФАКС - Четверо жителей Дагестана осуждены за участие в ИГИЛ.',
        [{ v: [4, 4], pop: 'people', origin: ['RU'], status: 'detained', aff: 'isis' }],
      ],
      [
        'Суд в Грозном приговорил шестерых боевиков к срокам от 15 до 20 лет.',
        [{ v: [6, 6], pop: 'fighters', status: 'detained', loc: ['RU'] }],
      ],
      [
        'Двое жителей Дагестана, обвинявшихся в участии в ИГ, оправданы судом.',
        [{ v: [2, 2], pop: 'people', origin: ['RU'], status: 'other', aff: 'isis' }],
      ],
      [
        'Четверо боевиков осуждены, двое оправданы.',
        [
          { v: [4, 4], pop: 'fighters', status: 'detained' },
          { v: [2, 2], pop: 'fighters', status: 'other' },
        ],
      ],
      [
        'Семеро уроженцев Чечни заочно осуждены за участие в боевых действиях на стороне ИГ.',
        [{ v: [7, 7], pop: 'fighters', origin: ['RU'], status: 'detained', aff: 'isis' }],
      ],
      [
        'Около полутора тысяч граждан Узбекистана воевали в рядах террористических группировок в Сирии и Ираке.',
        [{ v: [1500, 1500], pop: 'fighters', origin: ['UZ'], status: 'present', loc: ['IQ', 'SY'] }],
      ],
      [
        'Около двух десятков женщин из Кыргызстана находятся в лагерях на северо-востоке Сирии.',
        [{ v: [20, 20], pop: 'women', origin: ['KG'], status: 'present', loc: ['SY'] }],
      ],
      // «Несколько сотен» is no number: a vague count only.
      ['Несколько сотен детей из России остаются в сирийских лагерях, по словам Анны Кузнецовой.', []],
      [
        'Полторы тысячи иностранных боевиков погибли в боях за Мосул, сообщило Минобороны.',
        [
          {
            v: [1500, 1500],
            pop: 'fighters',
            origin: ['region:foreign'],
            status: 'killed',
            source: 'Минобороны',
            loc: ['IQ'],
          },
        ],
      ],
      [
        'В результате авиаудара погибли не менее 20 боевиков «Джебхат ан-Нусры» в Идлибе.',
        [{ v: [20, null], pop: 'fighters', status: 'killed', aff: 'al-nusra', loc: ['SY'] }],
      ],
      [
        'Возвращение на родину 19 граждан Таджикистана, отбывавших наказание в Ираке, состоялось в пятницу.',
        [{ v: [19, 19], pop: 'people', origin: ['TJ'], status: 'returned', loc: ['IQ'] }],
      ],
      [
        'Суд заочно приговорил к 12 годам двух жителей Ингушетии, уехавших в Сирию.',
        [{ v: [2, 2], pop: 'people', origin: ['RU'], status: 'detained' }],
      ],
      [
        'По данным МВД Кыргызстана, около 850 граждан республики выехали в зоны конфликтов.',
        [{ v: [850, 850], pop: 'people', origin: ['KG'], status: 'joined', source: 'МВД Кыргызстана' }],
      ],
      [
        'Свыше двух тысяч выходцев из Центральной Азии воюют на стороне ИГ в Афганистане, заявил источник в спецслужбах.',
        [
          {
            v: [2000, null],
            pop: 'fighters',
            origin: ['region:central-asia'],
            status: 'present',
            aff: 'isis',
            source: 'источник в спецслужбах',
            loc: ['AF'],
          },
        ],
      ],
      [
        'Вывоз из Ирака 30 российских детей в возрасте от 3 до 10 лет завершен.',
        [{ v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'], age: [3, 10] }],
      ],
      [
        'Гибель около 40 мирных жителей в результате теракта «Исламского государства» в Кабуле',
        [{ v: [40, 40], pop: 'people', status: 'killed', aff: 'isis', loc: ['AF'] }],
      ],
      [
        'Семь женщин, уехавших вступить в ИГ, были возвращены в Казахстан.',
        [{ v: [7, 7], pop: 'women', origin: ['KZ'], status: 'returned', aff: 'isis' }],
      ],
    ],
    OPEN_RU,
  );
});
