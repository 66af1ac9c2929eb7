// Arabic: the words and patterns the engine needs to read counts of people and releases.
// Entries are written without the article and the glued clitics (و ف ب ك ل): the pack's clitic
// pattern adds them back, so 'اطفال' also matches 'والأطفال' and 'للأطفال'. Hamza seats, taa
// marbuta, alif maqsura, tanween and tatweel are folded for us (normalize.ts).
import type { Qualifier, Status } from '../../../domain/claim.ts';
import type { LanguagePack, NumberWord, PopulationWord } from '../../language-pack.ts';
import { GROUP_NAMES } from '../../gazetteer/groups.data.ts';
import { AR_NISBA } from './places.data.ts';
import { ARABIC_CLITICS, places } from './places.ts';

/**
 * Leaders of an armed group, the group named after them (قادة حركة الشباب، قيادات من بوكو حرام): members
 * of it, fighters. Bare قادة is no people noun (قادة القبائل, tribal leaders), so the names come from the
 * gazetteer's groups, their wildcard stems left out.
 */
const LEADER_NOUNS = [
  'قادة',
  'قيادات',
  'قادة من',
  'قيادات من',
  // The construct plural of قيادي before its group (6 من قياديي داعش، قياديو الحركة): the ن falls, and
  // like قادة it says nothing of arms before a party or a tribe (قياديي الأحزاب).
  'قياديي',
  'قياديو',
];
const GROUP_LEADERS = Object.values(GROUP_NAMES)
  .flatMap((names) => names.ar ?? [])
  .filter((name) => !/[*!]/u.test(name))
  .flatMap((name) => LEADER_NOUNS.map((lead) => `${lead} ${name}`));

/** Adverbs of degree that may follow a comparison's first word: slightly, a little, far, much. */
const DEGREE_ADVERBS = ['قليلا', 'بقليل', 'بكثير', 'كثيرا', 'بعض الشيء'];

/**
 * Each bound of comparison again with a degree adverb after its first word ("أكثر بقليل من", "ما يزيد
 * قليلا على", "ما يفوق بكثير"): the adverb sits after the comparative or the verb, before the preposition.
 */
function degreeBounds(bounds: Record<string, Qualifier>): Record<string, Qualifier> {
  return Object.fromEntries(
    Object.entries(bounds).flatMap(([phrase, q]) => {
      const words = phrase.split(' ');
      const at = words[0] === 'ما' ? 2 : 1;
      return DEGREE_ADVERBS.map((adv) => [[...words.slice(0, at), adv, ...words.slice(at)].join(' '), q]);
    }),
  );
}

/** Units and teens, masculine and feminine, every case (nominative ون/ان, oblique ين/ي). */
const units: Record<string, number> = {
  واحد: 1,
  واحدة: 1,
  // The accusative (واحدا وعشرين طفلا, 21). Alone, one is no count (wordAtoms needs more than 1).
  واحدا: 1,
  // أحد/إحدى and the construct اثنا/اثني only inside 11 and 12: alone they are "anyone" and Sunday.
  'أحد عشر': 11,
  'إحدى عشرة': 11,
  'إحدى عشر': 11,
  'اثنا عشر': 12,
  'اثني عشر': 12,
  'اثنتا عشرة': 12,
  'اثنتي عشرة': 12,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  ثنتان: 2,
  ثنتين: 2,
  ثلاث: 3,
  ثلاثة: 3,
  أربع: 4,
  أربعة: 4,
  خمس: 5,
  خمسة: 5,
  ست: 6,
  ستة: 6,
  سبع: 7,
  سبعة: 7,
  ثمان: 8,
  ثماني: 8,
  ثمانية: 8,
  تسع: 9,
  تسعة: 9,
  عشر: 10,
  عشرة: 10,
};

/**
 * Compound teens 13-19: the unit and عشر/عشرة are written apart (سبعة عشر، ثلاث عشرة). Read word by
 * word they would be two numbers, 7 and 10; texts mix the genders of the two parts, so every pairing
 * is listed.
 */
const teenUnits: [string, number][] = [
  ['ثلاثة', 3],
  ['ثلاث', 3],
  ['أربعة', 4],
  ['أربع', 4],
  ['خمسة', 5],
  ['خمس', 5],
  ['ستة', 6],
  ['ست', 6],
  ['سبعة', 7],
  ['سبع', 7],
  ['ثمانية', 8],
  ['ثماني', 8],
  ['ثمان', 8],
  ['تسعة', 9],
  ['تسع', 9],
];
for (const [unit, n] of teenUnits) for (const ten of ['عشر', 'عشرة']) units[`${unit} ${ten}`] = 10 + n;

/** Tens in both cases. */
const tens: Record<string, number> = {
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  أربعون: 40,
  أربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
};

/**
 * 21, 31 ... 91 with أحد/إحدى (إحدى وعشرون امرأة، أحد وثلاثين طفلا): the unit is only a number inside
 * the compound (alone it is "anyone"), so the compound is one word of the lexicon.
 */
for (const [ten, n] of Object.entries(tens))
  for (const one of ['أحد', 'إحدى']) units[`${one} و${ten}`] = n + 1;

/**
 * The feminine unit in the accusative before its ten (مئتين وستا وسبعين طالبة, 276; ثلاثا وعشرين امرأة):
 * only inside the compound, alone سبعا and خمسا are other words.
 */
for (const [ten, n] of Object.entries(tens))
  for (const [unit, u] of [
    ['ثلاثا', 3],
    ['أربعا', 4],
    ['خمسا', 5],
    ['ستا', 6],
    ['سبعا', 7],
    ['ثمانيا', 8],
    ['تسعا', 9],
  ] as const)
    units[`${unit} و${ten}`] = n + u;

/** Hundreds: مائة/مئة and the fused forms (ثلاثمائة ...), dual in both cases and construct. */
const hundreds: Record<string, number> = {
  مئتان: 200,
  مئتين: 200,
  مئتا: 200,
  مئتي: 200,
  مائتان: 200,
  مائتين: 200,
  مائتا: 200,
  مائتي: 200,
};
const hundredStems: [string, number][] = [
  ['ثلاث', 3],
  ['ثلاثة', 3],
  ['أربع', 4],
  ['أربعة', 4],
  ['خمس', 5],
  ['خمسة', 5],
  ['ست', 6],
  ['ستة', 6],
  ['سبع', 7],
  ['سبعة', 7],
  ['ثمان', 8],
  ['ثماني', 8],
  ['ثمانية', 8],
  ['تسع', 9],
  ['تسعة', 9],
];
for (const [stem, n] of hundredStems) {
  hundreds[`${stem}مائة`] = n * 100;
  hundreds[`${stem}مئة`] = n * 100;
}

const numberWords: Record<string, NumberWord> = {
  ...Object.fromEntries(
    Object.entries({ ...units, ...tens, ...hundreds }).map(([w, value]) => [
      w,
      { value, kind: 'unit' as const },
    ]),
  ),
  مائة: { value: 100, kind: 'multiplier' },
  مئة: { value: 100, kind: 'multiplier' },
  مايه: { value: 100, kind: 'multiplier' },
  دزينة: { value: 12, kind: 'multiplier' },
  // ألف alone is a real thousand (ألف طفل); the plural آلاف alone is "thousands" (vague), so it is
  // only a scale word after a number (ثلاثة آلاف، 4 آلاف).
  ألف: { value: 1000, kind: 'scale' },
  ألفان: { value: 2000, kind: 'unit' },
  ألفين: { value: 2000, kind: 'unit' },
  ألفي: { value: 2000, kind: 'unit' },
  // The nominative dual in construct (ألفا شخص, two thousand people) is also the accusative of ألف
  // after 11-99 (ثلاثون ألفا): after a number it is that number's scale (numbers.ts), alone it is 2,000.
  ألفا: { value: 2000, kind: 'unit', beforeSmaller: 1000 },
  مليون: { value: 1_000_000, kind: 'scale' },
  // "مليون ونصف" (a million and a half): one number, not a million and a stray half.
  'مليون ونصف': { value: 1_500_000, kind: 'unit' },
  'مليونا ونصف': { value: 1_500_000, kind: 'unit' },
  'مليون ونصف المليون': { value: 1_500_000, kind: 'unit' },
  'نصف مليون': { value: 500_000, kind: 'unit' },
  'مليونان ونصف': { value: 2_500_000, kind: 'unit' },
  'مليونين ونصف': { value: 2_500_000, kind: 'unit' },
  'مليونان ونصف المليون': { value: 2_500_000, kind: 'unit' },
  'مليونين ونصف المليون': { value: 2_500_000, kind: 'unit' },
  مليونان: { value: 2_000_000, kind: 'unit' },
  مليونين: { value: 2_000_000, kind: 'unit' },
  مليوني: { value: 2_000_000, kind: 'unit' },
  مليونا: { value: 2_000_000, kind: 'unit' },
  مليار: { value: 1e9, kind: 'scale' },
};

const pop = (
  population: PopulationWord['population'],
  words: string[],
  extra: Partial<PopulationWord> = {},
) => Object.fromEntries(words.map((w) => [w, { population, ...extra }]));

const populationWords: Record<string, PopulationWord> = {
  // Children: singular, dual, plural, accusative tanween (طفلاً → طفلا), possessed forms.
  ...pop('children', [
    'طفل*',
    'أطفال*',
    'قاصر*',
    'قصر',
    'فتى',
    'فتيان',
    'فتية',
    'فتيانا',
    'فتاة',
    'فتاتين',
    'فتيات',
    'بنات',
    'صبي',
    'صبيا',
    'صبية',
    'صبيان',
    'أولاد',
    'ولدا',
    'ولدين',
    'يتيم*',
    'أيتام',
    'مراهق*',
    'رضيع*',
    'رضع',
    'أشبال',
    'شبل',
    'شبلا',
    'أبنائهم',
    'أبنائهن',
    'أبنائها',
    'قاصرين',
    'تلميذ*',
    'تلاميذ',
    'طلاب',
    'طالبات',
    // Pupils taken from their schools (خطف 300 طالب، 30 طالبة): the singulars a number takes; the
    // dual of طالبا would be طالبان (the Taliban) and is removed below.
    'طالب',
    'طالبا',
    'طالبة',
    'يافع*',
    'ناشئ*',
    'الأطفال الجنود',
    'جنود أطفال',
    // Soldiers, fighters or recruits said to be children: the noun of "child soldiers" counts children.
    ...['الجنود الأطفال', 'جندي طفل', 'جنديا طفلا', 'المقاتلين الأطفال', 'المقاتلون الأطفال'],
    ...['مقاتلين أطفال', 'مقاتلون أطفال', 'المجندين الأطفال', 'المجندون الأطفال', 'مجندين أطفال'],
    ...['مجندون أطفال', 'مجندا طفلا'],
    // Recruits or fighters said to be minors (30 ألف مجند قاصر، 40 مقاتلا قاصرا): the adjective
    // narrows the noun to children.
    ...[
      'مجند',
      'مجندا',
      'مجندين',
      'مجندون',
      'مقاتل',
      'مقاتلا',
      'مقاتلين',
      'مقاتلون',
      'عنصر',
      'عنصرا',
      // …and so are the accused, the held and plain persons or citizens (ألف متهم قاصر، 12 معتقلا قاصرا،
      // 30 مواطنا قاصرا).
      ...['متهم', 'متهما', 'متهمين', 'متهمون', 'معتقل', 'معتقلا', 'معتقلين', 'معتقلون'],
      ...['محتجز', 'محتجزا', 'محتجزين', 'محتجزون', 'موقوف', 'موقوفا', 'موقوفين', 'موقوفون'],
      ...['سجين', 'سجينا', 'سجناء', 'مواطن', 'مواطنا', 'مواطنين', 'مواطنون', 'شخص', 'شخصا', 'أشخاص'],
    ].flatMap((noun) => [`${noun} قاصر`, `${noun} قاصرا`, `${noun} قاصرين`, `${noun} قاصرون`, `${noun} قصر`]),
    'أحداث قاصرين',
    // حدث is an event as often as a juvenile; said to be accused, held or convicted, it is a juvenile
    // (1200 حدث متهمين بالانتماء لداعش، 40 حدثا محتجزين).
    ...['حدث', 'حدثا', 'أحداث'].flatMap((noun) =>
      ['متهمين', 'متهمون', 'محتجزين', 'محتجزون', 'معتقلين', 'معتقلون', 'مدانين', 'محكومين', 'موقوفين'].map(
        (held) => `${noun} ${held}`,
      ),
    ),
  ]),
  // His, its, their fighters, soldiers, men (قتل 50 من مسلحيه، 20 من جنودها، 12 من رجاله): the nouns in
  // construct with a possessive suffix. Before the explicit forms below, which win where both list one.
  ...pop(
    'fighters',
    ['مقاتلي', 'مسلحي', 'مجندي', 'جنود', 'عناصر', 'جهاديي', 'مجاهدي', 'إرهابيي', 'متمردي', 'أعضاء'].flatMap(
      (noun) => ['ه', 'ها', 'هم', 'هن'].map((suffix) => noun + suffix),
    ),
  ),
  // Its members with the hamza of the genitive (5 من أعضائها).
  ...pop('fighters', ['أعضائه', 'أعضائها', 'أعضائهم']),
  ...pop('men', ['رجاله', 'رجالها', 'رجالهم']),
  // Fighters: explicit forms where a stem would also catch adjectives (جماعات مسلحة).
  ...pop('fighters', [
    'مقاتل',
    'مقاتلا',
    'مقاتلين',
    'مقاتلون',
    'مقاتلي',
    'مقاتليه',
    'مقاتليها',
    'مقاتلان',
    'مقاتلات',
    'مسلح',
    'مسلحا',
    'مسلحين',
    'مسلحون',
    'مسلحي',
    // The nominative in construct (مسلحو حركة الشباب، مقاتلو التنظيم), as the genitive مسلحي.
    'مسلحو',
    'مقاتلو',
    'جهاديو',
    'مجاهدو',
    'إرهابيو',
    'متطرفو',
    'عنصر',
    'عنصرا',
    'عنصرين',
    'عنصران',
    'عناصر',
    // Its/their members (ثمانية من عناصره), as مقاتليه.
    'عناصره',
    'عناصرها',
    'عناصرهم',
    'جهادي',
    'جهاديا',
    'جهاديين',
    'جهاديون',
    'جهاديي',
    'مجاهد',
    'مجاهدا',
    'مجاهدين',
    'مجاهدون',
    'مجاهدي',
    'إرهابي',
    'إرهابيا',
    'إرهابيين',
    'إرهابيون',
    'إرهابيي',
    'متطرف',
    'متطرفا',
    'متطرفين',
    'متطرفون',
    // Kidnappers (خاطفون) are members of the group that took their captives.
    'خاطف',
    'خاطفا',
    'خاطفين',
    'خاطفون',
    'خاطفي',
    'متشدد',
    'متشددا',
    'متشددين',
    'متشددون',
    // The Egyptian army's word for the militants it fights (مقتل 89 تكفيريا، 12 عنصرا تكفيريا).
    'تكفيري',
    'تكفيريا',
    'تكفيريين',
    'تكفيريون',
    'عنصرا تكفيريا',
    'عناصر تكفيرية',
    'مجند',
    'مجندا',
    'مجندين',
    'مجندون',
    'مسلحي التنظيم',
    'متمرد',
    'متمردا',
    'متمردين',
    'متمردون',
    'مهاجم',
    'مهاجما',
    'مهاجمين',
    'مهاجمون',
    'مهاجمي',
    'مسلحان',
    'جهاديان',
    'جهاديين',
    'انتحاري',
    'انتحاريا',
    // "Human bombs": suicide bombers (83 قنبلة بشرية، قنابل بشرية).
    'قنبلة بشرية',
    'قنابل بشرية',
    'انتحاريين',
    'انتحاريون',
    'مرتزقة',
    'مرتزق',
    'متطوع',
    'متطوعا',
    'متطوعين',
    'متطوعون',
    'جندي',
    'جنديا',
    'جنود',
    'جنديين',
    // Soldiers by the nisba of the army (مقتل 17 عسكريا).
    'عسكريا',
    'عسكريين',
    'عسكريون',
    'عضو',
    'عضوا',
    'أعضاء',
    'داعشي',
    'داعشيا',
    'داعشيين',
    'دواعش',
    // A member of the Houthi movement by its nisba (قتل الجيش 23 حوثيا): a member of an armed group.
    'حوثي',
    'حوثيا',
    'حوثيين',
    'حوثيون',
    // Police are fighters (GUIDELINES.md, Hard cases): the compound outranks its first noun (رجال → men).
    'شرطي',
    'شرطيا',
    'شرطيين',
    'شرطيون',
    'رجال الشرطة',
    'رجال شرطة',
    'رجال الأمن',
    'رجال أمن',
    'رجل أمن',
    'رجل أمني',
    'رجال أمنيين',
    'عنصر أمن',
    'عناصر أمن',
    'عناصر الشرطة',
    'أفراد الشرطة',
    'أفراد الأمن',
  ]),
  ...pop('women', [
    'امرأة',
    'امرأتين',
    'امرأتان',
    'نساء',
    'نسوة',
    'سيدة',
    'سيدات',
    'زوجة',
    'زوجات',
    'أرملة',
    'أرامل',
    'أمهات',
    // The accusative singular after a number (12 أمًّا → أما); "أمّا" (as for) never follows a count.
    'أما',
    'إناث',
    'مواطنات',
    'مواطنة',
    'شابة',
    'شابات',
    'فتيات بالغات',
    // Convicted or sentenced women: "عدد المدانات … 188 امرأة".
    'مدانات',
    'محكومات',
  ]),
  ...pop('men', [
    'رجل',
    'رجلا',
    'رجال',
    // The plural's accusative, before a numeral that agrees after it (اعتقلت الشرطة رجالا خمسة).
    'رجالا',
    'رجلين',
    'رجلان',
    'ذكور',
    'آباء',
    'أزواج',
    'شاب',
    'شابا',
    'شبان',
    'شبابا',
  ]),
  // University students are adults, whatever the bare طالب reads as (أكثر من 20 طالبا جامعيا، 15 من طلاب
  // الجامعات، 30 طالبة جامعية): the compound outranks its first noun.
  ...pop('people', [
    ...['طالب جامعي', 'طالبا جامعيا', 'طلاب جامعيين', 'طلاب جامعيون', 'طالبة جامعية', 'طالبات جامعيات'],
    ...['طالب جامعة', 'طلاب جامعة', 'طلاب الجامعة', 'طلاب الجامعات', 'طلاب جامعات', 'طالبات الجامعة'],
    ...['طلاب الطب', 'طالبا في الطب', 'طالبا في كلية', 'طلاب كلية', 'طالبا بكلية', 'طالبة بكلية'],
  ]),
  ...pop('adults', ['بالغ', 'بالغا', 'بالغين', 'بالغون', 'راشد', 'راشدا', 'راشدين', 'راشدون']),
  ...pop('families', ['عائلة', 'عائلات', 'عائلتين', 'أسرة', 'أسر', 'أسرتين', 'عوائل']),
  ...pop(
    'people',
    [
      'مواطن*',
      'شخص',
      'شخصا',
      'شخصين',
      'شخصان',
      'أشخاص',
      'فرد',
      'فردا',
      'أفراد',
      'فردين',
      'نسمة',
      'لاجئ*',
      // Participles that mostly follow a noun as adjectives (محتجزين في، مقيمين في) are left out: two
      // nouns side by side would be read as one coordinated count.
      'سجين',
      'سجينا',
      'سجينين',
      'سجينان',
      'سجناء',
      'سجينات',
      'معتقل',
      'معتقلا',
      'معتقلين',
      'معتقلون',
      'محتجز',
      'موقوف*',
      'نازح*',
      'مهاجر*',
      'ضحية',
      'ضحايا',
      'سكان*',
      'قاطن*',
      'رعايا',
      'رعية',
      'أقارب',
      'ذوي',
      'إنسان',
      'أنفس',
      'نفر',
      'نفرا',
      'متهم',
      'متهما',
      'متهمين',
      'متهمون',
      'مشتبه',
      // Wanted by the security forces (اعتقلت القوات 19 مطلوبا، القبض على خمسة مطلوبين), by the forms a
      // number takes; the bare مطلوب (required) is left out.
      'مطلوبا',
      'مطلوبين',
      'مطلوبون',
      // Those who leave, back or smuggle for a group, by the forms a number takes.
      'منشق',
      'منشقا',
      'منشقين',
      'منشقون',
      'مناصر',
      'مناصرا',
      'مناصرين',
      'مناصرون',
      'متعاطف',
      'متعاطفا',
      'متعاطفين',
      'متعاطفون',
      'مهرب',
      'مهربا',
      'مهربين',
      'مهربون',
    ],
    { generic: true },
  ),
  // A state's citizens, with its pronoun (مواطنيها، رعاياها: its citizens, its nationals): the people of the
  // country named before ("قدرت السلطات التونسية عدد مواطنيها بنحو 3000").
  ...pop('people', ['مواطنيها', 'مواطنوها', 'مواطنيه', 'مواطنوه', 'رعاياها', 'رعاياه'], {
    generic: true,
    citizenship: true,
  }),
  ...pop('people', ['مدني', 'مدنيا', 'مدنيين', 'مدنيون', 'عائد', 'عائدا', 'عائدين', 'عائدون', 'عائدات']),
  // People named by their trade or what they were doing, in every form a number takes (plural after
  // 3-10, accusative singular after 11-99, genitive singular after 100): not generic, never fighters.
  ...pop('people', [
    'صحفي',
    'صحفيا',
    'صحفيين',
    'صحفيون',
    'صحافي',
    'صحافيا',
    'صحافيين',
    'صحافيون',
    'إعلامي',
    'إعلاميا',
    'إعلاميين',
    'إعلاميون',
    'ناشط',
    'ناشطا',
    'ناشطين',
    'ناشطون',
    'موظف',
    'موظفا',
    'موظفين',
    'موظفون',
    // Not the plural عمال here: حزب العمال (the PKK) is a party (it is a victim noun below).
    'عاملا',
    // Aid workers, the genitive singular too (20 عامل إغاثة): the bare genitive is also "a factor".
    'عامل إغاثة',
    'عامل الإغاثة',
    'عاملي إغاثة',
    'عاملي الإغاثة',
    'عامل إنساني',
    'عاملين إنسانيين',
    'معلم',
    'معلما',
    'معلمين',
    'معلمون',
    'مدرس',
    'مدرسا',
    'مدرسين',
    'طبيب',
    'طبيبا',
    'أطباء',
    'مسعف*',
    'مشتبها',
    'مشتبهين',
    'إماما',
    'أئمة',
    'داعية',
    'دعاة',
  ]),
  // Victims named by what they were doing when a group struck them: no topic origin.
  ...pop(
    'people',
    [
      'سائح',
      'سائحا',
      'سياح',
      'سائحين',
      'مصلين',
      'مصليا',
      'مسافر',
      'مسافرا',
      'مسافرين',
      'قرويين',
      'قرويا',
      'صياد',
      'صيادا',
      'صيادين',
      'مزارعين',
      'مزارعا',
      // Shepherds (رعاة الأغنام), killed or taken in the desert.
      'رعاة',
      'راعيا',
      'مفقود',
      'مفقودا',
      'مفقودين',
      'ناجين',
      'ناجيا',
      'ناجون',
      // Workers and traders taken or killed at work; عمال after a number ("6 عمال كينيين"), while
      // حزب العمال (the PKK) has none before it.
      'عمال',
      'عاملين',
      'تجار',
      'ركاب',
      // The passenger singular after a number (مقتل 23 راكبا).
      'راكب',
      'راكبا',
    ],
    { role: 'victim' },
  ),
  ...pop('people', ['حالة', 'حالات', 'حالتين'], { deferred: true }),
  // Acts of recruitment counted (174 عملية تجنيد، 30 عملية أخرى لتجنيد الأطفال): one act, one person
  // recruited, as with حالة; an operation alone (عملية عسكرية) counts no one.
  ...pop(
    'people',
    ['عملية', 'عمليات'].flatMap((n) =>
      ['تجنيد', 'لتجنيد', 'أخرى لتجنيد', 'أخرى تجنيد'].map((v) => `${n} ${v}`),
    ),
    { deferred: true },
  ),
  // Officers, guards, snipers, assault fighters and commanders are fighters.
  ...pop('fighters', [
    'ضابط',
    'ضابطا',
    'ضباط',
    'ضابطين',
    'حارس',
    'حارسا',
    'حراس',
    'حارسين',
    'انغماسي',
    'انغماسيا',
    'انغماسيين',
    'انغماسيون',
    'قناص',
    'قناصا',
    'قناصة',
    'قناصين',
    'مرتزقا',
    'قياديا',
    'قياديين',
    'قياديون',
    // Leaders of a group (6 من قادة التنظيم، 4 من قادتها), members who joined by oath (منتسبين). Bare
    // قادة only with the group: tribal or political leaders (قادة القبائل) are no fighters.
    ...['التنظيم', 'الحركة', 'الجماعة', 'داعش', 'القاعدة', 'الحوثيين', 'الحوثي', 'الميليشيا'].flatMap(
      (group) => ['قادة', 'قياديي', 'قياديو'].map((lead) => `${lead} ${group}`),
    ),
    // …and with any armed group the gazetteer names (2 من قادة حركة الشباب، 3 قادة من بوكو حرام).
    ...GROUP_LEADERS,
    'قادته',
    'قادتها',
    'قادتهم',
    'منتسبا',
    'منتسبين',
    'منتسبون',
    'منتسبي',
  ]),
  // Supporters (14 من أنصار التنظيم): people; inside a group's name (أنصار الشريعة) the name wins.
  ...pop('people', ['أنصار', 'أنصاره', 'أنصارها', 'أنصارهم', 'بحارا', 'بحارة', 'بحارين']),
  // Spies and collaborators, the convicted and sentenced, deportees: people.
  ...pop('people', [
    'جاسوس',
    'جاسوسا',
    'جواسيس',
    'عميلا',
    'عملاء',
    'محتجزا',
    'مدانا',
    'مدانين',
    'مدانون',
    'محكوما',
    'محكومين',
    'محكومون',
    'مبعدا',
    'مبعدين',
    'مرحلا',
  ]),
  ...pop('people', ['مصاب', 'مصابا', 'مصابين', 'مصابون'], { role: 'victim' }),
  // Captives and hostages of a group: victims, who take no origin but the one the text gives.
  // In a "number of" frame with no status word (عدد الأطفال المختطفين … 1400) they are held captive: other.
  ...pop(
    'people',
    [
      ...['أسير', 'أسيرا', 'أسيرين', 'أسيران', 'أسرى', 'رهينة', 'رهينتين', 'رهائن', 'مختطف*', 'مخطوف*'],
      // Its, their captives (أعدمت الجماعة 3 من رهائنها، 70 من أسراه).
      ...['أسرا', 'رهائن'].flatMap((noun) => ['ه', 'ها', 'هم'].map((suffix) => noun + suffix)),
    ],
    { role: 'victim', captive: true },
  ),
  // The dead and the wounded of an attack: victims too (قتيلا، جرحى).
  ...pop('people', ['قتيل', 'قتيلا', 'قتلى', 'جريح', 'جريحا', 'جرحى'], { role: 'victim' }),
  ...pop('people', ['قتيلين', 'قتيلان', 'جريحين', 'جريحان'], { role: 'victim', dual: true }),
  // Bodies recovered or found (انتشال 25 جثة، العثور على 12 جثة): the dead, counted by their bodies.
  // Whose bodies, when a people noun follows right after (جثث لمسلحين، جثتين لمسلحين): that noun's.
  ...pop('people', ['جثة', 'جثث', 'جثمان', 'جثامين'], { role: 'victim', remains: true }),
  ...pop('people', ['جثتين', 'جثتان'], { role: 'victim', dual: true, remains: true }),
  // Religious communities an armed group persecutes: victims (the feminine plural names women).
  ...pop(
    'people',
    [
      ...[
        'إيزيديا',
        'إيزيديين',
        'إيزيديون',
        'أيزيديين',
        'أيزيديون',
        'يزيديين',
        'مسيحيا',
        'مسيحيين',
        'مسيحيون',
      ],
      // The genitive singular after hundreds and thousands (3 آلاف إيزيدي), and the accusative of the others.
      ...['إيزيدي', 'أيزيدي', 'يزيدي', 'أيزيديا', 'يزيديا', 'مسيحي'],
    ],
    { role: 'victim' },
  ),
  ...pop('people', ['قبطيا', 'قبطيين', 'قبطيون', 'أقباط', 'الأقباط'], { role: 'victim' }),
  ...pop('women', ['إيزيديات', 'أيزيديات', 'يزيديات', 'مسيحيات', 'إيزيدية', 'أيزيدية'], { role: 'victim' }),
  // Feminine nisbas name women of that nationality (سوريات، عراقيتان): the gazetteer gives the origin.
  ...pop(
    'women',
    Object.values(AR_NISBA)
      .flat()
      .flatMap((nisba) => [`${nisba}ات`]),
  ),
  // With the duals (اثنان آخران، امرأتان أخريان).
  ...pop('people', ['آخرين', 'آخرون', 'أخريات', 'آخران', 'أخريان', 'أخريين'], { anaphoric: true }),
  // Duals count two by themselves. Only forms no plural shares: مقاتلين and معتقلين are plurals too.
  ...pop(
    'children',
    [
      ...[
        'طفلان',
        'طفلين',
        'طفلتان',
        'طفلتين',
        'فتاتان',
        'فتاتين',
        'صبيين',
        'صبيان',
        'ولدين',
        'ولدان',
        'قاصران',
      ],
      // Orphans and teenagers (يتيم* is a stem, so no dual is derived); the masculine oblique
      // يتيمين is also a plural and is left out.
      ...['يتيمان', 'يتيمتان', 'يتيمتين', 'مراهقان', 'مراهقتان', 'مراهقتين'],
    ],
    { dual: true },
  ),
  ...pop(
    'women',
    // With the article the dual loses its first alif: المرأتان، المرأتين (the two women).
    [
      'امرأتان',
      'امرأتين',
      'المرأتان',
      'المرأتين',
      'سيدتان',
      'سيدتين',
      'زوجتين',
      'زوجتان',
      'مواطنتان',
      'مواطنتين',
    ],
    { dual: true },
  ),
  ...pop('men', ['رجلان', 'رجلين', 'شابان', 'شابين'], { dual: true }),
  ...pop('families', ['عائلتين', 'عائلتان', 'أسرتين', 'أسرتان'], { dual: true }),
  ...pop(
    'fighters',
    ['مقاتلان', 'مسلحان', 'عنصران', 'عنصرين', 'جهاديان', 'جنديان', 'جنديين', 'انتحاريان', 'مجندان'],
    { dual: true },
  ),
  ...pop('people', ['شخصان', 'شخصين', 'فردين', 'فردان', 'مواطنان', 'لاجئان', 'سجينان', 'سجينين'], {
    dual: true,
    generic: true,
  }),
  ...pop('people', ['أسيرين', 'أسيران', 'رهينتين', 'رهينتان'], { dual: true, role: 'victim' }),
  // Two brothers or sisters (حكم بسجن شقيقين تونسيين): kin whose age the word does not say (not أخوان,
  // which folds to الإخوان, the Brotherhood).
  ...pop('people', ['شقيقان', 'شقيقين', 'شقيقتان', 'شقيقتين', 'أخوين', 'أختان', 'أختين'], {
    dual: true,
  }),
  ...pop(
    'women',
    Object.values(AR_NISBA)
      .flat()
      .flatMap((nisba) => [`${nisba}تان`, `${nisba}تين`]),
    { dual: true },
  ),
  // Two men of a nationality (صوماليان، تونسيان): the nominative dual of a nisba; its oblique
  // (صوماليين) is also the plural and is left out.
  ...pop(
    'people',
    Object.values(AR_NISBA)
      .flat()
      .filter((nisba) => nisba.endsWith('ي'))
      .map((nisba) => `${nisba}ان`),
    { dual: true, generic: true },
  ),
};

/**
 * Duals of every singular person noun the lexicon lists (شرطيان، أرملتان), not only those written out
 * above. A singular is a word whose accusative with tanween (شرطيا) is listed too: its nominative dual
 * adds ان. A feminine in ة makes تان/تين. The masculine oblique (شرطيين) is also the plural, so it
 * is not derived. Forms already listed keep their entry.
 */
for (const [w, entry] of Object.entries(populationWords)) {
  if (
    w.includes('*') ||
    w.includes(' ') ||
    /(?:ان|ه)$/.test(w) ||
    entry.dual ||
    entry.anaphoric ||
    entry.deferred
  )
    continue;
  const duals = populationWords[`${w}ا`]
    ? [`${w}ان`]
    : w.endsWith('ة')
      ? [`${w.slice(0, -1)}تان`, `${w.slice(0, -1)}تين`]
      : [];
  for (const d of duals) populationWords[d] ??= { ...entry, dual: true };
}
// طالبان is the Taliban, never "two pupils" in these reports.
delete populationWords['طالبان'];
// Sons of someone are children (أبناء المقاتلين); sons of a place or a community are its natives
// (أبناء داغستان، أبناء القبائل): generic people.
populationWords['أبناء'] = { population: 'children', nativesBeforePlace: true };

/** A craft carrying people: "طائرة تقل", "حافلات تحمل" (a status word and an arrival verb). */
// The finite forms of "maim" (شوّه): a stem شوه* would take "شوهد" (was seen), another root.
const MAIMED_VERBS = ['شوه', 'شوهت', 'شوهوا', 'يشوه', 'تشوه', 'يشوهون', 'شوهتهم', 'شوههم'];

const CARRIERS = ['طائرة', 'طائرات', 'رحلة', 'رحلات', 'حافلة', 'حافلات', 'قافلة', 'سفينة'].flatMap((craft) =>
  ['تقل', 'أقلت', 'كانت تقل', 'تحمل', 'حملت'].map((carry) => `${craft} ${carry}`),
);

/** Verbs of fleeing or running away (فر، هرب): to a war they are a going, as سافر is. */
const FLEE_VERBS = ['فر', 'فرت', 'فروا', 'فررن', 'هرب', 'هربت', 'هربوا', 'هربن'];
/** The wars people flee to (فر 300 شاب إلى سوريا), whether the count stands before or after "to". */
const WAR_DESTINATIONS = [
  'سوريا',
  'سورية',
  'العراق',
  'أفغانستان',
  'ليبيا',
  'الصومال',
  'مناطق القتال',
  'مناطق النزاع',
  'جبهات القتال',
];

const statusWords: Record<string, Status> = {
  // joined: went, travelled, were sent, recruited, joined.
  'انضم*': 'joined',
  'ينضم*': 'joined',
  'تنضم*': 'joined',
  انضمام: 'joined',
  'التحق*': 'joined',
  'يلتحق*': 'joined',
  التحاق: 'joined',
  // Belonging to a group: its members joined it.
  'انتماء*': 'joined',
  // Pledging allegiance to a group is joining it: "بايع 60 مسلحا تنظيم الدولة".
  بايع: 'joined',
  بايعت: 'joined',
  بايعوا: 'joined',
  'يبايع*': 'joined',
  مبايعة: 'joined',
  'الانتماء إلى': 'joined',
  ينتمون: 'joined',
  منتمين: 'joined',
  'سافر*': 'joined',
  'يسافر*': 'joined',
  'تسافر*': 'joined',
  'توجه*': 'joined',
  'يتوجه*': 'joined',
  'غادر*': 'joined',
  'يغادر*': 'joined',
  مغادرة: 'joined',
  // Leaving a camp (غادرت المخيم، مغادرة مخيم الهول) is going home from it, not going to war.
  ...Object.fromEntries(
    ['غادر*', 'يغادر*', 'تغادر*', 'مغادرة', 'خرج* من', 'يخرج* من', 'تخرج* من', 'خروج*'].flatMap((verb) => [
      [`${verb} المخيم*`, 'returned' as const],
      [`${verb} مخيم*`, 'returned' as const],
      [`${verb} المخيمات`, 'returned' as const],
      [`${verb} مخيمات`, 'returned' as const],
      // The camps by name: "غادر الهول 300 عراقي".
      [`${verb} الهول`, 'returned' as const],
      [`${verb} روج`, 'returned' as const],
    ]),
  ),
  ذهب: 'joined',
  ذهبوا: 'joined',
  ذهبن: 'joined',
  ذهبت: 'joined',
  يذهبون: 'joined',
  إرسال: 'joined',
  'أرسل*': 'joined',
  'يرسل*': 'joined',
  'تم إرسال': 'joined',
  جند: 'joined',
  جندت: 'joined',
  جندوا: 'joined',
  // The feminine plural, after its subject: "15 فتاة جندن في صفوف الحركة".
  جندن: 'joined',
  جندهم: 'joined',
  // With the object pronoun after the counted noun: "300 طفل جندتهم الجماعات".
  'جندت*': 'joined',
  'جنده*': 'joined',
  'جندوه*': 'joined',
  'يجند*': 'joined',
  'تجند*': 'joined',
  'تجنيد*': 'joined',
  // The participle: "عدد الأطفال المجندين" (the recruited children), "1200 مجند" (recruits).
  'مجند*': 'joined',
  // Recruited and used (GUIDELINES: joined): "استخدمت الجماعة 117 طفلا في هجمات انتحارية".
  استخدم: 'joined',
  استخدمت: 'joined',
  'يستخدم*': 'joined',
  'تستخدم*': 'joined',
  استقطاب: 'joined',
  'استقطب*': 'joined',
  'هاجر*': 'joined',
  هجرة: 'joined',
  'نزح* إلى': 'joined',
  // Driven from their homes (نزح 800 ألف شخص، تشريد 30 ألف عائلة): victims of the war, status other as
  // en "displaced" (GUIDELINES.md, Hard cases); the noun نازح counts them and says no more.
  ...Object.fromEntries(
    ['نزح', 'نزحت', 'نزحوا', 'نزحن', 'ينزح', 'ينزحون', 'نزوح', 'شرد', 'شردت', 'تشريد', 'تهجير'].map((w) => [
      w,
      'other' as const,
    ]),
  ),
  'انتقل*': 'joined',
  التحقوا: 'joined',
  'معسكر*': 'joined',
  // Held in the army's camps or barracks (يحتجز الجيش في معسكراته 300 طفل): a force's custody, not a
  // group's training camp.
  'يحتجز* في معسكر*': 'detained',
  'تحتجز* في معسكر*': 'detained',
  'احتجز* في معسكر*': 'detained',
  'محتجز* في معسكر*': 'detained',
  'يحتجز* في ثكن*': 'detained',
  'تحتجز* في ثكن*': 'detained',
  // The army or the forces in their camps, the verb before them (ويحتجز الجيش في معسكراته 300 طفل).
  ...Object.fromEntries(
    ['الجيش', 'القوات', 'الشرطة', 'السلطات'].flatMap((force) =>
      ['في معسكر*', 'في ثكن*'].map((camp) => [`${force} ${camp}`, 'detained' as const]),
    ),
  ),
  'معسكرات الجيش': 'detained',
  'معسكر للجيش': 'detained',
  'معسكرات للجيش': 'detained',
  // Placed in an orphanage or a care home (نقل الأطفال إلى دار للأيتام، أودعوا في دور الرعاية): cared
  // for, neither home nor held.
  'دار للأيتام': 'other',
  'دار الأيتام': 'other',
  'دار أيتام': 'other',
  'دور الأيتام': 'other',
  'دور للأيتام': 'other',
  'دار* رعاية': 'other',
  'دور الرعاية': 'other',
  'دار* الرعاية': 'other',
  'مركز* رعاية': 'other',
  'مراكز رعاية': 'other',
  // "يخضع الـ34 الباقون للرعاية", "تحت رعاية الدولة": in the care of the state.
  للرعاية: 'other',
  'تحت الرعاية': 'other',
  'تحت رعاية': 'other',
  'أسر حاضنة': 'other',
  'أسرة حاضنة': 'other',
  'أسر بديلة': 'other',
  // Still in an orphanage or care home (ما زال في دور الأيتام 17 طفلا، يعيشون في دار للأيتام): where they are
  // now, present; being placed there (نقل إلى دور الأيتام) stays other.
  ...Object.fromEntries(
    [
      'لا يزال*',
      'لا تزال',
      'ما زال*',
      'ما يزال*',
      'يقيم*',
      'يعيش*',
      'يوجد',
      'توجد',
      'يتواجد*',
      'موجود*',
    ].flatMap((stay) =>
      [
        'دور الأيتام',
        'دار الأيتام',
        'دار للأيتام',
        'دور للأيتام',
        'دار أيتام',
        'دور الرعاية',
        'دار* رعاية',
      ].map((home) => [`${stay} في ${home}`, 'present' as const]),
    ),
  ),
  // Fleeing to a war (فر 300 شاب إلى سوريا، هربوا إلى مناطق القتال): going to it, as with سافر.
  ...Object.fromEntries(
    FLEE_VERBS.flatMap((verb) =>
      WAR_DESTINATIONS.map((place) => [`${verb} إلى ${place}`, 'joined' as const]),
    ),
  ),
  'تدريب*': 'joined',
  // The verb of training (دربت الحركة 20 صبيا): its forms, not درب (also a path) nor درب*.
  ...Object.fromEntries(
    ['دربت', 'دربوا', 'دربها', 'دربهم', 'يدرب', 'يدربون', 'تدربهم'].map((v) => [v, 'joined' as const]),
  ),
  'تدرب*': 'joined',
  'يتدرب*': 'joined',
  // Fleeing the group's camp or ranks (فررن من معسكر، فروا من صفوف الحركة): neither recruited there nor
  // still in it. The verb before the count, its "from" after it, is a splitVerbs group; fleeing to a war
  // (فر 300 شاب إلى سوريا) stays a going.
  'هرب* من معسكر*': 'other',
  // Fleeing a camp or a prison after the count (50 امرأة فررن من مخيم روج، 20 عنصرا فروا من سجن غويران):
  // escaped, no longer held there. The verb's forms only: فر* would take in فرنسيين من مخيم (French
  // nationals from a camp).
  ...Object.fromEntries(
    ['فر', 'فرت', 'فروا', 'فررن', 'يفر', 'يفرون', 'هرب', 'هربت', 'هربوا', 'هربن', 'يهرب', 'يهربون'].flatMap(
      (verb) =>
        [
          ...['مخيم', 'المخيم', 'مخيمات', 'المخيمات'],
          ...['سجن', 'السجن', 'سجون', 'السجون', 'معتقل', 'المعتقل', 'مركز احتجاز'],
        ].map((camp) => [`${verb} من ${camp}`, 'other' as const]),
    ),
  ),
  'فر* من معسكر*': 'other',
  'هرب* من صفوف': 'other',
  'فر* من صفوف': 'other',
  'تمكن* من الفرار': 'other',
  'تمكن* من الهرب': 'other',
  // Taken by force (خطف، اختطاف): victims of the group, like hostages, not recruits (GUIDELINES.md).
  'اختطف*': 'other',
  اختطاف: 'other',
  'خطف*': 'other',
  // Pushing or throwing children into battle (دفعوا بـ 70 طفلا إلى الجبهات، زجت بهم، أقحمتهم في
  // القتال): they were sent to fight, a recruitment said in the past.
  'دفع* ب': 'joined',
  'الدفع ب': 'joined',
  // The ب glued to a bound word before the number: دفعت بأكثر من 300 طفل، دفعوا بنحو 70.
  ...Object.fromEntries(
    ['بأكثر', 'بنحو', 'بحوالي', 'بقرابة', 'بزهاء', 'بما', 'بمئات', 'بعشرات', 'بآلاف'].flatMap((bound) => [
      [`دفع* ${bound}`, 'joined'],
      [`الدفع ${bound}`, 'joined'],
    ]),
  ),
  'زج*': 'joined',
  'يزج*': 'joined',
  'تزج*': 'joined',
  الزج: 'joined',
  'أقحم*': 'joined',
  'يقحم*': 'joined',
  'تقحم*': 'joined',
  إقحام: 'joined',
  استدراج: 'joined',
  'استدرج*': 'joined',
  تهريب: 'joined',
  // Crossing the border (عبروا الحدود إلى ليبيا، اجتاز 50 مقاتلا الحدود، تسللوا إلى سوريا): the journey
  // to the war; home it is a return ("عبروا الحدود عائدين"). The bare عبر is also "via" (عبر الحدود).
  'عبروا الحدود': 'joined',
  'عبرن الحدود': 'joined',
  'يعبرون الحدود': 'joined',
  'عبور الحدود': 'joined',
  'اجتاز* الحدود': 'joined',
  'اجتياز الحدود': 'joined',
  'تسلل* إلى': 'joined',
  'تسلل* الى': 'joined',
  تسللوا: 'joined',
  'قدموا إلى': 'joined',
  'وصلوا إلى': 'joined',
  // Landing at an airport or "in the country" is a flight home (repatriation flights): "وصل الأطفال
  // الخمسة إلى مطار كوبنهاغن", "وصلت 64 امرأة إلى مطار طشقند".
  'وصل* إلى مطار': 'returned',
  'وصل* الى مطار': 'returned',
  'وصل* إلى البلاد': 'returned',
  'وصل* إلى أرض الوطن': 'returned',
  دخلوا: 'joined',
  // present: are in, remain, live, fight, held in camps.
  'يقيم*': 'present',
  'تقيم*': 'present',
  'مقيم*': 'present',
  'يعيش*': 'present',
  'تعيش*': 'present',
  'موجود*': 'present',
  يوجد: 'present',
  توجد: 'present',
  'يتواجد*': 'present',
  'تتواجد*': 'present',
  'متواجد*': 'present',
  'لا يزال*': 'present',
  'لا تزال': 'present',
  'ما زال*': 'present',
  'ما يزال*': 'present',
  'لا يزالون': 'present',
  'يقبع*': 'present',
  'عالق*': 'present',
  // Held in camps is present (GUIDELINES); held without a camp is detention: a force holding people
  // (تحتجز قسد 10 آلاف عنصر، يحتجز الجيش 300 طفل) detains them unless a camp is named.
  'يحتجز*': 'detained',
  'تحتجز*': 'detained',
  // Held in a camp said right after the verb (ويحتجز في مخيم روج نحو 800 طفل، يحتجزون في مخيم الهول).
  'يحتجز* في مخيم*': 'present',
  'تحتجز* في مخيم*': 'present',
  'يحتجز* في المخيم*': 'present',
  'تحتجز* في المخيم*': 'present',
  'يحتجز* داخل مخيم*': 'present',
  'تحتجز* داخل مخيم*': 'present',
  'محتجز* في مخيم*': 'present',
  'محتجز* في المخيم*': 'present',
  'محتجز* داخل مخيم*': 'present',
  'في مخيم*': 'present',
  // "في القسم الخاص بمخيم الهول": a camp behind the clitic بـ is where they are too.
  'بمخيم*': 'present',
  'بالمخيم*': 'present',
  'في المخيم*': 'present',
  'داخل مخيم*': 'present',
  'داخل المخيم*': 'present',
  'يقاتل*': 'present',
  يقاتلون: 'present',
  // The past "fought" (قاتل 400 من الإيغور في صفوف ...): they fight there, as with يقاتل.
  قاتل: 'present',
  قاتلوا: 'present',
  قاتلن: 'present',
  يضم: 'present',
  تضم: 'present',
  يأوي: 'present',
  تأوي: 'present',
  'يسكن*': 'present',
  هناك: 'present',
  'بقي*': 'present',
  يبقى: 'present',
  'يخدم*': 'present',
  // featured: appear in propaganda media.
  'ظهر*': 'featured',
  'يظهر*': 'featured',
  'تظهر*': 'featured',
  'أظهر*': 'featured',
  ظهور: 'featured',
  'يصور*': 'featured',
  'تصور*': 'featured',
  'صور*': 'featured',
  'فيديو*': 'featured',
  الفيديو: 'featured',
  'شريط*': 'featured',
  'إصدار*': 'featured',
  'مقطع*': 'featured',
  'يبدو*': 'featured',
  // returned: repatriated, evacuated, brought back, handed over.
  'أعاد*': 'returned',
  'يعيد*': 'returned',
  'تعيد*': 'returned',
  إعادة: 'returned',
  'أعيد*': 'returned',
  // The passive imperfect (يعاد 70 طفلا كل شهر), whose future سيعاد is a return to come. Exact: a stem
  // would take يعادي (is hostile to).
  يعاد: 'returned',
  تعاد: 'returned',
  // The passive participle (the brought-back): "الأطفال المعادين إلى فرنسا". Only with the article:
  // "معادين للحكومة" is hostile to it.
  المعادين: 'returned',
  المعادات: 'returned',
  المعادون: 'returned',
  'استعاد*': 'returned',
  // The first person drops the long vowel of the hollow verb (أعاد → أعدنا، استعاد → استعدنا): a
  // minister's "we brought back 40 children" is a return made by the speaker's country.
  'أعدنا*': 'returned',
  'استعدنا*': 'returned',
  // The feminine plural drops it too (أُعِدن: they were brought back; استعدن: they took back), said after
  // its subject: "60 امرأة أعدن من الهول". Not عدن alone, which is also Aden (see below).
  أعدن: 'returned',
  استعدن: 'returned',
  // The other verbs of return in the feminine plural (رُحّلن، سُلّمن، أُرجعن): "13 امرأة رحلن إلى بلادهن".
  رحلن: 'returned',
  سلمن: 'returned',
  أرجعن: 'returned',
  // The imperfect with where to (يعدن إلى ديارهن): alone يعدن is also "they (f.) promise, count".
  'يعدن إلى': 'returned',
  'يعدن الى': 'returned',
  نعيد: 'returned',
  نستعيد: 'returned',
  'أجلينا*': 'returned',
  'رحلنا*': 'returned',
  استعادة: 'returned',
  'يستعيد*': 'returned',
  'تستعيد*': 'returned',
  عاد: 'returned',
  عادوا: 'returned',
  عادت: 'returned',
  // عدن (they returned, feminine) only with where to: alone it is more often Aden, a dateline.
  'عدن إلى': 'returned',
  'عدن الى': 'returned',
  // Or with where from: "25 امرأة عدن من سوريا" (a city is said "من عدن", not "عدن من").
  'عدن من': 'returned',
  'يعود*': 'returned',
  'تعود*': 'returned',
  // The jussive after لم, whose count follows an exception ("لم يعد منهم سوى 40": only 40 came back).
  // "لم يعد هناك سوى 40" (there are no longer but 40), "لم يعد في المخيم سوى" say who is left: present.
  'لم يعد': 'returned',
  'لم تعد': 'returned',
  'لم يعودوا': 'returned',
  // The feminine plural and the jussive of استعاد (brought back): "لم تستعد فرنسا سوى 35 طفلا" (France
  // brought back only 35). Alone تستعد is "prepares", a word of intention (plannedMarkers).
  'لم يعدن': 'returned',
  'لم تستعد': 'returned',
  'لم يستعد': 'returned',
  'ولم تستعد': 'returned',
  'ولم يستعد': 'returned',
  ...Object.fromEntries(
    ['لم يعد', 'لم تعد'].flatMap((v) =>
      ['هناك', 'في', 'يوجد', 'توجد', 'يتواجد', 'يقيم', 'تقيم'].map((w) => [`${v} ${w}`, 'present' as const]),
    ),
  ),
  // Nothing is left but (لم يبق منهم سوى 15): who remains.
  'لم يبق': 'present',
  'لم تبق': 'present',
  'لم يتبق': 'present',
  'لم تتبق': 'present',
  // The future prefix س (will return, will be brought back): a return not yet made leaves them where
  // they are, and ends the return said of the counts before.
  'سيعود*': 'present',
  'ستعود*': 'present',
  سيعدن: 'present',
  'سيعيد*': 'present',
  'ستعيد*': 'present',
  سنعيد: 'present',
  سنستعيد: 'present',
  'سيعاد*': 'present',
  'ستعاد*': 'present',
  'سيستعيد*': 'present',
  'ستستعيد*': 'present',
  عودة: 'returned',
  إجلاء: 'returned',
  أجلت: 'returned',
  أجلى: 'returned',
  'أجلي*': 'returned',
  إجلاؤهم: 'returned',
  // The possessed verbal noun after a preposition (بعد إجلائهم، عند إجلائهن): its hamza on a seat.
  ...Object.fromEntries(['إجلائهم', 'إجلائهن', 'إجلائها', 'إجلائه'].map((w) => [w, 'returned' as const])),
  'ترحيل*': 'returned',
  رحلت: 'returned',
  // The passive رُحّل (deported), written without its vowels; رحّلوا، المرحلين.
  رحل: 'returned',
  رحلوا: 'returned',
  مرحلين: 'returned',
  مرحلون: 'returned',
  'تسليم*': 'returned',
  سلمت: 'returned',
  سلم: 'returned',
  'تسلم*': 'returned',
  // The receiving state's verb (تتسلم، يتسلم، استلمت): it takes its citizens back.
  'تتسلم*': 'returned',
  'يتسلم*': 'returned',
  استلمت: 'returned',
  'تستلم*': 'returned',
  'استلم*': 'returned',
  استلام: 'returned',
  استرجاع: 'returned',
  إرجاع: 'returned',
  'أرجع*': 'returned',
  'استقبل*': 'returned',
  استقبال: 'returned',
  // Rescued from captivity (hostages, abductees): victims, status other, as en "rescued".
  إنقاذ: 'other',
  'أنقذ*': 'other',
  // Freed from captivity (تحرير رهائن، حرر الجيش 76 طفلا، تحرر 20 طفلا من قبضة الجماعة): victims set
  // free, status other, as en "freed" (GUIDELINES.md, Hard cases); a return home is said apart.
  تحرير: 'other',
  حرر: 'other',
  حررت: 'other',
  حرروا: 'other',
  تحرر: 'other',
  تحررت: 'other',
  تحرروا: 'other',
  // Set free (أفرج عن، أطلق سراح), by a state or by the group that held them: out of custody, not come
  // home (status other), unless the sentence says they went home.
  الإفراج: 'other',
  'أفرج*': 'other',
  // The passive participle, "the released" (بين المفرج عنهم 14 طفلا، 30 مفرجا عنهم).
  'مفرج عنهم': 'other',
  'مفرج عنهن': 'other',
  'مفرجا عنهم': 'other',
  'المفرج عنهم': 'other',
  'المفرج عنهن': 'other',
  'إطلاق سراح': 'other',
  'أطلق* سراح': 'other',
  // Surrendering (سلموا أنفسهم) takes them out of the group, neither home nor (yet) held: status other,
  // as en "surrendered", fr « se sont rendus aux forces », ru «сдались». Handing over (سلمت) brings them back.
  'سلم* أنفس*': 'other',
  'سلم* نفس*': 'other',
  // The verbal noun: "قام 150 مسلحا بتسليم أنفسهم" (gave themselves up).
  'تسليم أنفس*': 'other',
  'تسليم نفس*': 'other',
  // Laying down arms (ألقوا السلاح، إلقاء أسلحتهم) is that surrender too.
  'ألقى* السلاح': 'other',
  'ألقوا السلاح': 'other',
  'ألقوا أسلحتهم': 'other',
  'إلقاء السلاح': 'other',
  'إلقاء أسلحتهم': 'other',
  // Giving up to the army (استسلم 600 مسلح، استسلام 40 عنصرا) is that surrender too.
  'استسلم*': 'other',
  // Kept from going (إحباط محاولات 100 مواطن للتوجه إلى سوريا، منعت من السفر): neither gone nor home.
  إحباط: 'other',
  'أحبط*': 'other',
  'إحباط محاولات': 'other',
  'أحبط* محاولات': 'other',
  // Barred from travelling (منعت السلطات 27 ألف شاب من السفر، منع 300 من مغادرة البلاد): kept home.
  منع: 'other',
  منعت: 'other',
  منعوا: 'other',
  'تم منع': 'other',
  'يستسلم*': 'other',
  استسلام: 'other',
  'يطلق* سراح': 'other',
  // The verb parted from its noun by the subject: "أطلقت الجماعة سراح 42 طفلا".
  سراح: 'other',
  // With its pronoun after the count: "60 أسيرا تم إطلاق سراحهم" (60 prisoners were set free).
  سراحهم: 'other',
  سراحهن: 'other',
  سراحهما: 'other',
  // Took the lives of (أودى الهجوم بحياة 17 شخصا، هجوم أودى بحياة): killed.
  'أودى بحياة': 'killed',
  'أودت بحياة': 'killed',
  'يودي بحياة': 'killed',
  'تودي بحياة': 'killed',
  // The subject between: "أودى الانفجار بحياة 12 طفلا".
  بحياة: 'killed',
  // Demobilised, released from the armed groups' ranks (تسريح 1,200 طفل من صفوف الجماعات): set free,
  // status other, as en "released from armed groups".
  تسريح: 'other',
  'سرحت*': 'other',
  'سرح*': 'other',
  // Harm done against the count (انتهاكات بحق 180 طفلا، جرائم ارتكبت بحق 300 مدني): victims, status
  // other (GUIDELINES.md, Hard cases). Sentences passed against them (أحكام بحق) stay detained.
  بحق: 'other',
  جلب: 'returned',
  'نقل*': 'returned',
  'وصل* إلى': 'returned',
  'تصل إلى': 'returned',
  // Arriving at a camp (وصل إلى المخيم، وصول 60 عائلة إلى مخيم الهول) is being held there, not coming home.
  'وصل* إلى مخيم*': 'present',
  'وصل* إلى المخيم*': 'present',
  'تصل إلى مخيم*': 'present',
  'تصل إلى المخيم*': 'present',
  'وصول* إلى مخيم*': 'present',
  'وصول* إلى المخيم*': 'present',
  'على متنها': 'returned',
  // A plane, a flight or buses carrying them (طائرة تقل 40 طفلا، حافلات تقل عائلات): brought back, unless
  // taken to a war (they are arrivalVerbs too). Not the bare تقل, also "is less" (تقل أعمارهم عن 15 عاما).
  ...Object.fromEntries(CARRIERS.map((carrier) => [carrier, 'returned' as const])),
  'لم شمل': 'returned',
  // detained: arrested, imprisoned, convicted.
  'اعتقل*': 'detained',
  'اعتقال*': 'detained',
  'يعتقل*': 'detained',
  'معتقل*': 'detained',
  // Returnees (العائدين، 80 عائدا): people who came back, as detainees are people held.
  عائد: 'returned',
  عائدا: 'returned',
  عائدين: 'returned',
  عائدون: 'returned',
  // Coming back to, said of them (عبرت 60 عائلة الحدود عائدة إلى العراق); alone عائدة is also "proceeds".
  'عائدة إلى': 'returned',
  'عائدة الى': 'returned',
  'عائدين إلى': 'returned',
  'عائدين الى': 'returned',
  // Handed over to their families (سلموا إلى ذويهم، تسليمهم لعائلاتهم): brought home, a return.
  ...Object.fromEntries(
    ['سلم*', 'تسليم*'].flatMap((verb) =>
      ['إلى ذوي*', 'الى ذوي*', 'لذوي*', 'إلى عائلات*', 'الى عائلات*', 'لعائلات*', 'إلى أسر*', 'لأسر*'].map(
        (to) => [`${verb} ${to}`, 'returned' as const],
      ),
    ),
  ),
  // Coming back from (200 عائلة عائدة من سوريا، الأسر العائدة من المخيم).
  'عائدة من': 'returned',
  'العائدة من': 'returned',
  'العائدة إلى': 'returned',
  احتجز: 'detained',
  احتجزت: 'detained',
  // The plural, active or passive (احتجزوا بسبب صلتهم بالجماعات).
  احتجزوا: 'detained',
  احتجزن: 'detained',
  'احتجاز*': 'detained',
  'محتجز*': 'detained',
  'سجن*': 'detained',
  // "في سجونها", "سجونهم": the possessed plural too.
  'سجون*': 'detained',
  'مسجون*': 'detained',
  'محكوم*': 'detained',
  // The convicted (مدانا، المدانين، المدانات).
  'مدان*': 'detained',
  'حكم*': 'detained',
  // Sentenced to death is a sentence, not a death: "صدرت أحكام بالإعدام بحق 11 فرنسيا".
  'حكم* بالإعدام': 'detained',
  'أحكام* بالإعدام': 'detained',
  // Sentences passed against the count (أصدرت أحكاما بحق 41 متهما، الأحكام الصادرة بحق 12 عائدا): convicted.
  'أحكام* بحق': 'detained',
  // A court's ruling glued to its ب: "قضت بإعدام 11 فرنسيا", "قضت المحكمة بسجن 4 مغاربة": sentenced.
  ...Object.fromEntries(
    ['قضت', 'قضى', 'تقضي', 'يقضي', 'حكمت', 'حكم'].map((rule) => [`${rule} بإعدام`, 'detained' as const]),
  ),
  // The ruling as a noun (أصدرت حكما بإعدام 11 فرنسيا، الأحكام بإعدام 6 مدانين): sentenced too.
  'حكم* بإعدام': 'detained',
  'أحكام* بإعدام': 'detained',
  // The death sentence issued or upheld (أيدت المحكمة حكم الإعدام الصادر بحق 4 سويديين): a sentence; carried
  // out (تنفيذ حكم الإعدام بحق 21 مدانا) a death. Alone (نفذت السلطات حكم الإعدام) the verb decides, apart.
  'حكم الإعدام الصادر': 'detained',
  'أحكام الإعدام الصادرة': 'detained',
  'أيد* حكم الإعدام': 'detained',
  'أيد* أحكام الإعدام': 'detained',
  'تأييد حكم الإعدام': 'detained',
  'تأييد أحكام الإعدام': 'detained',
  'نفذ* حكم الإعدام': 'killed',
  'نفذ* أحكام الإعدام': 'killed',
  'تنفيذ حكم الإعدام': 'killed',
  'تنفيذ أحكام الإعدام': 'killed',
  'الحكم بإعدام': 'detained',
  'الأحكام بإعدام': 'detained',
  بسجن: 'detained',
  بسجنهم: 'detained',
  'الأحكام* بحق': 'detained',
  أحكاما: 'detained',
  'أحكام* بالسجن': 'detained',
  'الأحكام* الصادرة بحق': 'detained',
  'محكوم* بالإعدام': 'detained',
  'حكم* عليهم بالإعدام': 'detained',
  // "with death" is only ever the sentence (حكم على 11 فرنسيا بالإعدام); an execution is إعدام.
  بالإعدام: 'detained',
  'أدين*': 'detained',
  // The court convicted them; with no count after it (أدانت الهجوم) it is never read.
  أدان: 'detained',
  أدانت: 'detained',
  // The same verb without its hamza, as Gulf papers write it (دانت المحكمة 9 أشخاص).
  دانت: 'detained',
  'دانته*': 'detained',
  'أدانته*': 'detained',
  إدانة: 'detained',
  القبض: 'detained',
  توقيف: 'detained',
  // Caught, as Gulf and Egyptian security statements say an arrest (ضبط 6 أشخاص، ضبطت الأجهزة خلية من 4
  // أعضاء، تم ضبط 3 متهمين).
  ضبط: 'detained',
  ضبطت: 'detained',
  ضبطوا: 'detained',
  'أوقف*': 'detained',
  'موقوف*': 'detained',
  حبس: 'detained',
  'محبوس*': 'detained',
  أسر: 'detained',
  // Took captive, with a subject suffix (أسرت القوات 40 مقاتلا); أسرة (a family) is another word.
  أسرت: 'detained',
  أسروا: 'detained',
  'يأسر*': 'detained',
  'تأسر*': 'detained',
  أسرى: 'detained',
  اتهام: 'detained',
  'متهم*': 'detained',
  // Charged or prosecuted (وجهت النيابة تهما بالإرهاب إلى 23 عائدا، الملاحقة القضائية): in the hands of
  // the courts, detained as the accused are (GUIDELINES: arrested, imprisoned, convicted).
  تهما: 'detained',
  تهمة: 'detained',
  // "وجهت السلطات اتهامات إلى 27 عائدا": the plural of اتهام, the verb's subject between.
  اتهامات: 'detained',
  'بتهم*': 'detained',
  // The nominative plural after the count ("وجهت إلى 32 رجلا تهم تتعلق بالإرهاب"): alone, تهم is as
  // often the verb "concerns", so only with what the charges are about.
  'تهم تتعلق*': 'detained',
  'تهم ترتبط*': 'detained',
  'تهم الإرهاب': 'detained',
  'تهم إرهاب*': 'detained',
  'وجه* تهم*': 'detained',
  'وجه* اتهام*': 'detained',
  'وجه* الاتهام*': 'detained',
  'توجيه* تهم*': 'detained',
  'توجيه* الاتهام*': 'detained',
  'ملاحق* قضائي*': 'detained',
  'الملاحقة القضائية': 'detained',
  'لاحق* قضائي*': 'detained',
  'حوكم*': 'detained',
  'يحاكم*': 'detained',
  'تحاكم*': 'detained',
  // Brought before a court (مثل أمام المحكمة 12 متهما، يمثلون أمام القضاء): tried, in custody.
  'مثل* أمام': 'detained',
  'يمثل* أمام': 'detained',
  'مثول* أمام': 'detained',
  // Deprived of liberty (the UN's words for children held): "محرومين من الحرية".
  'محروم* من الحرية': 'detained',
  'محروم* من حريت*': 'detained',
  'الحرمان من الحرية': 'detained',
  محاكمة: 'detained',
  // killed: killed, died.
  'قتل*': 'killed',
  // Lost (فقدت الجماعة 70 مقاتلا، خسر الجيش 12 جنديا): a side's dead, in war reports. Not the bare
  // فقد, which is also ف + قد ("فقد سافر 40").
  ...Object.fromEntries(
    ['فقدت', 'فقدنا', 'يفقد', 'خسر', 'خسرت', 'خسرنا', 'يخسر', 'تخسر'].map((w) => [w, 'killed' as const]),
  ),
  // Put an end to (قضت القوات على 4 إرهابيين، القضاء على 12 مسلحا): killed, in military statements.
  'قضت على': 'killed',
  'قضى على': 'killed',
  'القضاء على': 'killed',
  قتيل: 'killed',
  قتيلا: 'killed',
  قتلى: 'killed',
  قتيلين: 'killed',
  قتيلان: 'killed',
  'يقتل*': 'killed',
  'مقتل*': 'killed',
  // Fell at the front (سقطوا في جبهات القتال) and the bodies buried (شيعت جثامين 26 طفلا): dead.
  'سقطوا في': 'killed',
  'سقطن في': 'killed',
  جثامين: 'killed',
  جثث: 'killed',
  جثة: 'killed',
  جثمان: 'killed',
  جثتين: 'killed',
  جثتان: 'killed',
  رفات: 'killed',
  'لقي حتفه': 'killed',
  'لقوا حتفهم': 'killed',
  // Enlisted in a group's ranks (انخرطوا في صفوف داعش، الانخراط في التنظيم): joining it.
  'انخرط*': 'joined',
  'ينخرط*': 'joined',
  'الانخراط*': 'joined',
  'لقين حتفهن': 'killed',
  'لقي مصرعه': 'killed',
  'لقوا مصرعهم': 'killed',
  مصرع: 'killed',
  حتفهم: 'killed',
  // The verb before the count and its object after it: "لقي 14 مقاتلا مصرعهم".
  مصرعهم: 'killed',
  مصرعهن: 'killed',
  حتفهن: 'killed',
  // قضى نحبه (he died), split by the count as لقي … حتفهم is: "قضى 11 طفلا نحبهم".
  نحبه: 'killed',
  نحبهم: 'killed',
  نحبهن: 'killed',
  'توفي*': 'killed',
  // The plural past (توفوا، توفين): 'توفي*' does not reach it.
  توفوا: 'killed',
  توفين: 'killed',
  وفاة: 'killed',
  وفيات: 'killed',
  مات: 'killed',
  ماتوا: 'killed',
  ماتت: 'killed',
  موت: 'killed',
  'أعدم*': 'killed',
  // Beheaded (قطع التنظيم رؤوس 21 عاملا، قطع رأس): killed, as executed.
  'قطع* رؤوس': 'killed',
  'قطع* رأس': 'killed',
  'بقطع رؤوس': 'killed',
  'بقطع رأس': 'killed',
  // The count before its fate: "50 طفلا قطعت رؤوسهم" (were beheaded).
  ...Object.fromEntries(
    ['قطع*', 'قطعت', 'حز*', 'جز*'].flatMap((verb) =>
      ['رؤوسهم', 'رؤوسهن', 'رأسه', 'رأسها', 'رقابهم'].map((head) => [`${verb} ${head}`, 'killed' as const]),
    ),
  ),
  // Drowned, said of the people (600 مهاجر غرقوا قبالة ليبيا): died. Not the singular, which a boat
  // takes as well (غرق قارب يقل 40 مهاجرا, a boat carrying 40 sank).
  ...Object.fromEntries(['غرقوا', 'غرقن'].map((w) => [w, 'killed' as const])),
  // Neutralised, the armies' word for killed (تحييد 17 إرهابيا، حيد الجيش 30 مسلحا), as fr « neutralisés ».
  ...Object.fromEntries(['تحييد', 'حيد', 'حيدت', 'حيدوا', 'يحيد', 'تحيد'].map((w) => [w, 'killed' as const])),
  // Slaughtered (ذبح التنظيم 21 رهينة، ذبحوا): killed.
  'ذبح*': 'killed',
  'يذبح*': 'killed',
  إعدام: 'killed',
  // Its plural, when carried out or summary ("نفذت الجماعة إعدامات ميدانية طالت 13 شابا"); alone it is as
  // often called for or halted ("بوقف الإعدامات بحق 12 معتقلا"), said of the condemned.
  'نفذ* إعدامات': 'killed',
  'إعدامات ميدانية': 'killed',
  'الإعدامات الميدانية': 'killed',
  'استشهد*': 'killed',
  // Its verbal noun, the event of a wire or a toll ("أسفر الهجوم عن استشهاد 7 جنود"); not "الاستشهاد بـ"
  // (citing), which counts no one.
  استشهاد: 'killed',
  قضوا: 'killed',
  'فجر* نفس*': 'killed',
  // other.
  'مطلوب*': 'other',
  // Defected from the group (انشق 22 عنصرا عن التنظيم): out of it, neither held nor dead. Not the noun
  // (منشقين), which names them whatever befell them later.
  'انشق*': 'other',
  'ينشق*': 'other',
  // Missing (فقدان 30 طفلا، 15 مفقودا، اختفاء); not فقد (also "so", a very common word): neither held nor known dead.
  // The bare فقد right before a count is missingVerbs; before "the trace of" it is the passive (فُقد أثر 30
  // طفلا, all trace of 30 children was lost).
  فقدان: 'other',
  'فقد أثر': 'other',
  'فقدت أثر': 'other',
  'فقدنا أثر': 'other',
  'فقدت آثار': 'other',
  'مفقود*': 'other',
  // "في عداد المفقودين" (counted among the missing), "مصيرهم مجهول" (their fate unknown).
  'عداد المفقود*': 'other',
  'في عداد المفقود*': 'other',
  // Victims (بين الضحايا، عدد الضحايا، 30 ضحية): harmed by the group, neither held nor known dead
  // (GUIDELINES.md, Hard cases: victims take killed or other).
  ضحية: 'other',
  ضحايا: 'other',
  ضحيتين: 'other',
  ضحيتان: 'other',
  // …but victims of recruitment (من ضحايا التجنيد) were recruited.
  'ضحايا التجنيد': 'joined',
  'ضحايا تجنيد': 'joined',
  'ضحية التجنيد': 'joined',
  'ضحايا للتجنيد': 'joined',
  'مصير* مجهول*': 'other',
  // Held by the group that took them (مختطفات لدى التنظيم، أسرى في قبضة الجماعة): captives, status other.
  ...Object.fromEntries(
    ['مختطف*', 'مخطوف*', 'أسرى', 'أسيرات', 'رهائن', 'سبايا'].flatMap((w) =>
      ['لدى', 'بيد', 'في قبضة', 'في أيدي'].map((by) => [`${w} ${by}`, 'other' as const]),
    ),
  ),
  اختفاء: 'other',
  'اختفى*': 'other',
  اختفت: 'other',
  'أصيب*': 'other',
  // The active verb of wounding: "قتلوا 5 جنود وأصابوا 12 آخرين".
  أصاب: 'other',
  أصابت: 'other',
  أصابوا: 'other',
  إصابة: 'other',
  'مصاب*': 'other',
  جرح: 'other',
  جرحى: 'other',
  // The wounded counted as such ("30 قتيلا و45 جريحا"): the noun says what befell them.
  جريح: 'other',
  جريحا: 'other',
  جريحين: 'other',
  جريحان: 'other',
  // Mixed outcomes for one count, "killed or maimed" (GUIDELINES.md, Hard cases): other.
  ...Object.fromEntries(
    ['قتل*', 'مقتل', 'قتلى', 'ماتوا', 'توفي*'].flatMap((k) =>
      [
        ...MAIMED_VERBS,
        'تشويه',
        'أصيب*',
        'إصابة',
        'جرح*',
        'بتر*',
        'مشوه*',
        'جرحى',
        'اعتقل*',
        'اختطف*',
        'خطف*',
      ].flatMap((o) => [`${k} أو ${o}`, `${k} او ${o}`].map((w) => [w, 'other' as const])),
    ),
  ),
  // "سقط 600 طفل بين قتيل وجريح", "30 قتيلا وجريحا": the dead and the wounded in one count are mixed too.
  ...Object.fromEntries(
    ['قتيل وجريح', 'قتيل ومصاب', 'قتلى وجرحى', 'قتلى ومصابين', 'قتيلا وجريحا', 'قتيل و جريح'].flatMap((k) =>
      [k, `بين ${k}`].map((w) => [w, 'other' as const]),
    ),
  ),
  // Maimed ("مقتل 35 طفلا وتشويه 60 آخرين"): a harm other than death.
  تشويه: 'other',
  ...Object.fromEntries(MAIMED_VERBS.map((w) => [w, 'other' as const])),
  بتر: 'other',
  تأهيل: 'other',
  دمج: 'other',
  // Rehabilitation and reintegration (إعادة التأهيل، إعادة الإدماج) are programmes, not returns.
  'إعادة تأهيل*': 'other',
  'إعادة التأهيل': 'other',
  // The finite verb of the programme (أعاد البرنامج تأهيل 530 طفلا، أعيد تأهيلهم، يعاد دمجهم): no return.
  ...Object.fromEntries(
    ['أعاد', 'أعادت', 'أعادوا', 'أعيد', 'أعيدت', 'أعيدوا', 'يعيد', 'تعيد', 'يعاد', 'تعاد'].flatMap((v) =>
      ['تأهيل*', 'دمج*', 'إدماج*'].map((n) => [`${v} ${n}`, 'other' as const]),
    ),
  ),
  'إعادة إدماج*': 'other',
  'إعادة الإدماج': 'other',
  تبني: 'other',
  // Driven from their homes: victims, not members (GUIDELINES.md, Hard cases).
  تشريد: 'other',
  نزوح: 'other',
  'شرد*': 'other',
};

/** The months' names, Gregorian (Egyptian, Levantine and Maghrebi spellings) and Syriac: no counts. */
const MONTH_NAMES = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'إبريل',
  'مايو',
  'يونيو',
  'يونيه',
  'يوليو',
  'يوليه',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
  'كانون',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين',
  'جانفي',
  'فيفري',
  'أفريل',
  'ماي',
  'جوان',
  'جويلية',
  'أوت',
  'غشت',
  'شتنبر',
  'نونبر',
  'دجنبر',
  'يوليوز',
];

/** A month's day as an ordinal word (masculine, of اليوم): الأول … الحادي والثلاثين. */
const DAY_ORDINALS: Array<[string, number]> = (() => {
  const first = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
  const out: Array<[string, number]> = first.map((w, i) => [w, i + 1]);
  out.push(['العاشر', 10], ['الحادي عشر', 11], ['العشرين', 20], ['الحادي والعشرين', 21], ['الثلاثين', 30]);
  out.push(['الحادي والثلاثين', 31]);
  for (let n = 2; n <= 9; n++)
    out.push([`${first[n - 1]} عشر`, 10 + n], [`${first[n - 1]} والعشرين`, 20 + n]);
  return out;
})();

/**
 * The day ordinals after a word of time ("في الحادي والعشرين" before "من آذار"): without one, "الأسبوع
 * الثاني من آذار" is a week, and "العدد الثالث" an issue.
 */
const dayOrdinals: Record<string, number> = Object.fromEntries(
  ['في', 'منذ', 'حتى', 'يوم', 'بتاريخ', 'صباح', 'مساء', 'ليلة'].flatMap((p) =>
    DAY_ORDINALS.map(([w, n]) => [`${p} ${w}`, n]),
  ),
);

/**
 * A day is often written "13 من شهر نيسان", "3 من آذار": the month with "(من) شهر" before it is
 * still right after the day, so the day is not read as a count.
 */
function withMonthFrames(months: Record<string, number>): Record<string, number> {
  const out = { ...months };
  for (const [name, n] of Object.entries(months)) {
    out[`شهر ${name}`] = n;
    out[`من شهر ${name}`] = n;
    out[`من ${name}`] = n;
  }
  return out;
}

/**
 * A media noun with its adjective or its noun in construct ('تسجيل مصور', 'مقطع فيديو') is written
 * definite too: the article on the first word is a clitic, but the second carries its own ("التسجيل
 * المصور", "الإصدار المرئي", "الرسالة الصوتية"). Accusative forms (ending in alif) have no definite form
 * of their own: the definite accusative is the nominative's.
 */
function withDefinite<T>(words: Record<string, T>): Record<string, T> {
  const out = { ...words };
  for (const [phrase, v] of Object.entries(words)) {
    const w = phrase.split(' ');
    if (w.length !== 2 || w.some((x) => x.startsWith('ال') || x.endsWith('ا'))) continue;
    out[`${w[0]} ال${w[1]}`] ??= v;
  }
  return out;
}

/** Another operation, incident or place (في عملية منفصلة، وفي مدينة أخرى): another event. */
const OTHER_EVENT = [
  'في عملية منفصلة',
  'في عملية أخرى',
  'في حادث منفصل',
  'في حادث آخر',
  'في حادثة أخرى',
  'في هجوم منفصل',
  'في تطور آخر',
  'في سياق آخر',
  'في سياق منفصل',
  'على صعيد آخر',
  'من جهة أخرى',
  'من ناحية أخرى',
  // Another place or incident: "وفي مدينة أخرى، اعتقل 12 شخصا".
  'في مدينة أخرى',
  'في منطقة أخرى',
  'في محافظة أخرى',
  'في ولاية أخرى',
  'في مكان آخر',
  'في هجوم آخر',
  'في واقعة أخرى',
  'في حادثة منفصلة',
  'في واقعة منفصلة',
];

export const ar: LanguagePack = {
  code: 'ar',
  places,
  francCode: 'arb',
  script: 'arabic',
  searchConfig: 'arabic',
  tooGeneralToSearch: [
    'يوجد',
    'توجد',
    'موجود*',
    'هناك',
    'يضم',
    'تضم',
    'بقي*',
    'يبقى',
    'يخدم*',
    'لا يزال*',
    'لا تزال',
    'ما زال*',
    'ما يزال*',
    'لا يزالون',
    'يعيش*',
    'تعيش*',
    'ذهب',
    'ذهبوا',
    'ذهبن',
    'ذهبت',
    'يذهبون',
    'دخلوا',
    'انتقل*',
    'توجه*',
    'يتوجه*',
    'غادر*',
    'يغادر*',
    'مغادرة',
    'وصلوا إلى',
    'قدموا إلى',
    'يبدو*',
    'ظهر*',
    'يظهر*',
    'تظهر*',
    'أظهر*',
    'ظهور',
    'صور*',
    'فيديو*',
    'الفيديو',
    'نقل*',
    'جلب',
    'تسليم*',
    'سلمت',
    'سلم',
    'تسلم*',
    'استقبل*',
    'استقبال',
    'وصل* إلى',
    'تصل إلى',
    'على متنها',
    'حكم*',
    'اتهام',
    'متهم*',
    'محاكمة',
    'أسر',
    'موت',
    'media:عدد',
    'media:منشور',
    'media:صحيفة',
    'media:خطاب',
    'media:رسالة',
    'media:بيان',
    'media:بيانا',
    'media:صورة',
    'media:صور',
    'عضو',
    'عضوا',
    'أعضاء',
    'عنصر',
    'عنصرا',
    'عناصر',
    'أبناء',
  ],
  sourceNames: {
    generic: ['حكومة', 'السلطات', 'سلطات'],
    functionWords: ['قال', 'قالت', 'وفق', 'وفقا', 'حسب', 'بحسب', 'عن', 'من', 'في', 'و'],
    titles: ['الرييس', 'رييس', 'وزير', 'الوزير', 'المتحدث', 'متحدث', 'مدير'],
    vague: ['مصادر', 'مصدر', 'مسوول', 'خاصه', 'مطلعه', 'خبراء', 'السلطات', 'وسايل', 'الاعلام'],
  },
  scopeMarkers: {
    total: [
      'في المجموع',
      'في المجمل',
      'بالمجمل',
      'اجمالي',
      'اجمالا',
      'بالاجمال',
      'مجموع',
      'منذ (?:عام )?\\d{4}',
      'حتى الان',
      'حتى اليوم',
      'الى الان',
    ],
    event: [
      'هذا الاسبوع',
      'الاسبوع الماضي',
      'يوم (?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)',
      'امس',
      'اليوم',
      'الليله الماضيه',
      'دفعه',
      'المرحله',
      'على متنها',
    ],
    stock: ['لا يزال', 'لا تزال', 'ما زال', 'ما زالت', 'ما يزال', 'يتواجد', 'يقبع', 'حاليا'],
  },
  scopeMarkerPrefix: '[وفبل]',
  clitics: ARABIC_CLITICS,
  // Arabic prints Western digits with a comma for thousands (30,000) and a dot or ٫ for decimals.
  decimalComma: false,
  numberWords,
  numberConnectors: ['و', '-'],
  scaleWords: {
    ألف: 1000,
    ألفا: 1000,
    آلاف: 1000,
    ألوف: 1000,
    الف: 1000,
    مليون: 1_000_000,
    ملايين: 1_000_000,
    مليونا: 1_000_000,
    مليار: 1e9,
    مليارات: 1e9,
  },
  approxNumberNouns: {},
  vagueQuantities: {
    عشرات: 20,
    مئات: 200,
    آلاف: 2000,
    ألوف: 2000,
    'عشرات الآلاف': 20000,
    'مئات الآلاف': 200000,
    ملايين: 2_000_000,
    بضع: 3,
    بضعة: 3,
    عدة: 3,
    عديد: 10,
    العديد: 10,
    الكثير: 10,
    كثير: 10,
    'عدد من': 3,
    'مجموعة من': 3,
    بعض: 2,
    'عدد كبير من': 20,
    'أعداد كبيرة من': 20,
    'أعداد هائلة من': 100,
    'بضع مئات': 200,
    'بضعة آلاف': 2000,
    // "بضعة عشر طفلا" (ten-odd children): no number of its own.
    'بضعة عشر': 13,
    'بضع عشرة': 13,
    'بضعة عشرة': 13,
    'بضع عشر': 13,
    'عشرات من': 20,
    'مئات من': 200,
    'آلاف من': 2000,
    قلة: 3,
    'عدد قليل من': 3,
  },
  boundsBefore: {
    'أكثر من': 'more_than',
    'ما يزيد عن': 'more_than',
    'ما يزيد على': 'more_than',
    'يزيد عن': 'more_than',
    'يزيد على': 'more_than',
    'أزيد من': 'more_than',
    'ما يربو على': 'more_than',
    'يربو على': 'more_than',
    'ما يربو عن': 'more_than',
    'يربو عن': 'more_than',
    // "Some … and" before the tens (نيف وعشرون، نيفا وأربعين: twenty-odd, forty-odd): more than the tens.
    نيف: 'more_than',
    نيفا: 'more_than',
    'ما ينيف على': 'more_than',
    'ينيف على': 'more_than',
    'ما ينيف عن': 'more_than',
    // The same verb with its other vowel (ناف ينوف: to exceed).
    'ما ينوف على': 'more_than',
    'ينوف على': 'more_than',
    'ما ينوف عن': 'more_than',
    'ينوف عن': 'more_than',
    // A degree adverb inside the comparison ("أكثر بقليل من 900", slightly more than; "ما يزيد قليلا عن",
    // "أقل بكثير من"): the bound stays what its comparison says.
    ...degreeBounds({
      'أكثر من': 'more_than',
      'ما يزيد عن': 'more_than',
      'ما يزيد على': 'more_than',
      'يزيد عن': 'more_than',
      'يزيد على': 'more_than',
      'ما يربو على': 'more_than',
      'ما يفوق': 'more_than',
      'أقل من': 'less_than',
      'ما يقل عن': 'less_than',
    }),
    'ما يفوق': 'more_than',
    يفوق: 'more_than',
    يتجاوز: 'more_than',
    'ما يتجاوز': 'more_than',
    تجاوز: 'more_than',
    فوق: 'more_than',
    'ما فوق': 'more_than',
    'يزيدون عن': 'more_than',
    'يزيدون على': 'more_than',
    'ما لا يقل عن': 'at_least',
    'لا يقل عن': 'at_least',
    'لا تقل عن': 'at_least',
    'ما لا يقل عدده عن': 'at_least',
    'على الأقل': 'at_least',
    'ما لا يقلون عن': 'at_least',
    'لا يقلون عن': 'at_least',
    'أقل من': 'less_than',
    'ما يقل عن': 'less_than',
    'يقل عن': 'less_than',
    دون: 'less_than',
    حتى: 'at_most',
    'ما يصل إلى': 'at_most',
    'يصل إلى': 'at_most',
    'ما يصل الى': 'at_most',
    'يصل الى': 'at_most',
    // Reaching a figure after a change ("تضاعف العدد ليصل إلى 1600"): the figure reached, no upper bound.
    ...Object.fromEntries(
      ['ليصل', 'لتصل', 'ليرتفع', 'لترتفع', 'لينخفض', 'لتنخفض', 'ليتراجع', 'لتتراجع'].flatMap((reach) => [
        [`${reach} إلى`, 'exact' as const],
        [`${reach} الى`, 'exact' as const],
      ]),
    ),
    'لا يزيد عن': 'at_most',
    'لا يزيد على': 'at_most',
    'ما لا يزيد عن': 'at_most',
    'ما لا يزيد على': 'at_most',
    'لا يتجاوز': 'at_most',
    'لا يتعدى': 'at_most',
    'على الأكثر': 'at_most',
    'بحد أقصى': 'at_most',
    نحو: 'approx',
    حوالي: 'approx',
    حوالى: 'approx',
    قرابة: 'approx',
    زهاء: 'approx',
    'ما يقارب': 'approx',
    'ما يقرب من': 'approx',
    يقارب: 'approx',
    'يقرب من': 'approx',
    'ما يناهز': 'approx',
    يناهز: 'approx',
    'ما يقدر': 'approx',
    يقدر: 'approx',
    تقدر: 'approx',
    يقدرون: 'approx',
    // The past of estimating, active or passive alike without vowels ("قدرت الوزارة عددهم بـ", "قدر عدد
    // المقاتلين بـ"): an estimate, as the present is.
    قدرت: 'approx',
    قدر: 'approx',
    قدروا: 'approx',
    'ما يقدر عددهم': 'approx',
    تقريبا: 'approx',
    'قرابة ال': 'approx',
    'حوالي ال': 'approx',
    'ما يقارب ال': 'approx',
    'نحوا من': 'approx',
    // The same without its accusative ending, as much copy writes it (تحتجز نحو من 40 طفلا).
    'نحو من': 'approx',
    'أكثر من ال': 'more_than',
    'قد يصل إلى': 'at_most',
    ربما: 'approx',
    تقدير: 'approx',
    بحدود: 'approx',
    'في حدود': 'approx',
    قاربت: 'approx',
    قارب: 'approx',
  },
  boundsAfter: {
    'على الأقل': 'at_least',
    'أو أكثر': 'at_least',
    فأكثر: 'at_least',
    وأكثر: 'more_than',
    ونيف: 'more_than',
    ونيفا: 'more_than',
    نيف: 'more_than',
    تقريبا: 'approx',
    'أو أقل': 'at_most',
    فأقل: 'at_most',
    'على الأكثر': 'at_most',
    'أو نحو ذلك': 'approx',
    'أو ما يقارب': 'approx',
  },
  // بـ85, لـ300: the preposition stays glued to the number after a hedge or bound; ال in "الـ300".
  // A bound verb before a "number of" frame, its preposition after the frame's noun: "لا يقل عدد
  // الضحايا عن 25" (no fewer than), "يزيد عدد المعتقلين على 5 آلاف" (more than), "لا يزيد عددهم على 90"
  // (no more than). Only before the frame: "يزيد" alone before a number may be a name (Yazid).
  frameBounds: {
    'لا يقل': 'at_least',
    'لا تقل': 'at_least',
    'لم يقل': 'at_least',
    'لا يزيد': 'at_most',
    'لا تزيد': 'at_most',
    'لم يزد': 'at_most',
    يزيد: 'more_than',
    تزيد: 'more_than',
    زاد: 'more_than',
    // May reach, the frame between ("قد يصل عدد المجندين إلى 40 طفلا"), as "قد يصل إلى" right before it.
    'قد يصل': 'at_most',
    'قد تصل': 'at_most',
    // Estimated, with its subject before the frame ("قدرت المنظمة عدد الأطفال بـ").
    ...Object.fromEntries(['قدرت', 'قدر', 'قدروا', 'يقدر', 'تقدر'].map((w) => [w, 'approx' as const])),
  },
  // The "and" glued to the tens after نيف (نيف وعشرون: twenty-odd) too.
  boundGap: '(?:ب|ل|ال|بال|و)\\s*-?',
  rangeFrames: [
    ['بين', 'و'],
    ['ما بين', 'و'],
    ['من', 'إلى'],
    ['من', 'الى'],
    ['من', 'حتى'],
    ['يتراوح بين', 'و'],
    ['تتراوح بين', 'و'],
    ['يتراوح من', 'إلى'],
  ],
  rangeJoiners: ['-', 'إلى', 'الى', 'أو', 'او', 'حتى'],
  populationWords,
  nounBlockers: ['لديهم', 'لديهن', 'مع', 'الذين', 'اللواتي', 'اللاتي', 'لهم', 'لهن'],
  nounModifiers: [
    'من',
    'من بين',
    'آخر',
    'آخرين',
    'أخرى',
    'إضافي',
    'إضافيين',
    'جديد',
    'جدد',
    'فقط',
    'على الأقل',
    'تقريبا',
    'أجنبي',
    'أجانب',
    'صغار',
    'صغير',
    'قاصرين',
    'مسلحين',
  ],
  // "هؤلاء الأطفال الـ30" (these 30 children): the count said before, said again.
  definiteArticles: ['هؤلاء', 'هذه', 'هذا', 'أولئك', 'الـ'],
  definitePrefix: '[وفبكل]?ال|[وف]?لل',
  communityNouns: [
    ...['القبائل', 'القبيلة', 'العشائر', 'العشيرة', 'الجالية', 'الطائفة', 'الشعب', 'الوطن', 'البلد'],
    ...['المحافظة', 'المنطقة', 'المدينة', 'البلدة', 'القرية', 'القرى', 'الإقليم', 'الولاية', 'الريف'],
    ...['الجمهورية', 'الحي', 'المخيم', 'المخيمات', 'المكون'],
    // Indefinite before a name: "أبناء عشيرة الشعيطات", "أبناء قرية كوجو".
    ...['عشيرة', 'عشائر', 'قبيلة', 'قبائل', 'محافظة', 'مدينة', 'بلدة', 'قرية', 'منطقة'],
  ],
  groupNouns: ['تنظيم', 'جماعة', 'حركة', 'ميليشيا', 'ميليشيات', 'مليشيا', 'مليشيات', 'فصيل', 'خلية', 'كتيبة'],
  // The accusative nisba after a number (15 روسيًا، 30 سوريًا) is written like the country's name.
  demonymCaseEndings: ['ا'],
  // A feminine nisba names women ("30 تونسية", "14 عراقيات", "سوريتان"); folded text writes ة as ه.
  womenDemonym: 'ي(?:ه|ات|تان|تين)$',
  partitivesBefore: [
    'منهم',
    'منهن',
    'من بينهم',
    'من بينهن',
    'بينهم',
    'بينهن',
    'من هؤلاء',
    'من بين هؤلاء',
    'بين هؤلاء',
  ],
  // "ولم يعد منهم سوى 40", "لم ينج من الأطفال الـ80 إلا 10": only N, a part of the whole before.
  exceptives: ['سوى', 'إلا', 'الا', 'غير'],
  // "45 طفلا لم يعودوا إلى بلدانهم", "لم تتم إعادتهن": a denied return (claims' withoutDeniedReturns).
  // "انتهاكات بحق 45 طفلا" (other), but "أحكام بالسجن بحق 12 عائدا" (detained): claims' withoutYielding.
  // Wanted (مطلوب*, other) yields too: "اعتقلت القوات 19 مطلوبا" were arrested; "قائمة تضم 60 مطلوبا" stays.
  yieldingStatusWords: ['بحق', 'مطلوب*'],
  returnNegators: ['لم', 'ولم', 'فلم', 'لم يتم', 'لم تتم', 'ولم يتم', 'ولم تتم', 'لم يجر', 'ولم يجر'],
  fightingBeforeCount: true,
  // The verb first, its subject (the count) next, its reflexive object last: "سلم 40 مقاتلا أنفسهم".
  // A state's authorities a nationality qualifies: "إلى السلطات الروسية".
  stateNouns: ['السلطات', 'سلطات', 'الحكومة', 'حكومة', 'الأجهزة الأمنية'],
  // Courts and prosecutors: "حكمت محكمة تونسية على 9 عائدين" tells where they are tried, not theirs.
  // A state's armed forces, and taking people captive: "أسر 12 عنصرا من القوات العراقية" (Iraqi).
  // A capital for its state as the one that acts ("تسلمت الخرطوم 18 امرأة من رعاياها"): capitals
  // whose name is no country's (تونس، الجزائر، الكويت) and no other place's (طرابلس، عمان). Read only
  // as the subject of a return verb, so a capital at war (بغداد) stands for its state too.
  capitalStates: {
    موسكو: 'RU',
    باريس: 'FR',
    واشنطن: 'US',
    لندن: 'GB',
    برلين: 'DE',
    بروكسل: 'BE',
    ستوكهولم: 'SE',
    روما: 'IT',
    مدريد: 'ES',
    أنقرة: 'TR',
    أستانا: 'KZ',
    بيشكيك: 'KG',
    دوشنبه: 'TJ',
    طشقند: 'UZ',
    باكو: 'AZ',
    تبليسي: 'GE',
    بيروت: 'LB',
    القاهرة: 'EG',
    الرباط: 'MA',
    الخرطوم: 'SD',
    نواكشوط: 'MR',
    الرياض: 'SA',
    أبوظبي: 'AE',
    الدوحة: 'QA',
    انجامينا: 'TD',
    نيامي: 'NE',
    باماكو: 'ML',
    أبوجا: 'NG',
    نيروبي: 'KE',
    طهران: 'IR',
    لاهاي: 'NL',
    أمستردام: 'NL',
    كوبنهاغن: 'DK',
    أوسلو: 'NO',
    فيينا: 'AT',
    كوبنهاجن: 'DK',
    هلسنكي: 'FI',
    أوتاوا: 'CA',
    كانبرا: 'AU',
    'نور سلطان': 'KZ',
    دوشانبي: 'TJ',
    'عشق آباد': 'TM',
    'عشق أباد': 'TM',
    سراييفو: 'BA',
    بريشتينا: 'XK',
    سكوبيي: 'MK',
    تيرانا: 'AL',
    جاكرتا: 'ID',
    كوالالمبور: 'MY',
    بغداد: 'IQ',
  },
  forceNouns: [
    ...['القوات', 'قوات', 'الجيش', 'جيش', 'الشرطة', 'شرطة', 'الأمن', 'الحرس', 'النظام'],
    // "25 أسيرا من الجنود العراقيين", "من عناصر الجيش العراقي": its soldiers, members and officers.
    ...['الجنود', 'جنود', 'العسكريين', 'عسكريين', 'عناصر', 'أفراد', 'منتسبي', 'الضباط', 'ضباط'],
  ],
  captureWords: [
    ...['أسر', 'أسرت', 'أسروا', 'يأسر*', 'تأسر*', 'أسرى', 'أسيرا', 'أسيرين', 'الأسرى', 'بالأسر'],
    // Abducted, kidnapped (اختطف التنظيم 40 امرأة): taken captive too.
    ...['اختطف*', 'يختطف*', 'تختطف*', 'خطف*', 'يخطف*', 'تخطف*', 'اختطاف', 'باختطاف', 'لاختطاف'],
  ],
  // Went missing (فُقد 40 شخصا، وفقد أكثر من 250 مهاجرا), unvowelled like the particle ف + قد: only right
  // before a count.
  missingVerbs: ['فقد'],
  // "فقد الجيش المالي 14 جنديا": with its subject before the count, فقد is "lost" (killed).
  lossVerbs: ['فقد', 'وفقد', 'خسر', 'وخسر', 'خسرت', 'وخسرت', 'فقدت', 'وفقدت'],
  courtNouns: [
    'محكمة',
    'المحكمة',
    'محاكم',
    'المحاكم',
    'القضاء',
    'النيابة',
    'نيابة',
    'الادعاء',
    'هيئة المحكمة',
  ],
  // The verb, its subject, then its object behind a ب glued to the count's bound: "دفعت الجماعة بأكثر
  // من 300 طفل إلى الجبهات", "زج الحوثيون بنحو 70 طفلا في المعارك": sent into battle (joined).
  // Setting free: of prisoners (أطلق سراح 40 سجينا، أفرج عن 25 معتقلا من سجن) the end of a detention.
  // A prisoner swap (صفقة تبادل) hands each side its people back: returned.
  releaseVerbs: {
    verbs: ['إطلاق سراح', 'أطلق* سراح', 'يطلق* سراح', 'سراح', 'الإفراج', 'أفرج*', 'يفرج*', 'تفرج*'],
    exchanges: ['تبادل', 'صفقة', 'مبادلة', 'التبادل'],
  },
  particleVerbs: {
    gluedParticle: 'ب',
    particles: [
      'بأكثر',
      'بنحو',
      'بحوالي',
      'بقرابة',
      'بزهاء',
      'بما',
      'بمئات',
      'بعشرات',
      'بآلاف',
      'بأزيد',
    ].concat(
      // A court's ruling: "قضت محكمة عراقية بإعدام 11 فرنسيا", "قضت المحكمة بسجن 4 مغاربة": sentenced;
      // juveniles are committed to a reform house ("قضت محكمة الأحداث بإيداع سبعة فتيان"): held too.
      ['بإعدام', 'بسجن', 'بإيداع'],
    ),
    verbs: {
      ...Object.fromEntries(['دفع*', 'يدفع*', 'تدفع*', 'الدفع'].map((verb) => [verb, 'joined' as const])),
      ...Object.fromEntries(['زج*', 'يزج*', 'تزج*', 'الزج'].map((verb) => [verb, 'joined' as const])),
      // "حكمت محكمة عراقية بإعدام 11 فرنسيا": the court named between, a sentence all the same.
      ...Object.fromEntries(
        ['قضت', 'قضى', 'تقضي', 'يقضي', 'حكمت', 'حكم', 'تحكم', 'يحكم'].map((verb) => [
          verb,
          'detained' as const,
        ]),
      ),
    },
    groups: [
      // Cut off the heads of, the killer between (قطع التنظيم رؤوس 21 عاملا، حز المسلحون رقاب 12 رهينة):
      // killed; without a verb of cutting before them, heads are no killing.
      {
        particles: ['رؤوس', 'رقاب'],
        verbs: Object.fromEntries(
          ['قطع', 'قطعت', 'قطعوا', 'يقطع', 'تقطع', 'حز', 'حزت', 'حزوا', 'جز', 'جزت', 'جزوا'].map((verb) => [
            verb,
            'killed' as const,
          ]),
        ),
      },
      // Put an end to, its subject between (قضت وحدات الجيش على 4 إرهابيين): killed; seized (قبضت الشرطة على
      // 5 مسلحين): arrested.
      {
        particles: ['على'],
        verbs: {
          ...Object.fromEntries(
            ['قضت', 'قضى', 'تقضي', 'يقضي', 'قضوا'].map((verb) => [verb, 'killed' as const]),
          ),
          ...Object.fromEntries(
            ['قبضت', 'قبض', 'تقبض', 'يقبض', 'قبضوا'].map((verb) => [verb, 'detained' as const]),
          ),
          // Sentenced, the court between (حكمت محكمة تونسية على 7 عائدين): detained, returnees too.
          ...Object.fromEntries(['حكمت', 'حكم', 'تحكم', 'يحكم'].map((verb) => [verb, 'detained' as const])),
        },
      },
    ],
  },
  splitVerbs: {
    after: ['أنفسهم', 'أنفسهن', 'أنفسهما', 'نفسه', 'نفسها'],
    // Gave themselves up, the count between (سلم 40 مقاتلا أنفسهم): a surrender, status other (as استسلم).
    verbs: { سلم: 'other', سلمت: 'other', فجر: 'killed', فجرت: 'killed' },
    groups: [
      // Leaving a camp, the camp after the count: "غادرت 45 عائلة مخيم الهول" go home from it.
      {
        // The camps and the Iraqi centre by name too, and the verbal noun (مغادرة 185 عائلة مركز الجدعة).
        after: ['مخيم', 'المخيم', 'مخيمات', 'المخيمات', 'الهول', 'روج', 'الجدعة', 'مركز الجدعة'],
        verbs: Object.fromEntries(
          ['غادر*', 'يغادر*', 'تغادر*', 'مغادرة'].map((verb) => [verb, 'returned' as const]),
        ),
      },
      // Met their death, the count between (لقي 11 طفلا مجندا حتفهم): killed, whatever the phrase says of them.
      {
        after: ['حتفهم', 'حتفهن', 'حتفهما', 'مصرعهم', 'مصرعهن', 'مصرعهما'],
        verbs: Object.fromEntries(['لقي', 'لقيت', 'لقوا', 'لقين'].map((verb) => [verb, 'killed' as const])),
      },
      // Laid down their arms, the count between (ألقى 85 مقاتلا أسلحتهم): a surrender, status other.
      {
        after: ['أسلحتهم', 'أسلحتهن', 'سلاحهم', 'سلاحهن', 'السلاح', 'الأسلحة'],
        verbs: Object.fromEntries(['ألقى', 'ألقت', 'ألقوا', 'يلقي'].map((verb) => [verb, 'other' as const])),
      },
      // Crossed the border, the count between: "عبر 30 مقاتلا الحدود إلى ليبيا", "اجتاز 12 شابا الحدود".
      {
        after: ['الحدود'],
        verbs: Object.fromEntries(
          ['عبر', 'عبرت', 'اجتاز', 'اجتازت'].map((verb) => [verb, 'joined' as const]),
        ),
      },
      // Died of hunger, cold or drowning, the count between: "قضى 8 أطفال جوعا في المخيم"; or in the
      // fighting, a strike or a blast ("قضى 45 مقاتلا في المعارك", "قضى 12 مدنيا في القصف"), or met their
      // end (قضوا نحبهم). Not where they spent time ("قضى 30 معتقلا سنوات في السجن": no such word).
      {
        after: [
          ...['جوعا', 'غرقا', 'بردا', 'عطشا', 'حرقا', 'اختناقا', 'تحت الأنقاض', 'نحبهم', 'نحبهن'],
          ...['المعارك', 'معارك', 'القصف', 'قصف', 'الاشتباكات', 'اشتباكات', 'المواجهات', 'مواجهات']
            .concat(['الهجوم', 'هجوم', 'الغارة', 'غارة', 'الغارات', 'غارات', 'التفجير', 'تفجير'])
            .concat(['الانفجار', 'انفجار', 'الكمين', 'كمين'])
            .map((deed) => `في ${deed}`),
        ],
        verbs: Object.fromEntries(['قضى', 'قضت', 'قضوا', 'قضين'].map((verb) => [verb, 'killed' as const])),
      },
      // Escaping from a prison, the prison after the count (فر 800 سجين من سجن كوجي): no longer held.
      {
        // A camp too (فر 200 شخص من مخيم الهول): they escaped it.
        after: [
          ...[
            ...['سجن', 'السجن', 'سجون', 'السجون', 'معتقل', 'المعتقل', 'مركز احتجاز', 'مراكز احتجاز'],
            ...['مخيم', 'المخيم', 'مخيمات', 'المخيمات'],
          ].map((prison) => `من ${prison}`),
          // The prisoners themselves counted (فر نحو 100 سجين): they escaped, wherever from.
          ...['سجين', 'سجينا', 'سجناء', 'سجينات', 'معتقلا', 'معتقلين', 'محتجزا', 'محتجزين'],
        ],
        verbs: Object.fromEntries(
          // The verbal nouns too: "أكدت الإدارة فرار 20 امرأة من مخيم روج".
          ['فر', 'فرت', 'فروا', 'فررن', 'هرب', 'هربت', 'هربوا', 'هربن', 'تمكن*', 'فرار', 'هروب'].map(
            (verb) => [verb, 'other' as const],
          ),
        ),
      },
      // Arriving, where after the count: "وصل 40 طفلا إلى ألماتي" (a return; to a war, joined). Slipping
      // into a country is going there: "تسلل 40 مسلحا إلى الأراضي العراقية" (one group per word after).
      {
        after: ['إلى', 'الى'],
        verbs: {
          ...Object.fromEntries(
            ['وصل', 'وصلت', 'وصلوا', 'وصلن', 'يصل', 'تصل', 'يصلون'].map((verb) => [
              verb,
              'returned' as const,
            ]),
          ),
          تسلل: 'joined',
          تسللت: 'joined',
        },
      },
      // Handed over to the police, the army or the courts (سلم الأهالي 3 مسلحين إلى الأجهزة الأمنية): into
      // custody. To a state's authorities (إلى السلطات التونسية) they are sent home (returned).
      {
        after: ['إلى', 'الى', 'ل'].flatMap((to) =>
          [
            'السلطات الأمنية',
            'الأجهزة الأمنية',
            'الأمن',
            'الشرطة',
            'النيابة',
            'القضاء',
            'المحكمة',
            'الجيش',
            'القوات*',
            'قوات',
          ].map((body) =>
            to !== 'ل' ? `${to} ${body}` : body.startsWith('ال') ? `ل${body.slice(1)}` : `ل${body}`,
          ),
        ),
        verbs: Object.fromEntries(
          ['سلم', 'سلمت', 'سلموا', 'يسلم', 'سلمته*', 'سلمه*'].map((verb) => [verb, 'detained' as const]),
        ),
      },
      // Fled from the group's camp, ranks or hold, after the count: "هربت 20 فتاة من معسكر للجماعة".
      {
        after: ['من معسكر*', 'من المعسكر*', 'من صفوف', 'من قبضة', 'من أسر'],
        verbs: Object.fromEntries(
          ['هرب', 'هربت', 'هربوا', 'هربن', 'فر', 'فرت', 'فروا', 'فررن'].map((verb) => [
            verb,
            'other' as const,
          ]),
        ),
      },
      // Taken or sent to the front, the count between (نقل الحوثيون 8 أطفال إلى الجبهات، أرسلت الجماعة 40
      // مقاتلا إلى خطوط المواجهة): sent to fight (joined), not brought back.
      {
        after: ['إلى', 'الى'].flatMap((to) =>
          [
            ...[
              'الجبهات',
              'الجبهة',
              'جبهات القتال',
              'جبهات',
              'الخطوط الأمامية',
              'خطوط المواجهة',
              'خطوط التماس',
            ],
            ...['ساحات القتال', 'المعارك', 'القتال'],
          ].map((front) => `${to} ${front}`),
        ),
        verbs: Object.fromEntries(
          ['نقل', 'نقلت', 'نقلوا', 'ينقل', 'ينقلون', 'أرسل', 'أرسلت', 'أرسلوا', 'يرسل', 'يرسلون'].map(
            (verb) => [verb, 'joined' as const],
          ),
        ),
      },
      // Fleeing to a war, the count between (فر 300 شاب إلى سوريا): going to it, as with سافر.
      {
        after: ['إلى', 'الى'].flatMap((to) => WAR_DESTINATIONS.map((place) => `${to} ${place}`)),
        verbs: Object.fromEntries(FLEE_VERBS.map((verb) => [verb, 'joined' as const])),
      },
      // …to a camp: held there.
      {
        after: ['إلى مخيم*', 'إلى المخيم*', 'الى مخيم*', 'الى المخيم*'],
        verbs: Object.fromEntries(
          ['وصل', 'وصلت', 'وصلوا', 'وصلن', 'يصل', 'تصل', 'يصلون'].map((verb) => [verb, 'present' as const]),
        ),
      },
    ],
  },
  partitives: [
    ...['منهم', 'منهن', 'من بينهم', 'من بينهن', 'بينهم', 'بينهن', 'منهما', 'منها', 'من هؤلاء', 'منه'],
    ...['من بين هؤلاء', 'بين هؤلاء'],
  ],
  auxiliaries: ['قد', 'تم', 'لقد', 'أيضا', 'أيضاً', 'كذلك', 'بعد ذلك', 'لاحقا', 'لاحقاً'].concat(
    // How a court ruled (in absentia, in person, at first instance): "أدانت المحكمة غيابيا 6 نساء".
    ['غيابيا', 'غيابياً', 'حضوريا', 'حضورياً', 'ابتدائيا', 'ابتدائياً', 'نهائيا', 'نهائياً'],
  ),
  copulas: ['هم', 'هن', 'كانوا', 'كن'],
  additives: ['آخرون', 'آخرين', 'أخريات', 'آخران', 'أخريان', 'أخريين'],
  // One person, then others of the same kind: "قتل طفل وأصيب اثنان آخران" (two other children).
  onePerson: {
    nouns: ['طفل', 'طفلا', 'صبي', 'فتى', 'قاصر', 'رجل', 'مدني', 'جندي', 'مقاتل', 'عنصر', 'شرطي', 'مسلح'],
    feminineOthers: ['أخريات', 'أخريان', 'أخريين', 'أخرى'],
  },
  // The death penalty after a verb or noun of sentencing in its clause is a sentence, not a killing, also
  // as the second conjunct of a ruling ("حكما بالسجن المؤبد على ثمانية، والإعدام على ثلاثة آخرين").
  // Not the construct حكم الإعدام (the death sentence), which may be carried out (نفذت السلطات حكم الإعدام).
  deathSentences: {
    phrases: ['الإعدام', 'بالإعدام'],
    verbs: ['حكمت', 'حكموا', 'يحكم', 'تحكم', 'حكما', 'أحكاما', 'قضت', 'قضى', 'يقضي', 'تقضي'],
  },
  // Took captive, not families, right before a count: "وقتل مقاتل وأسر ثلاثة آخرون".
  verbBeforeCount: ['أسر'],
  // The oblique dual with its fatha written (مسلحَين، مقاتلَيْن: two), not the plural's kasra (مسلحِين).
  vocalisedDual: '\u064E\u064A\u0652?\u0646$',
  // "فيما يخضع الـ34 الباقون للرعاية", "و40 آخرون": the rest of the people counted before, or more of them.
  additivesAfter: [
    ...['آخرون', 'آخرين', 'أخريات', 'الآخرون', 'الآخرين', 'الأخريات'],
    ...['الباقون', 'الباقين', 'الباقيات', 'المتبقون', 'المتبقين', 'المتبقيات'],
  ],
  // "2,500 عائد مقارنة بـ1,300 في العام السابق": the count set against the one before.
  comparisons: ['مقارنة ب', 'مقارنة مع', 'بالمقارنة مع', 'بالمقارنة ب', 'مقابل'],
  possessives: [],
  possessiveSuffixes: ['ها', 'يه', 'هم', 'اه'],
  quantifiers: {
    جميعهم: 'all',
    كلهم: 'all',
    جميعهن: 'all',
    كلهن: 'all',
    وجميعهم: 'all',
    أكثرهم: 'part',
    أغلبهم: 'part',
    معظمهم: 'part',
    أكثرهن: 'part',
    أغلبهن: 'part',
    معظمهن: 'part',
    // "غالبيتهم من شمال القوقاز" (the majority of them): a part, whose origin is not the whole's.
    غالبيتهم: 'part',
    غالبيتهن: 'part',
    أغلبيتهم: 'part',
    أغلبيتهن: 'part',
    جلهم: 'part',
    جلهن: 'part',
    بعضهم: 'part',
    بعضهن: 'part',
    // "56 ألف شخص، نصفهم أطفال دون 12": a fraction with the pronoun of the whole is a share of it,
    // and what is said of the share (an age, a nationality) is not said of the whole.
    نصفهم: 'part',
    نصفهن: 'part',
    ثلثهم: 'part',
    ثلثهن: 'part',
    ثلثاهم: 'part',
    ثلثيهم: 'part',
    ربعهم: 'part',
    ربعهن: 'part',
    بينهم: 'part',
    منهم: 'part',
    'من بينهم': 'part',
    // A fraction of them (ثلثهم دون الخامسة عشرة، نصفهن من الأطفال): what it says is the share's.
    ...Object.fromEntries(
      ['نصف', 'ثلث', 'ثلثا', 'ثلثي', 'ربع', 'خمس'].flatMap((f) => [
        [`${f}هم`, 'part' as const],
        [`${f}هن`, 'part' as const],
      ]),
    ),
  },
  subsetMarkers: [
    'منهم',
    'منهن',
    'بينهم',
    'بينهن',
    'من بينهم',
    'من بينهن',
    'بما في ذلك',
    'بمن فيهم',
    'بمن فيهن',
    'وبينهم',
  ],
  agentMarkers: ['من قبل', 'على يد'],
  groupsAtLarge: [
    'جماعات',
    'مجموعات',
    'تنظيمات',
    'منظمات',
    'فصائل',
    'ميليشيات',
    'مليشيات',
    'حركات',
    'المتمردين',
    'المتشددين',
  ],
  groupMixers: ['غيره', 'غيرها', 'أخرى', 'الأخرى', 'بينها', 'من بينها', 'منها', 'بما فيها', 'بما في ذلك'],
  // …and the group others defeat or drive out ("بعد هزيمة الخلافة", "دحر داعش"), or whose stronghold is
  // named as a place ("آخر معقل لتنظيم الدولة"): not the counted people's.
  groupOpposers: ['ضد', 'لمحاربة', 'محاربة', 'هزيمة', 'دحر', 'طرد', 'القضاء على', 'معقل', 'معاقل'],
  unnamedPlaces: [
    'الشرق الأوسط',
    'مناطق النزاع',
    'مناطق الصراع',
    'مناطق القتال',
    'بؤر التوتر',
    'بؤر الصراع',
    'ساحات القتال',
  ],
  speakerEdges: [
    'إلا أن',
    'يذكر أن',
    'أنه',
    'أن',
    'بأن',
    'إنه',
    'إن',
    'إنها',
    'أنها',
    'اليوم',
    'أمس',
    'أيضا',
    'كذلك',
    'يدعى',
    'الماضي',
    'الماضية',
    'الشهر',
    'الأسبوع',
    // The year only with what says which: alone after a title it is "general" (الأمين العام، المدعي العام).
    ...['العام الماضي', 'العام الجاري', 'العام الحالي', 'العام المنصرم', 'العام المقبل', 'هذا العام'],
    'السنة',
    'الأحد',
    'الاثنين',
    'الثلاثاء',
    'الأربعاء',
    'الخميس',
    'الجمعة',
    'السبت',
    'في وقت سابق',
    // A report's issuance after its issuer: "تقرير لليونيسف صدر الشهر الماضي".
    'صدر',
    'صدرت',
    'نشر',
    'نشرت',
    'نشرته',
    'نشرتها',
    'أصدرته',
    'أصدرتها',
    // The auxiliary of "قامت X بتوثيق" (X documented) stands before the speaker.
    'قام',
    'قامت',
    // The pluperfect "وكانت X قد وثقت" (X had documented): كان before the speaker, قد after it.
    ...['كان', 'كانت', 'قد', 'وكان', 'وكانت'],
    // A conjunction opening the speaker's clause ("فيما قال الرئيس", "بينما أكد"): "while".
    'فيما',
    // The verbal noun of what happened, the verb's object after the speaker: "أكدت الأمم المتحدة وقوع 240
    // انتهاكا" (the UN confirmed that 240 violations occurred).
    'وقوع',
    'حدوث',
    // Claiming an attack: "أعلنت حركة الشباب مسؤوليتها عن الهجوم" names the group, not its responsibility.
    'مسؤوليتها',
    'مسؤوليته',
    'مسؤوليتهم',
    'بينما',
    // A preposition of time opening the event the speaker spoke after ("أعلن المتحدث باسم الجيش بعد
    // مقتل 8 جنود", "قال مسؤول عقب عودة 40 طفلا"): when, not who.
    ...['بعد', 'عقب', 'إثر', 'قبيل'],
  ],
  speakerTimeWords: [
    ...['اليوم', 'أمس', 'الماضي', 'الماضية', 'الشهر', 'الأسبوع', 'العام', 'في وقت سابق'],
    ...['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  ],
  // "وفي عام 2022 قالت الأمم المتحدة": the year before the verb says when; the speaker follows the verb.
  speakerYear: {
    before: ['عام', 'العام', 'سنة', 'في عام', 'وفي عام', 'خلال عام', 'وخلال عام', 'في', 'وفي'],
    after: ['م'],
  },
  speakerEdgeLinks: ['في', 'إلى', 'يوم', 'مطلع', 'خلال', 'منذ'],
  impersonalSpeakers: [
    'نحن',
    // "في بيان لها": the preposition with a pronoun names no one.
    'له',
    'لها',
    'لهم',
    'لهن',
    'لنا',
    'هو',
    'هم',
    'معلوماتنا',
    'مصادرنا',
    // Figures that name no one ("وفقا لأحدث الأرقام"): the report states the count itself. Official
    // figures (أرقام رسمية) name their issuer, the state, and stay a source.
    'الأرقام',
    'أحدث الأرقام',
    'آخر الأرقام',
    'الإحصائيات',
    'أحدث الإحصائيات',
    'آخر الإحصائيات',
    'الإحصاءات',
    'التقديرات',
    'أحدث التقديرات',
    'آخر التقديرات',
    'المعطيات',
    // Written with ل fused to the article (للتقديرات), the name is matched without it.
    'أرقام',
    'إحصائيات',
    'إحصاءات',
    'تقديرات',
    'معطيات',
  ],
  // Words that put the next verb's event first: "held after being repatriated" (claims' custodyThenReturn).
  earlierMarkers: ['بعد', 'عقب', 'إثر', 'اثر'],
  subordinators: ['عندما', 'حينما', 'حين', 'بينما', 'لأن', 'بعدما'],
  // "احتجزن قبل أن تتم إعادتهن" (held before being brought home): the return came after.
  laterMarkers: ['قبل أن'],
  plannedMarkers: [
    'سيتم',
    // Waiting for it: "تنتظر 40 عائلة إعادتها", "بانتظار إعادتهم".
    'تنتظر',
    'ينتظر',
    'ينتظرون',
    'بانتظار',
    'في انتظار',
    'ستتم',
    // The future and its negation as separate words: "سوف تعيد" (will bring back), "لن تعيد" (will not).
    'سوف',
    'لن',
    // Intentions, demands and refusals: a return not (yet) made.
    'تسعى',
    'يسعى',
    'تستعد',
    'يستعد',
    'تأمل',
    'يأمل',
    'تطالب',
    'يطالب',
    'طالبت',
    'طالب',
    'دعت إلى',
    'دعا إلى',
    'رفضت',
    'رفض',
    'ترفض',
    'يرفض',
    'تسعى إلى',
    'يسعى إلى',
    'تسعى ل',
    'تعتزم',
    'يعتزم',
    'تخطط',
    'يخطط',
    'من المقرر',
    'المقرر',
    // Expected returns: "ومن المنتظر أن تعيد الحكومة 40 طفلا".
    'من المنتظر',
    'من المتوقع',
    // The verb of expecting: "تتوقع روسيا إعادة 30 طفلا" (Russia expects to bring back 30 children).
    'تتوقع',
    'يتوقع',
    'توقعت',
    'توقع',
    'من المزمع',
    'المزمع',
    'تنوي',
    'ينوي',
    'بهدف',
  ],
  subjectPronouns: ['هم', 'هن', 'جميعهم', 'كلهم', 'وهم', 'وهن', 'هؤلاء'],
  partitiveOf: ['من أصل', 'من بين', 'من مجموع', 'من إجمالي'],
  batchNouns: {
    again: ['الدفعة', 'القافلة', 'الرحلة', 'الطائرة', 'والدفعة', 'والقافلة', 'والرحلة', 'والطائرة'],
    first: ['دفعة', 'قافلة', 'رحلة', 'طائرة'],
    holds: ['تضم', 'وتضم', 'ضمت', 'وضمت', 'تقل', 'وتقل', 'أقلت', 'وأقلت', 'تحمل', 'وتحمل'],
  },
  amongWords: ['بين', 'وبين', 'من بين', 'ومن بين', 'في صفوف', 'وفي صفوف'],
  numbering: [
    'البالغ عددهم',
    'البالغ عددهن',
    'البالغ عددها',
    'البالغ عددهما',
    'وعددهم',
    'وعددهن',
    'عددهم',
    'عددهن',
    // "يصل عددهم إلى 10 آلاف", "ارتفع عددهم إلى 600": the number they reach.
    'عددهم إلى',
    'عددهن إلى',
  ],
  numberOf: [
    ...['عدد', 'أعداد', 'إجمالي', 'مجموع', 'عددهم', 'عددهن', 'أعدادهم', 'أعدادهن'],
    ...['حصيلة', 'تعداد', 'ارتفع عدد', 'بلغ عدد'],
  ],
  notFighting: [
    'مناطق الاشتباكات',
    'مناطق اشتباكات',
    'مناطق القتال',
    'منطقة القتال',
    'مناطق النزاع',
    'منطقة النزاع',
    'مناطق الصراع',
    'منطقة الصراع',
    'مناطق الحرب',
    'بؤر التوتر',
    'مناطق التوتر',
    // What people flee is not their fighting: "فر 300 ألف شخص من المعارك", "نزحوا بسبب القتال".
    'من المعارك',
    'فر* من القتال',
    'هرب* من القتال',
    'الفارين من القتال',
    'بسبب القتال',
    'بسبب المعارك',
    'جراء القتال',
    'جراء المعارك',
    'هربا من القتال',
    'هربا من المعارك',
  ],
  fighting: [
    'قتال',
    'للقتال',
    // Their own fighting: "قتلوا أثناء قتالهم مع التنظيم", "خلال مشاركتهم في القتال".
    'قتالهم',
    'قتالهن',
    'يقاتل*',
    'تقاتل*',
    'قاتل',
    'قاتلوا',
    'قاتلن',
    'حارب*',
    'يحارب*',
    'محاربة',
    'معارك',
    'معركة',
    'القتال',
    'الجهاد',
    'جهاد',
    'حمل السلاح',
    'حملوا السلاح',
    'يحملون السلاح',
    // Bare صفوف (ranks) is not fighting: joining a group's ranks is joining (GUIDELINES.md, Hard cases).
    'القتال في صفوف',
    // "يقاتل في صفوف التنظيم 700 أوزبكي": the whole phrase leads to a count after it.
    'يقاتل* في صفوف',
    'تقاتل* في صفوف',
    'قاتل* في صفوف',
    'للقتال في صفوف',
    'يحارب* في صفوف',
    'حارب* في صفوف',
    'يقاتلون في صفوف',
    'شاركوا في المعارك',
    'المشاركة في المعارك',
    'المشاركة في القتال',
    'شاركوا في القتال',
    'العمليات القتالية',
    'الأعمال القتالية',
    'العمليات العسكرية',
    'اشتباكات',
  ],
  statusWords,
  // عدن is "they returned" (feminine) and Aden: after a preposition or a noun of place it is the city.
  // Ratios are not counts (GUIDELINES.md, Hard cases): "طفل من كل خمسة أطفال", "40 عنصر أمن لكل مقاتل عائد".
  ratioJoiners: ['من كل', 'من بين كل', 'من أصل كل'],
  ratioAfter: [
    ...['لكل', 'في كل', 'من كل', 'عن كل', 'مقابل كل'].flatMap((per) =>
      ['مليون', 'ألف', 'مئة', 'مائة', 'مئة ألف', 'مائة ألف', 'نسمة'].map((base) => `${per} ${base}`),
    ),
    ...['مقاتل', 'مقاتل عائد', 'عائد', 'طفل', 'شخص', 'فرد', 'ساكن', 'مواطن', 'معتقل', 'سجين'].map(
      (one) => `لكل ${one}`,
    ),
  ],
  // "يحتاج كل عائد إلى 40 ضابطا", "يكلف كل مقاتل ...": each one person, then a number for them.
  ratioBefore: ['مقاتل', 'عائد', 'طفل', 'شخص', 'فرد', 'مواطن', 'معتقل', 'سجين', 'امرأة', 'عنصر', 'مجند'].map(
    (one) => `كل ${one}`,
  ),
  countFrameWords: ['عددها', 'العدد'],
  ratioEvery: ['كل', 'لكل', 'بكل'],
  // Deported, expelled, extradited, handed over by the state named with the verb.
  expelVerbs: [
    ...['رحلت', 'رحل', 'ترحل', 'يرحل', 'طردت', 'طرد', 'تطرد', 'يطرد', 'أبعدت', 'أبعد'],
    ...['سلمت', 'تسلم', 'يسلم', 'سلم'].filter((v) => v !== 'تسلم'),
  ],
  // "ويشكل الأطفال 40 ألفا من سكان المخيم" (children make up 40,000 of the camp's residents).
  shareVerbs: [
    'يشكل',
    'تشكل',
    'يشكلون',
    'يشكلن',
    'شكل',
    'شكلت',
    'يمثل',
    'تمثل',
    'يمثلون',
    'يمثلن',
    'مثل',
    'مثلت',
  ],
  // "لدى المغرب 1,659 مقاتلا في سوريا", "تونس لديها 3 آلاف مقاتل": the country that has them.
  haveWords: ['لدى', 'ولدى', 'لديها', 'لديه'],
  // "أعادت تركيا 200 طفل إلى بلدانهم": sent to countries of their own, not to the returning state.
  ownCountriesAfter: ['إلى', 'الى', 'ل'].flatMap((to) =>
    [
      ...['بلدانهم', 'بلدانهن', 'دولهم', 'دولهن', 'أوطانهم', 'أوطانهن', 'بلدانها', 'دولها'],
      ...['بلدهم الأصلي', 'بلدهن الأصلي', 'بلدان المنشأ', 'دول المنشأ', 'بلدانهم الأصلية'],
    ].map((w) => (to === 'ل' ? `${to}${w}` : `${to} ${w}`)),
  ),
  notStatus: [
    // Noon (بعد ظهر أمس، ظهر اليوم، ظهر يوم الجمعة): a time of day, written like ظهر (appeared).
    ...['بعد ظهر', 'قبل ظهر', 'ظهر اليوم', 'ظهر أمس', 'ظهر الأمس', 'ظهر يوم', 'ظهر السبت', 'ظهر الأحد'],
    ...['ظهر الاثنين', 'ظهر الإثنين', 'ظهر الثلاثاء', 'ظهر الأربعاء', 'ظهر الخميس', 'ظهر الجمعة'],
    // "لم يعد بإمكان 300 طفل" (300 children can no longer): no return.
    ...['لم يعد', 'لم تعد'].flatMap((v) =>
      ['بإمكان', 'بمقدور', 'من الممكن', 'قادرا', 'قادرين'].map((w) => `${v} ${w}`),
    ),
    // Offices named for migration (وزارة الهجرة والمهجرين، المنظمة الدولية للهجرة): speakers, no joining.
    ...['وزارة الهجرة', 'وزير الهجرة', 'الهجرة والمهجرين', 'الدولية للهجرة', 'منظمة الهجرة'],
    ...['في عدن', 'إلى عدن', 'الى عدن', 'من عدن', 'مدينة عدن', 'محافظة عدن', 'ميناء عدن', 'مطار عدن'],
    // A charge names what people are accused of, not what happened to them: "اعتقل 16 شخصا بتهمة
    // الانتماء إلى داعش" are detained, not joined.
    ...[
      'بتهمة',
      'بتهم',
      'بشبهة',
      'للاشتباه في',
      'للاشتباه ب',
      'بتهمة محاولة',
      'متهمين ب',
      'المتهمين ب',
      // The singular and the nominative plural: "أحكام بحق 41 متهما بالانتماء إلى داعش".
      'متهما ب',
      'متهمون ب',
      'المتهمون ب',
    ].flatMap((charge) =>
      ['الانتماء', 'الانضمام', 'الالتحاق', 'السفر', 'التجنيد', 'تجنيد', 'القتال']
        .map((what) => (charge.endsWith(' ب') ? `${charge.slice(0, -2)} ب${what}` : `${charge} ${what}`))
        .flatMap((phrase) => [phrase, `${phrase} إلى`, `${phrase} ل`, `${phrase} في`]),
    ),
    // "Of belonging" with its ب is the charge a court or an arrest names, not the joining: "أدانت المحكمة
    // 14 بلجيكيا بالانتماء لداعش" are detained.
    ...['بالانتماء', 'بالانضمام', 'بالالتحاق'].flatMap((what) => [
      what,
      `${what} إلى`,
      `${what} ل`,
      `${what} في`,
    ]),
    // Suspected or convicted of belonging: "اعتقل 9 مشتبه بهم بالانتماء إلى داعش" are detained.
    ...[
      'مشتبه بهم',
      'المشتبه بهم',
      'مشتبها بهم',
      'يشتبه',
      'متهم',
      'متهمون',
      'مدانين',
      'المدانين',
      'أدينوا',
    ].flatMap((charge) =>
      ['الانتماء', 'الانضمام', 'الالتحاق', 'التجنيد', 'القتال']
        .map((what) => `${charge} ب${what}`)
        .flatMap((phrase) => [phrase, `${phrase} إلى`, `${phrase} ل`, `${phrase} في`]),
    ),
    ...['يشتبه ب', 'يشتبه في', 'للاشتباه ب', 'للاشتباه في', 'بتهمة', 'بسبب'].flatMap((charge) =>
      ['انتمائهم', 'انتمائهن', 'انضمامهم', 'انضمامهن', 'التحاقهم', 'التحاقهن'].map((what) =>
        charge.endsWith(' ب') ? `${charge.slice(0, -2)} ب${what}` : `${charge} ${what}`,
      ),
    ),
    // Former recruits are what they were, not what happened to them now: "300 طفل مجند سابق".
    'مجند سابق',
    'مجندا سابقا',
    'مجندين سابقين',
    'مجندون سابقون',
    'المجندين سابقا',
    'المجندين السابقين',
    // …and so are those who "were recruited" or "were held" (الذين كانوا محتجزين): a state they were
    // in before, while what befalls them now is said elsewhere ("وعلى متنها أطفال كانوا محتجزين").
    ...['كانوا', 'كن', 'كان', 'كانت'].flatMap((was) =>
      ['مجند*', 'محتجز*', 'معتقل*', 'مسجون*', 'موقوف*', 'محبوس*', 'عالق*', 'أسرى'].map(
        (what) => `${was} ${what}`,
      ),
    ),
    // An armed group's name says nothing of what befell the people counted: "35 مقاتلا من هيئة تحرير
    // الشام قتلوا" were killed, not freed.
    ...['هيئة', 'جبهة', 'حركة', 'جيش', 'ألوية', 'لواء', 'منظمة'].map((group) => `${group} تحرير`),
    'تحرير الشام',
    // Reconstruction is no return.
    'إعادة الإعمار',
    'لإعادة الإعمار',
  ],
  nonCountUnits: [
    // Fractions are no counts (GUIDELINES.md): "ثلاثة أرباعهم" (three quarters of them), "أربعة أخماس".
    ...['أرباع*', 'أخماس*', 'أثلاث*', 'أسداس*', 'أسباع*', 'أثمان*', 'أتساع*', 'أعشار*'],
    // Files and proceedings are not people (GUIDELINES.md, Hard cases).
    'قضية',
    'قضايا',
    'ملف',
    'ملفات',
    'دعوى',
    'دعاوى',
    'في المئة',
    'في المائة',
    'جمهوريات',
    'دول',
    'عام',
    'عاما',
    'عامين',
    'عامان',
    'أعوام',
    'سنة',
    'سنوات',
    'سنين',
    'سنتين',
    'سنتان',
    'شهر',
    'شهرا',
    'شهور',
    'أشهر',
    'شهرين',
    'يوم',
    'يوما',
    'أيام',
    'يومين',
    'أسبوع',
    'أسبوعا',
    'أسابيع',
    'أسبوعين',
    'ساعة',
    'ساعات',
    'ساعتين',
    'دقيقة',
    'دقائق',
    'دقيقتين',
    'ثانية',
    'ثوان',
    'ثواني',
    'عقد',
    'عقود',
    'قرن',
    'قرون',
    'بالمئة',
    'بالمائة',
    'بالمية',
    'مئوية',
    'دولار*',
    'يورو',
    'روبل*',
    'تنغي',
    'تينغي',
    'سوم',
    'سوموني',
    'ريال*',
    'دينار*',
    'درهم*',
    'ليرة',
    'ليرات',
    'جنيه*',
    'مليم',
    'فيديو*',
    'فديو',
    'مقطع',
    'مقاطع',
    'شريط',
    'أشرطة',
    'مجلة',
    'مجلات',
    'عددا',
    'أعداد',
    'إصدار*',
    'تسجيل*',
    'منشور*',
    'هجوم',
    'هجوما',
    'هجمات',
    'هجومين',
    'عملية',
    'عمليات',
    'تفجير*',
    'غارة',
    'غارات',
    'كم',
    'كلم',
    'كيلومتر*',
    'متر*',
    'ميل',
    'أميال',
    'هكتار*',
    'كغ',
    'كلغ',
    'كيلوغرام*',
    'طن',
    'أطنان',
    'صفحة',
    'صفحات',
    'مرة',
    'مرات',
    'دولة',
    'دول',
    'بلد',
    'بلدان',
    // Nationalities counted ("من 50 جنسية"): the singular after eleven and more, the plural below.
    'جنسية',
    'جنسيات',
    'مدينة',
    'مدن',
    'قرية',
    'قرى',
    'مخيم',
    'مخيمات',
    'مخيمين',
    'معسكر',
    'معسكرات',
    'مدرسة',
    'مدارس',
    'مسجد',
    'مساجد',
    'موقع',
    'مواقع',
    'حساب',
    'حسابات',
    'قناة',
    'قنوات',
    'لغة',
    'لغات',
    'منظمة',
    'منظمات',
    'جماعة',
    'جماعات',
    'فصيل',
    'فصائل',
    'ولاية',
    'ولايات',
    'محافظة',
    'محافظات',
    'إقليم',
    'أقاليم',
    'رحلة',
    'رحلات',
    'طائرة',
    'طائرات',
    'سيارة',
    'قضية',
    'قضايا',
    'مادة',
    'فقرة',
    'قرار',
    'بند',
    'سلاح',
    'أسلحة',
    'صاروخ*',
    'سجن',
    'سجون',
    'مركز',
    'مراكز',
    'مرحلة',
    'مراحل',
    'جولة',
    'دفعة',
    'دفعات',
    'نقطة',
    'ملف',
    'ملفات',
    'طلب',
    'طلبات',
    'بلاغ',
    'بلاغات',
    'درجة',
    'ضعف',
    'أضعاف',
    ...MONTH_NAMES,
    // "في الـ15 من مايو": a day, with من between it and its month.
    ...MONTH_NAMES.map((m) => `من ${m}`),
    'هـ',
    'ه',
    'م',
  ],
  // A town's or a region's population (GUIDELINES.md: no link to a conflict); a camp's is a count.
  placePopulation: {
    inClause: [
      'عدد سكان*',
      'تعداد سكان*',
      'يقطنها',
      'يقطنه',
      'يسكنها',
      'يسكنه',
      'يبلغ تعدادها',
      'يبلغ تعداده',
    ],
  },
  nonCountBefore: [
    // The word right before the number, with any glued clitic (the lookup sees the whole word).
    'عام',
    'العام',
    'لعام',
    'بعام',
    'وعام',
    'عامي',
    // "يومي 3 و5": days. Not يوم, which with the article is "today" (ويضم اليوم 2,500 شخص).
    'يومي',
    'سنة',
    'السنة',
    'لسنة',
    'سنه',
    'سن',
    'بسن',
    'لسن',
    'السن',
    'عمر',
    'بعمر',
    'العمر',
    'عمره',
    'عمرها',
    'عمرهم',
    // Not bare أعمار in construct: "أعمار 40 طفلا تتراوح بين 11 و14" (the ages of 40 children) counts
    // them; an age after it needs its unit ("عاما"), which unitAfter reads.
    'أعمارهم',
    'أعمارهن',
    'رقم',
    'برقم',
    'الرقم',
    'المادة',
    'مادة',
    'القرار',
    'قرار',
    'البند',
    'الفقرة',
    'الفصل',
    'صفحة',
    'الصفحة',
    'ص',
    'العدد',
    'عددها',
    'الحلقة',
    'حلقة',
    'الجزء',
    'الساعة',
    'مبلغ',
    'بمبلغ',
    'بقيمة',
    'قيمة',
    'قيمته',
    'غرامة',
    'في',
    'منذ',
    'بتاريخ',
    'تاريخ',
    'الرحلة',
    'رحلة',
    'القانون',
    'قانون',
    'الطريق',
    'الكيلو',
    'الدقيقة',
    'دقيقة',
    'المرتبة',
    'الدرجة',
    'بنسبة',
    'نسبة',
    'نسبته',
    'دولار',
    '$',
  ],
  agePatterns: [
    // تتراوح أعمارهم بين 10-12 عاما / ما بين 10 و12 / من 4 إلى 13
    '(?:تتراوح|يتراوح|تراوحت|تراوح)\\s+اعمار\\p{L}*\\s+(?:ما\\s+)?بين\\s+(?:سن\\s+)?(?<min>\\d+)\\s*(?:-|و|الي|حتي)\\s*(?<max>\\d+)',
    '(?:تتراوح|يتراوح|تراوحت|تراوح)\\s+اعمار\\p{L}*\\s+من\\s+(?:سن\\s+)?(?<min>\\d+)\\s*(?:-|الي|حتي)\\s*(?:سن\\s+)?(?<max>\\d+)',
    'اعمار\\p{L}*\\s+(?:ما\\s+)?بين\\s+(?:سن\\s+)?(?<min>\\d+)\\s*(?:-|و|الي)\\s*(?<max>\\d+)',
    // أعمار الأطفال تتراوح بين ثلاثة أعوام وستة عشر عاما: the noun first (after a demonstrative: أعمار
    // هؤلاء الأطفال), a unit after the low bound, a teen (two words) for either bound.
    '(?:تتراوح|يتراوح|تراوحت|تراوح)?\\s*اعمار\\p{L}*(?:\\s+(?:ه\\p{L}?لاء\\s+|هذه\\s+)?ال\\p{L}+)?\\s+(?:تتراوح|يتراوح|تراوحت|تراوح)?\\s*(?:ما\\s+)?بين\\s+(?:سن\\s+)?(?<min>\\d+|\\p{L}+(?:\\s+عشره?)?)(?:\\s+(?:عاما|عام|سنه|سنوات|اعوام))?\\s*(?:-|و|الي|حتي)\\s*(?<max>\\d+|\\p{L}+(?:\\s+عشره?)?)',
    '(?:في|ب)\\s*(?:سن|عمر|اعمار)\\s+(?:ما\\s+)?(?:بين|من)\\s+(?<min>\\d+)\\s*(?:-|و|الي|حتي)\\s*(?<max>\\d+)',
    // في سن 14 إلى 17 عاما، من أعمار 12 إلى 15 سنة، بأعمار 10-14: the range right after the age noun, its
    // low bound with or without its unit (no bare "و" here: "بعمر 13 و5 أطفال" is an age and a count).
    // Digits only (\\d{1,2}, not the \\d+ slot that also takes a word): "في سن 14 عاما إلى جانب 10 نساء".
    '(?:في|ب|من)\\s*(?:سن|عمر|اعمار)\\s+(?:من\\s+)?(?<min>\\d{1,2})(?:\\s+(?:عاما|عام|سنه|سنوات|اعوام))?\\s*(?:-|الي|حتي)\\s*(?<max>\\d{1,2})(?!\\d)',
    '(?<min>\\d+)\\s*-\\s*(?<max>\\d+)\\s+(?:عاما|عام|سنه|سنوات|اعوام)',
    '(?:بين|من)\\s+(?<min>\\d+)\\s*(?:و|الي|-)\\s*(?<max>\\d+)\\s+(?:عاما|عام|سنه|سنوات|اعوام)\\s+من\\s+العمر',
    // دون سن العاشرة، دون سن 14، تحت سن الثامنة عشرة، دون العاشرة، دون ثلاث سنوات، تقل أعمارهم عن 14 عاما
    '(?:دون|تحت|اقل\\s+من|اصغر\\s+من|قبل)\\s+(?:سن|عمر)\\s+ال(?<under>\\p{L}+\\s+عشره?)',
    '(?:دون|تحت|اقل\\s+من|اصغر\\s+من|قبل)\\s+(?:سن|عمر)\\s+(?:ال)?(?<under>\\d+)',
    '(?:دون|تحت)\\s+ال(?<under>(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي|حاديه)\\p{L}*(?:\\s+عشره?)?)',
    '(?:دون|تحت|اقل\\s+من|اصغر\\s+من)\\s+(?<under>\\d+|\\p{L}+)\\s+(?:عاما|عام|سنه|سنوات|اعوام|سنين)',
    '(?:تقل|يقل|تقلن)\\s+اعمار\\p{L}*\\s+عن\\s+(?:سن\\s+)?(?<under>\\d+|\\p{L}+)',
    // لا تتجاوز أعمارهم 12 عاما، لا تزيد أعمارهم عن 12 (no older than 12, inclusive); before "over" below.
    '(?<!\\p{L})(?:لا|لم)\\s+(?:تتجاوز|يتجاوز|تزيد|يزيد|تتعدي|يتعدي)\\s+اعمار\\p{L}*\\s+(?:عن\\s+|علي\\s+)?(?:سن\\s+)?(?<max>\\d+)',
    // أعمار الأطفال لا تتجاوز 17 عاما: the noun first.
    'اعمار\\p{L}*(?:\\s+(?:ه\\p{L}?لاء\\s+|هذه\\s+)?ال\\p{L}+)?\\s+(?:لا|لم)\\s+(?:تتجاوز|يتجاوز|تزيد|يزيد|تتعدي|يتعدي)\\s+(?:عن\\s+|علي\\s+)?(?:سن\\s+)?(?<max>\\d+)',
    // فوق سن 15، فوق سن الثامنة عشرة (an ordinal, a teen in two words), تزيد أعمارهم عن 12 عاما
    '(?:فوق|اكبر\\s+من|تجاوز\\p{L}*)\\s+(?:سن|عمر)\\s+ال(?<over>(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي|حاديه)\\p{L}*(?:\\s+عشره?)?)',
    '(?:فوق|اكبر\\s+من|تجاوز\\p{L}*)\\s+(?:سن|عمر)\\s+(?:ال)?(?<over>\\d+)',
    '(?<!(?<!\\p{L})(?:لا|لم)\\s)(?:تزيد|يزيد|تتجاوز)\\s+اعمار\\p{L}*\\s+(?:عن|علي)\\s+(?<over>\\d+)',
    // في سن 12، بعمر 13 عاما، في العاشرة من العمر
    '(?:في|ب)\\s*(?:سن|عمر)\\s+(?:ال)?(?<exact>\\d+)',
    'في\\s+ال(?<exact>(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي|حاديه)\\p{L}*(?:\\s+عشره?)?)\\s+من\\s+(?:العمر|عمر)',
  ],
  ageUnitDuals: ['عامين', 'عامان', 'سنتين', 'سنتان'],
  ageExtremes: ['أصغرهم', 'أصغرهن', 'أكبرهم', 'أكبرهن', 'أحدهم', 'إحداهن', 'بعضهم', 'بعضهن'],
  ordinals: {
    ثانية: 2,
    ثالثة: 3,
    رابعة: 4,
    خامسة: 5,
    سادسة: 6,
    سابعة: 7,
    ثامنة: 8,
    تاسعة: 9,
    عاشرة: 10,
    ثاني: 2,
    ثالث: 3,
    رابع: 4,
    خامس: 5,
    سادس: 6,
    سابع: 7,
    ثامن: 8,
    تاسع: 9,
    عاشر: 10,
    'حادية عشرة': 11,
    'حادي عشر': 11,
    'ثانية عشرة': 12,
    'ثاني عشر': 12,
    'ثالثة عشرة': 13,
    'ثالث عشر': 13,
    'رابعة عشرة': 14,
    'رابع عشر': 14,
    'خامسة عشرة': 15,
    'خامس عشر': 15,
    'سادسة عشرة': 16,
    'سادس عشر': 16,
    'سابعة عشرة': 17,
    'سابع عشر': 17,
    'ثامنة عشرة': 18,
    'ثامن عشر': 18,
    'تاسعة عشرة': 19,
    'تاسع عشر': 19,
    عشرين: 20,
    عشرون: 20,
  },
  placePrepositions: {
    من: 'from',
    // Loyal to, backed by (الميليشيات الموالية لإيران، الفصائل المدعومة من تركيا): the patron, not theirs.
    ...Object.fromEntries(
      [
        ...['موالية', 'موالين', 'موالي', 'موالون'],
        ...['مدعومة', 'مدعومين', 'مدعوم', 'مدعومون'].map((w) => `${w} من`),
      ].map((w) => [w, null]),
    ),
    'قادمين من': 'from',
    'القادمين من': 'from',
    'قادمون من': 'from',
    'ينحدرون من': 'from',
    // "18 منهم قدموا من مالي" (came from Mali): said of the counted people, where they come from.
    ...Object.fromEntries(
      ['قدموا', 'جاؤوا', 'جاءوا', 'أتوا', 'وفدوا', 'قدمن', 'القادمون', 'القادمات', 'قادمات'].map((v) => [
        `${v} من`,
        'from' as const,
      ]),
    ),
    // Leaving a country: "غادروا كازاخستان" says where they come from.
    غادر: 'from',
    غادروا: 'from',
    غادرت: 'from',
    غادرن: 'from',
    يغادرون: 'from',
    مغادرة: 'from',
    مواطني: 'from',
    مواطنو: 'from',
    رعايا: 'from',
    'يحملون جنسية': 'from',
    جنسية: 'from',
    جنسيات: 'from',
    أصل: 'from',
    // "من أصول سودانية" (of Sudanese origins): the plural says the same.
    أصول: 'from',
    في: 'in',
    // "من 47 دولة بما في ذلك فرنسا": including, not "in".
    'بما في ذلك': null,
    'بما فيها': null,
    'بما فيهم': null,
    داخل: 'in',
    بداخل: 'in',
    // Off a coast (قبالة السواحل الليبية، قبالة طبرق): where migrants drowned or went missing.
    قبالة: 'in',
    عبر: 'in',
    'على أراضي': 'in',
    'في مناطق': 'in',
    مخيمات: 'in',
    سجون: 'in',
    إلى: 'to',
    الى: 'to',
    باتجاه: 'to',
    صوب: 'to',
  },
  distributive: ['كل', 'من كل', 'لكل منهما', 'كل منهما', 'لكل منها', 'كل منها', 'لكل واحدة', 'لكل واحد'],
  placeLinks: ['دول', 'بلدان', 'الدول', 'جمهوريات', 'أخرى', 'الأخرى', 'مختلف'],
  citizenshipNouns: ['الجنسية', 'جنسية', 'جواز*'],
  otherEventMarkers: OTHER_EVENT,
  // Other news opens (OTHER_EVENT at a sentence's start does too): what was said before ends there.
  newsOpeners: [
    'في غضون ذلك',
    'في تطور منفصل',
    'في تطور آخر',
    'في الأثناء',
    'في هذه الأثناء',
    'في سياق منفصل',
    'من جهة أخرى',
    'من ناحية أخرى',
  ],
  // "أما الشيشان فقد سافر منها", "غادرها 3000 شخص": from the place named before.
  // «وتقدر السلطات العدد الآن بنحو 1100»، «بلغ هذا الرقم 850»: the people counted just before.
  figureWords: ['العدد', 'هذا العدد', 'الرقم', 'هذا الرقم'],
  // «أفرجت الجماعات المسلحة عن 183 طفلا»، «قبضت الشرطة على 5 رجال»: the verb's object follows them.
  objectParticles: ['عن', 'على'],
  // After the counted noun in construct: the place named before ("14 من سكان الجمهورية").
  placeNounsBack: ['الجمهورية', 'البلاد', 'الإقليم', 'المقاطعة', 'الولاية'],
  placePronouns: [
    'منها',
    'غادرها',
    'يغادرها',
    'مغادرتها',
    'تركها',
    'خرج منها',
    'خرجوا منها',
    'قدم منها',
    'قدموا منها',
  ],
  // ثم (then) joins the next event: "أعادت 70 طفلا ثم أعادت دمجهم".
  conjunctions: ['و', ',', '،', 'أو', 'او', 'ثم', 'وكذلك', 'بالإضافة إلى', 'فضلا عن', 'إضافة إلى'],
  // "بينهم 40 الذين تمت لاحقا إعادتهم": an adverb of time between the relative word and its verb.
  clauseAdverb: '^(?:لاحقا|لاحقاً)$',
  // "ثلاثة أيتام قاتل آباؤهم في صفوف التنظيم", "أطفال تحتجز أمهاتهم": the verb right before the kin noun
  // (with its pronoun) is the kin's, not the counted people's.
  othersRelatives: [
    'آباؤهم',
    'آباءهم',
    'آبائهم',
    'آباؤهن',
    'أمهاتهم',
    'أمهاتهن',
    'ذووهم',
    'ذويهم',
    'أهاليهم',
    'أهلهم',
    'أزواجهن',
    'والدوهم',
    'والديهم',
  ],
  clauseOpeners: [
    // An anonymous speaker's clause ends the speaker: "مسؤول أمني رفض الكشف عن اسمه" is "مسؤول أمني".
    ...['رفض', 'طلب', 'فضل', 'اشترط'].flatMap((v) =>
      ['الكشف', 'ذكر', 'عدم', 'الإفصاح', 'نشر'].map((w) => `${v} ${w}`),
    ),
    'إن',
    'أن',
    'بأن',
    'فإن',
    'أنه',
    'أنها',
    'بأنه',
    'إنه',
    'إنها',
    'الذي',
    'التي',
    'الذين',
    'حيث',
    'عن',
    // "نقلت الوكالة عن مسؤول قوله إن": the relayed speaker's "saying" ends his name.
    'قوله',
    'قولها',
    'قولهم',
    'قولهن',
    // Clauses set against the one before: "قتل منهم 120 فيما عاد 60", "بينما لا يزال 700".
    'فيما',
    'بينما',
    'في حين',
    // "بإدانة 30 منهم مع اعتقال 20 آخرين": with the arrest of others, not the 30 arresting them.
    'مع',
    'بعدما',
    'عندما',
  ],
  attributionBefore: [
    'وفقا',
    'وفقا ل',
    'طبقا',
    'بحسب',
    'حسب',
    'حسبما',
    'نقلا عن',
    'استنادا إلى',
    'استنادا الى',
    'بناء على',
    'وفق',
    'على لسان',
    'كما أفاد',
    'حسب ما',
    'وفق ما',
    'بحسب ما',
    'تبعا',
    'استنادا ل',
    'بموجب أرقام',
    // "على حد قول الأهالي" (as the residents put it); "في تقرير صادر عن المنظمة" (a report issued by).
    'على حد قول',
    'على حد تعبير',
    'على ذمة',
    'صادر عن',
    'الصادر عن',
    'صادرة عن',
    'الصادرة عن',
    // "حسبما أفادت الوزارة", "بحسب ما أعلنته وزارة الخارجية": the reporting verb is not the speaker.
    // "بحسب ما أفاد به مسؤول", "وفق ما أدلت به الوزارة": the pronoun that takes the verb's object back
    // (به، بها) is no part of the speaker's name either.
    // "على ما أعلنت وزارة الصحة", "وفقما أفادت" (as the ministry announced): so too.
    ...[
      'حسبما',
      'حسب ما',
      'بحسب ما',
      'وفق ما',
      'وفقا لما',
      'طبقا لما',
      'كما',
      'على ما',
      'وفقما',
      'بحسبما',
    ].flatMap((w) =>
      ['أفاد*', 'ذكر*', 'أعلن*', 'قال*', 'أكد*', 'أوضح*', 'صرح*', 'نقل*', 'أدلى', 'أدلت', 'أورد*'].flatMap(
        (v) => [`${w} ${v}`, `${w} ${v} به`, `${w} ${v} بها`],
      ),
    ),
  ],
  // "وفقا لإدارة المخيم" names "إدارة المخيم"; "لليونيسف" (ل fused with the article) is matched whole
  // and written "اليونيسف" (fusedArticle).
  speakerGlue: 'ل(?!ل)(?=\\p{L})',
  // A verbal noun right after a definite word of the speaker's name is the deed announced, not the
  // name's ("أعلنت الهيئة التأكد من", "أعلن الأمن الوطني تفكيك"): a definite noun takes no noun in
  // construct after it, so "هيئة تحرير الشام" keeps its name. The patterns: تفعيل (indefinite), and
  // with or without the article إفعال، افتعال، استفعال، and التفعّل (with the article only). Not a
  // nisba (الجيش التركي) nor a country (تركيا): their endings ي and ا are left out. التأكد is named:
  // its folded hamza is the alif of adjectives (التابع). العام (general: الأمين العام) has its letters too.
  // The plain فعل nouns of killing and capture are named (أعلنت الجماعة قتل 19 جنديا، أعلن الجيش أسر 13).
  // So is وجود (فعول: the presence of, أكدت الوزارة وجود 300 طفل) and تواجد.
  speakerDeed:
    '(?<=(?:^|\\s)ال\\p{L}+\\s)(?!العام(?!\\p{L}))(?:ت\\p{L}{2}ي[^\\sا]|(?:ال)?(?:ا\\p{L}{2}ا\\p{L}|ا\\p{L}ت\\p{L}ا\\p{L}|است\\p{L}{2}ا\\p{L}|است\\p{L}اده)|الت[^ا\\s]\\p{L}[^\\sي]|التاكد|القبض|قتل|اسر|ذبح|خطف|وجود|تواجد)(?!\\p{L})',
  // Verbs whose complement opens with a preposition ("أشار التقرير إلى جرائم ارتكبها التنظيم بحق 300
  // مدني", "كشف المرصد عن …"): the speaker's name ends before it.
  attributionComplements: {
    ...Object.fromEntries(
      ['أشار', 'أشارت', 'يشير', 'تشير', 'لفت', 'لفتت', 'نوه', 'نوهت'].map((v) => [v, 'إلى']),
    ),
    ...Object.fromEntries(['كشف', 'كشفت', 'يكشف', 'تكشف'].map((v) => [v, 'عن'])),
  },
  fusedArticle: ['لل', 'ال'],
  // "صرح بذلك وزير الخارجية", "أعلن ذلك المتحدث باسم الجيش": what was said, taken back, before the speaker.
  attributionObjects: ['بذلك', 'ذلك'],
  // "ربع المقاتلين الأجانب، أي ما يقارب 1,200 مقاتل": that is, the count of the phrase before the comma.
  restatementMarkers: ['أي', 'بمعنى'],
  addressees: [
    // Before whom it spoke ("قال الوزير أمام البرلمان إن"): the name ends there.
    'أمام',
    'ل',
    'لوكالة',
    'لوكالات',
    'لقناة',
    'لصحيفة',
    'لجريدة',
    'لمجلة',
    'لموقع',
    'لشبكة',
    'لتلفزيون',
    'لإذاعة',
    'لراديو',
    'للصحفيين',
    'للصحافيين',
    'للصحافة',
    'لوسائل الإعلام',
    'لفرانس',
    'لرويترز',
    // The Arab outlets a speaker talks to ("قال مسؤول في الإدارة الذاتية لعنب بلدي إن").
    ...['لعنب بلدي', 'للجزيرة', 'للجزيرة نت', 'للشرق الأوسط', 'للعربية', 'للحدث', 'لسكاي نيوز', 'للحرة'],
    ...['لبي بي سي', 'لأسوشيتد برس', 'لوكالة الأناضول', 'للأناضول', 'لسبوتنيك'],
    // Not whom the speaker told, but where the name ends all the same: how or where it spoke ("قالت
    // الوزارة في بيان إن"), the particle of "أشار X إلى أن", and what it estimated ("قدرت X عدد …").
    'في بيان',
    'في تقرير',
    'في تقريرها',
    'في تقريره',
    'في تصريح*',
    'في حديث',
    'في مقابلة',
    'في مؤتمر',
    'خلال مؤتمر',
    'في اجتماع',
    'خلال اجتماع',
    'في لقاء',
    'خلال لقاء',
    'في كلمة',
    'خلال كلمة',
    'في ندوة',
    'خلال ندوة',
    'في جلسة',
    'خلال جلسة',
    'إلى أن',
    // The particle answering an attribution ("ووفقا للأمم المتحدة فقد جند التنظيم"): what was said opens.
    'فقد',
    'عدد',
    'أعداد',
    ...['عددهم', 'عددهن', 'أعدادهم', 'أعدادهن'],
    // …or what it documented, a verbal noun with the count after it ("وثقت الأمم المتحدة تجنيد 1,800
    // طفل"): such nouns open no organisation's name (إعادة and إنقاذ do: لجنة إعادة الإعمار، إنقاذ الطفولة).
    'تجنيد',
    'مقتل',
    'اعتقال',
    'احتجاز',
    'اختطاف',
    'إصابة',
    'وفاة',
    // …or whom it caught ("أعلنت الداخلية ضبط 6 أشخاص").
    'ضبط',
    // …or whom it received or brought back ("أعلنت السلطات المحلية استقبال 30 طفلا").
    'استقبال',
    'تسلم',
    'تسليم',
    'ترحيل',
    'إجلاء',
    'استسلام',
    'إعادة',
    // …or what befell them, told as a verbal noun ("أكدت الوزارة وصول 12 امرأة", "أعلنت الخارجية عودة
    // 25 طفلا", "أكدت الشرطة فرار 6 نساء").
    ...['وصول', 'عودة', 'فرار', 'هروب', 'انضمام', 'التحاق', 'مغادرة', 'سفر', 'وفاة', 'إصابة', 'إعدام'],
    // …or whom it set free ("أعلن الجيش الإفراج عن 12 طفلا"), and these verbal nouns with their article.
    'إفراج',
    'الإفراج',
    'إطلاق',
    ...['تجنيد', 'اعتقال', 'احتجاز', 'اختطاف', 'استقبال', 'تسليم', 'ترحيل', 'إجلاء', 'إطلاق'].map(
      (w) => `ال${w}`,
    ),
    // …also after من, as "تحققت الأمم المتحدة من تجنيد 9 فتيان" (verified the recruitment of).
    ...['تجنيد', 'مقتل', 'اعتقال', 'احتجاز', 'اختطاف', 'إصابة', 'وفاة', 'استخدام'].map((w) => `من ${w}`),
    // …and the killing and maiming of a CAAC report ("تحققت الأمم المتحدة من قتل وتشويه 2,168 طفلا").
    ...['قتل', 'تشويه', 'إعدام', 'تحرير'].map((w) => `من ${w}`),
  ],
  // Heading for a place (متجهة إلى العراق) is going there.
  arrivalVerbs: ['وصل*', 'يصل*', 'تصل', 'وصول', 'حطت', 'متجه*', 'هبطت', 'تهبط', 'هبوط', ...CARRIERS],
  // Moved (نُقل، نقلت السلطات): into a camp or within a conflict zone, not home.
  transferVerbs: ['نقل*', 'تنقل', 'ينقل*', 'تم نقل*'],
  holdVerbs: ['يحتجز*', 'تحتجز*', 'ويحتجز*', 'وتحتجز*'],
  careRecipients: [
    'إلى اليونيسف',
    'الى اليونيسف',
    'لليونيسف',
    'إلى منظمة اليونيسف',
    'إلى منظمات إنسانية',
    'إلى المنظمات الإنسانية',
    'إلى مراكز إعادة التأهيل',
    'إلى مركز لإعادة التأهيل',
    'إلى مركز إعادة التأهيل',
    'إلى جهات حماية الطفل',
  ],
  holdingPlaces: ['مخيم*', 'المخيم*', 'سجن*', 'السجن*', 'سجون*', 'معتقل*', 'مركز*', 'مراكز'],
  // A child speaking is never named (issue 12): an age under 18 or a child noun said of the speaker.
  minorSpeakerMarks: [
    '[(،,]\\s*(?<age>\\d{1,2})\\s*(?:عاما|عام|سنه|سنوات|ربيعا)(?!\\p{L})',
    '(?<!\\p{L})(?:ال)?(?:بالغ|بالغه)\\s+من\\s+(?:ال)?عمر\\s+(?<age>\\d{1,2}|\\p{L}+)',
    '(?<!\\p{L})(?:ذو|ذات|ابن|ابنه)\\s+(?:ال\\s*)?(?<age>\\d{1,2})\\s*(?:عاما|ربيعا)',
    '(?<!\\p{L})(?:و|ف)?(?:ال)(?:طفل|طفله|فتي|فتاه|قاصر|قاصره|مراهق|مراهقه|صبي|تلميذ|تلميذه)(?!\\p{L})',
  ],
  minorSpeaker: 'قاصر',
  // The passive of estimating, spelled as the active without its vowels: "ويقدر عدد المقاتلين بـ"
  // (their number is estimated at), "تقدر أعدادهم بنحو": no one is named.
  notAttribution: [
    'يقدر عدد*',
    'يقدر أعداد*',
    'يقدر ب*',
    'تقدر أعداد*',
    'تقدر ب*',
    'تقدر عدد*',
    // The passive past ("وقدر عدد المقاتلين بـ"), and the noun "قدر" (an amount: "أكبر قدر من").
    'قدر عدد*',
    'قدر أعداد*',
    'قدر ب*',
    // …and its feminine ("وقدرت أعدادهم بـ450": their numbers were estimated at 450).
    'قدرت عدد*',
    'قدرت أعداد*',
    'قدرت ب*',
    'قدر من',
    'أكبر قدر',
    'بقدر',
    'على قدر',
  ],
  attributionVerbs: [
    // بيّن (stated) is بين (between) once its shadda is dropped: only the written shadda says the verb.
    '!بيّن',
    '!بيَّن',
    '!بيّنت',
    '!بيَّنت',
    'قال',
    'قالت',
    'قالوا',
    'يقول',
    'تقول',
    'يقولون',
    'أعلن',
    'أعلنت',
    'أعلنوا',
    'يعلن',
    'تعلن',
    'أفاد',
    'أفادت',
    'أفادوا',
    'يفيد',
    'تفيد',
    'ذكر',
    'ذكرت',
    'ذكروا',
    'يذكر',
    'تذكر',
    'أكد',
    'أكدت',
    'أكدوا',
    'يؤكد',
    'تؤكد',
    'صرح',
    'صرحت',
    'يصرح',
    'كشف',
    'كشفت',
    'كشفوا',
    'يكشف',
    'تكشف',
    'أوضح',
    'أوضحت',
    'يوضح',
    'أشار',
    'أشارت',
    'يشير',
    'تشير',
    'أضاف',
    'أضافت',
    'قدر',
    'قدرت',
    'تقدر',
    // "ويقدر الباحثون عدد …" (the researchers estimate); the passive, written alike, is notAttribution.
    'يقدر',
    'قدروا',
    'يقدرون',
    'أحصت',
    'أحصى',
    'وثقت',
    'وثق',
    // "تحققت الأمم المتحدة من تجنيد 9 فتيان" (verified).
    'تحققت',
    'رصدت',
    'رصد',
    'سجلت',
    'أوردت',
    'أورد',
    'أبلغ',
    'أبلغت',
    // "اتهمت الحكومة جماعة الحوثي بتجنيد" (accused): see accusationVerbs.
    'اتهم',
    'اتهمت',
    'اتهموا',
    'يتهم',
    'تتهم',
    'زعم',
    'زعمت',
    'ادعى',
    'ادعت',
    'اعترف',
    'اعترفت',
    'يعتقد',
    'تعتقد',
    'بينت',
    'لفت',
    'لفتت',
    'نوه',
    'أفاد به',
    'يرى',
    'رأى',
    // "قامت الأمم المتحدة بتوثيق": the verbal noun after قام بـ carries the report.
    'بتوثيق',
    'برصد',
    'بتسجيل',
    'بإحصاء',
  ],
  // "نقلت وكالة رويترز عن مسؤول عراقي قوله إن": the official is the source, the agency relays him.
  // With the object pronoun of "ما" (what): "بحسب ما نقلته رويترز عن مصادر أمنية".
  // Speakers a headline opens with by one word, before a colon ("اليونيسف: 4 آلاف طفل عالقون"): agencies,
  // ministries by their short name, monitors. Not labels ("عاجل:", "بالأرقام:", "حصيلة:").
  headlineSpeakers: [
    'اليونيسف',
    'يونيسف',
    'الداخلية',
    'الخارجية',
    'الدفاع',
    'البنتاغون',
    'البنتاجون',
    'المرصد',
    'الجيش',
    'الشرطة',
    'الأمن',
    'الحكومة',
    'الرئاسة',
    'الوزارة',
    'مسؤول',
    'مصدر',
    'مصادر',
    ...['واس', 'وام', 'قنا', 'سانا', 'واع', 'كونا', 'بنا', 'وفا', 'رويترز', 'الأناضول'],
  ],
  relayVerbs: ['نقل', 'نقلت', 'نقلوا', 'ينقل', 'تنقل', 'نقله', 'نقلته', 'نقلها', 'نقلتها', 'تنقله', 'ينقله'],
  accusationVerbs: ['اتهم', 'اتهمت', 'اتهموا', 'يتهم', 'تتهم'],
  // "تونس وحدها بنحو 5 آلاف منهم"، "يليها المغرب بـ1600": alone (وحده/وحدها), then ب before the number.
  countryShareGap: '^\\s*(?:وحد(?:ه|ها|هم|هن)\\s*)?ب?\\s*$',
  relayLinks: ['عن'],
  // "وفي تقرير لليونيسف، قتل 40 طفلا": the report and who issued it are the source.
  reportFrames: [
    'في تقرير',
    'في تقريرها',
    'في بيان',
    'في دراسة',
    'في إحصائية',
    'في إحصاء',
    'في أحدث تقرير',
    'في آخر تقرير',
  ],
  reportGlue: 'ل(?=\\p{L})',
  abbreviations: ['د', 'م', 'ه', 'ص', 'أ', 'ج', 'ق', 'mr', 'dr', 'u.s', 'u.n', 'no', 'vol', 'etc'],
  // The plural أسابيع ("for weeks") names no week chrono can place: chrono reads "خلال أسابيع" as next week.
  // A weekday after يوم or before الماضي: "الاثنين" alone is also "the two", "الجمعة" the prayer.
  relativeDates:
    'أسبوع|أمس|اليوم|يوم\\s+(?:ال)?(?:أحد|[اإ]ثنين|ثلاثاء|[أا]ربعاء|خميس|جمعة|سبت)|(?:الأحد|ال[اإ]ثنين|الثلاثاء|ال[أا]ربعاء|الخميس|الجمعة|السبت)\\s+الماضي',
  weekDates: 'أسبوع|عطلة نهاية',
  // A month after these names a period: the number after it counts what follows.
  monthPeriodBefore: '[وف]?(?:في|منذ|خلال|حتى)',
  // أطفالهن الـ7: a pronoun suffix makes the counted noun definite (the dual's too: أطفالهما الستة).
  definiteSuffix: 'هم|هن|ها|هما',
  // "احتجزت السلطات 12 طفلا جندتهم الحركة": the verb with "them" after the children is of a relative clause.
  // A past copula (كانوا يقيمون، كن محتجزات، كانوا في معسكر) or the pluperfect (كانوا قد جندوا) right
  // before a verb, a participle or a place: a state or a deed before the main verb's time.
  pluperfectBefore: '[وف]?(?:كانوا|كن|كانت|كان)(?:\\s+قد|\\s+(?:في|داخل|لدى|ضمن))?',
  objectPronoun: 'هم|هن',
  // ستعيد، سيستعيد (will bring back): the state that will bring them home is theirs.
  futurePrefix: 'س',
  // A plural verb, no conjunction glued: imperfect يفعلون/تفعلن, perfect فعلوا; not a nisba (تونسيون).
  pluralVerb: '^(?:[يت][\\p{L}]{2,}(?<!ي)(?:ون|ن)|[\\p{L}]{3,}وا)$',
  // و glued to the next word joins clauses: "… 70 امرأة، و30 في العراق", "وفي العراق".
  gluedConjunctionEnd: 'و',
  gluedConjunctionBefore: 'و(?=\\s|$|في|من|ب|ل|إلى)',
  // "year", "since", "early", "late" before a number (folded: ة → ه); any Arabic letter may be glued before.
  // "عدد الأطفال بلغ 2000", "ارتفع عددهم إلى 2000", "قدر عددهم ب2000": a year-like number reached by a
  // "number of" frame is its count.
  frameValueBefore:
    '(?:(?:^|\\s)[وف]?(?:بلغ|بلغت|يبلغ|تبلغ|ناهز|يناهز|تناهز|الي|يتجاوز|تجاوز|يفوق|فاق|يقارب|قارب)\\s*|(?:^|\\s)[وف]?ب)$',
  yearWordsBefore: '(?:^|[\\s\\u0600-\\u06ff])(?:عام|العام|لعام|سنه|السنه|منذ|مطلع|اواخر|اوائل)\\s*$',
  dayOrdinals,
  months: withMonthFrames({
    يناير: 1,
    فبراير: 2,
    مارس: 3,
    أبريل: 4,
    إبريل: 4,
    ابريل: 4,
    مايو: 5,
    يونيو: 6,
    يونيه: 6,
    يوليو: 7,
    يوليه: 7,
    أغسطس: 8,
    سبتمبر: 9,
    أكتوبر: 10,
    نوفمبر: 11,
    ديسمبر: 12,
    'كانون الثاني': 1,
    شباط: 2,
    آذار: 3,
    نيسان: 4,
    أيار: 5,
    حزيران: 6,
    تموز: 7,
    آب: 8,
    أيلول: 9,
    'تشرين الأول': 10,
    'تشرين الثاني': 11,
    'كانون الأول': 12,
    جانفي: 1,
    فيفري: 2,
    أفريل: 4,
    ماي: 5,
    جوان: 6,
    جويلية: 7,
    أوت: 8,
    غشت: 8,
    يوليوز: 7,
    شتنبر: 9,
    نونبر: 11,
    دجنبر: 12,
  }),
  mediaWords: withDefinite({
    مجلته: 'magazine',
    مجلتها: 'magazine',
    مجلتهم: 'magazine',
    فيديو: 'video',
    فديو: 'video',
    'مقطع فيديو': 'video',
    'مقاطع فيديو': 'video',
    'شريط فيديو': 'video',
    'أشرطة فيديو': 'video',
    مقطع: 'video',
    مقاطع: 'video',
    شريط: 'video',
    أشرطة: 'video',
    'إصدار مرئي': 'video',
    'إصدارا مرئيا': 'video',
    فيلم: 'video',
    أفلام: 'video',
    'فيلم وثائقي': 'video',
    'تسجيل مصور': 'video',
    'تسجيلا مصورا': 'video',
    'تسجيلات مصورة': 'video',
    'شريط مصور': 'video',
    'شريطا مصورا': 'video',
    // Accusative and "visual" forms: نشر شريطا، بث تسجيلا مرئيا مدته 12 دقيقة.
    شريطا: 'video',
    فيلما: 'video',
    مقطعا: 'video',
    // The dual: "نشرت فيلمين هما "X" و"Y"".
    فيلمين: 'video',
    فيلمان: 'video',
    شريطين: 'video',
    شريطان: 'video',
    مقطعين: 'video',
    مقطعان: 'video',
    'مقطعا مصورا': 'video',
    'تسجيل مرئي': 'video',
    'تسجيلا مرئيا': 'video',
    'تسجيلات مرئية': 'video',
    'مقطع مرئي': 'video',
    'مقطعا مرئيا': 'video',
    'شريط مرئي': 'video',
    'شريطا مرئيا': 'video',
    'إصدارات مرئية': 'video',
    // Duals of the nouns that are generic alone: "أصدرت الولاية إصدارين مرئيين بعنوان "X" و"Y"".
    'إصداران مرئيان': 'video',
    'إصدارين مرئيين': 'video',
    'تسجيلان مصوران': 'video',
    'تسجيلين مصورين': 'video',
    'تسجيلان مرئيان': 'video',
    'تسجيلين مرئيين': 'video',
    فيديوهين: 'video',
    فيديوهان: 'video',
    فيديوين: 'video',
    'إصداران صوتيان': 'audio',
    'إصدارين صوتيين': 'audio',
    'تسجيلان صوتيان': 'audio',
    'تسجيلين صوتيين': 'audio',
    'إصدارات صوتية': 'audio',
    نشيدين: 'audio',
    نشيدان: 'audio',
    لقطات: 'video',
    'مقطع مصور': 'video',
    مجلة: 'magazine',
    مجلات: 'magazine',
    مجلتين: 'magazine',
    مجلتان: 'magazine',
    عدد: 'magazine',
    'العدد الجديد': 'magazine',
    نشرة: 'magazine',
    كتيب: 'magazine',
    كراسة: 'magazine',
    منشور: 'magazine',
    منشورات: 'magazine',
    صحيفة: 'magazine',
    'تسجيل صوتي': 'audio',
    'تسجيلا صوتيا': 'audio',
    'تسجيلات صوتية': 'audio',
    'مقطع صوتي': 'audio',
    'مقاطع صوتية': 'audio',
    'مقطعا صوتيا': 'audio',
    'إصدار صوتي': 'audio',
    'رسالة صوتية': 'audio',
    'كلمة صوتية': 'audio',
    // Duals and plurals of the feminine nouns with their adjective: "أصدرت كلمتين صوتيتين هما "X" و"Y"".
    ...Object.fromEntries(
      [
        ...['كلمتين صوتيتين', 'كلمتان صوتيتان', 'كلمات صوتية', 'رسالتين صوتيتين', 'رسالتان صوتيتان'],
        ...['رسائل صوتية', 'كلمتين مسجلتين', 'كلمتان مسجلتان'],
      ].map((w) => [w, 'audio' as const]),
    ),
    ...Object.fromEntries(
      [
        ...['كلمتين مرئيتين', 'كلمتان مرئيتان', 'كلمات مرئية', 'رسالتين مرئيتين', 'رسالتان مرئيتان'],
        ...['رسائل مرئية', 'كلمتين مصورتين', 'كلمتان مصورتان', 'رسالتين مصورتين', 'رسالتان مصورتان'],
      ].map((w) => [w, 'video' as const]),
    ),
    // The speech filmed: "بثت مؤسسة السحاب كلمة مرئية للظواهري".
    'كلمة مرئية': 'video',
    'كلمة مصورة': 'video',
    'رسالة مرئية': 'video',
    'رسالة مصورة': 'video',
    نشيد: 'audio',
    نشيدا: 'audio',
    // The Houthis' chant: "بثت قناة المسيرة زاملا بعنوان".
    زامل: 'audio',
    زاملا: 'audio',
    زوامل: 'audio',
    أناشيد: 'audio',
    أنشودة: 'audio',
    'بث إذاعي': 'audio',
    صورة: 'photo',
    صور: 'photo',
    // The accusative of the plural: "بثت الوكالة صورا بعنوان "X"".
    صورا: 'photo',
    'تقرير مصور': 'photo',
    'تقريرا مصورا': 'photo',
    ملصق: 'photo',
    // The accusative, as for شريطا and مقطعا: "نشر التنظيم ملصقا بعنوان "X"".
    ملصقا: 'photo',
    ملصقات: 'photo',
    إنفوغرافيك: 'photo',
    انفوجرافيك: 'photo',
    بيان: 'statement',
    بيانا: 'statement',
    خطاب: 'audio',
    خطبة: 'statement',
    رسالة: 'statement',
    'كلمة مسجلة': 'audio',
  }),
  titleMarkers: [
    'حملت اسم',
    'حمل اسم',
    'تحمل اسم',
    'يحمل اسم',
    'باسم',
    'بعنوان',
    'تحت عنوان',
    'يحمل عنوان',
    'تحمل عنوان',
    'حمل عنوان',
    'حملت عنوان',
    'يحمل اسم',
    'تحمل اسم',
    'حمل اسم',
    'تحت اسم',
    'باسم',
    'اسمه',
    'اسمها',
    'عنوانه',
    'عنوانها',
    'المعنون',
    'المعنونة',
    'معنون',
    'معنونة',
    // "كلمة صوتية الموسومة بـ\"X\"": marked with (the name).
    'الموسوم',
    'الموسومة',
    'الموسوم ب',
    'الموسومة ب',
    'أطلق عليه',
    'أطلق عليها',
    'سمي',
    'سميت',
    // "الإصدار المسمى "X"", "شريط يسمى X": named so.
    'المسمى',
    'المسماة',
    'يسمى',
    'تسمى',
    'عنوان',
  ],
  languageNames: {
    كازاخية: 'kk',
    قازاقية: 'kk',
    كازاخستانية: 'kk',
    روسية: 'ru',
    إنجليزية: 'en',
    إنكليزية: 'en',
    انجليزية: 'en',
    عربية: 'ar',
    فرنسية: 'fr',
    أوزبكية: 'uz',
    اوزبكية: 'uz',
    طاجيكية: 'tg',
    قرغيزية: 'ky',
    قيرغيزية: 'ky',
    كيرغيزية: 'ky',
    تركمانية: 'tk',
    ألمانية: 'de',
    تركية: 'tr',
    أويغورية: 'ug',
    إيغورية: 'ug',
    ايغورية: 'ug',
    شيشانية: 'ce',
    فارسية: 'fa',
    دارية: 'fa',
    بشتونية: 'ps',
    بشتو: 'ps',
    أردية: 'ur',
    أوردو: 'ur',
    إندونيسية: 'id',
    ملايوية: 'ms',
    صينية: 'zh',
    إسبانية: 'es',
    كردية: 'ku',
    هولندية: 'nl',
    إيطالية: 'it',
    بوسنية: 'bs',
    ألبانية: 'sq',
    أذرية: 'az',
    أذربيجانية: 'az',
    جورجية: 'ka',
    سويدية: 'sv',
    عبرية: 'he',
    صومالية: 'so',
    هوسا: 'ha',
    سواحيلية: 'sw',
    أمهرية: 'am',
    بنغالية: 'bn',
    تاميلية: 'ta',
    برتغالية: 'pt',
    أوكرانية: 'uk',
    بولندية: 'pl',
  },
  subtitleMarkers: [
    'مترجم*',
    'ترجمة',
    'ترجمات',
    'مع ترجمة',
    'مصحوب بترجمة',
    'مرفق بترجمة',
    'ترجم',
    'ترجمته',
    'نص مكتوب',
  ],
  spokenMarkers: [
    'لغة',
    'ناطق*',
    'يتحدث*',
    'تتحدث*',
    'يتكلم*',
    'يتكلمون',
    'بصوت',
    'ينشد*',
    'بلسان',
    'يخاطب*',
    'متحدثا',
  ],
  minuteWords: ['دقيقة', 'دقائق', 'دقيقتين', 'دقيقتان', 'دقيقتا'],
  producerMarkers: [
    'مؤسسة',
    'مركز الحياة',
    'المكتب الإعلامي',
    'مكتب إعلامي',
    'الذراع الإعلامي',
    'الذراع الإعلامية',
    'الجناح الإعلامي',
    'من إنتاج',
    'إنتاج',
    'أنتجته',
    'أنتجتها',
    'أصدرته',
    'أصدرتها',
    'نشرته',
    'نشرتها',
    'بثته',
    'بثتها',
    'ديوان الإعلام',
    'الإعلامية',
    'للإنتاج الإعلامي',
    'الإعلامي',
  ],
  release: {
    // المدة بالمثنى وبالساعات: "مدته دقيقتان"، "مدته ساعتان"، "مدته 3 ساعات".
    hourWords: ['ساعات'],
    anniversaryWords: ['ذكرى', 'الذكرى', 'ذكري', 'الذكري'],
    durationWords: {
      دقيقتان: 2,
      دقيقتين: 2,
      دقيقتا: 2,
      ساعتان: 120,
      ساعتين: 120,
      'ساعة ونصف': 90,
      'نصف ساعة': 30,
    },
    nounLeadsTitle: true,
    // "بعنوان يا قومنا، أجيبوا داعي الله": an address opens a title that goes on past its comma.
    vocatives: ['يا', 'أيها', 'يا أيها'],
    vagueQuantityEndsTitle: true,
    genericNouns: [
      'إصدار',
      'إصدارا',
      'الإصدار',
      'إصداره',
      'إصدارها',
      'إصدارات',
      'إنتاج',
      'تسجيل',
      'تسجيلا',
      'تسجيلات',
    ],
    coverWords: ['غلاف', 'غلافها', 'غلافه', 'الصفحة الأولى', 'صفحته الأولى', 'صفحتها الأولى', 'واجهة'],
    partNouns: [
      'ملف',
      'ملفا',
      'ملفين',
      'ملفان',
      'مقال',
      'مقالا',
      'مقالة',
      'افتتاحية',
      'فصل',
      'باب',
      'قسم',
      'زاوية',
      'تقرير',
      'تقريرا',
      'دراسة',
      'كتاب',
      'عملية',
      'حملة',
      'برنامج',
      'مشروع',
      'قانون',
    ],
    issueWords: ['عدد', 'عددها', 'عدده', 'العدد', 'الإصدار رقم', 'رقم'],
    issueOrdinals: {
      الأول: 1,
      أول: 1,
      الثاني: 2,
      الثالث: 3,
      الرابع: 4,
      الخامس: 5,
      السادس: 6,
      السابع: 7,
      الثامن: 8,
      التاسع: 9,
      العاشر: 10,
      'الحادي عشر': 11,
      'الثاني عشر': 12,
      'الثالث عشر': 13,
      'الرابع عشر': 14,
      'الخامس عشر': 15,
      'السادس عشر': 16,
      'السابع عشر': 17,
      'الثامن عشر': 18,
      'التاسع عشر': 19,
      // العشرات والمركب منها: "العدد العشرين"، "عددها الثالث والعشرين".
      ...(Object.fromEntries(
        [
          ['العشرين', 'العشرون'],
          ['الثلاثين', 'الثلاثون'],
          ['الأربعين', 'الأربعون'],
          ['الخمسين', 'الخمسون'],
        ].flatMap((forms, i) =>
          forms.flatMap((ten) => [
            [ten, (i + 2) * 10],
            ...['الحادي', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'].map(
              (unit, k) => [`${unit} و${ten}`, (i + 2) * 10 + k + 1],
            ),
          ]),
        ),
      ) as Record<string, number>),
    },
    possessors: [
      'لوكالة',
      'لتنظيم',
      'للتنظيم',
      'لجماعة',
      'للجماعة',
      'لحركة',
      'للحركة',
      'لمؤسسة',
      'لمنظمة',
      'لداعش',
      'للدولة',
      'لمن',
      'عن',
      'حول',
      'من',
      'يظهر',
      'تظهر',
      'فيه',
      'فيها',
      'إن',
      'أن',
      'إنه',
      'أنه',
      'إنها',
      'أنها',
      'بأن',
      'قال',
      'قائلا',
      'جاء',
      'جاء فيه',
      'أظهر',
      'يصور',
      'تصور',
    ],
    producerBefore: [
      ...['من', 'عن', 'أصدرته', 'أصدرتها', 'نشرته', 'نشرتها', 'بثته', 'بثتها', 'أنتجته', 'أنتجتها'],
      // "فيلم "X" من إنتاج مؤسسة الحياة", "بعنوان "X" أنتجته مؤسسة الفرقان": the making noun or verb leads
      // its maker as "by" does.
      ...['من إنتاج', 'إنتاج', 'من إعداد', 'أنتجه', 'أنتجها', 'أنتجتهما', 'أنتجهما'],
      // Of two releases: "إصداران مرئيان نشرتهما مؤسسة الحياة".
      ...['أصدرتهما', 'أصدرهما', 'نشرتهما', 'نشرهما', 'بثتهما', 'بثهما'],
    ],
    bareTitleStops: [
      'يظهر',
      'تظهر',
      'أظهر',
      'يصور',
      'تصور',
      'يتضمن',
      'تتضمن',
      'فيه',
      'فيها',
      'وهو',
      'وهي',
      'الذي',
      'التي',
      'نشر',
      'نشرته',
      'نشرتها',
      'بث',
      'بثته',
      'مدته',
      'مدتها',
      // What a release does, in the imperfect: "نشيدا بعنوان صليل الصوارم يحرض على القتال".
      ...['يحرض', 'تحرض', 'يدعو', 'تدعو', 'يحث', 'تحث', 'يوثق', 'توثق', 'يروج', 'تروج', 'يهدد', 'تهدد'],
      ...['يستعرض', 'تستعرض', 'يعرض', 'تعرض', 'يتحدث', 'تتحدث', 'يشرح', 'تشرح', 'يبين', 'تبين'],
      // What an infographic or a poster does: "إنفوغرافيك بعنوان حصاد الأجناد يلخص هجمات الأسبوع".
      ...['يلخص', 'تلخص', 'يرصد', 'ترصد', 'يتناول', 'تتناول', 'يوضح', 'توضح', 'يحصي', 'تحصي', 'يسرد', 'تسرد'],
      ...['يتوعد', 'تتوعد', 'يمجد', 'تمجد', 'يسلط', 'تسلط', 'يضم', 'تضم', 'يحتوي', 'تحتوي'],
      'عشرات',
      'مئات',
      'آلاف',
      // Where it was filmed, in the passive: "بعنوان عودة الأسود صور في معسكر" (صُوِّر, not صُوَر).
      ...['صور في', 'صورت في', 'صور داخل', 'صورت داخل', 'تم تصويره', 'تم تصويرها'],
    ],
    personWords: [
      'أبو',
      'أبي',
      'أبا',
      'أم',
      'ابن',
      'الرئيس',
      'الوزير',
      'السفير',
      'الشيخ',
      'الأمير',
      'العقيد',
      'اللواء',
      // "بيانا باسم المتحدث ذبيح الله مجاهد": the spokesman it is issued in the name of.
      ...['المتحدث', 'الناطق', 'المتحدثة', 'الناطقة', 'زعيم', 'الزعيم', 'القائد', 'قائد'],
    ],
    captionWords: ['لقطة', 'لقطات من', 'صورة من'],
    // A news outlet's genres only: propaganda magazines run interviews and reports too.
    pressGenres: ['تحقيقا', 'تحقيق', 'تحقيقات'],
    pressNouns: ['صحيفة', 'صحيفه', 'جريدة', 'الصحيفة', 'الجريدة'],
    makerLeads: ['إخراج', 'أخرجه', 'أخرجها', 'أخرج', 'صوره', 'صورها', 'أعده', 'أعدها'],
    makerNouns: [
      ...['صحفي', 'صحفية', 'الصحفي', 'الصحفية', 'للصحفي', 'للصحفية', 'صحافي', 'صحافية', 'الصحافي', 'للصحافي'],
      ...['مراسل', 'مراسلة', 'المراسل', 'لمراسل', 'مخرج', 'مخرجة', 'المخرج', 'للمخرج', 'إخراج', 'من إخراج'],
    ],
    journalismNouns: ['وثائقي', 'وثائقيا', 'الوثائقي', 'وثائقية', 'هوليوود', 'هوليوودي', 'مسلسل', 'مسلسلا'],
    filmNouns: ['فيلم', 'فيلما', 'أفلام', 'فيلمين', 'فيلمان'],
    propagandaWords: [
      'دعائي',
      'دعائيا',
      'دعائية',
      'جهادي',
      'جهادية',
      'جهاديين',
      'متطرف',
      'متطرفة',
      'إرهابي',
      'إرهابية',
    ],
    provinceWords: ['ولاية', 'ولايات'],
    ownerGroupNouns: ['تنظيم', 'جماعة', 'مسلحين', 'مسلحون'],
    definiteOwnerNouns: [
      'للتنظيم',
      'التنظيم',
      'للجماعة',
      'الجماعة',
      'للحركة',
      'الحركة',
      'للمسلحين',
      'المسلحين',
    ],
    // A media issued by an institution (الأمم المتحدة، مجلس الأمن، الوزارة) is no armed group's release.
    wireServices: [
      'رويترز',
      'فرانس برس',
      'أسوشيتد برس',
      'أسوشييتد برس',
      'الأناضول',
      'سانا',
      'تاس',
      'نوفوستي',
      'إنترفاكس',
      'شينخوا',
    ],
    institutionWords: [
      'الأمم المتحدة',
      'يونيسف',
      'اليونيسف',
      'مجلس الأمن',
      'الأمين العام',
      'الجمعية العامة',
      'مجلس حقوق الإنسان',
      'هيومن رايتس ووتش',
      'منظمة العفو الدولية',
      'العفو الدولية',
      'وزارة',
      'الوزارة',
      'الحكومة',
      'الاتحاد الأوروبي',
      'الصليب الأحمر',
      'الخارجية',
      'السفارة',
      // وزارات الدفاع والأحلاف والرئاسات؛ لا المحاكم ولا الشرطة التي تستشهد بالإصدارات.
      ...['البنتاغون', 'البنتاجون', 'الناتو', 'الرئاسة', 'التحالف الدولي'],
    ],
    // "فيلما بعنوان \"X\" عن أطفال داعش": the group is what the film is about.
    topicWords: ['عن', 'حول'],
    cinemaWords: [
      'تلفزيون',
      'تلفزيوني',
      'تلفزيونية',
      'مخرج',
      'سينما',
      'سينمائي',
      'سينمائية',
      'مهرجان',
      'دور العرض',
    ],
    // "وبثت قناة الغد فيلما": a channel by its name (Arabic has no capitals to tell it by its letters).
    channelNouns: ['قناة', 'وقناة', 'لقناة', 'ولقناة', 'بقناة', 'وبقناة', 'فقناة'],
    // "نشرت وكالة الأناضول مقطعا"; not "الوكالة", the agency told before (Amaq, as often).
    agencyNouns: ['وكالة', 'ووكالة', 'لوكالة', 'بوكالة', 'وكالات'],
    notTvWords: [
      'تلغرام',
      'تليغرام',
      'تيليغرام',
      'تلجرام',
      'تليجرام',
      'تيليجرام',
      'يوتيوب',
      'واتساب',
      'السويس',
    ],
    // "أصدرت كلمتين صوتيتين هما "X" و"Y"", "منها "X" و"Y"": what opens a catalogue's list of titles.
    listLeads: ['هما', 'هي', 'منها', 'ومنها', 'من بينها', 'ومن بينها', 'أبرزها', 'مثل', 'وهي', 'وهما'],
    contentVerbs: ['حمل', 'حملت', 'يحمل', 'تحمل', 'تضمن', 'تضمنت', 'يتضمن', 'تتضمن', 'اختتم', 'ختم'],
    messageNouns: ['رسالة', 'شعار', 'عبارة', 'كلمات', 'لافتة'],
    nameNouns: ['اسم', 'عنوان'],
    releaseVerbs: ['نشر', 'نشرت', 'بث', 'بثت', 'أصدر', 'أصدرت', 'ينشر', 'تنشر', 'يبث', 'تبث'],
    // "معسكرا يحمل اسم", "المتحدث باسم التنظيم": the marker names a camp or whom a spokesman speaks for.
    titleOnlyMarkers: ['بعنوان', 'تحت عنوان', 'يحمل عنوان', 'تحمل عنوان', 'حمل عنوان', 'حملت عنوان'],
    utteranceWords: [
      'ردد',
      'رددوا',
      'يردد',
      'يرددون',
      'مرددين',
      'هتف',
      'هتفوا',
      'يهتف',
      'يهتفون',
      'هاتفين',
      'شعار',
      'شعارا',
      'شعارات',
      'هتاف',
      'هتافات',
      'صيحات',
      // Words written or read on it: "انتهى الفيديو بعبارة "X"", "ملصقا كتب عليه "X"".
      ...['عبارة', 'بعبارة', 'عبارات', 'كتب عليه', 'كتب عليها', 'مكتوب', 'كلمات', 'بكلمات', 'جملة'],
    ],
    seriesArticle: 'ال',
    // "مجلة دابق، التي صدر عددها الأول": the relative and its verb of coming out before the owned issue.
    issueRelatives: ['التي صدر', 'الذي صدر', 'التي صدرت', 'الذي صدرت', 'التي نشرت في', 'التي نشر في'],
    seriesEpithets: [
      ...['الأسبوعية', 'الأسبوعي', 'الأسبوعيه', 'الشهرية', 'مجلة', 'صحيفة', 'نشرة', 'الإلكترونية'],
      // The language it is written in: "مجلة دار الإسلام الناطقة بالفرنسية".
      ...['الناطقة', 'الناطق', 'الصادرة'].flatMap((w) =>
        [
          'بالفرنسية',
          'بالإنجليزية',
          'بالانجليزية',
          'بالإنكليزية',
          'بالروسية',
          'بالعربية',
          'بالتركية',
          'بالأوردية',
        ].map((l) => `${w} ${l}`),
      ),
    ],
    namedNouns: [
      'معسكر',
      'معسكرا',
      'معسكرات',
      'مخيم',
      'مخيما',
      'قناة',
      'حساب',
      'حسابا',
      'موقع',
      'موقعا',
      'منتدى',
      'كتيبة',
      'لواء',
      'فصيل',
      'فصيلا',
      'مدرسة',
      'مسجد',
      'مسجدا',
      'قرية',
      'بلدة',
      'حي',
      'متحدث',
      'ناطق',
      'الناطق الرسمي',
      'المتحدث الرسمي',
      // A person: "طفل يدعى عبد الله".
      ...['طفل', 'طفلا', 'صبي', 'صبيا', 'فتى', 'رجل', 'رجلا', 'امرأة', 'مقاتل', 'مقاتلا', 'مسلح', 'مسلحا'],
      ...['عنصر', 'عنصرا', 'شاب', 'شابا', 'نجل', 'شقيق', 'داعية', 'قائد', 'قائدا', 'أمير', 'مستخدم'],
    ],
  },
};
