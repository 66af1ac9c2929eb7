// Arabic, eighteenth round: blind probes around years before scale words, releases from detention,
// speakers before verbal nouns, shares of a count and the Nigerian groups, written before looking at the
// engine's output.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

// Open: a deportation verb with an object pronoun (رحلتهن) is not read (رحلتهم is also "their
// journey"); a count right before the ISWAP name after a Boko Haram count takes Boko Haram's group.
const OPEN = new Set<string>([
  'وأفرجت السلطات العراقية عن 16 امرأة تركية ورحلتهن إلى تركيا.',
  'وقتل 35 من عناصر بوكو حرام و15 من مقاتلي تنظيم ولاية غرب أفريقيا في اشتباكات.',
]);

describe('Arabic: eighteenth-round blind probes', () => {
  runProbes(
    'ar',
    [
      ['ونزح خلال 2016 ألف مدني من القرى الحدودية هربا من المسلحين.', [{ v: [1000, 1000], pop: 'people' }]],
      ['وقتل في عام 2015 ألف عنصر من التنظيم.', [{ v: [1000, 1000], pop: 'fighters', status: 'killed' }]],
      ['وجند التنظيم 3 آلاف طفل في العراق.', [{ v: [3000, 3000], pop: 'children', status: 'joined' }]],
      ['وأفرجت محكمة بغداد عن 7 متهمين لعدم كفاية الأدلة.', [{ v: [7, 7], pop: 'people', not: 'returned' }]],
      [
        'وأطلقت حركة الشباب سراح 19 صبيا بعد وساطة قبلية.',
        [{ v: [19, 19], pop: 'children', not: 'returned' }],
      ],
      [
        'وأفرجت السلطات العراقية عن 16 امرأة تركية ورحلتهن إلى تركيا.',
        [{ v: [16, 16], pop: 'women', origin: ['TR'], status: 'returned' }],
      ],
      [
        'وأعلنت الحكومة النيجيرية الإفراج عن 24 فتاة.',
        [{ v: [24, 24], pop: 'children', source: 'الحكومة النيجيرية' }],
      ],
      [
        'وأعلن الجيش اعتقال 30 مسلحا في ولاية بورنو.',
        [{ v: [30, 30], pop: 'fighters', source: 'الجيش', status: 'detained' }],
      ],
      [
        'وقتل 35 من عناصر بوكو حرام و15 من مقاتلي تنظيم ولاية غرب أفريقيا في اشتباكات.',
        [
          { v: [35, 35], pop: 'fighters', aff: 'other', status: 'killed' },
          { v: [15, 15], pop: 'fighters', aff: 'isis', status: 'killed' },
        ],
      ],
      [
        'واستسلم 80 مسلحا من جماعة أهل السنة للدعوة والجهاد بعد هجمات ولاية غرب أفريقيا عليهم.',
        [{ v: [80, 80], pop: 'fighters', aff: 'other', status: 'other' }],
      ],
      [
        'وقتل 120 مقاتلا أجنبيا، من بينهم مغاربة وتونسيون.',
        [{ v: [120, 120], pop: 'fighters', origin: ['region:foreign'] }],
      ],
    ],
    OPEN,
  );
});
