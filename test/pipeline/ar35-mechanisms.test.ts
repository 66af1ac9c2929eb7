// Arabic, round 35: the mechanisms fixed this round, each pinned with sentences of its own and a
// counter-case that guards against over-reach.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: أسر right before a count is the verb (captured), not families', () => {
  it('the numeral after it heads "others", or counts its own noun', () => {
    checkProbe('ar', 'وقتل مقاتل من الحوثيين وأسر اثنان آخران.', [
      { v: [2, 2], pop: 'fighters', status: 'detained' },
    ]);
    checkProbe('ar', 'وقتل جندي سوداني وأسر أربعة آخرون في هجوم للدعم السريع.', [
      { v: [4, 4], pop: 'fighters', status: 'detained' },
    ]);
    checkProbe('ar', 'وأسر نحو 30 مقاتلا من الدعم السريع قرب الأبيض.', [
      { v: [30, 30], pop: 'fighters', status: 'detained', aff: 'other' },
    ]);
  });
  it('the noun with its own count, or with no number after it, stays families', () => {
    checkProbe('ar', 'وعادت 40 أسرة إلى قراها، فيما بقيت أسر كثيرة في المخيم.', [
      { v: [40, 40], pop: 'families', status: 'returned' },
    ]);
    checkProbe('ar', 'وأعيدت 35 أسرة عراقية من مخيم الهول.', [
      { v: [35, 35], pop: 'families', origin: ['IQ'], status: 'returned' },
    ]);
  });
});

describe('Arabic: the one person before "others" is the noun before its "من" phrase', () => {
  it('مقاتل من الحوثيين، عنصر من قوات الأمن: the plural after the preposition says whose he is', () => {
    checkProbe('ar', 'وقتل مقاتل من الحوثيين وأسر ثلاثة آخرون في كمين قرب حرض.', [
      { v: [3, 3], pop: 'fighters', status: 'detained' },
    ]);
    checkProbe('ar', 'وقتل عنصر من قوات الأمن وأصيب ثلاثة آخرون في هجوم على حاجز.', [
      { v: [3, 3], pop: 'fighters', status: 'other' },
    ]);
    checkProbe('ar', 'وقتل طفل من النازحين وأصيب أربعة آخرون في قصف على المخيم.', [
      { v: [4, 4], pop: 'children', status: 'other' },
    ]);
  });
  it('after a woman or a civilian, the others stay people', () => {
    checkProbe('ar', 'وقتلت امرأة من النازحين وأصيب ثلاثة آخرون.', [
      { v: [3, 3], pop: 'people', status: 'other' },
    ]);
    checkProbe('ar', 'وقتل مدني من سكان القرية وأصيب خمسة آخرون.', [
      { v: [5, 5], pop: 'people', status: 'other' },
    ]);
  });
});

describe('Arabic: a plural noun vocalised as a dual (ـَين) counts two', () => {
  it('the fatha before the ending, with or without the sukun', () => {
    checkProbe('ar', 'واعتقلت قوات الأمن مسلحَين من داعش.', [
      { v: [2, 2], pop: 'fighters', status: 'detained', aff: 'isis' },
    ]);
    checkProbe('ar', 'وقتل مقاتلَيْن من داعش في غارة قرب البوكمال.', [
      { v: [2, 2], pop: 'fighters', status: 'killed', aff: 'isis' },
    ]);
    checkProbe('ar', 'وأوقفت الشرطة معتقلَين فرا من السجن.', [{ v: [2, 2], pop: 'people' }]);
  });
  it('the plural, bare or with its kasra, is no number', () => {
    checkProbe('ar', 'واعتقلت قوات الأمن مسلحين من داعش.', []);
    checkProbe('ar', 'وأفرج عن معتقلِين من داعش.', []);
  });
});

describe('Arabic: مطلوب (wanted) counted by a number, and its status yielding to the verb before', () => {
  it('arrested, killed: the verb before it decides', () => {
    checkProbe('ar', 'واعتقلت القوات 19 مطلوبا في كركوك.', [
      { v: [19, 19], pop: 'people', status: 'detained', loc: ['IQ'] },
    ]);
    checkProbe('ar', 'وقتلت القوات 7 مطلوبين في اشتباك قرب الحويجة.', [
      { v: [7, 7], pop: 'people', status: 'killed' },
    ]);
    checkProbe('ar', 'وأعلنت الشرطة العراقية القبض على خمسة مطلوبين بتهم إرهابية.', [
      { v: [5, 5], pop: 'people', status: 'detained', source: 'الشرطة العراقية' },
    ]);
  });
  it('with no status word before it, wanted stays other; the bare مطلوب (required) is no noun', () => {
    checkProbe('ar', 'ونشرت الوزارة أسماء 60 مطلوبا بتهم إرهابية.', [
      { v: [60, 60], pop: 'people', status: 'other' },
    ]);
    checkProbe('ar', 'وكان التعاون مطلوبا لإعادة 40 طفلا.', [
      { v: [40, 40], pop: 'children', status: 'returned' },
    ]);
  });
});

describe('Arabic: القبض (the arrest) after a speaker ends the speaker’s name', () => {
  it('the speaker is the announcer, not the rest of the sentence', () => {
    checkProbe('ar', 'وأعلنت الشرطة القبض على خمسة أشخاص بتهم إرهابية.', [
      { v: [5, 5], pop: 'people', status: 'detained', source: 'الشرطة' },
    ]);
    checkProbe('ar', 'وأعلنت الشرطة العراقية القبض على 5 أشخاص.', [
      { v: [5, 5], pop: 'people', status: 'detained', source: 'الشرطة العراقية' },
    ]);
    checkProbe('ar', 'وأعلنت قيادة العمليات المشتركة إلقاء القبض على 12 إرهابيا.', [
      { v: [12, 12], pop: 'fighters', status: 'detained', source: 'قيادة العمليات المشتركة' },
    ]);
  });
  it('an arrest the report states itself has no speaker', () => {
    checkProbe('ar', 'وتم القبض على 9 مطلوبين في الأنبار.', [
      { v: [9, 9], pop: 'people', status: 'detained', source: null },
    ]);
  });
});

describe('Arabic: the spelled two after a nationality used as a noun counts its people', () => {
  it('فرنسيين اثنين, and a people noun with the nationality between them', () => {
    checkProbe('ar', 'وحكمت محكمة عراقية بالإعدام على فرنسيين اثنين أدينا بالانتماء إلى داعش.', [
      { v: [2, 2], pop: 'people', origin: ['FR'], status: 'detained', aff: 'isis' },
    ]);
    checkProbe('ar', 'وحكمت محكمة عراقية على مواطنين فرنسيين اثنين بالإعدام.', [
      { v: [2, 2], pop: 'people', origin: ['FR'], status: 'detained' },
    ]);
    checkProbe('ar', 'واعتقلت القوات التركية بلجيكيين اثنين قرب الحدود السورية.', [
      { v: [2, 2], pop: 'people', origin: ['BE'], status: 'detained' },
    ]);
  });
  it('a count of a nationality before the two, or after a preposition: no new count', () => {
    checkProbe('ar', 'وحكم على 12 تونسيا، اثنان منهم بالإعدام.', [
      { v: [12, 12], pop: 'people', origin: ['TN'] },
      { v: [2, 2], pop: 'people', origin: ['TN'] },
    ]);
    checkProbe('ar', 'واعتقلت الشرطة مغاربة ثلاثة.', []);
  });
});

describe('Arabic: a dual right after a dual is its adjective, not a second count', () => {
  it('طفلتان مغربيتان، الطفلتان المغربيتان: one count of two girls', () => {
    checkProbe('ar', 'وأعيدت طفلتان مغربيتان من مخيم روج إلى الرباط.', [
      { v: [2, 2], pop: 'children', origin: ['MA'], status: 'returned' },
    ]);
    checkProbe('ar', 'وأعيدت الطفلتان المغربيتان إلى الرباط.', [
      { v: [2, 2], pop: 'children', origin: ['MA'], status: 'returned' },
    ]);
    checkProbe('ar', 'وأفرج عن المرأتين الفرنسيتين.', [{ v: [2, 2], pop: 'women', origin: ['FR'] }]);
  });
  it('duals joined by a conjunction are two counts', () => {
    checkProbe('ar', 'وأعيدت امرأتان وطفلان من مخيم روج.', [
      { v: [2, 2], pop: 'women', status: 'returned' },
      { v: [2, 2], pop: 'children', status: 'returned' },
    ]);
    checkProbe('ar', 'وأعادت ألمانيا الطفلين والمرأتين.', [
      { v: [2, 2], pop: 'children', origin: ['DE'] },
      { v: [2, 2], pop: 'women', origin: ['DE'] },
    ]);
  });
});

describe('Arabic: the death penalty after a ruling in its clause is a sentence, also as a second conjunct', () => {
  it('والإعدام، وبالإعدام on others after a prison term: detained', () => {
    checkProbe(
      'ar',
      'وأصدرت محكمة الجنايات في بغداد حكما بالسجن المؤبد على ثمانية متهمين، والإعدام على ثلاثة آخرين.',
      [
        { v: [8, 8], pop: 'people', status: 'detained' },
        { v: [3, 3], pop: 'people', status: 'detained' },
      ],
    );
    checkProbe('ar', 'وقضت المحكمة بالسجن على 4 متهمين وبالإعدام على اثنين آخرين.', [
      { v: [4, 4], pop: 'people', status: 'detained' },
      { v: [2, 2], pop: 'people', status: 'detained' },
    ]);
    checkProbe('ar', 'وحكمت محكمة عراقية بالسجن 15 عاما على 6 نساء، والإعدام على امرأتين.', [
      { v: [6, 6], pop: 'women', status: 'detained' },
      { v: [2, 2], pop: 'women', status: 'detained' },
    ]);
  });
  it('the death sentence carried out, or an execution with no ruling before it, is a killing', () => {
    checkProbe('ar', 'ونفذت السلطات العراقية حكم الإعدام بحق 21 مدانا بالإرهاب.', [
      { v: [21, 21], pop: 'people', status: 'killed' },
    ]);
    checkProbe('ar', 'وأعدم التنظيم 12 شخصا في ساحة عامة بالرقة.', [
      { v: [12, 12], pop: 'people', status: 'killed' },
    ]);
  });
});

describe('a war zone "most of them" come from is whence a part comes, not where the count is', () => {
  it('معظمهم من، أغلبهم من, most of them from', () => {
    checkProbe('ar', 'ويوجد قرابة 300 مقاتل أجنبي في ليبيا، معظمهم من تشاد.', [
      { v: [300, 300], pop: 'fighters', origin: ['region:foreign'], loc: ['LY'] },
    ]);
    checkProbe('ar', 'ويقاتل في ليبيا 300 مرتزق، أغلبهم من السودان.', [
      { v: [300, 300], pop: 'fighters', loc: ['LY'] },
    ]);
    checkProbe('en', 'Some 300 foreign fighters remain in Libya, most of them from Chad.', [
      { v: [300, 300], pop: 'fighters', origin: ['region:foreign'], loc: ['LY'] },
    ]);
  });
  it('a from-place of the whole count is still its origin', () => {
    checkProbe('ar', 'وقتل 40 مقاتلا من السودان في ليبيا.', [
      { v: [40, 40], pop: 'fighters', origin: ['SD'], loc: ['LY'] },
    ]);
  });
});
