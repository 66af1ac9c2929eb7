// Russian probes, third batch (issue: generality beyond the dev reports). Every sentence is invented
// for this test: child recruitment, UN annual figures, foreign fighters and North Caucasus fighters,
// victims of armed groups, counts without a noun, role-aware origin, person nouns in their cases,
// planned returns, ranges and bounds, spelled numbers and attributed speakers. Each expectation
// follows ../shared/eval/GUIDELINES.md.
import { describe, it } from 'vitest';
import { checkProbe, type Probe } from './probe-helpers.ts';

const run = (probes: Probe[]) => {
  for (const [text, want] of probes) it(text, () => checkProbe('ru', text, want));
};

describe('Russian probes 3: child recruitment and UN figures', () => {
  run([
    [
      'ООН подтвердила вербовку и использование 1716 детей в Сомали.',
      [{ v: [1716, 1716], pop: 'children', status: 'joined' }],
    ],
    [
      'В Нигерии «Боко харам» похитила 276 школьниц, 57 из них удалось бежать.',
      [
        { v: [276, 276], pop: 'children', aff: 'other' },
        { v: [57, 57], pop: 'children' },
      ],
    ],
    [
      'По оценкам, от 40 до 50 подростков завербованы группировкой в Мали.',
      [{ v: [40, 50], pop: 'children', status: 'joined' }],
    ],
    [
      'Двести пятьдесят один подросток освобождён из рядов вооружённых группировок.',
      [{ v: [251, 251], pop: 'children' }],
    ],
  ]);
});

describe('Russian probes 3: foreign and North Caucasus fighters, counts without a noun', () => {
  run([
    [
      'Около 5 тыс. тунисцев уехали воевать в Сирию, 800 из них уже вернулись.',
      [
        { v: [5000, 5000], pop: 'fighters', origin: ['TN'], status: 'joined' },
        { v: [800, 800], pop: 'fighters', origin: ['TN'], status: 'returned' },
      ],
    ],
    [
      'Число чеченцев, воюющих в Сирии, достигло 500, заявил Кадыров.',
      [{ v: [500, 500], pop: 'fighters', origin: ['RU'], source: 'Кадыров' }],
    ],
    [
      'Из Дагестана на войну в Сирию уехали 1200 человек.',
      [{ v: [1200, 1200], pop: 'fighters', origin: ['RU'], status: 'joined' }],
    ],
    [
      'Власти ведут учёт граждан Киргизии, уехавших в Сирию. Их число достигло 850.',
      [{ v: [850, 850], pop: 'people', origin: ['KG'] }],
    ],
    [
      'Из 3 тыс. иностранных боевиков, погибших в Сирии, 410 были выходцами из Алжира, 230 — из Ливии.',
      [
        { v: [3000, 3000], pop: 'fighters', origin: ['region:foreign'], status: 'killed' },
        { v: [410, 410], pop: 'fighters', origin: ['DZ'] },
        { v: [230, 230], pop: 'fighters', origin: ['LY'] },
      ],
    ],
    [
      'Свыше двух тысяч граждан Казахстана выехали в зону конфликта.',
      [{ v: [2000, null], pop: 'people', origin: ['KZ'], status: 'joined' }],
    ],
    [
      'Шесть граждан России осуждены за участие в боевых действиях в Сирии.',
      [{ v: [6, 6], pop: 'fighters', origin: ['RU'], status: 'detained' }],
    ],
    [
      'В Сирии могут находиться до 300 выходцев из Азербайджана.',
      [{ v: [null, 300], pop: 'people', origin: ['AZ'], status: 'present' }],
    ],
  ]);
});

describe('Russian probes 3: spelled numbers', () => {
  run([
    [
      'Узбекистан вернул из Сирии тридцать два ребёнка и семнадцать женщин.',
      [
        { v: [32, 32], pop: 'children', origin: ['UZ'], status: 'returned' },
        { v: [17, 17], pop: 'women', origin: ['UZ'], status: 'returned' },
      ],
    ],
    [
      'Четырнадцать британцев оказались среди погибших, сообщил МИД Великобритании.',
      [{ v: [14, 14], pop: 'people', origin: ['GB'], status: 'killed', source: 'МИД Великобритании' }],
    ],
  ]);
});

describe('Russian probes 3: origin only for the people the text says it of', () => {
  run([
    [
      'По данным МВД, в ИГ воюют 900 граждан Таджикистана.\n\nВ результате теракта в Кабуле погибли 32 мирных жителя.',
      [
        { v: [900, 900], pop: 'fighters', origin: ['TJ'] },
        { v: [32, 32], pop: 'people', status: 'killed' },
      ],
    ],
    [
      'В ходе спецоперации в Кабардино-Балкарии задержаны пятеро боевиков.',
      [{ v: [5, 5], pop: 'fighters', status: 'detained' }],
    ],
    ['Азербайджанский боевик на видео ведёт 13 пленных к реке.', [{ v: [13, 13], pop: 'people' }]],
  ]);
});

describe('Russian probes 3: person nouns in their cases', () => {
  run([
    [
      'Боевики захватили 27 заложников, среди них девять медиков.',
      [
        { v: [27, 27], pop: 'people' },
        { v: [9, 9], pop: 'people' },
      ],
    ],
    [
      'Силовики освободили 48 похищенных и ликвидировали 11 боевиков.',
      [
        { v: [48, 48], pop: 'people' },
        { v: [11, 11], pop: 'fighters', status: 'killed' },
      ],
    ],
    [
      'Ранены 14 задержанных и двое полицейских.',
      [
        { v: [14, 14], pop: 'people' },
        { v: [2, 2], pop: 'fighters' },
      ],
    ],
    ['В больницу доставлены 23 раненых.', [{ v: [23, 23], pop: 'people' }]],
    ['В бою погибли не менее 16 военнослужащих.', [{ v: [16, null], pop: 'fighters', status: 'killed' }]],
    [
      'Число задержанных по делу о вербовке составило 19 человек.',
      [{ v: [19, 19], pop: 'people', status: 'detained' }],
    ],
  ]);
});

describe('Russian probes 3: planned returns', () => {
  run([
    [
      'Планируется вернуть на родину 150 женщин и детей из лагеря аль-Хол.',
      [{ v: [150, 150], pop: 'people', status: 'present' }],
    ],
    ['Власти намерены репатриировать ещё 60 детей.', [{ v: [60, 60], pop: 'children', status: 'present' }]],
  ]);
});

describe('Russian probes 3: the attributed speaker is the source', () => {
  run([
    [
      'В мае министр внутренних дел Иван Петров заявил, что в Сирии остаются 230 ливанцев.',
      [
        {
          v: [230, 230],
          pop: 'people',
          origin: ['LB'],
          status: 'present',
          source: 'министр внутренних дел Иван Петров',
        },
      ],
    ],
    [
      '«Мы вернули домой 44 ребёнка», — сказала уполномоченная по правам ребёнка.',
      [{ v: [44, 44], pop: 'children', status: 'returned', source: 'уполномоченная по правам ребёнка' }],
    ],
  ]);
});

describe('Russian probes 3: mechanisms found on dev, in other words', () => {
  run([
    // Back from studies abroad, not from a conflict.
    ['Около 200 таджиков вернулись на родину из зарубежных вузов.', []],
    [
      'Из 2 тыс. иностранных боевиков 300 — из Туниса, 150 — из Марокко.',
      [
        { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'] },
        { v: [300, 300], pop: 'fighters', origin: ['TN'] },
        { v: [150, 150], pop: 'fighters', origin: ['MA'] },
      ],
    ],
    [
      // A plain count of people somewhere says nothing of whose they are: no topic origin.
      'Казахстан вернул из Сирии 300 казахстанок.\n\nВ лагере аль-Хол живут около 60 тыс. человек.',
      [
        { v: [300, 300], pop: 'women', origin: ['KZ'], status: 'returned' },
        { v: [60000, 60000], pop: 'people', status: 'present' },
      ],
    ],
    [
      // A count inside the speaker's own phrase tells who speaks.
      '«Мальчики охраняли блокпосты», — заявила группа экспертов из пяти человек.',
      [],
    ],
    [
      // A nationality said to be unknown: no origin, none carried from the count before.
      'В лагере 40 детей из Чада, гражданство 25 детей не установлено.',
      [
        { v: [40, 40], pop: 'children', origin: ['TD'] },
        { v: [25, 25], pop: 'children' },
      ],
    ],
  ]);
});
