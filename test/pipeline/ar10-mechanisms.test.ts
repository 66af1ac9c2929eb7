// Arabic, tenth round: mechanisms found by blind probes (invented sentences in the style of press and NGO
// reports on the Syrian camps, repatriations to Iraq and the Maghreb, Yemen and Somalia).
import { describe } from 'vitest';
import { runProbes } from './probe-helpers.ts';

describe('Arabic: a place people are taken to is not their country when their nationality says another', () => {
  runProbes('ar', [
    [
      'إسطنبول - وصل إلى تركيا 30 طفلا طاجيكيا قادمين من مخيم الهول.',
      [{ v: [30, 30], pop: 'children', origin: ['TJ'] }],
    ],
    // Their own country as the destination still names them.
    ['ووصل إلى مطار ألماتي 40 طفلا من مخيمات سوريا.', [{ v: [40, 40], pop: 'children', origin: ['KZ'] }]],
    [
      'ووصل إلى كازاخستان 19 مواطنا كازاخستانيا، بينهم 11 طفلا.',
      [
        { v: [19, 19], pop: 'people', origin: ['KZ'] },
        { v: [11, 11], pop: 'children', origin: ['KZ'] },
      ],
    ],
  ]);
});

describe('Arabic: a country at war takes its own people back from another country', () => {
  runProbes('ar', [
    [
      'واستلم العراق 110 عائلات من مخيم الهول في سوريا.',
      [{ v: [110, 110], pop: 'families', origin: ['IQ'], status: 'returned' }],
    ],
    // Handing people over to another country: the one that hands them over is not theirs.
    ['وسلم العراق 22 طفلا إلى روسيا.', [{ v: [22, 22], pop: 'children', origin: ['RU'] }]],
    // Taken from one camp to another within the country at war: no one's country is said.
    ['ونقلت سوريا 35 طفلا من مخيم الهول إلى العراق.', [{ v: [35, 35], pop: 'children' }]],
  ]);
});

describe('Arabic: "من بين هؤلاء" refers back to the people counted before', () => {
  runProbes('ar', [
    [
      'جندت الجماعة 2000 طفل صومالي. ومن بين هؤلاء 300 طفل قتلوا.',
      [
        { v: [2000, 2000], pop: 'children', origin: ['SO'] },
        { v: [300, 300], pop: 'children', origin: ['SO'], status: 'killed' },
      ],
    ],
    [
      'عاد 150 جزائريا من ليبيا، وبين هؤلاء 40 امرأة.',
      [
        { v: [150, 150], pop: 'people', origin: ['DZ'] },
        { v: [40, 40], pop: 'women', origin: ['DZ'] },
      ],
    ],
  ]);
});

describe('Arabic: "their number" (عددهم) counts the people of the sentence before', () => {
  runProbes('ar', [
    [
      'ما زال أطفال بلجيكيون في مخيمات شمال شرق سوريا. ويقدر عددهم بنحو 60 طفلا.',
      [{ v: [60, 60], pop: 'children', origin: ['BE'] }],
    ],
    // No people named before: no origin.
    ['وقعت غارات على مواقع في إدلب. ويقدر عددهم بنحو 60 طفلا.', [{ v: [60, 60], pop: 'children' }]],
  ]);
});

describe('Arabic: giving up to the army is a surrender, as سلموا أنفسهم', () => {
  runProbes('ar', [
    [
      'وقال مسؤولون إن 90 من مقاتلي حركة الشباب استسلموا للجيش.',
      [{ v: [90, 90], pop: 'fighters', status: 'other' }],
    ],
  ]);
});

describe('Arabic: soldiers, fighters or recruits said to be children count children', () => {
  runProbes('ar', [
    ['وسرحت الحكومة 250 من الجنود الأطفال.', [{ v: [250, 250], pop: 'children' }]],
    ['ويقدر عدد المقاتلين الأطفال في صفوف الجماعة بنحو 4000.', [{ v: [4000, 4000], pop: 'children' }]],
    ['ووثق التقرير 700 جندي طفل في جنوب السودان.', [{ v: [700, 700], pop: 'children' }]],
  ]);
});

describe('Arabic: a participle that is a noun of people describes the count; the verb before says what befell it', () => {
  runProbes('ar', [
    ['وقتل 9 أطفال مجندين في قصف على معسكر.', [{ v: [9, 9], pop: 'children', status: 'killed' }]],
    ['واعتقلت الشرطة التونسية 6 أشخاص عائدين من ليبيا.', [{ v: [6, 6], pop: 'people', status: 'detained' }]],
    // A finite verb after the count still says what became of them.
    ['وكان 30 طفلا قتلوا في المعارك.', [{ v: [30, 30], pop: 'children', status: 'killed' }]],
  ]);
});

describe('Arabic: people abducted by a group are its victims, not its recruits', () => {
  runProbes('ar', [
    [
      'واختطف مسلحو الجماعة 110 تلميذات من مدرسة في دابشي.',
      [{ v: [110, 110], pop: 'children', status: 'other' }],
    ],
  ]);
});

describe('Arabic: a town the counted people are from gives their country, for them alone', () => {
  runProbes('ar', [
    ['وجندت الجماعة 25 فتى من سنجار.', [{ v: [25, 25], pop: 'children', origin: ['IQ'] }]],
    ['وقتل 15 مقاتلا من تلعفر في الغارة.', [{ v: [15, 15], pop: 'fighters', origin: ['IQ'] }]],
    // Coming back from a town: it is where they were, not where they are from.
    ['وعاد 30 مقاتلا من الرقة إلى المغرب.', [{ v: [30, 30], pop: 'fighters', origin: ['MA'] }]],
    // A camp they are taken from is no home.
    ['ونقل 70 طفلا من مخيم الهول إلى مخيم روج.', [{ v: [70, 70], pop: 'children' }]],
    // The counts after the town's people are not of that town.
    [
      'ونسب التقرير إلى داعش 7 حالات تتعلق بفتيان من الموصل، و5 حالات إلى جماعات أخرى.',
      [
        { v: [7, 7], pop: 'children', origin: ['IQ'] },
        { v: [5, 5], pop: 'children' },
      ],
    ],
  ]);
});

describe('Arabic: a thousand in a word goes on with a smaller number after و', () => {
  runProbes('ar', [
    ['وجندت الميليشيا ألفا و300 طفل.', [{ v: [1300, 1300], pop: 'children' }]],
    ['وجندت الميليشيا ألف و150 طفلا.', [{ v: [1150, 1150], pop: 'children' }]],
    ['ونزح ألفين و700 شخص من القرى.', [{ v: [2700, 2700], pop: 'people' }]],
    // The accusative of ألف before و is one thousand; the dual in construct alone is two.
    ['وأعيد ألفا وأربعمائة شخص.', [{ v: [1400, 1400], pop: 'people' }]],
    ['وأعيد ألفا شخص.', [{ v: [2000, 2000], pop: 'people' }]],
    // A noun between: two counts.
    [
      'وقتل ألف مقاتل و200 طفل.',
      [
        { v: [1000, 1000], pop: 'fighters' },
        { v: [200, 200], pop: 'children' },
      ],
    ],
  ]);
});

describe('Arabic: "others" after a part singled out of a whole are more of the whole', () => {
  runProbes('ar', [
    [
      'وقتل في القصف 9 مدنيين، بينهم 4 أطفال، وأصيب 15 آخرون.',
      [
        { v: [9, 9], pop: 'people', status: 'killed' },
        { v: [4, 4], pop: 'children', status: 'killed' },
        { v: [15, 15], pop: 'people', status: 'other' },
      ],
    ],
  ]);
});

describe('Arabic: قضى … نحبهم is a death', () => {
  runProbes('ar', [
    ['وقضى 8 أطفال نحبهم في انفجار عبوة.', [{ v: [8, 8], pop: 'children', status: 'killed' }]],
  ]);
});

describe('Arabic: the country that takes a batch back is the country of the people in it', () => {
  runProbes('ar', [
    [
      'استلمت السلطات العراقية دفعة جديدة من العائلات المحتجزة في سوريا.\n\nوضمت الدفعة 120 عائلة.',
      [{ v: [120, 120], pop: 'families', origin: ['IQ'] }],
    ],
    [
      'وأعادت طاجيكستان دفعة من مواطنيها.\n\nوكان على متن الطائرة 80 طفلا.',
      [{ v: [80, 80], pop: 'children', origin: ['TJ'] }],
    ],
    // Handed over to another country: the one that hands them over is not theirs.
    [
      'وسلمت السلطات السورية دفعة من النساء إلى روسيا.\n\nوضمت الدفعة 20 امرأة.',
      [{ v: [20, 20], pop: 'women' }],
    ],
  ]);
});

describe('Arabic: the pluperfect كان … قد is no part of the speaker', () => {
  runProbes('ar', [
    [
      'وكانت منظمة العفو الدولية قد وثقت اعتقال 60 طفلا.',
      [{ v: [60, 60], pop: 'children', source: 'منظمة العفو الدولية' }],
    ],
  ]);
});

describe('Arabic: a number word before a fraction noun is a fraction, no count', () => {
  runProbes('ar', [
    ['واستخدمت الجماعة 90 طفلا في هجمات، ثلاثة أرباعهم من الفتيات.', [{ v: [90, 90], pop: 'children' }]],
    ['وقتل 45 شخصا، أربعة أخماسهم من المدنيين.', [{ v: [45, 45], pop: 'people', status: 'killed' }]],
  ]);
});
