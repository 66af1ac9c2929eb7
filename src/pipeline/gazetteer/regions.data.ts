// Regions the field counts by (GUIDELINES.md), with their names in every supported language.

export const REGION_NAMES: Record<string, Partial<Record<'en' | 'ar' | 'ru' | 'fr', string[]>>> = {
  'region:central-asia': {
    en: ['Central Asia', 'Central Asian', 'Central Asians', 'Central-Asian'],
    ar: ['آسيا الوسطى', 'وسط آسيا', 'آسيا الوسطي'],
    ru: ['Средн* Ази*', 'Центральн* Ази*', 'центральноазиатск*', 'среднеазиатск*', 'стран* Центральной Азии', 'государств* Центральной Азии', 'республик* Центральной Азии', 'стран* Средней Азии'],
    fr: ['Asie centrale', 'centrasiatique*', "d'Asie centrale", 'centre-asiatique*', "Asie Centrale", 'Asie du Centre', "pays d'Asie centrale", "pays de l'Asie centrale", "républiques d'Asie centrale", "États d'Asie centrale"],
  },
  'region:former-ussr': {
    en: ['former Soviet Union', 'former USSR', 'post-Soviet', 'ex-Soviet', 'former Soviet republics', 'former Soviet'],
    ar: ['الاتحاد السوفيتي السابق', 'الاتحاد السوفياتي السابق', 'الاتحاد السوفييتي السابق', 'الجمهوريات السوفيتية السابقة', 'الجمهوريات السوفياتية السابقة', 'الاتحاد السوفيتي', 'الاتحاد السوفياتي', 'الاتحاد السوفييتي', 'رابطة الدول المستقلة', 'الجمهوريات السوفيتية', 'الجمهوريات السوفياتية', 'دول ما بعد الاتحاد السوفيتي'],
    ru: ['бывш* СССР', 'бывш* Советск* Союз*', 'постсоветск*', 'СНГ', 'бывш* советск* республик*', 'стран* СНГ', 'государств* СНГ', 'стран* Содружества'],
    fr: ['ex-URSS', 'ex-Union soviétique', 'ancienne Union soviétique', 'post-soviétique*', 'ex-soviétique*', 'postsoviétique*', 'ancienne URSS', 'espace postsoviétique', 'anciennes républiques soviétiques', 'ex-républiques soviétiques', '!CEI'],
  },
  'region:north-caucasus': {
    en: ['North Caucasus', 'North Caucasian', 'Northern Caucasus'],
    ar: ['شمال القوقاز', 'القوقاز الشمالي', 'القوقاز', 'قوقازي*'],
    ru: ['Северн* Кавказ*', 'северокавказск*', 'Северо-Кавказск*', 'СКФО', 'северокавказц*'],
    fr: ['Caucase du Nord', 'nord-caucasien*', 'Nord-Caucase', 'Nord Caucase', 'Caucase septentrional', 'Caucase Nord'],
  },
  'region:europe': {
    en: ['Europe', 'European', 'Europeans', 'Western Europe'],
    ar: ['أوروبا', 'أوروبي*', 'اوروبا', 'أوربا'],
    ru: ['Европ*', 'европейск*', 'европейц*', 'Евросоюз*', '!ЕС', 'западноевропейск*'],
    fr: ['Europe', 'européen*', 'européenne*', 'Europe occidentale', 'Union européenne'],
  },
  'region:foreign': {
    en: ['foreign', 'foreigners', 'foreign-born', 'non-Syrian', 'non-Iraqi', 'third-country'],
    ar: ['أجانب', 'أجنبي*', 'الأجانب', 'اجانب', 'أجنبيات', 'غير سوريين', 'غير السوريين', 'غير العراقيين', 'غير عراقيين'],
    ru: ['иностранн*', 'иностранц*', 'иностранк*'],
    fr: ['étranger*', 'étrangère*', 'non-syrien*', 'non syrien*', 'non-irakien*', 'non irakien*', 'non-syrienne*', 'non-irakienne*'],
  },
};
