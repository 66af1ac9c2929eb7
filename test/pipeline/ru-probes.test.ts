// Russian probe battery: numeral government, collective numerals, bounds, partitives, demonyms,
// groups, status verbs and sources, each on a sentence written for this test (no report text).
import { describe, it } from 'vitest';
import { checkProbe, type Probe } from './probe-helpers.ts';

const run = (probes: Probe[]) => {
  for (const [text, want] of probes) it(text, () => checkProbe('ru', text, want));
};

describe('Russian numeral government', () => {
  run([
    [
      'Из лагеря вернулись 2 ребёнка.',
      [{ v: [2, 2], pop: 'children', status: 'returned', quote: '2 ребёнка' }],
    ],
    ['Задержаны три боевика.', [{ v: [3, 3], pop: 'fighters', status: 'detained' }]],
    ['Погибли четыре женщины.', [{ v: [4, 4], pop: 'women', status: 'killed' }]],
    ['В Сирию уехали 5 мужчин.', [{ v: [5, 5], pop: 'men', status: 'joined' }]],
    [
      'В лагере остаются 21 ребёнок и 22 женщины.',
      [
        { v: [21, 21], pop: 'children' },
        { v: [22, 22], pop: 'women' },
      ],
    ],
    ['Домой вернулись 130 детей.', [{ v: [130, 130], pop: 'children', status: 'returned' }]],
    ['Были задержаны двадцать пять человек.', [{ v: [25, 25], pop: 'people', status: 'detained' }]],
    ['На родину вернулись 1,5 тыс. граждан.', [{ v: [1500, 1500], pop: 'people' }]],
    ['В ИГ воюют 2 тысячи боевиков.', [{ v: [2000, 2000], pop: 'fighters', aff: 'isis' }]],
  ]);
});

describe('Russian numbers that go on after a scale word', () => {
  run([
    [
      'В Сирию уехали три тысячи пятьсот человек.',
      [{ v: [3500, 3500], pop: 'people', quote: 'три тысячи пятьсот человек' }],
    ],
    ['В Сирию уехали 3 тысячи 500 человек.', [{ v: [3500, 3500], pop: 'people' }]],
    ['Вернулись две тысячи двести детей.', [{ v: [2200, 2200], pop: 'children' }]],
  ]);
});

describe('Russian counts after a month', () => {
  run([
    ['В марте 25 детей вернулись домой.', [{ v: [25, 25], pop: 'children', status: 'returned' }]],
    ['25 марта 30 детей вернулись.', [{ v: [30, 30], pop: 'children' }]],
    ['Дети вернулись 25 марта.', []],
  ]);
});

describe('Russian collective numerals', () => {
  run([
    ['Двое детей вернулись домой.', [{ v: [2, 2], pop: 'children', status: 'returned' }]],
    ['Трое боевиков были убиты.', [{ v: [3, 3], pop: 'fighters', status: 'killed' }]],
    ['Пятеро подростков задержаны.', [{ v: [5, 5], pop: 'children', status: 'detained' }]],
    ['Полиция задержала четверых мужчин.', [{ v: [4, 4], pop: 'men', status: 'detained' }]],
    // Brought to a city of a state: its own people.
    [
      'В Москву доставили семерых детей.',
      [{ v: [7, 7], pop: 'children', origin: ['RU'], status: 'returned' }],
    ],
  ]);
});

describe('Russian approximations and bounds', () => {
  run([
    ['В Сирии находятся около 300 детей.', [{ v: [300, 300], pop: 'children', status: 'present' }]],
    ['Более 500 граждан выехали в Сирию.', [{ v: [500, null], pop: 'people', status: 'joined' }]],
    ['Свыше 200 женщин остаются в лагерях.', [{ v: [200, null], pop: 'women' }]],
    ['Порядка 150 боевиков погибли.', [{ v: [150, 150], pop: 'fighters', status: 'killed' }]],
    ['Примерно 40 детей вернулись.', [{ v: [40, 40], pop: 'children' }]],
    ['Не менее 12 человек погибли.', [{ v: [12, null], pop: 'people', status: 'killed' }]],
    ['Менее 100 детей остаются в лагере.', [{ v: [null, 100], pop: 'children' }]],
    ['В лагере находятся от 300 до 400 детей.', [{ v: [300, 400], pop: 'children' }]],
    ['Около сотни детей вернулись.', [{ v: [100, 100], pop: 'children' }]],
    ['Вернулись полторы сотни женщин.', [{ v: [150, 150], pop: 'women' }]],
  ]);
});

describe('Russian partitives and headless counts', () => {
  run([
    [
      'Вернулись 120 граждан Казахстана, из них 80 детей.',
      [
        { v: [120, 120], pop: 'people', origin: ['KZ'] },
        { v: [80, 80], pop: 'children', origin: ['KZ'] },
      ],
    ],
    [
      'В Сирию уехали 260 граждан Туниса, 53 погибли.',
      [
        { v: [260, 260], pop: 'people', origin: ['TN'] },
        { v: [53, 53], pop: 'people', origin: ['TN'], status: 'killed' },
      ],
    ],
    ['В Грозный доставили 30 человек.', [{ v: [30, 30], pop: 'people', origin: ['RU'] }]],
  ]);
});

describe('Russian demonyms and origins', () => {
  run([
    ['Из Сирии вернулись 65 узбекистанцев.', [{ v: [65, 65], pop: 'people', origin: ['UZ'] }]],
    ['Трое азербайджанцев вернулись.', [{ v: [3, 3], pop: 'people', origin: ['AZ'] }]],
    ['В ИГ воюют 300 уроженцев Таджикистана.', [{ v: [300, 300], pop: 'fighters', origin: ['TJ'] }]],
    [
      'Задержаны 12 выходцев из Киргизии.',
      [{ v: [12, 12], pop: 'people', origin: ['KG'], status: 'detained' }],
    ],
    ['Вернулись 40 граждан Грузии.', [{ v: [40, 40], pop: 'people', origin: ['GE'] }]],
    ['Вернулись 15 детей из Германии.', [{ v: [15, 15], pop: 'children', origin: ['DE'] }]],
    ['Задержаны 200 чеченцев.', [{ v: [200, 200], pop: 'people', origin: ['RU'] }]],
    ['В Сирию выехали 500 казахстанцев.', [{ v: [500, 500], pop: 'people', origin: ['KZ'] }]],
  ]);
});

describe('Russian nouns with a fleeting vowel or a synonym', () => {
  run([
    ['В лагере находятся 500 иностранок.', [{ v: [500, 500], pop: 'women', origin: ['region:foreign'] }]],
    ['Задержаны 12 приверженцев ИГ.', [{ v: [12, 12], pop: 'people', aff: 'isis', status: 'detained' }]],
    ['Вернулись 50 таджичек.', [{ v: [50, 50], pop: 'women', origin: ['TJ'] }]],
  ]);
});

describe('Russian groups', () => {
  run([
    ['В рядах ИГИЛ воюют 400 боевиков.', [{ v: [400, 400], pop: 'fighters', aff: 'isis' }]],
    ['В рядах «Джебхат ан-Нусры» воюют 90 боевиков.', [{ v: [90, 90], pop: 'fighters', aff: 'al-nusra' }]],
    ['На стороне ХТШ воюют 50 боевиков.', [{ v: [50, 50], pop: 'fighters', aff: 'al-nusra' }]],
    ['Талибы убили 14 полицейских.', [{ v: [14, 14], pop: 'fighters', aff: 'taliban', status: 'killed' }]],
    ['Боевики «Аш-Шабаб» похитили 20 детей.', [{ v: [20, 20], pop: 'children', aff: 'other' }]],
    ['«Боко Харам» похитила 30 школьниц.', [{ v: [30, 30], pop: 'children', aff: 'other' }]],
  ]);
});

describe('Russian person nouns', () => {
  run([
    ['Боевики удерживают девять заложников.', [{ v: [9, 9], pop: 'people' }]],
    ['Освобождены 12 пленных.', [{ v: [12, 12], pop: 'people' }]],
    ['Погибли 8 военнослужащих.', [{ v: [8, 8], pop: 'fighters', status: 'killed' }]],
    ['Ранены 6 полицейских.', [{ v: [6, 6], pop: 'fighters' }]],
    ['Вернулись 30 матерей с детьми.', [{ v: [30, 30], pop: 'women' }]],
    ['Задержаны 14 несовершеннолетних.', [{ v: [14, 14], pop: 'children', status: 'detained' }]],
    ['Погибли 5 мирных жителей.', [{ v: [5, 5], pop: 'people', status: 'killed' }]],
    // Recruiters work for an armed group: its members.
    ['Осуждены 40 вербовщиков.', [{ v: [40, 40], pop: 'fighters', status: 'detained' }]],
  ]);
});

describe('Russian religious communities as victims', () => {
  run([
    ['Боевики похитили 300 езидок.', [{ v: [300, 300], pop: 'women' }]],
    ['Казнены 21 христианин.', [{ v: [21, 21], pop: 'people', status: 'killed' }]],
    ['Освобождены 300 езидских детей.', [{ v: [300, 300], pop: 'children' }]],
  ]);
});

describe('Russian status and sources', () => {
  run([
    [
      'В следующем месяце планируется вернуть 40 детей.',
      [{ v: [40, 40], pop: 'children', status: 'present' }],
    ],
    ['В тюрьмах Ирака содержатся 90 женщин.', [{ v: [90, 90], pop: 'women', status: 'detained' }]],
    ['Содержатся в тюрьмах 90 женщин.', [{ v: [90, 90], pop: 'women', status: 'detained' }]],
    ['В лагере содержатся 90 женщин.', [{ v: [90, 90], pop: 'women', status: 'present' }]],
    ['По данным МВД, в Сирии находятся 300 граждан.', [{ v: [300, 300], pop: 'people', source: 'МВД' }]],
    ['Как сообщил министр, вернулись 70 детей.', [{ v: [70, 70], pop: 'children', source: 'министр' }]],
    [
      'По словам омбудсмена, в лагерях остаются 150 детей.',
      [{ v: [150, 150], pop: 'children', source: 'омбудсмена' }],
    ],
  ]);
});

describe('Russian: the wounded and "others"', () => {
  run([
    [
      'Боевики убили 5 солдат и ранили 12 других.',
      [
        { v: [5, 5], pop: 'fighters', status: 'killed' },
        { v: [12, 12], pop: 'fighters', status: 'other', quote: '12 других' },
      ],
    ],
    [
      'Пятеро солдат погибли, ещё 12 других военнослужащих ранены.',
      [
        { v: [5, 5], pop: 'fighters', status: 'killed' },
        { v: [12, 12], pop: 'fighters', status: 'other' },
      ],
    ],
    [
      'В результате теракта погибли 57 человек, 120 ранены.',
      [
        { v: [57, 57], pop: 'people', status: 'killed' },
        { v: [120, 120], pop: 'people', status: 'other' },
      ],
    ],
    ['После взрыва в больницы доставили 40 раненых.', [{ v: [40, 40], pop: 'people' }]],
  ]);
});

describe('Russian: fleeing the fighting is not fighting', () => {
  run([
    ['Около 300 тысяч человек бежали от боевых действий.', [{ v: [300000, 300000], pop: 'people' }]],
    ['Около 300 граждан воюют в Сирии.', [{ v: [300, 300], pop: 'fighters' }]],
  ]);
});

describe('Russian: a part singled out gives its origin to itself, not to the total', () => {
  run([
    [
      'Задержаны 12 человек, в том числе 5 граждан Туниса.',
      [
        { v: [12, 12], pop: 'people', origin: [] },
        { v: [5, 5], pop: 'people', origin: ['TN'] },
      ],
    ],
  ]);
});

describe('Russian: citizenship said after the count', () => {
  run([
    [
      'Четверо детей, по словам консула, имеют гражданство Туниса.',
      [{ v: [4, 4], pop: 'children', origin: ['TN'] }],
    ],
    ['У 30 детей есть гражданство Казахстана.', [{ v: [30, 30], pop: 'children', origin: ['KZ'] }]],
  ]);
});
