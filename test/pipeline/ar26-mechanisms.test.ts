// Arabic, twenty-sixth round: each mechanism fixed this round, pinned with sentences of its own (unit
// level: one rule and its limits).
import { describe, it } from 'vitest';
import { checkProbe, runProbes } from './probe-helpers.ts';

describe('Arabic: a force holding people detains them, unless a camp is named', () => {
  it('"تحتجز/يحتجز X N" with no camp is detention', () => {
    checkProbe('ar', 'وتحتجز القوات الكردية قرابة 8 آلاف عنصر من التنظيم.', [
      { v: [8000, 8000], pop: 'fighters', status: 'detained' },
    ]);
    checkProbe('ar', 'ويحتجز الجيش النيجيري نحو 250 طفلا في ثكنات عسكرية.', [
      { v: [250, 250], pop: 'children', status: 'detained' },
    ]);
  });
  it('with a camp named after the count, they are held in a camp: present', () => {
    checkProbe('ar', 'ويحتجز الأكراد 60 امرأة أجنبية في مخيم روج.', [
      { v: [60, 60], pop: 'women', origin: ['region:foreign'], status: 'present' },
    ]);
  });
  it('the camp right after the verb, before the count, keeps them present', () => {
    checkProbe('ar', 'وتحتجز في مخيم الهول قرابة 3 آلاف امرأة.', [
      { v: [3000, 3000], pop: 'women', status: 'present' },
    ]);
  });
});

describe('Arabic: bodies of someone are that someone, killed', () => {
  it('"جثتين لمسلحين", "N جثث لعناصر": the people noun after the bodies is counted', () => {
    checkProbe('ar', 'وعثرت دورية للجيش على جثتين لمسلحين قرب الحدود.', [
      { v: [2, 2], pop: 'fighters', status: 'killed' },
    ]);
    checkProbe('ar', 'وانتشل الدفاع المدني 6 جثث لأطفال من تحت الأنقاض.', [
      { v: [6, 6], pop: 'children', status: 'killed' },
    ]);
  });
  it('bodies with no people noun after them stay people', () => {
    checkProbe('ar', 'وعثر السكان على 11 جثة في بئر مهجورة.', [
      { v: [11, 11], pop: 'people', status: 'killed' },
    ]);
  });
});

describe('Arabic: captives named in a "number of" frame are victims (other), not the group\'s members', () => {
  it('the abducted or hostages after "عدد", with the group that holds them', () => {
    checkProbe('ar', 'وتخطى عدد الفتيات المخطوفات على يد الجماعة 270 فتاة.', [
      { v: [270, 270], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'ويبلغ عدد الرهائن لدى التنظيم نحو 60 رهينة.', [
      { v: [60, 60], pop: 'people', status: 'other' },
    ]);
  });
});

describe('children used by a group are recruited (joined), alike in Arabic and English', () => {
  it('"استخدمت الجماعة N طفلا في هجمات" and "used N children in attacks"', () => {
    checkProbe('ar', 'واستخدمت الحركة 45 طفلا في عمليات تفجير.', [
      { v: [45, 45], pop: 'children', status: 'joined' },
    ]);
    checkProbe('en', 'The group used 45 children in bombings last year.', [
      { v: [45, 45], pop: 'children', status: 'joined' },
    ]);
  });
});

describe('English "used to" is a habit, not a use of people', () => {
  runProbes('en', [
    ['About 200 families used to live in the camp.', [{ v: [200, 200], pop: 'families', not: 'joined' }]],
  ]);
});
