// Status probes, sixth batch: one mechanism over each pack's data, the same in every language. Every
// sentence is written for this test. A move (arrivalVerbs, transferVerbs) into a conflict zone, a camp
// or a prison there (holdingPlaces), into the people's own country or out of a zone; and a place's
// population (placePopulation), which is no count unless the place is a camp or a prison, whose people
// are held there (GUIDELINES.md: `present`, "held in camps"); and a count set in another operation
// (otherEventMarkers), which takes neither the report's origin and place nor the speaker before.
// Expectations follow ../shared/eval/GUIDELINES.md.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

const MOVES: Record<string, Probe[]> = {
  en: [
    [
      // Moved by others into a camp in a conflict zone: still held there.
      'Last month Kurdish forces transferred 35 Belgian women to Roj camp.',
      [{ v: [35, 35], pop: 'women', origin: ['BE'], status: 'present', loc: ['SY'] }],
    ],
    [
      // A detention centre said before the town still leads to it; a prison, it holds them detained
      // (euro18: moved into a prison, a detention centre, СИЗО).
      'In 2019, 70 Dutch children were moved to a detention centre in Hasakah.',
      [{ v: [70, 70], pop: 'children', origin: ['NL'], status: 'detained', loc: ['SY'] }],
    ],
    [
      'Syrian Kurdish authorities moved 90 Russian children to a camp near Raqqa.',
      [{ v: [90, 90], pop: 'children', origin: ['RU'], status: 'present', loc: ['SY'] }],
    ],
    [
      // Arriving in a camp is being held there, not going to the war.
      'Some 25 German women arrived in Roj camp from Baghouz.',
      [{ v: [25, 25], pop: 'women', origin: ['DE'], status: 'present', loc: ['SY'] }],
    ],
    [
      'Around 300 Tunisian fighters arrived in Raqqa in 2014.',
      [{ v: [300, 300], pop: 'fighters', origin: ['TN'], status: 'joined', loc: ['SY'] }],
    ],
    [
      // Transferred into their own country: a return.
      'The 60 Tajik fighters were transferred to Tajikistan by plane.',
      [{ v: [60, 60], pop: 'fighters', origin: ['TJ'], status: 'returned' }],
    ],
  ],
  fr: [
    [
      // « le camp de Roj » : ce « de » nomme le camp, il ne dit pas d'où elles viennent.
      'Trente femmes belges ont été transférées vers le camp de Roj.',
      [{ v: [30, 30], pop: 'women', origin: ['BE'], status: 'present', loc: ['SY'] }],
    ],
    [
      'Les forces kurdes ont transféré 45 mineurs français dans une prison de Hassaké.',
      // Moved into a prison is imprisoned (GUIDELINES.md: detained); into a camp, held there (present).
      [{ v: [45, 45], pop: 'children', origin: ['FR'], status: 'detained', loc: ['SY'] }],
    ],
    [
      'Quarante combattants tunisiens sont arrivés en Syrie en 2013.',
      [{ v: [40, 40], pop: 'fighters', origin: ['TN'], status: 'joined', loc: ['SY'] }],
    ],
    [
      'Quinze enfants tadjiks ont été transférés à Douchanbé.',
      [{ v: [15, 15], pop: 'children', origin: ['TJ'], status: 'returned' }],
    ],
  ],
  ru: [
    [
      'Двадцать француженок были переведены в лагерь Рож.',
      [{ v: [20, 20], pop: 'women', origin: ['FR'], status: 'present', loc: ['SY'] }],
    ],
    [
      'Около 50 казахстанок перевели в лагерь Рож.',
      [{ v: [50, 50], pop: 'women', origin: ['KZ'], status: 'present', loc: ['SY'] }],
    ],
    [
      'В 2015 году 12 граждан Германии прибыли в Ирак.',
      [{ v: [12, 12], pop: 'people', origin: ['DE'], status: 'joined', loc: ['IQ'] }],
    ],
    [
      // Arriving from a conflict zone is the journey back.
      'Из Ирака прилетели 26 детей из Казахстана.',
      [{ v: [26, 26], pop: 'children', origin: ['KZ'], status: 'returned' }],
    ],
  ],
  ar: [
    [
      'ونقلت القوات الكردية 25 طفلا بلجيكيا إلى مخيم روج.',
      [{ v: [25, 25], pop: 'children', origin: ['BE'], status: 'present', loc: ['SY'] }],
    ],
    [
      'ووصل 150 مقاتلا تونسيا إلى الرقة عام 2014.',
      [{ v: [150, 150], pop: 'fighters', origin: ['TN'], status: 'joined', loc: ['SY'] }],
    ],
    [
      'ووصلت 14 امرأة كازاخستانية إلى ألماتي.',
      [{ v: [14, 14], pop: 'women', origin: ['KZ'], status: 'returned' }],
    ],
  ],
};

describe('status probes 6: arrivals and transfers, one reading of the place in every language', () => {
  for (const [lang, probes] of Object.entries(MOVES)) describe(lang, () => runProbes(lang, probes));
});

const POPULATIONS: Record<string, Probe[]> = {
  en: [
    ['Tal Afar, a town of 40,000 people, was held by ISIS until 2017.', []],
    ['Raqqa, home to some 200,000 people, was the capital of the caliphate.', []],
    ['Mosul, with a population of about 1.5 million, fell to ISIS in 2014.', []],
    [
      'The camp, home to 50,000 people, is run by Kurdish forces.',
      [{ v: [50000, 50000], pop: 'people', status: 'present' }],
    ],
    [
      // Fighters are no place's inhabitants: still counted.
      'Idlib is now home to about 10,000 foreign fighters.',
      [{ v: [10000, 10000], pop: 'fighters', origin: ['region:foreign'], status: 'present', loc: ['SY'] }],
    ],
    [
      'Al-Hol camp has a population of 56,000 people, most of them children.',
      [{ v: [56000, 56000], pop: 'people', status: 'present' }],
    ],
  ],
  fr: [
    ['Raqqa comptait alors une population de 220 000 personnes.', []],
    ["Mossoul, ville de près de deux millions d'habitants, est tombée en 2014.", []],
    [
      'Le camp de Roj, avec une population de 2 500 personnes, est gardé par les Kurdes.',
      [{ v: [2500, 2500], pop: 'people', status: 'present', loc: ['SY'] }],
    ],
  ],
  ru: [
    ['Ракка, город с населением около 200 тысяч человек, была столицей ИГ.', []],
    ['Население города составляет 1,5 миллиона человек.', []],
    [
      'Лагерь Рож с населением 2500 человек охраняют курды.',
      [{ v: [2500, 2500], pop: 'people', status: 'present', loc: ['SY'] }],
    ],
  ],
  ar: [
    ['وكانت الرقة التي يبلغ عدد سكانها 300 ألف نسمة عاصمة للتنظيم.', []],
    [
      'ويبلغ عدد سكان مخيم الهول 56 ألف شخص.',
      [{ v: [56000, 56000], pop: 'people', status: 'present', loc: ['SY'] }],
    ],
    [
      'ويقطن إدلب نحو 10 آلاف مقاتل أجنبي.',
      [{ v: [10000, 10000], pop: 'fighters', origin: ['region:foreign'], status: 'present', loc: ['SY'] }],
    ],
    ['ويقطن المخيم نحو 10 آلاف شخص.', [{ v: [10000, 10000], pop: 'people', status: 'present' }]],
  ],
};

describe('status probes 6: the population of a place, a camp counted, in every language', () => {
  for (const [lang, probes] of Object.entries(POPULATIONS)) describe(lang, () => runProbes(lang, probes));
});

const OTHER_EVENTS: Record<string, string> = {
  en: 'Kazakhstan brought home 40 children from Syria on Monday, the ministry said. In a separate operation, 12 men were detained.',
  fr: "Le Kazakhstan a rapatrié 40 enfants de Syrie lundi, a indiqué le ministère. Lors d'une autre opération, 12 hommes ont été arrêtés.",
  ru: 'Казахстан вернул из Сирии 40 детей, сообщило министерство. В ходе другой операции были задержаны 12 мужчин.',
  ar: 'وأعادت كازاخستان 40 طفلا من سوريا، بحسب الوزارة. وفي عملية منفصلة، اعتقل 12 رجلا.',
};

describe('status probes 6: another operation is not the event of the report, in every language', () => {
  for (const [lang, text] of Object.entries(OTHER_EVENTS))
    describe(lang, () =>
      runProbes(lang, [
        [
          text,
          [
            { v: [40, 40], pop: 'children', origin: ['KZ'], status: 'returned', loc: ['SY'] },
            { v: [12, 12], pop: 'men', status: 'detained', loc: [], source: null },
          ],
        ],
      ]),
    );
});
