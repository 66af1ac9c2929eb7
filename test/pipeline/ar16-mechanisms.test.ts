// Arabic, sixteenth round: the mechanisms behind the gaps the blind ar16 probes showed, each pinned
// with sentences of its own.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('Arabic: nationality of a country at war, said after the count', () => {
  it('of origins in the plural (من أصول), a conflict zone too', () => {
    checkProbe('ar', 'وأوقفت الشرطة 6 رجال من أصول عراقية.', [{ v: [6, 6], pop: 'men', origin: ['IQ'] }]);
  });
  it('of origins in the plural, a country at peace as before', () => {
    checkProbe('ar', 'وأوقفت الشرطة 6 رجال من أصول جزائرية.', [{ v: [6, 6], pop: 'men', origin: ['DZ'] }]);
  });
  it('holding the citizenship (يحملن الجنسية) of a conflict zone', () => {
    checkProbe('ar', 'واحتجزت الشرطة 9 نساء يحملن الجنسية اليمنية.', [
      { v: [9, 9], pop: 'women', origin: ['YE'], status: 'detained' },
    ]);
  });
  it('السورية after الجنسية is the nisba, not the name Syria', () => {
    checkProbe('ar', 'واعتقل الأمن 4 شبان من حملة الجنسية السورية.', [
      { v: [4, 4], pop: 'men', origin: ['SY'], status: 'detained' },
    ]);
  });
  it('a return from a conflict zone still names where they were, not who they are', () => {
    checkProbe('ar', 'وعاد 30 مقاتلا من العراق إلى بلدانهم.', [{ v: [30, 30], pop: 'fighters', origin: [] }]);
  });
});

describe('Arabic: the convicted', () => {
  it('convicted women (المدانات) frame a count of women, detained', () => {
    checkProbe('ar', 'وقالت الوزارة إن عدد المدانات في السجن بلغ 70 امرأة.', [
      { v: [70, 70], pop: 'women', status: 'detained' },
    ]);
  });
  it('convicted men after a count (مدانين) say they are held', () => {
    checkProbe('ar', 'وهناك 5 رجال مدانين بالإرهاب.', [{ v: [5, 5], pop: 'men', status: 'detained' }]);
  });
});

describe('Arabic: their own fighting (قتالهم) makes a generic noun fighters', () => {
  it('died during their fighting', () => {
    checkProbe('ar', 'ولقي 14 مواطنا حتفهم خلال قتالهم مع الجماعة.', [
      { v: [14, 14], pop: 'fighters', status: 'killed' },
    ]);
  });
  it('without it, citizens stay people', () => {
    checkProbe('ar', 'ولقي 14 مواطنا حتفهم في حادث سير.', [{ v: [14, 14], pop: 'people', status: 'killed' }]);
  });
});

describe('Arabic: a spelled number with the article takes no partitive noun after it', () => {
  it('the thirtieth batch of families is no count', () => {
    checkProbe('ar', 'وغادرت الدفعة الثلاثون من العائلات المخيم أمس.', []);
  });
  it('without the article the partitive still counts', () => {
    checkProbe('ar', 'وقتل عشرون من المقاتلين في المعركة.', [
      { v: [20, 20], pop: 'fighters', status: 'killed' },
    ]);
  });
  it('post-posed after a definite noun, it counts that noun', () => {
    checkProbe('ar', 'وأفرج عن المعتقلين العشرين من المخيم.', [{ v: [20, 20], pop: 'people' }]);
  });
});
