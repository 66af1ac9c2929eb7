// Arabic probes, eighth round: invented sentences and short reports (written before looking at any dev
// report) for the mechanisms the seventh round left open: arrival into a conflict zone is no return;
// a demonym says where people come from, not where they are; a part "among the children" counts people;
// "N other" continues the count before it; batch nouns and coordinated counts before a prison; and
// short reports from Yemen, Somalia, Nigeria, the Sahel, the Syrian camps and the Iraqi courts.
// Expectations follow ../shared/eval/GUIDELINES.md; a field is checked only where the guideline is clear.
import { describe } from 'vitest';
import { runProbes, type Probe } from './probe-helpers.ts';

/** Probes the engine does not read yet: kept as expected failures, so a fix shows. */
const NOT_YET = new Set<string>([
  // A one-sentence report's one nationality count becomes its topic origin, given to the children too.
  'وأوضح أن بين المعتقلين 7 أطفال و5 تشاديين.',
  // Arrested returnees keep the status of the word "returnees" after their noun, not the arrest.
  'اعتقلت الشرطة المغربية 8 مقاتلين مغاربة عائدين. وفي عملية ثانية اعتقلت 4 آخرين.',
  // The convoy (القافلة) of the sentence before is not resolved to the Uzbek returnees it names.
  'وصلت إلى طشقند قافلة من العائدين الأوزبك. وضمت القافلة 30 امرأة و70 طفلا.',
  // The gazetteer does not know Rusafa prison (Baghdad): no place, so no location.
  'تحتجز السلطات 14 امرأة و7 أطفال في سجن الرصافة.',
]);

const run = (probes: Probe[]) => runProbes('ar', probes, NOT_YET);

describe('Arabic: arriving in a conflict zone is no return', () => {
  run([
    [
      'وصل إلى سوريا 900 مقاتل من مصر والسودان خلال عامين.',
      [{ v: [900, 900], pop: 'fighters', origin: ['EG', 'SD'], not: 'returned', loc: ['SY'] }],
    ],
    [
      'وأفاد المرصد بأن نحو 300 متطوع من تونس وليبيا وصلوا إلى العراق عبر تركيا.',
      // Volunteers who go to the war are recruits: fighters.
      [{ v: [300, 300], pop: 'fighters', origin: ['LY', 'TN'], not: 'returned' }],
    ],
    [
      'انضم 400 مقاتل من اليمن إلى التنظيم في سوريا، وعاد 50 منهم من سوريا إلى اليمن.',
      [
        { v: [400, 400], pop: 'fighters', origin: ['YE'], status: 'joined' },
        { v: [50, 50], pop: 'fighters', origin: ['YE'], status: 'returned' },
      ],
    ],
    [
      'وقالت الوزارة إن 120 عراقيا عادوا من سوريا إلى العراق الشهر الماضي.',
      [{ v: [120, 120], pop: 'people', origin: ['IQ'], status: 'returned' }],
    ],
  ]);
});

describe('Arabic: a demonym gives origin, not location', () => {
  run([
    [
      'تحتجز السلطات الليبية 40 امرأة في سجن بطرابلس. وبينهن 12 سودانية.',
      [
        { v: [40, 40], pop: 'women', status: 'detained', loc: ['LY'] },
        { v: [12, 12], pop: 'women', origin: ['SD'], loc: ['LY'] },
      ],
    ],
    [
      'اعتقلت الشرطة 15 مقاتلا في السودان، بينهم 3 صوماليين.',
      [
        { v: [15, 15], pop: 'fighters', status: 'detained', loc: ['SD'] },
        // The part takes the whole's noun (fighters); its nationality is no place.
        { v: [3, 3], pop: 'fighters', origin: ['SO'], loc: ['SD'] },
      ],
    ],
    [
      'يضم مخيم في شمال مالي 70 طفلا. وقال مسؤول إن بين المحتجزين في المخيم 20 نيجيريا.',
      [
        { v: [70, 70], pop: 'children', loc: ['ML'] },
        { v: [20, 20], pop: 'people', origin: ['NG'] },
      ],
    ],
  ]);
});

describe('Arabic: a part among a whole takes the whole noun only when it names none', () => {
  run([
    [
      'أعادت الحكومة 50 طفلا، ومن بين الأطفال 9 سودانيين.',
      [
        { v: [50, 50], pop: 'children', status: 'returned' },
        { v: [9, 9], pop: 'children', origin: ['SD'] },
      ],
    ],
    [
      'يضم المخيم 300 امرأة، وبين النساء 40 صومالية.',
      [
        { v: [300, 300], pop: 'women' },
        { v: [40, 40], pop: 'women', origin: ['SO'] },
      ],
    ],
    [
      'وأوضح أن بين المعتقلين 7 أطفال و5 تشاديين.',
      [
        { v: [7, 7], pop: 'children' },
        { v: [5, 5], pop: 'people', origin: ['TD'] },
      ],
    ],
  ]);
});

describe('Arabic: "N others" continues the count before it', () => {
  run([
    [
      'أعادت فرنسا 10 أطفال فرنسيين من مخيم روج.\n\nوقالت الوزارة إن 6 أطفال آخرين سيعودون قريبا.',
      [
        { v: [10, 10], pop: 'children', origin: ['FR'], status: 'returned' },
        { v: [6, 6], pop: 'children', origin: ['FR'], not: 'returned' },
      ],
    ],
    [
      'اعتقلت الشرطة المغربية 8 مقاتلين مغاربة عائدين. وفي عملية ثانية اعتقلت 4 آخرين.',
      [
        { v: [8, 8], pop: 'fighters', origin: ['MA'], status: 'detained' },
        { v: [4, 4], pop: 'fighters', origin: ['MA'], status: 'detained' },
      ],
    ],
    [
      'قتل 12 مقاتلا كازاخيا في سوريا، وأصيب 5 آخرون بجروح.',
      [
        { v: [12, 12], pop: 'fighters', origin: ['KZ'], status: 'killed' },
        { v: [5, 5], pop: 'fighters', origin: ['KZ'] },
      ],
    ],
  ]);
});

describe('Arabic: batch nouns and coordinated counts before a prison', () => {
  run([
    [
      'تعتزم كازاخستان إعادة 200 من مواطنيها من سوريا. وتضم الدفعة الأولى 80 طفلا.',
      [
        { v: [200, 200], pop: 'people', origin: ['KZ'] },
        { v: [80, 80], pop: 'children', origin: ['KZ'] },
      ],
    ],
    [
      'وصلت إلى طشقند قافلة من العائدين الأوزبك. وضمت القافلة 30 امرأة و70 طفلا.',
      [
        { v: [30, 30], pop: 'women', origin: ['UZ'], status: 'returned' },
        { v: [70, 70], pop: 'children', origin: ['UZ'], status: 'returned' },
      ],
    ],
    [
      'تحتجز السلطات 14 امرأة و7 أطفال في سجن الرصافة.',
      [
        { v: [14, 14], pop: 'women', status: 'detained', loc: ['IQ'] },
        { v: [7, 7], pop: 'children', status: 'detained', loc: ['IQ'] },
      ],
    ],
  ]);
});
