// par25: the same facts written in en, fr, ru and ar must read alike (cross-language probes).
import { describe } from 'vitest';
import { type Probe, runProbes } from './probe-helpers.ts';

const en: Probe[] = [
  [
    'Some 300 Kazakhs, half of them women, were repatriated in January.',
    [{ v: [300, 300], pop: 'people', origin: ['KZ'], status: 'returned' }],
  ],
  [
    'Nearly 40 per cent of the 9,000 residents are under 12.',
    [{ v: [9000, 9000], pop: 'people', age: [null, null] }],
  ],
  [
    'The 300 returnees, including 156 children and 18 orphans, were taken to Aktau.',
    [
      { v: [300, 300], pop: 'people', status: 'returned' },
      { v: [156, 156], pop: 'children', status: 'returned' },
      { v: [18, 18], pop: 'children', status: 'returned' },
    ],
  ],
  [
    'Russia took back 30 children from Iraq.',
    [{ v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'] }],
  ],
  ['The army killed 45 ISWAP fighters.', [{ v: [45, 45], pop: 'fighters', status: 'killed', aff: 'isis' }]],
  [
    'Up to 70 Chechen women are still detained.',
    [{ v: [null, 70], pop: 'women', origin: ['RU'], status: 'detained' }],
  ],
  [
    'Sixteen Russian children were flown from Baghdad to Moscow on Sunday.',
    [{ v: [16, 16], pop: 'children', origin: ['RU'], status: 'returned' }],
  ],
  [
    'Russia expects to bring back another 30 children by the end of the year.',
    [{ v: [30, 30], pop: 'children', origin: ['RU'], status: 'present' }],
  ],
  [
    'About 60 Tunisian women are held in Libyan prisons with their children.',
    [{ v: [60, 60], pop: 'women', origin: ['TN'], status: 'detained' }],
  ],
  [
    'Tajikistan plans to repatriate 146 children held in Iraqi prisons.',
    [{ v: [146, 146], pop: 'children', origin: ['TJ'], status: 'detained' }],
  ],
  [
    'France took back 35 children from the Roj camp on Tuesday.',
    [{ v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' }],
  ],
  [
    'Uzbekistan brought home 98 women and children, 64 of whom were under ten.',
    [
      { v: [98, 98], pop: 'people', origin: ['UZ'], status: 'returned' },
      { v: [64, 64], pop: 'children', origin: ['UZ'], status: 'returned', age: [null, 9] },
    ],
  ],
];

const fr: Probe[] = [
  [
    'Quelque 300 Kazakhs, dont la moitié de femmes, ont été rapatriés en janvier.',
    [{ v: [300, 300], pop: 'people', origin: ['KZ'], status: 'returned' }],
  ],
  [
    'Près de 40 % des 9 000 résidents ont moins de 12 ans.',
    [{ v: [9000, 9000], pop: 'people', age: [null, null] }],
  ],
  [
    'Les 300 rapatriés, dont 156 enfants et 18 orphelins, ont été conduits à Aktaou.',
    [
      { v: [300, 300], pop: 'people', status: 'returned' },
      { v: [156, 156], pop: 'children', status: 'returned' },
      { v: [18, 18], pop: 'children', status: 'returned' },
    ],
  ],
  [
    'La Russie a récupéré 30 enfants en Irak.',
    [{ v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'] }],
  ],
  [
    "L'armée a tué 45 combattants de l'ISWAP.",
    [{ v: [45, 45], pop: 'fighters', status: 'killed', aff: 'isis' }],
  ],
  [
    "Jusqu'à 70 Tchétchènes sont toujours détenues.",
    [{ v: [null, 70], pop: 'women', origin: ['RU'], status: 'detained' }],
  ],
  [
    'Seize enfants russes ont été acheminés de Bagdad à Moscou dimanche.',
    [{ v: [16, 16], pop: 'children', origin: ['RU'], status: 'returned' }],
  ],
  [
    "La Russie compte ramener 30 autres enfants d'ici la fin de l'année.",
    [{ v: [30, 30], pop: 'children', origin: ['RU'], status: 'present' }],
  ],
  [
    'Environ 60 Tunisiennes sont détenues dans des prisons libyennes avec leurs enfants.',
    [{ v: [60, 60], pop: 'women', origin: ['TN'], status: 'detained' }],
  ],
  [
    'Le Tadjikistan prévoit de rapatrier 146 enfants détenus dans des prisons irakiennes.',
    [{ v: [146, 146], pop: 'children', origin: ['TJ'], status: 'detained' }],
  ],
  [
    'La France a repris 35 enfants du camp de Roj mardi.',
    [{ v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' }],
  ],
  [
    "L'Ouzbékistan a rapatrié 98 femmes et enfants, dont 64 avaient moins de dix ans.",
    [
      { v: [98, 98], pop: 'people', origin: ['UZ'], status: 'returned' },
      { v: [64, 64], pop: 'children', origin: ['UZ'], status: 'returned', age: [null, 9] },
    ],
  ],
];

const ru: Probe[] = [
  [
    'Около 300 казахстанцев, половина из них женщины, были репатриированы в январе.',
    [{ v: [300, 300], pop: 'people', origin: ['KZ'], status: 'returned' }],
  ],
  [
    'Почти 40 процентов из 9 000 жителей моложе 12 лет.',
    [{ v: [9000, 9000], pop: 'people', age: [null, null] }],
  ],
  [
    'Россия забрала из Ирака 30 детей.',
    [{ v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'] }],
  ],
  ['Армия уничтожила 45 боевиков ИГЗА.', [{ v: [45, 45], pop: 'fighters', status: 'killed', aff: 'isis' }]],
  [
    'До 70 чеченок по-прежнему находятся под стражей.',
    [{ v: [null, 70], pop: 'women', origin: ['RU'], status: 'detained' }],
  ],
  [
    'В воскресенье 16 российских детей доставили самолетом из Багдада в Москву.',
    [{ v: [16, 16], pop: 'children', origin: ['RU'], status: 'returned' }],
  ],
  [
    'Около 60 тунисок содержатся в ливийских тюрьмах вместе с детьми.',
    [{ v: [60, 60], pop: 'women', origin: ['TN'], status: 'detained' }],
  ],
  [
    'Таджикистан планирует репатриировать 146 детей, содержащихся в иракских тюрьмах.',
    [{ v: [146, 146], pop: 'children', origin: ['TJ'], status: 'detained' }],
  ],
  [
    'Во вторник Франция забрала из лагеря Родж 35 детей.',
    [{ v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' }],
  ],
  [
    'Узбекистан вернул на родину 98 женщин и детей, 64 из которых младше десяти лет.',
    [
      { v: [98, 98], pop: 'people', origin: ['UZ'], status: 'returned' },
      { v: [64, 64], pop: 'children', origin: ['UZ'], status: 'returned', age: [null, 9] },
    ],
  ],
];

const ar: Probe[] = [
  [
    'أعيد نحو 300 كازاخي، نصفهم من النساء، إلى بلادهم في يناير.',
    [{ v: [300, 300], pop: 'people', origin: ['KZ'], status: 'returned' }],
  ],
  [
    'نحو 40 في المائة من السكان البالغ عددهم 9 آلاف تقل أعمارهم عن 12 عاما.',
    [{ v: [9000, 9000], pop: 'people', age: [null, null] }],
  ],
  [
    'استعادت روسيا 30 طفلا من العراق.',
    [{ v: [30, 30], pop: 'children', origin: ['RU'], status: 'returned', loc: ['IQ'] }],
  ],
  [
    'قتل الجيش 45 مسلحا من ولاية غرب أفريقيا.',
    [{ v: [45, 45], pop: 'fighters', status: 'killed', aff: 'isis' }],
  ],
  [
    'تتوقع روسيا إعادة 30 طفلا آخرين بحلول نهاية العام.',
    [{ v: [30, 30], pop: 'children', origin: ['RU'], status: 'present' }],
  ],
  [
    'أعادت أوزبكستان 98 امرأة وطفلا، 64 منهم دون العاشرة.',
    [
      { v: [98, 98], pop: 'people', origin: ['UZ'], status: 'returned' },
      { v: [64, 64], pop: 'children', origin: ['UZ'], status: 'returned', age: [null, 9] },
    ],
  ],
];

describe('par25 en', () => runProbes('en', en));
// A participle of custody that is also a noun (« enfants détenus ») is not read as the planned return's
// prison. (« a repris » N people is a return since fr27: a fight resumed or a town retaken counts no one.)
describe('par25 fr', () =>
  runProbes(
    'fr',
    fr,
    new Set(['Le Tadjikistan prévoit de rapatrier 146 enfants détenus dans des prisons irakiennes.']),
  ));
// Russian has no copula before an age ("жителей моложе 12 лет"), so the predicate of the share is not told
// from an age of the whole. A participle clause after a comma
// ("детей, содержащихся в тюрьмах") is not read as the planned return's prison.
describe('par25 ru', () =>
  runProbes(
    'ru',
    ru,
    new Set([
      'Почти 40 процентов из 9 000 жителей моложе 12 лет.',
      'Таджикистан планирует репатриировать 146 детей, содержащихся в иракских тюрьмах.',
    ]),
  ));
// Arabic: the share's whole is named by البالغ عددهم after the noun, and the age predicate is read as
// the whole's.
describe('par25 ar', () =>
  runProbes('ar', ar, new Set(['نحو 40 في المائة من السكان البالغ عددهم 9 آلاف تقل أعمارهم عن 12 عاما.'])));
