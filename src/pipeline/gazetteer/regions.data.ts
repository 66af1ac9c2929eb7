// Regions the field counts by (GUIDELINES.md: region:central-asia, region:former-ussr,
// region:north-caucasus, region:europe, region:foreign), with their names in every supported
// language, the periphrases reports use for them, and how they nest.

type Lang = 'en' | 'ar' | 'ru' | 'fr';
type ByLang = Partial<Record<Lang, string[]>>;

export interface RegionNames {
  /** Names of the region itself: "Central Asia", "the former Soviet Union". */
  names: ByLang;
  /** Words for its people, or adjectives: "Central Asians", "ex-Soviet", "foreign". */
  demonyms: ByLang;
}

/** Every combination of the parts, joined by spaces: periphrases written once. */
function phrases(...parts: string[][]): string[] {
  return parts.reduce<string[]>(
    (acc, part) => acc.flatMap((a) => part.map((p) => (a && p ? `${a} ${p}` : a || p))),
    [''],
  );
}

const SOVIET_UNION_EN = [
  'the Soviet Union',
  'the former Soviet Union',
  'the USSR',
  'the former USSR',
  'the old Soviet Union',
];
const SOVIET_UNION_AR = [
  'الاتحاد السوفيتي',
  'الاتحاد السوفياتي',
  'الاتحاد السوفييتي',
  'الاتحاد السوفيتي السابق',
  'الاتحاد السوفياتي السابق',
  'الاتحاد السوفييتي السابق',
];
// The same union after the clitic ل (تابعة للاتحاد): only a phrase's first word takes clitics.
const SOVIET_UNION_AR_L = SOVIET_UNION_AR.map((u) => `لل${u.slice(2)}`);

export const REGION_NAMES: Record<string, RegionNames> = {
  'region:central-asia': {
    names: {
      en: ['Central Asia', 'Central-Asia'],
      ar: ['آسيا الوسطى', 'وسط آسيا', 'آسيا الوسطي'],
      ru: [
        'Средн* Ази*',
        'Центральн* Ази*',
        'стран* Центральной Азии',
        'государств* Центральной Азии',
        'республик* Центральной Азии',
        'стран* Средней Азии',
      ],
      fr: [
        'Asie centrale',
        "d'Asie centrale",
        'Asie du Centre',
        "pays d'Asie centrale",
        "pays de l'Asie centrale",
        "républiques d'Asie centrale",
        "États d'Asie centrale",
      ],
    },
    demonyms: {
      en: ['Central Asian', 'Central Asians', 'Central-Asian'],
      ru: ['центральноазиатск*', 'среднеазиатск*'],
      fr: ['centrasiatique*', 'centre-asiatique*'],
    },
  },
  'region:former-ussr': {
    names: {
      en: [
        'former Soviet Union',
        'Soviet Union',
        'former USSR',
        '!USSR',
        'former Soviet republics',
        'Commonwealth of Independent States',
        '!CIS',
        'South Caucasus',
        'post-Soviet space',
        ...phrases(
          ['countries', 'states', 'republics', 'nations', 'the countries', 'the states', 'the republics'],
          [
            'that once made up',
            'that made up',
            'which made up',
            'which once made up',
            'that once formed',
            'that formed',
            'that were part of',
            'that were once part of',
            'which were part of',
            'that belonged to',
            'that once belonged to',
            'which belonged to',
            'once part of',
            'formerly part of',
            'of',
          ],
          SOVIET_UNION_EN,
        ),
      ],
      ar: [
        ...SOVIET_UNION_AR,
        'الجمهوريات السوفيتية السابقة',
        'الجمهوريات السوفياتية السابقة',
        'الجمهوريات السوفييتية السابقة',
        'رابطة الدول المستقلة',
        'الجمهوريات السوفيتية',
        'الجمهوريات السوفياتية',
        'دول ما بعد الاتحاد السوفيتي',
        'دول ما بعد الاتحاد السوفياتي',
        'جنوب القوقاز',
        ...phrases(
          ['جمهوريات', 'دول', 'بلدان'],
          ['كانت', 'التي كانت'],
          ['تابعة', 'منضوية'],
          SOVIET_UNION_AR_L,
        ),
        ...phrases(
          ['جمهوريات', 'دول', 'بلدان'],
          ['كانت', 'التي كانت'],
          ['جزءا من', 'ضمن', 'تحت حكم'],
          SOVIET_UNION_AR,
        ),
        ...phrases(
          ['جمهوريات', 'دول', 'بلدان'],
          ['الاتحاد السوفيتي', 'الاتحاد السوفياتي', 'الاتحاد السوفييتي'],
          ['السابق'],
        ),
      ],
      ru: [
        'других стран СНГ',
        'стран СНГ',
        'бывш* СССР',
        'бывш* Советск* Союз*',
        'Советск* Союз*',
        '!СССР',
        '!СНГ',
        'стран* СНГ',
        'государств* СНГ',
        'стран* Содружества',
        'Содружеств* Независим* Государств*',
        'бывш* советск* республик*',
        'бывш* республик* СССР',
        'бывш* союзн* республик*',
        'Южн* Кавказ*',
        'Закавказ*',
        'постсоветск* пространств*',
        ...phrases(
          ['стран*', 'республик*', 'государств*'],
          ['', ','],
          ['входивш*', 'ранее входивш*', 'которые входили', 'которые раньше входили'],
          ['в состав СССР', 'в СССР', 'в Советский Союз', 'в состав Советского Союза'],
        ),
      ],
      fr: [
        'ex-URSS',
        'ex-Union soviétique',
        'ancienne Union soviétique',
        'Union soviétique',
        '!URSS',
        'ancienne URSS',
        'espace postsoviétique',
        'espace post-soviétique',
        'anciennes républiques soviétiques',
        'ex-républiques soviétiques',
        'Caucase du Sud',
        '!CEI',
        ...phrases(
          ['pays', 'républiques', 'États', 'anciennes républiques'],
          ['issus de', 'de', 'ayant appartenu à', 'qui faisaient partie de'],
          [
            "l'URSS",
            "l'ex-URSS",
            "l'Union soviétique",
            "l'ex-Union soviétique",
            "l'ancienne Union soviétique",
          ],
        ),
      ],
    },
    demonyms: {
      en: ['post-Soviet', 'ex-Soviet', 'former Soviet', '!Soviet'],
      ar: ['سوفيتي*', 'سوفياتي*', 'سوفييتي*'],
      ru: ['постсоветск*', 'советск*'],
      fr: ['post-soviétique*', 'ex-soviétique*', 'postsoviétique*', 'soviétique*'],
    },
  },
  'region:north-caucasus': {
    names: {
      en: ['North Caucasus', 'Northern Caucasus', 'Caucasus'],
      ar: ['شمال القوقاز', 'القوقاز الشمالي', 'القوقاز'],
      ru: [
        'Северн* Кавказ*',
        'Северо-Кавказск* федеральн* округ*',
        '!СКФО',
        'Кавказ',
        'Кавказа',
        'Кавказе',
        'Кавказу',
      ],
      fr: [
        'Caucase du Nord',
        'Nord-Caucase',
        'Nord Caucase',
        'Caucase septentrional',
        'Caucase Nord',
        'Caucase',
      ],
    },
    demonyms: {
      en: ['North Caucasian', 'North Caucasians'],
      ar: ['قوقازي*'],
      ru: ['северокавказск*', 'Северо-Кавказск*', 'северокавказц*', 'кавказц*'],
      fr: ['nord-caucasien*', 'caucasien*'],
    },
  },
  'region:europe': {
    names: {
      en: [
        'Europe',
        'Western Europe',
        'European Union',
        'Western countries',
        'Western nations',
        'Western states',
        'Western democracies',
        'EU countries',
        'EU member states',
      ],
      ar: [
        'أوروبا',
        'اوروبا',
        'أوربا',
        'الاتحاد الأوروبي',
        'أوروبا الغربية',
        'الدول الغربية',
        'دول غربية',
        'البلدان الغربية',
        'بلدان غربية',
        'دول الغرب',
      ],
      ru: [
        'Европ*',
        'Евросоюз*',
        '!ЕС',
        'Западн* Европ*',
        'западн* стран*',
        'стран* Запада',
        'западн* государств*',
        'стран* Евросоюза',
        'стран* ЕС',
      ],
      fr: [
        'Europe',
        'Europe occidentale',
        "Europe de l'Ouest",
        'Union européenne',
        'pays occidentaux',
        'États occidentaux',
        'nations occidentales',
        '!Occident',
        "pays de l'Union européenne",
      ],
    },
    demonyms: {
      en: ['European', 'Europeans', '!Westerners', 'Western European', 'Western Europeans'],
      ar: ['أوروبي*', 'اوروبي*', 'الغربيين', 'الغربيون'],
      ru: ['европейск*', 'европейц*', 'западноевропейск*'],
      fr: ['européen*', '!Occidentaux', 'occidentaux'],
    },
  },
  'region:foreign': {
    names: {
      en: [
        'other countries',
        'other nationalities',
        'third countries',
        'around the world',
        'dozens of countries',
      ],
      ar: ['جنسيات أخرى', 'جنسيات مختلفة', 'دول أخرى', 'بلدان أخرى'],
      ru: ['других стран', 'третьих стран', 'иностранных государств', 'разных стран'],
      fr: ["d'autres pays", 'pays tiers', 'autres nationalités'],
    },
    demonyms: {
      en: [
        'foreign',
        'foreigners',
        'foreign-born',
        'non-Syrian',
        'non-Iraqi',
        'third-country',
        '!FTF',
        '!FTFs',
      ],
      ar: [
        'أجانب',
        'أجنبي*',
        'الأجانب',
        'اجانب',
        'أجنبيات',
        'غير سوريين',
        'غير السوريين',
        'غير العراقيين',
        'غير عراقيين',
      ],
      ru: ['иностранн*', 'иностранц*', 'иностранк*'],
      fr: [
        'étranger*',
        'étrangère*',
        'non-syrien*',
        'non syrien*',
        'non-irakien*',
        'non irakien*',
        'non-syrienne*',
        'non-irakienne*',
      ],
    },
  },
};

const CENTRAL_ASIA = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
const OTHER_FORMER_USSR = ['RU', 'UA', 'BY', 'MD', 'GE', 'AM', 'AZ', 'EE', 'LV', 'LT'];
const EUROPE = [
  ...['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT'],
  ...['LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'GB', 'NO', 'CH'],
  ...['IS', 'LI', 'MC', 'SM', 'VA', 'AD', 'AL', 'BA', 'ME', 'MK', 'RS', 'XK', 'UA', 'BY', 'MD'],
];

/**
 * What each region or country lies inside (a code may lie in several): the North Caucasus in
 * Russia and so in the former USSR, Kyrgyzstan in Central Asia. region:foreign ("foreign fighters",
 * origin unsaid) holds everything, so any named origin is more specific than it.
 */
export const REGION_PARENTS: Record<string, string[]> = (() => {
  const parents: Record<string, string[]> = {
    'region:central-asia': ['region:former-ussr'],
    'region:north-caucasus': ['RU'],
    'region:former-ussr': ['region:foreign'],
    'region:europe': ['region:foreign'],
  };
  const add = (code: string, parent: string) => (parents[code] ??= []).push(parent);
  for (const c of CENTRAL_ASIA) add(c, 'region:central-asia');
  for (const c of OTHER_FORMER_USSR) add(c, 'region:former-ussr');
  for (const c of EUROPE) add(c, 'region:europe');
  return parents;
})();

/** Phrases that contain a place word but name no place ("Foreign Ministry" is not "foreign"). */
export const NOT_PLACES: ByLang = {
  en: [
    'Foreign Ministry',
    'foreign minister',
    'foreign affairs',
    'Ministry of Foreign Affairs',
    'foreign policy',
    'foreign office',
    'foreign ministers',
    'foreign ministries',
    'foreign aid',
    'foreign media',
    'Latin America',
    'South America',
    'North America',
    'Central America',
    'Voice of America',
    'the Americas',
    'New Jersey',
    'New Mexico',
    'New Guinea',
    'Lake Chad',
    'Indian Ocean',
    'Gulf of Guinea',
    'Niger River',
    'Jordan River',
    'European Court',
    'European Commission',
    'European Parliament',
  ],
  ar: [
    'وزارة الخارجية',
    'وزير الخارجية',
    'أمريكا اللاتينية',
    'أميركا اللاتينية',
    'أمريكا الجنوبية',
    'أمريكا الشمالية',
    'أمريكا الوسطى',
    'صوت أمريكا',
    'بحيرة تشاد',
    'نهر النيجر',
    'المحيط الهندي',
    'نيو جيرسي',
    'نيوجيرسي',
    'المغرب العربي',
    'المغرب الإسلامي',
    'المغرب الكبير',
    'بلاد المغرب',
    'دول المغرب العربي',
    'صلاة المغرب',
  ],
  ru: [
    'Министерств* иностранн* дел',
    'министр* иностранн* дел',
    'иностранн* дел',
    'иностранн* агент*',
    'Латинск* Америк*',
    'Южн* Америк*',
    'Северн* Америк*',
    'Центральн* Америк*',
    'Голос* Америк*',
    'озер* Чад',
    'Нью-Джерси',
    'Европейск* суд*',
    'Европейск* комисси*',
    'Европейск* парламент*',
  ],
  fr: [
    'Affaires étrangères',
    'ministère des Affaires étrangères',
    'ministre des Affaires étrangères',
    "à l'étranger",
    "de l'étranger",
    "l'étranger",
    'Amérique latine',
    'Amérique du Sud',
    'Amérique du Nord',
    'Amérique centrale',
    'lac Tchad',
    'fleuve Niger',
    'océan Indien',
    'golfe de Guinée',
    'Cour européenne',
    'Commission européenne',
    'Parlement européen',
    'légion étrangère',
  ],
};
