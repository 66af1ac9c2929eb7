// Arabic, round 40: the mechanisms the round's blind probes found wanting, each with sentences of its
// own and a counter-case where the rule must not fire.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: a figure in brackets right before its noun counts that noun', () => {
  it('بتجنيد (250) طفلا; after a place they are in; after an actor with its nationality', () => {
    checkProbe('ar', 'واتهمت منظمة حقوقية الحوثيين بتجنيد (٤٠٠) طفلاً في صعدة.', [
      { v: [400, 400], pop: 'children', status: 'joined', aff: 'other', loc: ['YE'] },
    ]);
    checkProbe('ar', 'واستقبل مركز إيواء في الحسكة (٦٠) امرأة من عائلات التنظيم.', [
      { v: [60, 60], pop: 'women', loc: ['SY'] },
    ]);
    checkProbe('ar', 'ونقلت الحكومة العراقية (٢٠٠) عائلة من مخيم الهول.', [
      { v: [200, 200], pop: 'families', origin: ['IQ'], status: 'returned' },
    ]);
  });
  it('not where the bracket closes an item of a list and the next opens with "and"', () => {
    checkProbe(
      'ar',
      'ووثقت الأمم المتحدة تجنيد 400 طفل، ونسبت بقية الحالات إلى الجيش الوطني (20) والعناصر القبلية (12).',
      [
        { v: [400, 400], pop: 'children', status: 'joined' },
        { v: [20, 20], pop: 'children' },
        { v: [12, 12], pop: 'children' },
      ],
    );
    checkProbe('ar', 'ومن بين العائدين الأطفال (٤٠) والنساء (٢٥).', [
      { v: [40, 40], pop: 'children', status: 'returned' },
      { v: [25, 25], pop: 'women', status: 'returned' },
    ]);
  });
});

describe('Arabic: a country right after the verb, before a bracketed figure, is the subject', () => {
  it('وأعادت أوزبكستان (98) طفلا، استعادت كازاخستان (600) طفل', () => {
    checkProbe('ar', 'وأعادت طاجيكستان (٨٤) طفلا من مخيمات سوريا.', [
      { v: [84, 84], pop: 'children', origin: ['TJ'], status: 'returned', loc: ['SY'] },
    ]);
    checkProbe('ar', 'واستعادت كازاخستان (٦٠٠) طفل من سوريا.', [
      { v: [600, 600], pop: 'children', origin: ['KZ'], status: 'returned', loc: ['SY'] },
    ]);
  });
  it('not countries in a list after "from": each bracket counts its country', () => {
    checkProbe('ar', 'وجاء المقاتلون الأجانب من تونس (٨٠٠) والمغرب (٣٠٠).', [
      { v: [800, 800], pop: 'fighters', origin: ['TN'] },
      { v: [300, 300], pop: 'fighters', origin: ['MA'] },
    ]);
  });
});

describe('Arabic: a label closed by a colon right before the verb of saying is no speaker', () => {
  it('"outlet – place:" and "place:" datelines before قال، أعلن', () => {
    checkProbe('ar', 'دمشق: قال المرصد السوري لحقوق الإنسان إن ٣٠ مقاتلا من داعش قتلوا في البادية.', [
      { v: [30, 30], pop: 'fighters', status: 'killed', aff: 'isis', source: 'المرصد السوري لحقوق الإنسان' },
    ]);
    checkProbe('ar', 'نورث برس – القامشلي: أعلنت الإدارة الذاتية تسليم ٩ أطفال إلى وفد من كازاخستان.', [
      { v: [9, 9], pop: 'children', origin: ['KZ'], status: 'returned', source: 'الإدارة الذاتية' },
    ]);
    checkProbe('ar', 'الموصل: ذكرت مصادر أمنية أن ٦ مسلحين اعتقلوا في حي الزنجيلي.', [
      { v: [6, 6], pop: 'fighters', status: 'detained', source: 'مصادر أمنية' },
    ]);
  });
  it('not a colon after the verb: "قال المرصد: …" names the speaker before it', () => {
    checkProbe('ar', 'وقال المرصد السوري: قتل ٣٠ مقاتلا من داعش في البادية.', [
      { v: [30, 30], pop: 'fighters', status: 'killed', aff: 'isis', source: 'المرصد السوري' },
    ]);
  });
});

describe('Arabic: a noun for a group right before the accused group opens the accused', () => {
  it('اتهم X الميليشيا الحوثية، ميليشيات الحوثي', () => {
    checkProbe('ar', 'واتهمت الحكومة اليمنية الميليشيا الحوثية بتجنيد ٥٠٠ طفل في الحديدة.', [
      { v: [500, 500], pop: 'children', status: 'joined', aff: 'other', source: 'الحكومة اليمنية' },
    ]);
    checkProbe('ar', 'واتهم وزير الإعلام اليمني ميليشيات الحوثي بتجنيد ٣٠٠ طفل في صعدة.', [
      { v: [300, 300], pop: 'children', status: 'joined', aff: 'other', source: 'وزير الإعلام اليمني' },
    ]);
  });
  it('not without a group noun: the accuser ends at the group itself', () => {
    checkProbe('ar', 'واتهمت منظمة العفو الدولية الحوثيين بتجنيد ٣٠٠ طفل في صعدة.', [
      { v: [300, 300], pop: 'children', status: 'joined', aff: 'other', source: 'منظمة العفو الدولية' },
    ]);
  });
});

describe('Arabic: وجود (the presence of) is the deed a speaker announces', () => {
  it('أحصت الإدارة وجود، أكد المدير وجود', () => {
    checkProbe('ar', 'وأكد مدير المخيم وجود ٣٠٠ طفل عراقي في القسم الخاص.', [
      { v: [300, 300], pop: 'children', origin: ['IQ'], status: 'present', source: 'مدير المخيم' },
    ]);
    checkProbe('ar', 'وأحصت الإدارة الذاتية وجود ٦٥٠ امرأة روسية في مخيم روج.', [
      {
        v: [650, 650],
        pop: 'women',
        origin: ['RU'],
        status: 'present',
        loc: ['SY'],
        source: 'الإدارة الذاتية',
      },
    ]);
  });
  it('not inside the clause said: "قالت الأمم المتحدة إن وجود …"', () => {
    checkProbe('ar', 'وقالت الأمم المتحدة إن وجود ٣٠٠ طفل أجنبي في المخيم يثير القلق.', [
      {
        v: [300, 300],
        pop: 'children',
        origin: ['region:foreign'],
        status: 'present',
        source: 'الأمم المتحدة',
      },
    ]);
  });
});

describe('Arabic: in a "عدد" frame, the nationality after the group the noun governs is the noun\'s', () => {
  it('عدد مقاتلي داعش الأجانب، عدد عناصر داعش الأجانب، عدد مقاتلي القاعدة الفرنسيين', () => {
    checkProbe('ar', 'ويقدر عدد مقاتلي داعش الأجانب في سوريا بنحو ٥ آلاف مقاتل.', [
      { v: [5000, 5000], pop: 'fighters', origin: ['region:foreign'], aff: 'isis', loc: ['SY'] },
    ]);
    checkProbe('ar', 'ويقدر عدد عناصر داعش الأجانب بنحو ٢٠٠٠.', [
      { v: [2000, 2000], pop: 'fighters', origin: ['region:foreign'], aff: 'isis' },
    ]);
    checkProbe('ar', 'وبلغ عدد مقاتلي القاعدة الفرنسيين في سوريا ٥٠ مقاتلا.', [
      { v: [50, 50], pop: 'fighters', origin: ['FR'], aff: 'al-qaeda', loc: ['SY'] },
    ]);
  });
  it('not a place they are in after the group', () => {
    checkProbe('ar', 'ويقدر عدد مقاتلي داعش في العراق بنحو ٢٠٠٠ مقاتل.', [
      { v: [2000, 2000], pop: 'fighters', aff: 'isis', loc: ['IQ'] },
    ]);
  });
});
