// Arabic, fourteenth round: the mechanisms behind the gaps the ar13 round left, each pinned with
// sentences of its own.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: a verb, its subject, then its object behind a ب glued to the bound', () => {
  it('دفعت الجماعة بأكثر من N: sent into battle', () => {
    checkProbe('ar', 'ودفعت الميليشيا بأكثر من 120 طفلا إلى جبهات الساحل الغربي.', [
      { v: [120, null], pop: 'children', status: 'joined' },
    ]);
  });
  it('زج الحوثيون بنحو N', () => {
    checkProbe('ar', 'وزج الحوثيون بنحو 85 طفلا في معارك مأرب.', [
      { v: [85, 85], pop: 'children', status: 'joined' },
    ]);
  });
  it('a long clause between verb and particle reads nothing', () => {
    checkProbe('ar', 'ودفعت الجماعة التي تسيطر على المدينة منذ سنوات بأكثر من 50 طفلا.', [
      { v: [50, null], pop: 'children', not: 'joined' },
    ]);
  });
});

describe('Arabic: families with a feminine nationality adjective before "وعددها N"', () => {
  it('العوائل التونسية وعددها N عائلة', () => {
    checkProbe('ar', 'وغادرت العوائل التونسية وعددها 37 عائلة المخيم أمس.', [
      { v: [37, 37], pop: 'families', origin: ['TN'] },
    ]);
  });
  it('the adjective of a place noun stays no origin', () => {
    checkProbe('ar', 'وتحتجز في السجون التونسية 37 عائلة.', [{ v: [37, 37], pop: 'families', origin: [] }]);
  });
});

describe('Arabic: the other term of an "every N" ratio', () => {
  it('بين كل N ... يوجد M: neither is a count', () => {
    checkProbe('ar', 'ومن بين كل 20 عائدا هناك 4 من النساء.', []);
  });
  it('a larger number after it is a count of its own', () => {
    checkProbe('ar', 'وخصص مشرف لكل 5 أطفال، ويضم المركز 140 طفلا.', [{ v: [140, 140], pop: 'children' }]);
  });
});

describe('Arabic: sentences passed against the count', () => {
  it('a court rules a sentence with its subject between: قضت محكمة X بإعدام N', () => {
    checkProbe('ar', 'وقضت محكمة الجنايات في بغداد بإعدام 5 روس.', [
      { v: [5, 5], pop: 'people', origin: ['RU'], status: 'detained' },
    ]);
  });
  it('an execution carried out stays a death', () => {
    checkProbe('ar', 'وقام المسلحون بإعدام 5 رهائن.', [{ v: [5, 5], pop: 'people', status: 'killed' }]);
  });
  it('أحكاما بحق N', () => {
    checkProbe('ar', 'وأصدرت محكمة الجنايات أحكاما بحق 23 متهما بالالتحاق بداعش.', [
      { v: [23, 23], pop: 'people', status: 'detained' },
    ]);
  });
});

describe('Arabic: releases, transfers and arrivals', () => {
  it('released prisoners: other, not returned', () => {
    checkProbe('ar', 'وأطلقت السلطات سراح 18 سجينا من سجن الحوت.', [
      { v: [18, 18], pop: 'people', status: 'other' },
    ]);
    checkProbe('ar', 'وأفرجت قوات الأمن عن 9 معتقلين.', [{ v: [9, 9], pop: 'people', status: 'other' }]);
  });
  it('recruits set free by the group: other too (out of its hands, not home; ar18)', () => {
    checkProbe('ar', 'وأطلقت الحركة سراح 12 طفلا جندتهم العام الماضي.', [
      { v: [12, 12], pop: 'children', status: 'other' },
    ]);
  });
  it('moved to a training camp: joined', () => {
    checkProbe('ar', 'ونقلت الجماعة 35 فتى من الحديدة إلى معسكرات التدريب.', [
      { v: [35, 35], pop: 'children', status: 'joined' },
    ]);
  });
  it('a plane landing with people out of a camp: brought back', () => {
    checkProbe('ar', 'وهبطت في مطار الموصل طائرة تقل 48 عائلة من مخيم روج.', [
      { v: [48, 48], pop: 'families', status: 'returned' },
    ]);
  });
});
