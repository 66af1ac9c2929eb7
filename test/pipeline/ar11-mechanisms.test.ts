// Arabic, eleventh round: a verb parted from its reflexive object by its subject, the count.
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('Arabic: a verb before the count and its reflexive object after the counted phrase', () => {
  runProbes('ar', [
    // Gave themselves up: in custody, not handed back.
    [
      'سلم 18 مسلحا من الجماعة أنفسهم لقوات الأمن في ولاية يوبي.',
      [{ v: [18, 18], pop: 'fighters', status: 'other' }],
    ],
    [
      'وسلّم نحو 30 عنصرا أنفسهم للجيش بعد حصار دام أسبوعين.',
      [{ v: [30, 30], pop: 'fighters', status: 'other' }],
    ],
    // Blew themselves up.
    [
      'فجر 4 انتحاريين أنفسهم قرب نقطة تفتيش جنوب المدينة.',
      [{ v: [4, 4], pop: 'fighters', status: 'killed' }],
    ],
    // Without the reflexive, handing people over is bringing them back.
    [
      'سلمت السلطات العراقية 14 امرأة إلى روسيا.',
      [{ v: [14, 14], pop: 'women', origin: ['RU'], status: 'returned' }],
    ],
    // The object of another clause, past a comma, is not this count's.
    [
      'سلم 12 طفلا إلى ذويهم، وقالت السلطات إن المقاتلين فجروا أنفسهم.',
      [{ v: [12, 12], pop: 'children', status: 'returned' }],
    ],
  ]);
});
