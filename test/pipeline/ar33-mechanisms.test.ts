// Arabic, round 33: the mechanisms fixed this round, each pinned with sentences of its own and a
// counter-case that guards against over-reach.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: leaders of a named armed group are its fighters', () => {
  it('قادة and قيادات before any group the gazetteer names, with or without من', () => {
    checkProbe('ar', 'واستسلم اثنان من قادة حركة الشباب للحكومة الصومالية.', [
      { v: [2, 2], pop: 'fighters', status: 'other', aff: 'other' },
    ]);
    checkProbe('ar', 'وقتل ثلاثة قادة من حركة الشباب في الغارة.', [
      { v: [3, 3], pop: 'fighters', status: 'killed', aff: 'other' },
    ]);
    checkProbe('ar', 'واعتقلت القوات خمسة من قيادات تنظيم الدولة.', [
      { v: [5, 5], pop: 'fighters', status: 'detained', aff: 'isis' },
    ]);
  });
  it('leaders of tribes or of an army are no count of people', () => {
    checkProbe('ar', 'والتقى الوزير ثلاثة من قادة القبائل.', []);
    checkProbe('ar', 'وقتل 12 من قادة الجيش.', []);
  });
});

describe('Arabic: cutting off heads is a killing, the killer between', () => {
  it('قطع/حز X رؤوس/رقاب N, and the fate after the count', () => {
    checkProbe('ar', 'وقطع التنظيم رؤوس 21 عاملا مصريا في ليبيا.', [
      { v: [21, 21], pop: 'people', origin: ['EG'], status: 'killed', loc: ['LY'] },
    ]);
    checkProbe('ar', 'وحز مسلحو حركة الشباب رقاب 12 رهينة.', [
      { v: [12, 12], pop: 'people', status: 'killed', aff: 'other' },
    ]);
    checkProbe('ar', 'وقالت المنظمة إن أكثر من 50 طفلا قطعت رؤوسهم في موزمبيق.', [
      { v: [50, null], pop: 'children', status: 'killed', loc: ['MZ'] },
    ]);
  });
  it('heads with no verb of cutting say no killing', () => {
    checkProbe('ar', 'ورفع المتظاهرون رؤوس 30 طفلا.', [{ v: [30, 30], pop: 'children', not: 'killed' }]);
  });
});

describe('Arabic: fleeing a camp is an escape (other), the camp before or after the count', () => {
  it('فر N من مخيم, N فررن من مخيم', () => {
    checkProbe('ar', 'وفر قرابة مئتي شخص من مخيم الهول خلال العام الماضي.', [
      { v: [200, 200], pop: 'people', status: 'other', loc: ['SY'] },
    ]);
    checkProbe('ar', 'وقال المرصد إن نحو خمسين امرأة فررن من مخيم روج.', [
      { v: [50, 50], pop: 'women', status: 'other', loc: ['SY'] },
    ]);
    checkProbe('ar', 'وهرب 12 طفلا من المخيم ليلا.', [{ v: [12, 12], pop: 'children', status: 'other' }]);
    checkProbe('ar', 'وأكدت الإدارة الذاتية فرار 20 امرأة من مخيم روج.', [
      { v: [20, 20], pop: 'women', status: 'other', loc: ['SY'] },
    ]);
  });
  it('a nationality starting with the verb’s letters, or a flight from shelling, is no escape', () => {
    checkProbe('ar', 'ونقلت السلطات 20 فرنسيين من مخيم الهول.', [
      { v: [20, 20], pop: 'people', origin: ['FR'], status: 'returned' },
    ]);
    checkProbe('ar', 'ويعيش 200 شخص فروا من القصف في مخيم قرب إدلب.', [
      { v: [200, 200], pop: 'people', status: 'present' },
    ]);
  });
});

describe('Arabic: the preposition an attribution verb governs ends its speaker', () => {
  it('أشار X إلى, كشف X عن', () => {
    checkProbe('ar', 'وأشار التقرير إلى جرائم ارتكبتها الميليشيات بحق مئتي مهاجر في ليبيا.', [
      { v: [200, 200], pop: 'people', status: 'other', source: 'التقرير' },
    ]);
    checkProbe('ar', 'وكشفت منظمة العفو الدولية عن انتهاكات بحق 150 معتقلا في سجون الحوثيين.', [
      { v: [150, 150], pop: 'people', source: 'منظمة العفو الدولية' },
    ]);
    checkProbe('ar', 'وأشارت المنظمة إلى أن 40 طفلا جندوا.', [
      { v: [40, 40], pop: 'children', status: 'joined', source: 'المنظمة' },
    ]);
  });
  it('a name that ends at the verb’s "إلى أن" keeps its own "إلى"', () => {
    checkProbe('ar', 'وأشار المبعوث الأممي إلى اليمن إلى أن 300 طفل قتلوا.', [
      { v: [300, 300], pop: 'children', status: 'killed', source: 'المبعوث الأممي إلى اليمن' },
    ]);
  });
});

describe('Arabic: a relative clause with its object pronoun yields to the main verb after its subject', () => {
  it('N جندتهم X قتلوا / لقوا حتفهم', () => {
    checkProbe('ar', 'وقال إن 300 طفل جندتهم الميليشيا الحوثية قتلوا.', [
      { v: [300, 300], pop: 'children', status: 'killed', aff: 'other' },
    ]);
    checkProbe('ar', 'وقال إن 300 طفل جندتهم الجماعة لقوا حتفهم.', [
      { v: [300, 300], pop: 'children', status: 'killed' },
    ]);
    checkProbe('ar', 'وقال إن 50 طفلا جندتهم الجماعة ثم قتلوا.', [
      { v: [50, 50], pop: 'children', status: 'killed' },
    ]);
  });
  it('a second verb glued with "and" is not the main verb', () => {
    checkProbe('ar', 'وقال إن 50 طفلا جندتهم الجماعة واعتقلتهم القوات.', [
      { v: [50, 50], pop: 'children', status: 'joined' },
    ]);
    checkProbe('ar', 'وأطلقت الجماعة سراح 42 طفلا كانت قد جندتهم.', [
      { v: [42, 42], pop: 'children', status: 'other' },
    ]);
  });
});

describe('Arabic: where a transfer takes people is where they are, not their country', () => {
  it('نقل N من X إلى Y', () => {
    checkProbe('ar', 'ونقلت السلطات 45 طفلا من سوريا إلى تركيا.', [
      { v: [45, 45], pop: 'children', status: 'other', loc: ['SY', 'TR'] },
    ]);
    checkProbe('ar', 'ونقل 45 طفلا سوريا إلى تركيا.', [
      { v: [45, 45], pop: 'children', origin: ['SY'], loc: ['TR'] },
    ]);
  });
  it('a return, or a transfer of their own nationals home, still names their country', () => {
    checkProbe('ar', 'وأعيد 40 طفلا إلى طاجيكستان.', [
      { v: [40, 40], pop: 'children', origin: ['TJ'], status: 'returned' },
    ]);
    checkProbe('ar', 'ونقلت السلطات 60 طفلا طاجيكيا إلى طاجيكستان.', [
      { v: [60, 60], pop: 'children', origin: ['TJ'], status: 'returned' },
    ]);
  });
});

describe('Arabic: a scale or hundred word after one of its size starts a range’s other end', () => {
  it('ما بين ألف وألف وخمسمئة, بين مئة ومئة وخمسين', () => {
    checkProbe('ar', 'وجندت الجماعة ما بين ألف وألف وخمسمئة طفل.', [
      { v: [1000, 1500], pop: 'children', status: 'joined' },
    ]);
    checkProbe('ar', 'وجندت الجماعة بين مئة ومئة وخمسين طفلا.', [
      { v: [100, 150], pop: 'children', status: 'joined' },
    ]);
  });
  it('a smaller scale after a larger, or a hundred after a thousand, is one number', () => {
    checkProbe('ar', 'ونزح مليون وثلاثمئة ألف شخص.', [{ v: [1300000, 1300000], pop: 'people' }]);
    checkProbe('ar', 'وقتل ألف ومئتا شخص.', [{ v: [1200, 1200], pop: 'people', status: 'killed' }]);
    checkProbe('ar', 'وقتل مئة وخمسون شخصا.', [{ v: [150, 150], pop: 'people', status: 'killed' }]);
  });
});

describe('Arabic: killing and capture announced as a verbal noun end the speaker', () => {
  it('أعلن X قتل / أسر N', () => {
    checkProbe('ar', 'وأعلنت الجماعة قتل تسعة عشر جنديا بوركينيا.', [
      { v: [19, 19], pop: 'fighters', origin: ['BF'], status: 'killed', source: 'الجماعة' },
    ]);
    checkProbe('ar', 'وأعلنت القوات المسلحة السودانية أسر ثلاثة عشر عنصرا من الدعم السريع.', [
      { v: [13, 13], pop: 'fighters', status: 'detained', aff: 'other', source: 'القوات المسلحة السودانية' },
    ]);
  });
  it('أسر (families) in an indefinite speaker’s name stays in it', () => {
    checkProbe('ar', 'وقال ممثل أسر المفقودين إن 40 طفلا قتلوا.', [
      { v: [40, 40], pop: 'children', status: 'killed', source: 'ممثل أسر المفقودين' },
    ]);
  });
});

describe('Arabic: the displaced are victims (other), neutralised is killed, drowned people died', () => {
  it('نزح, نزوح, تحييد, حيد, غرقوا', () => {
    checkProbe('ar', 'ونزح أكثر من مليون شخص في كابو ديلغادو منذ عام 2017.', [
      { v: [1000000, null], pop: 'people', status: 'other', loc: ['MZ'] },
    ]);
    checkProbe('ar', 'وأدى القتال إلى نزوح 300 ألف شخص.', [
      { v: [300000, 300000], pop: 'people', status: 'other' },
    ]);
    checkProbe('ar', 'وأعلن الجيش المالي تحييد سبعة عشر إرهابيا في منطقة موبتي.', [
      { v: [17, 17], pop: 'fighters', status: 'killed', loc: ['ML'] },
    ]);
    checkProbe('ar', 'وحيد الجيش البوركيني 30 مسلحا.', [{ v: [30, 30], pop: 'fighters', status: 'killed' }]);
    checkProbe('ar', 'وأفادت المنظمة الدولية للهجرة بأن نحو 600 مهاجر غرقوا قبالة ليبيا.', [
      { v: [600, 600], pop: 'people', status: 'killed', loc: ['LY'] },
    ]);
  });
  it('the displaced counted in a camp are there; a boat that sank says nothing of who died', () => {
    checkProbe('ar', 'ويضم مخيم أطمة في إدلب قرابة ثلاثمئة ألف نازح.', [
      { v: [300000, 300000], pop: 'people', status: 'present' },
    ]);
    checkProbe('ar', 'وغرق قارب يقل 40 مهاجرا.', [{ v: [40, 40], pop: 'people', not: 'killed' }]);
    checkProbe('ar', 'وقال إن 12 طفلا يحيدون عن الطريق.', [{ v: [12, 12], pop: 'children', not: 'killed' }]);
  });
});

describe('Arabic: a fighters’ noun in construct with a group names their own group', () => {
  it('مقاتلي طالبان, عناصر هيئة تحرير الشام after the killer', () => {
    checkProbe('ar', 'وأعدم تنظيم داعش خراسان عشرة من مقاتلي طالبان.', [
      { v: [10, 10], pop: 'fighters', status: 'killed', aff: 'taliban' },
    ]);
    checkProbe('ar', 'وأعدم تنظيم داعش عشرة من عناصر هيئة تحرير الشام.', [
      { v: [10, 10], pop: 'fighters', status: 'killed', aff: 'al-nusra' },
    ]);
  });
  it('the group that kills is no one’s group where the fighters name theirs', () => {
    checkProbe('ar', 'وقتلت طالبان عشرة من مقاتلي داعش.', [
      { v: [10, 10], pop: 'fighters', status: 'killed', aff: 'isis' },
    ]);
    checkProbe('en', 'The Taliban killed 10 fighters of the Islamic State.', [
      { v: [10, 10], pop: 'fighters', status: 'killed', aff: 'isis' },
    ]);
  });
});

describe('Arabic: a numeral from three to ten after its indefinite plural counts it', () => {
  it('أطفال ثلاثة, مسلحين خمسة, رجالا خمسة', () => {
    checkProbe('ar', 'وقتل أطفال ثلاثة في القصف.', [{ v: [3, 3], pop: 'children', status: 'killed' }]);
    checkProbe('ar', 'وأصيب أطفال ثلاثة بجروح في انفجار لغم.', [
      { v: [3, 3], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'واعتقلت الشرطة مسلحين خمسة.', [{ v: [5, 5], pop: 'fighters', status: 'detained' }]);
    checkProbe('ar', 'واعتقلت الشرطة رجالا خمسة.', [{ v: [5, 5], pop: 'men', status: 'detained' }]);
  });
  it('a numeral that counts a noun of its own after it is not the plural’s', () => {
    checkProbe('ar', 'واحتجز نساء ثلاث سنوات.', []);
    checkProbe('ar', 'وقتل مسلحون خمسة أطفال.', [{ v: [5, 5], pop: 'children', status: 'killed' }]);
  });
});

describe('Arabic: "فقد" answering an attribution opens what was said', () => {
  it('ووفقا لـ X فقد …', () => {
    checkProbe('ar', 'ووفقا للأمم المتحدة فقد جند التنظيم 200 طفل.', [
      { v: [200, 200], pop: 'children', status: 'joined', source: 'الأمم المتحدة' },
    ]);
    checkProbe('ar', 'ووفقا لمنظمة سام فقد قتل 40 طفلا مجندا.', [
      { v: [40, 40], pop: 'children', status: 'killed', source: 'منظمة سام' },
    ]);
  });
  it('with no attribution before it, a verb of losing says no speaker', () => {
    checkProbe('ar', 'وقال مسؤول إن التنظيم فقد 30 مقاتلا.', [
      { v: [30, 30], pop: 'fighters', source: 'مسؤول' },
    ]);
  });
});

describe('Arabic: a preposition with a glued "and" makes a name that is also a word a place', () => {
  it('وفي مالي، …', () => {
    checkProbe('ar', 'وفي مالي، جندت الجماعات المسلحة 412 طفلا.', [
      { v: [412, 412], pop: 'children', status: 'joined', loc: ['ML'] },
    ]);
    checkProbe('ar', 'وفي مالي قتل 30 مدنيا.', [
      { v: [30, 30], pop: 'people', status: 'killed', loc: ['ML'] },
    ]);
  });
  it('"financial" stays a word', () => {
    checkProbe('ar', 'وقدمت الدولة دعما ماليا لـ 30 أسرة في العاصمة.', [
      { v: [30, 30], pop: 'families', loc: [] },
    ]);
  });
});

describe('Arabic: "in" and a place alone before the verb say where, not who', () => {
  it('وفي ليبيا تحققت الأمم المتحدة من …', () => {
    checkProbe('ar', 'وفي ليبيا تحققت الأمم المتحدة من قتل 14 طفلا.', [
      { v: [14, 14], pop: 'children', status: 'killed', loc: ['LY'], source: 'الأمم المتحدة' },
    ]);
    checkProbe('ar', 'وفي ليبيا قالت الأمم المتحدة إن 14 طفلا قتلوا.', [
      { v: [14, 14], pop: 'children', status: 'killed', source: 'الأمم المتحدة' },
    ]);
    checkProbe('ar', 'وفي ليبيا، تحققت الأمم المتحدة من قتل 14 طفلا وتشويه 37 آخرين.', [
      { v: [14, 14], pop: 'children', status: 'killed', source: 'الأمم المتحدة' },
      { v: [37, 37], pop: 'children', status: 'other', source: 'الأمم المتحدة' },
    ]);
  });
  it('a speaker placed in a country keeps the place in the name', () => {
    checkProbe('ar', 'وقال مسؤول في ليبيا إن 14 طفلا قتلوا.', [
      { v: [14, 14], pop: 'children', status: 'killed', source: 'مسؤول في ليبيا' },
    ]);
  });
});

describe('Arabic: a nisba joined by a glued "and" to a counted one is theirs too', () => {
  it('مقاتل سوري وعراقي: origin, no place', () => {
    checkProbe('ar', 'وقتل ثلاثة مقاتلين سوريين وعراقيين.', [
      { v: [3, 3], pop: 'fighters', origin: ['IQ', 'SY'], status: 'killed', loc: [] },
    ]);
    checkProbe('ar', 'ويوجد في سجون قسد نحو ثمانية آلاف مقاتل سوري وعراقي.', [
      { v: [8000, 8000], pop: 'fighters', origin: ['IQ', 'SY'], status: 'detained', loc: ['SY'] },
    ]);
  });
  it('a country after "and" is where, not a nisba', () => {
    checkProbe('ar', 'وقتل 30 مدنيا في سوريا والعراق.', [
      { v: [30, 30], pop: 'people', status: 'killed', loc: ['IQ', 'SY'] },
    ]);
  });
});

describe('Arabic: leaving a camp or the al-Jeddah centre by name, the verbal noun too, is going home', () => {
  it('مغادرة N مركز الجدعة, غادرت N مخيم الهول', () => {
    checkProbe('ar', 'وأعلنت وزارة الهجرة العراقية مغادرة 185 عائلة مركز الجدعة إلى مناطقها الأصلية.', [
      { v: [185, 185], pop: 'families', status: 'returned' },
    ]);
    checkProbe('ar', 'وغادرت 45 عائلة مخيم الهول.', [{ v: [45, 45], pop: 'families', status: 'returned' }]);
  });
  it('leaving for a war stays a going', () => {
    checkProbe('ar', 'وأكدت الوزارة مغادرة 30 شابا إلى سوريا.', [
      { v: [30, 30], pop: 'men', status: 'joined' },
    ]);
  });
});

describe('Arabic: the dual of "others" (آخران، أخريان) takes the people counted before', () => {
  it('ثلاثة أطفال … اثنان آخران', () => {
    checkProbe('ar', 'وقتل ثلاثة أطفال وأصيب اثنان آخران.', [
      { v: [3, 3], pop: 'children', status: 'killed' },
      { v: [2, 2], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'وقتلت ثلاث نساء وأصيبت اثنتان أخريان.', [
      { v: [3, 3], pop: 'women', status: 'killed' },
      { v: [2, 2], pop: 'women', status: 'other' },
    ]);
  });
  it('with no count before, they stay people', () => {
    checkProbe('ar', 'وقتلت امرأة وأصيبت اثنتان أخريان.', [{ v: [2, 2], pop: 'people', status: 'other' }]);
  });
});

describe('en: handed over to a state’s officials is still a return home', () => {
  it('the demonym of a state noun after a transfer names their country', () => {
    checkProbe('en', 'A total of 19 children were handed over to Russian officials in Baghdad.', [
      { v: [19, 19], pop: 'children', origin: ['RU'], status: 'returned' },
    ]);
  });
});

describe('Arabic: a vague count of a nationality gives its parts their origin', () => {
  it('عشرات الطاجيك بينهم 14 قاصرا', () => {
    checkProbe('ar', 'وجند التنظيم عشرات الطاجيك بينهم 14 قاصرا.', [
      { v: [14, 14], pop: 'children', origin: ['TJ'], status: 'joined' },
    ]);
    checkProbe('ar', 'وجند التنظيم عشرات التونسيين بينهم 14 قاصرا.', [
      { v: [14, 14], pop: 'children', origin: ['TN'], status: 'joined' },
    ]);
  });
  it('a vague count of people with no nationality gives none', () => {
    checkProbe('ar', 'وقتل عشرات المدنيين بينهم 14 طفلا.', [
      { v: [14, 14], pop: 'children', status: 'killed' },
    ]);
  });
});
