// Names that are places only in some contexts, and the words that decide. acceptPlace (context.ts)
// reads these; nothing here is a stop-list: every name below is a place when its context says so.

type Lang = 'en' | 'ar' | 'ru' | 'fr';

export interface AmbiguityRule {
  /** The names as written in the gazetteer (Russian ones are declined as names are). */
  names: string[];
  /** A place only when written with a capital: turkey, china, чад, того. */
  capital?: true;
  /** A place only after a preposition or governing noun, in a list of places, or with a clitic preposition. */
  context?: true;
  /** Also a given name or surname: not a place next to another capitalised word (Michael Jordan, Maurice Papon). */
  person?: true;
  /** Georgia the US state: not a place after "state of", "Atlanta," or before "(U.S.)". */
  usState?: true;
  /** Words or phrases right before the name that make it something else (صلاة المغرب). */
  notAfter?: string[];
  /** Words or phrases right after it that make it something else (المغرب العربي). */
  notBefore?: string[];
}

export const AMBIGUOUS: Record<Lang, AmbiguityRule[]> = {
  en: [
    { names: ['Chad', 'Jordan'], capital: true, person: true, notBefore: ['river', 'valley', 'basin'] },
    { names: ['Georgia'], capital: true, usState: true },
    {
      names: [
        'Turkey',
        'China',
        'Chile',
        'Guinea',
        'Mali',
        'Togo',
        'Dominica',
        'Panama',
        'Cuba',
        'Poles',
        'Afghan',
        'Polish',
        'Danish',
        'Swede',
      ],
      capital: true,
    },
    { names: ['Niger'], capital: true, notBefore: ['delta', 'river', 'state'] },
    { names: ['Jersey', 'Guernsey'], capital: true, context: true, notAfter: ['new'] },
  ],
  fr: [
    { names: ['Géorgie'], capital: true, usState: true },
    {
      names: [
        'Togo',
        'Mali',
        'Tchad',
        'Niger',
        'Guinée',
        'Chine',
        'Chili',
        'Turquie',
        'Panama',
        'Inde',
        'Jordanie',
      ],
      capital: true,
    },
    {
      names: ['Maurice', 'Dominique', 'Salvador', 'Jersey', 'Guernesey', 'Grenade'],
      capital: true,
      context: true,
      person: true,
    },
    { names: ['Niger'], notAfter: ['fleuve'] },
  ],
  ru: [
    { names: ['Того'], capital: true, context: true },
    {
      names: [
        'Чад',
        'Чили',
        'Перу',
        'Куба',
        'Мали',
        'Нигер',
        'Гвинея',
        'Гана',
        'Оман',
        'Ош',
        'Грозный',
        'Грозного',
        'Грозном',
      ],
      capital: true,
    },
    { names: ['Джерси', 'Гернси'], capital: true, context: true },
    { names: ['Чад'], notAfter: ['озеро', 'озера', 'озере', 'озеру'] },
  ],
  ar: [
    // مالي is also "financial"; بنين "boys"; عمان both Oman and Amman (سلطنة عمان is an entry of its own);
    // عدن (Aden) is also "they returned" (feminine): "45 امرأة عدن إلى البلاد".
    { names: ['مالي', 'بنين', 'جيرسي', 'غيرنزي', 'عمان', 'عدن'], context: true },
    {
      names: ['المغرب'],
      notAfter: [
        'صلاة',
        'صلاتي',
        'أذان',
        'اذان',
        'بعد',
        'قبل',
        'وقت',
        'موعد',
        'حتى',
        'عند',
        'إفطار',
        'افطار',
        'غروب',
      ],
      notBefore: ['العربي', 'الإسلامي', 'الكبير', 'والعشاء'],
    },
    { names: ['النيجر'], notAfter: ['نهر', 'دلتا'] },
    { names: ['تشاد'], notAfter: ['بحيرة'] },
    { names: ['جورجيا'], usState: true },
    { names: ['قطر'], notAfter: ['نصف'] },
  ],
};

/** Prepositions and governing nouns that make the next name a place ("граждан Того", "من مالي"). */
export const PLACE_CONTEXT: Record<Lang, { words: string[]; stems?: string[] }> = {
  en: {
    words: [
      'from',
      'in',
      'to',
      'into',
      'of',
      'across',
      'via',
      'inside',
      'throughout',
      'including',
      'between',
      'and',
      'or',
    ],
  },
  fr: {
    words: ['de', 'd', 'du', 'en', 'au', 'aux', 'a', 'vers', 'depuis', 'pour', 'par', 'et', 'ou', 'ile', 'l'],
  },
  ru: {
    words: ['из', 'в', 'во', 'на', 'с', 'со', 'для', 'по', 'до', 'от', 'к', 'у', 'между', 'и', 'или', 'мвд'],
    stems: [
      'граждан',
      'уроженц',
      'выходц',
      'республик',
      'правительств',
      'власт',
      'президент',
      'посольств',
      'территори',
      'столиц',
      'государств',
    ],
  },
  ar: {
    words: [
      'من',
      'في',
      'إلى',
      'الى',
      'عن',
      'مع',
      'بين',
      'داخل',
      'نحو',
      'مواطني',
      'مواطنين',
      'مواطنو',
      'رعايا',
      'دولة',
      'جمهورية',
      'حكومة',
      'سلطات',
      'رئيس',
      'شمال',
      'جنوب',
      'شرق',
      'غرب',
      'وسط',
      'شمالي',
      'جنوبي',
      'عاصمة',
      'أراضي',
      'سفارة',
      'جيش',
      'سلطنة',
      'مدينة',
      'محافظة',
      'ميناء',
      'مطار',
    ],
  },
};

/** Words before a name that make Georgia the US state. */
export const US_STATE_BEFORE: Record<Lang, string[]> = {
  en: ['state of', 'u.s. state of', 'us state of', 'u.s. state', 'atlanta,', 'savannah,', 'augusta,'],
  fr: ['etat de', "l'etat de", 'atlanta,', 'atlanta (', 'etat americain de'],
  ru: [],
  ar: ['ولاية'],
};

/** Words after a name that make Georgia the US state. */
export const US_STATE_AFTER: Record<Lang, string[]> = {
  en: ['(u.s.)', '(us)', ', u.s.', ', usa', 'state university', 'tech'],
  fr: ['(etats-unis)', 'aux etats-unis', '(usa)'],
  ru: [],
  ar: ['الأمريكية', 'الأميركية', 'الامريكية'],
};

/**
 * Arabic nouns for a place or a place of detention that a nationality adjective may qualify: "في
 * الأراضي السورية" (in Syrian territory), "السجون العراقية" (Iraqi prisons). After them a definite
 * feminine nisba names the country, as "Syrian territory" and "Iraqi prisons" do in other languages.
 * Not a border (الحدود التركية): it is between two countries.
 * Folded as the engine scans text (ة → ه, أ → ا).
 */
export const AR_PLACE_NOUNS = [
  'اراضي',
  'ارض',
  'مدن',
  'مدينه',
  'قري',
  'قريه',
  'مناطق',
  'منطقه',
  'محافظه',
  'مخيمات',
  'مخيم',
  'سجون',
  'سجن',
  'معتقلات',
  'معتقل',
  'ساحه',
  'ساحات',
  'جبهات',
  'جبهه',
  'عاصمه',
];

/**
 * Arabic nouns for the organs of a state: a definite feminine nisba after them (الحكومة الكازاخية،
 * السلطات العراقية، وزارة الخارجية التونسية) names the state that acts, which brings its citizens home
 * ("أعادت السلطات العراقية 500 عائلة": Iraqi families). Folded as the engine scans text.
 */
export const AR_STATE_NOUNS = [
  'حكومه',
  'سلطات',
  'وزاره',
  'دوله',
  'اجهزه',
  'رئاسه',
  'سفاره',
  'قنصليه',
  'خارجيه',
  'داخليه',
  'عدل',
];
