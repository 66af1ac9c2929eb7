// Arabic, fifteenth round: the mechanisms behind the gaps the blind ar15 probes and the ar14 leftovers
// showed, each pinned with sentences of its own.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: the verb before the count outranks a joining said after the noun', () => {
  it('convicted, then who they are (التحقوا)', () => {
    checkProbe('ar', 'وأدانت المحكمة الجنائية 7 شبان التحقوا بجبهة النصرة.', [
      { v: [7, 7], pop: 'men', status: 'detained' },
    ]);
  });
  it('arrested, then a feminine past (سافرن)', () => {
    checkProbe('ar', 'واعتقلت قوات الأمن 4 نساء سافرن إلى العراق.', [
      { v: [4, 4], pop: 'women', status: 'detained' },
    ]);
  });
  it('with no verb before, the joining stays', () => {
    checkProbe('ar', 'وهناك 4 نساء سافرن إلى العراق.', [{ v: [4, 4], pop: 'women', status: 'joined' }]);
  });
  it('an adverb of the ruling between the court and the count (غيابيا)', () => {
    checkProbe('ar', 'وأدانت محكمة فرنسية غيابيا 3 رجال ذهبوا إلى سوريا.', [
      { v: [3, 3], pop: 'men', origin: [], status: 'detained' },
    ]);
  });
});

describe('Arabic: statuses of courts, custody and death in new words', () => {
  it('brought before a court (مثل أمام)', () => {
    checkProbe('ar', 'ومثل أمام القضاء 15 متهما بالإرهاب.', [
      { v: [15, 15], pop: 'people', status: 'detained' },
    ]);
  });
  it('deprived of liberty (محرومين من الحرية)', () => {
    checkProbe('ar', 'وبقي 40 طفلا محرومين من الحرية في سجون الحسكة.', [
      { v: [40, 40], pop: 'children', status: 'detained' },
    ]);
  });
  it('fell at the front, bodies buried', () => {
    checkProbe('ar', 'وقالت مصادر محلية إن 9 مقاتلين سقطوا في معارك الساحل.', [
      { v: [9, 9], pop: 'fighters', status: 'killed' },
    ]);
    checkProbe('ar', 'وتسلمت العائلات جثامين 12 مسلحا.', [
      { v: [12, 12], pop: 'fighters', status: 'killed' },
    ]);
  });
  it('leaving a camp is no joining', () => {
    checkProbe('ar', 'وغادرت مخيم الهول أمس حافلات تقل 70 عائلة.', [
      { v: [70, 70], pop: 'families', not: 'joined' },
    ]);
  });
  it('leaving a country still is', () => {
    checkProbe('ar', 'وغادر 70 شابا البلاد للالتحاق بالتنظيم.', [
      { v: [70, 70], pop: 'men', status: 'joined' },
    ]);
  });
});

describe('Arabic: a court does not give its nationality to those it tries', () => {
  it('محكمة X with returnees', () => {
    checkProbe('ar', 'وقضت محكمة مغربية بسجن 6 عائدين من العراق.', [
      { v: [6, 6], pop: 'people', origin: [], status: 'detained' },
    ]);
  });
  it('the authorities of a state bringing people back still do', () => {
    checkProbe('ar', 'وأعادت السلطات المغربية 6 عائدين من العراق.', [
      { v: [6, 6], pop: 'people', origin: ['MA'], status: 'returned' },
    ]);
  });
});

describe('Arabic: recruiters charged are not fighters', () => {
  it('accused of recruiting fighters to fight', () => {
    checkProbe('ar', 'وأوقفت الشرطة 5 أشخاص متهمين بتجنيد عناصر للقتال في ليبيا.', [
      { v: [5, 5], pop: 'people', status: 'detained' },
    ]);
  });
  it('people who go to fight themselves still are', () => {
    checkProbe('ar', 'وسافر 5 أشخاص للقتال في ليبيا.', [{ v: [5, 5], pop: 'fighters', status: 'joined' }]);
  });
});

describe('Arabic: a nationality after families, and "its citizens"', () => {
  it('العوائل السورية وعددها N', () => {
    checkProbe('ar', 'وعادت العوائل السورية وعددها 85 عائلة إلى منازلها.', [
      { v: [85, 85], pop: 'families', origin: ['SY'] },
    ]);
  });
  it('سورية with the article after a place noun stays no origin', () => {
    checkProbe('ar', 'ويعيش في الأراضي السورية 85 عائلة.', [{ v: [85, 85], pop: 'families', origin: [] }]);
  });
  it('عدد مواطنيها: the state named before', () => {
    checkProbe('ar', 'وقدرت الحكومة الأوزبكية عدد مواطنيها في المخيمات بنحو 400 شخص.', [
      { v: [400, 400], pop: 'people', origin: ['UZ'] },
    ]);
  });
  it('the number of its residents (a camp) gives no origin', () => {
    checkProbe('ar', 'ووصل عدد سكانه، الذي يديره المقاتلون الأكراد في سوريا، إلى أكثر من 40 ألفا.', [
      { v: [40000, null], pop: 'people', origin: [] },
    ]);
  });
});

describe('Arabic: a verb before the count completed by its own words after it', () => {
  it('غادر N … مخيم: left the camp, not for war', () => {
    checkProbe('ar', 'وغادرت 120 امرأة مخيم روج خلال الأسبوع الماضي.', [
      { v: [120, 120], pop: 'women', status: 'returned' },
    ]);
  });
  it('غادر N … البلاد: still left to join', () => {
    checkProbe('ar', 'وغادر 300 شاب البلاد إلى سوريا.', [{ v: [300, 300], pop: 'men', status: 'joined' }]);
  });
  it('وصل N … إلى a city at home: returned', () => {
    checkProbe('ar', 'ووصل 25 طفلا إلى مطار دوشنبه قادمين من العراق.', [
      { v: [25, 25], pop: 'children', origin: ['TJ'], status: 'returned' },
    ]);
  });
  it('وصل N … إلى a camp: held there', () => {
    checkProbe('ar', 'ووصلت 60 عائلة إلى مخيم الهول من الباغوز.', [
      { v: [60, 60], pop: 'families', status: 'present' },
    ]);
  });
  it('وصل N … إلى a war zone: joined', () => {
    checkProbe('ar', 'ووصل 300 مقاتل إلى سوريا عبر الحدود التركية.', [
      { v: [300, 300], pop: 'fighters', status: 'joined' },
    ]);
  });
  it('the reflexive group keeps its meaning', () => {
    checkProbe('ar', 'وسلم 40 مسلحا أنفسهم إلى الجيش.', [{ v: [40, 40], pop: 'fighters', status: 'other' }]);
  });
});

describe('Arabic: what a batch brought back holds, in the same sentence', () => {
  it('الدفعة …، وتضم N', () => {
    checkProbe('ar', 'واستلمت السلطات الطاجيكية الدفعة الثالثة من مخيم روج، وتضم 210 أشخاص.', [
      { v: [210, 210], pop: 'people', origin: ['TJ'], status: 'returned' },
    ]);
  });
  it('a batch arriving at a camp is held there', () => {
    checkProbe('ar', 'ووصلت إلى المخيم قافلة جديدة تضم 90 عائلة.', [
      { v: [90, 90], pop: 'families', status: 'present' },
    ]);
  });
  it('a batch planned to come back is not back yet', () => {
    checkProbe('ar', 'وتنوي السلطات الطاجيكية إعادة دفعة جديدة تضم 70 امرأة.', [
      { v: [70, 70], pop: 'women', origin: ['TJ'], not: 'returned' },
    ]);
  });
  it('another clause after the batch keeps its own verb', () => {
    checkProbe('ar', 'وأعادت بغداد قافلة جديدة من المخيم، فيما لا يزال هناك 80 ألف شخص.', [
      { v: [80000, 80000], pop: 'people', status: 'present' },
    ]);
  });
});
