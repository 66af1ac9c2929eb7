// Arabic, round 34: the mechanisms fixed this round, each pinned with sentences of its own and a
// counter-case that guards against over-reach.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: فقد right before a count is فُقد (went missing), status other', () => {
  it('the bare verb before the number or its bound', () => {
    checkProbe('ar', 'وفقد أكثر من مئتين وخمسين مهاجرا قبالة السواحل الليبية.', [
      { v: [250, null], pop: 'people', status: 'other', loc: ['LY'] },
    ]);
    checkProbe('ar', 'وفقد 40 شخصا في فيضانات درنة بعد انهيار السدين.', [
      { v: [40, 40], pop: 'people', status: 'other', loc: ['LY'] },
    ]);
    checkProbe('ar', 'وفُقد عشرون صيادا يمنيا في البحر الأحمر.', [
      { v: [20, 20], pop: 'people', origin: ['YE'], status: 'other' },
    ]);
  });
  it('"the trace of" them lost is the same', () => {
    checkProbe('ar', 'وفقد أثر 30 طفلا بعد الهجوم على سجن غويران.', [
      { v: [30, 30], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'وقالت الشرطة إنها فقدت أثر 12 مشتبها.', [
      { v: [12, 12], pop: 'people', status: 'other' },
    ]);
  });
  it('the particle ف + قد before a verb, and a side losing its men, are not', () => {
    checkProbe('ar', 'ووفقا للأمم المتحدة فقد جند التنظيم 200 طفل خلال العام.', [
      { v: [200, 200], pop: 'children', status: 'joined' },
    ]);
    checkProbe('ar', 'وأما تونس فقد سافر منها 3000 شاب إلى سوريا.', [
      { v: [3000, 3000], pop: 'men', origin: ['TN'], status: 'joined' },
    ]);
    checkProbe('ar', 'وفقدت الجماعة 70 مقاتلا في المعارك.', [
      { v: [70, 70], pop: 'fighters', status: 'killed' },
    ]);
  });
});

describe('Arabic: others after one person named by a masculine noun are more of its people', () => {
  it('طفل، جندي … آخرون/آخران', () => {
    checkProbe('ar', 'وقتل طفل وأصيب اثنان آخران في هجوم بطائرة مسيرة.', [
      { v: [2, 2], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'وقتل طفل، وأصيب ثلاثة آخرون بجروح في قصف على تعز.', [
      { v: [3, 3], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'وقتل جندي صومالي وأصيب خمسة آخرون في هجوم لحركة الشباب.', [
      { v: [5, 5], pop: 'fighters', status: 'other' },
    ]);
  });
  it('after a woman, a civilian, a count, or in another sentence, no change', () => {
    checkProbe('ar', 'وقتلت امرأة وأصيب أربعة آخرون في قصف على الفاشر.', [
      { v: [4, 4], pop: 'people', status: 'other' },
    ]);
    checkProbe('ar', 'وقتل مدني وأصيب ثلاثة آخرون في انفجار عبوة ناسفة في سرت.', [
      { v: [3, 3], pop: 'people', status: 'other' },
    ]);
    checkProbe('ar', 'وقتل طفل و3 جنود وأصيب اثنان آخران.', [
      { v: [3, 3], pop: 'fighters', status: 'killed' },
      { v: [2, 2], pop: 'fighters', status: 'other' },
    ]);
    checkProbe('ar', 'وقتل طفل في القصف. وأصيب اثنان آخران.', [
      { v: [2, 2], pop: 'people', status: 'other' },
    ]);
  });
});

describe('Arabic: a place of arrival after counts joined by "و" is each one’s', () => {
  it('the nationality and the second count between the first and the place', () => {
    checkProbe('ar', 'وأكدت مصادر ليبية وصول 23 امرأة تونسية و42 طفلا إلى معبر رأس جدير.', [
      { v: [23, 23], pop: 'women', origin: ['TN'], status: 'returned' },
      { v: [42, 42], pop: 'children', origin: ['TN'], status: 'returned' },
    ]);
    checkProbe('ar', 'وأعلنت الخارجية الأوزبكية وصول 25 امرأة أوزبكية و64 طفلا إلى مطار طشقند.', [
      { v: [25, 25], pop: 'women', origin: ['UZ'], status: 'returned' },
      { v: [64, 64], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]);
    checkProbe('ar', 'وأكدت مصادر وصول 23 امرأة تونسية و42 طفلا من ليبيا إلى مدينة بن قردان.', [
      { v: [23, 23], pop: 'women', origin: ['TN'], status: 'returned' },
      { v: [42, 42], pop: 'children', origin: ['TN'], status: 'returned' },
    ]);
  });
  it('arriving together in a war zone is still going there', () => {
    checkProbe('ar', 'وأكد مسؤول وصول 23 امرأة تونسية و42 طفلا إلى سرت.', [
      { v: [23, 23], pop: 'women', origin: ['TN'], status: 'joined', loc: ['LY'] },
      { v: [42, 42], pop: 'children', origin: ['TN'], status: 'joined', loc: ['LY'] },
    ]);
  });
});

describe('Arabic: the Ras Jedir crossing and Carthage airport are in Tunisia', () => {
  it('arriving or handed over there is coming home', () => {
    checkProbe('ar', 'وأعيد 14 طفلا تونسيا عبر معبر رأس جدير الحدودي.', [
      { v: [14, 14], pop: 'children', origin: ['TN'], status: 'returned' },
    ]);
    checkProbe('ar', 'وتسلمت تونس 6 أطفال في معبر رأس جدير.', [
      { v: [6, 6], pop: 'children', origin: ['TN'], status: 'returned' },
    ]);
    checkProbe('ar', 'وأكدت مصادر وصول 23 امرأة تونسية إلى مطار قرطاج.', [
      { v: [23, 23], pop: 'women', origin: ['TN'], status: 'returned' },
    ]);
  });
  it('crossing it into Libya to join the group stays a going', () => {
    checkProbe('ar', 'وقال مسؤول إن 40 شابا تونسيا عبروا معبر رأس جدير إلى ليبيا للالتحاق بداعش.', [
      { v: [40, 40], pop: 'men', origin: ['TN'], status: 'joined', aff: 'isis', loc: ['LY'] },
    ]);
  });
});

describe('Arabic: noon (ظهر اليوم، بعد ظهر أمس) is a time, not an appearance', () => {
  it('the time of day says no status', () => {
    checkProbe('ar', 'وأكدت مصادر وصول 23 امرأة تونسية و42 طفلا إلى معبر رأس جدير بعد ظهر أمس.', [
      { v: [23, 23], pop: 'women', origin: ['TN'], status: 'returned' },
      { v: [42, 42], pop: 'children', origin: ['TN'], status: 'returned' },
    ]);
    checkProbe('ar', 'وقتل 7 مدنيين ظهر اليوم في قصف على الفاشر.', [
      { v: [7, 7], pop: 'people', status: 'killed', loc: ['SD'] },
    ]);
    checkProbe('ar', 'واعتقلت الشرطة 9 أشخاص بعد ظهر الجمعة في سرت.', [
      { v: [9, 9], pop: 'people', status: 'detained', loc: ['LY'] },
    ]);
  });
  it('the verb of appearing stays featured', () => {
    checkProbe('ar', 'وظهر 12 طفلا في مقطع مصور بثه التنظيم.', [
      { v: [12, 12], pop: 'children', status: 'featured' },
    ]);
  });
});

describe('Arabic: fleeing a prison after the count is an escape (other)', () => {
  it('فروا/هربوا من سجن، من السجن', () => {
    checkProbe('ar', 'وقال المرصد إن 20 عنصرا من داعش فروا من سجن غويران.', [
      { v: [20, 20], pop: 'fighters', status: 'other', aff: 'isis', loc: ['SY'] },
    ]);
    checkProbe('ar', 'وأكدت قسد أن نحو 100 سجين هربوا من السجن خلال الهجوم.', [
      { v: [100, 100], pop: 'people', status: 'other' },
    ]);
    checkProbe('ar', 'وأكدت وزارة العدل أن 12 معتقلا فروا من السجن.', [
      { v: [12, 12], pop: 'people', status: 'other' },
    ]);
  });
  it('still held in the prison, or moved out of it, is no escape', () => {
    checkProbe('ar', 'ولا يزال 20 عنصرا من داعش في سجن غويران.', [
      { v: [20, 20], pop: 'fighters', status: 'detained', aff: 'isis' },
    ]);
    checkProbe('ar', 'ونقل 20 عنصرا من داعش من سجن غويران إلى سجن آخر.', [
      { v: [20, 20], pop: 'fighters', status: 'detained', aff: 'isis' },
    ]);
  });
});

describe('Arabic: taken or sent to the front, the count between, is joined', () => {
  it('نقل/أرسل N إلى الجبهات، جبهات القتال، خطوط المواجهة', () => {
    checkProbe('ar', 'وذكر التقرير أن الحوثيين نقلوا ثمانية أطفال إلى الجبهات بعد دورات طائفية.', [
      { v: [8, 8], pop: 'children', status: 'joined', aff: 'other' },
    ]);
    checkProbe('ar', 'وأرسلت الجماعة نحو 40 طفلا إلى جبهات القتال في مأرب.', [
      { v: [40, 40], pop: 'children', status: 'joined', loc: ['YE'] },
    ]);
    checkProbe('ar', 'وأرسلت قوات الدعم السريع 300 مقاتل إلى خطوط المواجهة في الفاشر.', [
      { v: [300, 300], pop: 'fighters', status: 'joined' },
    ]);
  });
  it('taken to a hospital or a camp is not', () => {
    checkProbe('ar', 'ونقلت القوات 30 جريحا إلى المستشفى الميداني.', [
      { v: [30, 30], pop: 'people', not: 'joined' },
    ]);
    checkProbe('ar', 'ونقلت الحكومة 40 عائلة إلى مخيم الجدعة.', [
      { v: [40, 40], pop: 'families', status: 'present' },
    ]);
  });
});

describe('Arabic: an Arab outlet glued to ل after the speaker is whom it told', () => {
  it('لعنب بلدي، للشرق الأوسط، للجزيرة نت end the speaker’s name', () => {
    checkProbe('ar', 'وقال مسؤول في الإدارة الذاتية لعنب بلدي إن 60 عائلة عراقية غادرت المخيم.', [
      { v: [60, 60], pop: 'families', origin: ['IQ'], source: 'مسؤول في الإدارة الذاتية' },
    ]);
    checkProbe('ar', 'وقال قائد ميداني للشرق الأوسط إن 300 عنصر من الحوثيين قتلوا في مأرب.', [
      { v: [300, 300], pop: 'fighters', status: 'killed', source: 'قائد ميداني' },
    ]);
    checkProbe('ar', 'وقال مصدر عسكري للجزيرة نت إن قوات الدعم السريع أسرت 40 جنديا.', [
      { v: [40, 40], pop: 'fighters', status: 'detained', source: 'مصدر عسكري' },
    ]);
  });
  it('the outlet speaking is still the speaker', () => {
    checkProbe('ar', 'وقالت قناة الجزيرة إن 20 شخصا قتلوا في الخرطوم.', [
      { v: [20, 20], pop: 'people', status: 'killed', source: 'قناة الجزيرة' },
    ]);
  });
});

describe('Arabic: coasts and waters qualified by a nationality are the country', () => {
  it('السواحل/المياه الليبية, off (قبالة) a coast', () => {
    checkProbe('ar', 'وقالت البحرية إن 30 مهاجرا غرقوا في المياه الليبية.', [
      { v: [30, 30], pop: 'people', status: 'killed', loc: ['LY'] },
    ]);
    checkProbe('ar', 'وقتل 70 مهاجرا على السواحل الليبية.', [{ v: [70, 70], pop: 'people', loc: ['LY'] }]);
    checkProbe('ar', 'وفقد نحو 70 مهاجرا إثر غرق قارب قبالة سواحل طبرق.', [
      { v: [70, 70], pop: 'people', status: 'other', loc: ['LY'] },
    ]);
  });
  it('off a building is no country', () => {
    checkProbe('ar', 'وأعدم التنظيم 12 رجلا قبالة مقر الشرطة.', [
      { v: [12, 12], pop: 'men', status: 'killed', loc: [] },
    ]);
  });
});

describe('Arabic: shepherds counted are people', () => {
  it('رعاة after a number', () => {
    checkProbe('ar', 'وأوضح المرصد أن خلايا التنظيم قتلت 5 رعاة أغنام في بادية دير الزور.', [
      { v: [5, 5], pop: 'people', status: 'killed' },
    ]);
    checkProbe('ar', 'وقتل تنظيم داعش 3 رعاة وخطف 2 آخرين في بادية حمص.', [
      { v: [3, 3], pop: 'people', status: 'killed', aff: 'isis' },
      { v: [2, 2], pop: 'people', status: 'other', aff: 'isis' },
    ]);
    checkProbe('ar', 'وعثر على جثة راع قتله مسلحون، فيما خطف 4 رعاة آخرين.', [
      { v: [4, 4], pop: 'people', status: 'other' },
    ]);
  });
  it('sponsors of an agreement (رعاة الاتفاق) count no one', () => {
    checkProbe('ar', 'وقال رعاة الاتفاق إن الهدنة صامدة منذ 3 أشهر.', []);
  });
});
