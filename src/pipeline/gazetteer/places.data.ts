// The gazetteer's own knowledge: names Intl.DisplayNames does not give (variants, transliterations,
// demonyms, nationality adjectives, sub-national places). Patterns are folded like text; a final *
// on a word matches any ending (Russian and Arabic inflection), ! makes an entry case-sensitive.

export interface PlaceNames {
  /** Extra names of the place itself. */
  names?: Partial<Record<'en' | 'ar' | 'ru' | 'fr', string[]>>;
  /** Nationality adjectives and demonyms: Kazakh, Kazakhs, كازاخي, казахстанцы, ouzbek. */
  demonyms?: Partial<Record<'en' | 'ar' | 'ru' | 'fr', string[]>>;
}

export const COUNTRY_NAMES: Record<string, PlaceNames> = {
  KZ: {
    names: { en: ['Kazakstan'], ar: ['كازاخستان', 'قازاقستان', 'كازخستان'], ru: ['Казахстан*'], fr: ['Kazakhstan'] },
    demonyms: {
      en: ['Kazakh', 'Kazakhs', 'Kazakhstani', 'Kazakhstanis', 'Kazak', 'Kazaks', 'Kazakh-speaking'],
      ar: ['كازاخ*', 'قازاق*', 'كازاخستاني*'],
      ru: ['казах*', 'казахстанц*', 'казахстанк*', 'казахстанок', 'казахстанск*', 'казашк*', 'казашек'],
      fr: ['kazakh*', 'kazakhstanais*', 'kazakstanais*', 'kazak', 'kazaks', 'kazakhe*'],
    },
  },
  KG: {
    names: {
      en: ['Kirghizia', 'Kirgizia', 'Kirghizstan', 'Kirgizstan', 'Kyrgyz Republic'],
      ar: ['قرغيزستان', 'قيرغيزستان', 'قرغيزيا', 'قيرغيزيا', 'كيرغيزستان', 'قرغيزستان', 'كرغيزستان'],
      ru: ['Кыргызстан*', 'Киргизи*', 'Киргизстан*', 'Кыргызск* Республик*'],
      fr: ['Kirghizistan', 'Kirghizstan', 'Kirghizie', 'Kyrgyzstan', 'République kirghize'],
    },
    demonyms: {
      en: ['Kyrgyz', 'Kirghiz', 'Kirgiz', 'Kyrgyzstani', 'Kyrgyzstanis', 'Kyrgyzs'],
      ar: ['قرغيز*', 'قيرغيز*', 'كيرغيز*', 'كرغيز*'],
      ru: ['кыргыз*', 'киргиз*', 'кыргызстанц*'],
      fr: ['kirghiz*', 'kirghize*', 'kirghizes', 'kirghizstanais*', 'kirghizistanais*', 'kyrgyz*'],
    },
  },
  UZ: {
    names: { ar: ['أوزبكستان', 'اوزبكستان', 'أوزبكيستان'], ru: ['Узбекистан*'], fr: ['Ouzbékistan', 'Uzbekistan'] },
    demonyms: {
      en: ['Uzbek', 'Uzbeks', 'Uzbekistani', 'Uzbekistanis'],
      ar: ['أوزبك*', 'اوزبك*'],
      ru: ['узбек*', 'узбечк*', 'узбечек'],
      fr: ['ouzbek*', 'ouzbèke*', 'ouzbeks', 'ouzbékistanais*', 'uzbek*'],
    },
  },
  TJ: {
    names: { ar: ['طاجيكستان', 'طاجكستان'], ru: ['Таджикистан*'], fr: ['Tadjikistan', 'Tadjikstan', 'Tajikistan'] },
    demonyms: {
      en: ['Tajik', 'Tajiks', 'Tadjik', 'Tadzhik', 'Tajikistani', 'Tajikistanis'],
      ar: ['طاجيك*', 'طاجك*'],
      ru: ['таджик*', 'таджичк*', 'таджичек'],
      fr: ['tadjik*', 'tadjike*', 'tajik*', 'tadjikistanais*'],
    },
  },
  TM: {
    names: { ar: ['تركمانستان'], ru: ['Туркменистан*', 'Туркмени*'], fr: ['Turkménistan', 'Turkménie'] },
    demonyms: {
      en: ['Turkmen', 'Turkmens', 'Turkmenistani'],
      ar: ['تركمان*', 'التركمانستاني*'],
      ru: ['туркмен*'],
      fr: ['turkmène*', 'turkmen*'],
    },
  },
  RU: {
    names: {
      en: ['Chechnya', 'Dagestan', 'Daghestan', 'Ingushetia', 'Kabardino-Balkaria', 'Tatarstan', 'Bashkortostan', 'Moscow'],
      ar: ['روسيا', 'الشيشان', 'داغستان', 'انغوشيا', 'إنغوشيا', 'موسكو', 'روسيا الاتحادية', 'الاتحاد الروسي', 'تتارستان', 'بشكيريا', 'باشكورتوستان', 'قبردينو بلقاريا', 'الشيشان الروسية'],
      ru: ['Росси*', 'Российск* Федераци*', '!РФ', 'Чечн*', 'Чеченск* Республик*', 'Дагестан', 'Дагестана', 'Дагестану', 'Дагестаном', 'Дагестане', 'Ингушети*', 'Кабардино-Балкари*', 'Карачаево-Черкеси*', 'Северн* Осети*', 'Татарстан*', 'Башкортостан*', 'Башкири*', 'Ставропол*', 'Москв*'],
      fr: ['Tchétchénie', 'Daghestan', 'Dagestan', 'Ingouchie', 'Moscou', 'Fédération de Russie', 'Kabardino-Balkarie', 'Tatarstan', 'Bachkirie', 'Bachkortostan', 'Karatchaïévo-Tcherkessie', 'Ossétie du Nord', 'Grozny', 'Makhatchkala'],
    },
    demonyms: {
      en: ['Russian', 'Russians', 'Chechen', 'Chechens', 'Dagestani', 'Dagestanis', 'Ingush', 'Tatar', 'Tatars'],
      ar: ['روسي*', 'روس', 'شيشاني*', 'داغستاني*', 'إنغوشي*', 'انغوشي*', 'تتار*'],
      ru: ['российск*', 'россиян*', 'чечен*', 'дагестанц*', 'дагестанк*', 'дагестанок', 'дагестанск*', 'ингуш*', 'кабардинц*', 'балкарц*', 'карачаевц*', 'черкес*', 'татар*', 'башкир*', 'аварц*', 'кумык*', 'лезгин*', 'даргинц*', 'осетин*'],
      fr: ['russe*', 'tchétchène*', 'daghestanais*', 'ingouche*', 'dagestanais*', 'kabarde*', 'tatar', 'tatars', 'tatare*', 'avars', 'bachkir*', 'balkar*', 'tcherkesse*', 'ossète*', 'karatchaï*'],
    },
  },
  AZ: { demonyms: { en: ['Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris'], ar: ['أذربيجاني*', 'أذري*', 'آذري*'], ru: ['азербайджан*'], fr: ['azerbaïdjanais*', 'azéri*', 'azerbaidjanais*'] } },
  GE: { demonyms: { en: ['Georgian', 'Georgians'], ar: ['جورجي*'], ru: ['грузин*'], fr: ['géorgien*', 'kiste', 'kistes'] }, names: { fr: ['Pankissi', 'Pankisi'] } },
  UA: { demonyms: { en: ['Ukrainian', 'Ukrainians'], ar: ['أوكراني*'], ru: ['украинск*', 'украин*'], fr: ['ukrainien*'] } },
  SY: {
    names: { ar: ['سوريا', 'سورية'], ru: ['Сири*'], fr: ['Syrie'] },
    demonyms: { en: ['Syrian', 'Syrians'], ar: ['سوري', 'سوريه', 'سوريون', 'سوريين', 'السوريون', 'السوريين', 'سوريات'], ru: ['сирийц*', 'сирийк*'], fr: ['syrien*'] },
  },
  IQ: {
    names: { ar: ['العراق'], ru: ['Ирак*'], fr: ['Irak'] },
    demonyms: { en: ['Iraqi', 'Iraqis'], ar: ['عراقي*'], ru: ['иракц*', 'иракчан*'], fr: ['irakien*'] },
  },
  AF: {
    names: { ar: ['أفغانستان'], ru: ['Афганистан*'], fr: ['Afghanistan'] },
    demonyms: { en: ['Afghan', 'Afghans'], ar: ['أفغاني*', 'أفغان'], ru: ['афганц*', 'афганск*'], fr: ['afghan*'] },
  },
  PK: { demonyms: { en: ['Pakistani', 'Pakistanis'], ar: ['باكستاني*'], ru: ['пакистан*'], fr: ['pakistanais*'] } },
  IR: { demonyms: { en: ['Iranian', 'Iranians'], ar: ['إيراني*'], ru: ['иранск*', 'иранц*'], fr: ['iranien*'] } },
  TR: {
    names: { en: ['Türkiye', 'Turkey'], ar: ['تركيا'], ru: ['Турци*'], fr: ['Turquie'] },
    demonyms: { en: ['Turkish', 'Turks'], ar: ['تركي', 'أتراك', 'تركيين', 'تركيون', 'تركيات'], ru: ['турецк*', 'турок', 'турки'], fr: ['turc', 'turcs', 'turque*'] },
  },
  SA: { demonyms: { en: ['Saudi', 'Saudis'], ar: ['سعودي*'], ru: ['саудовск*', 'саудовц*'], fr: ['saoudien*'] } },
  TN: { demonyms: { en: ['Tunisian', 'Tunisians'], ar: ['تونسي*'], ru: ['тунисск*', 'тунисц*'], fr: ['tunisien*'] } },
  MA: { demonyms: { en: ['Moroccan', 'Moroccans'], ar: ['مغربي*', 'مغاربة'], ru: ['марокканск*', 'марокканц*'], fr: ['marocain*'] } },
  DZ: { demonyms: { en: ['Algerian', 'Algerians'], ar: ['جزائري*'], ru: ['алжирск*', 'алжирц*'], fr: ['algérien*'] } },
  EG: { demonyms: { en: ['Egyptian', 'Egyptians'], ar: ['مصري*'], ru: ['египетск*', 'египтян*'], fr: ['égyptien*'] } },
  LY: { demonyms: { en: ['Libyan', 'Libyans'], ar: ['ليبي*'], ru: ['ливийск*', 'ливийц*'], fr: ['libyen*'] } },
  JO: { demonyms: { en: ['Jordanian', 'Jordanians'], ar: ['أردني*'], ru: ['иорданск*', 'иорданц*'], fr: ['jordanien*'] } },
  LB: { demonyms: { en: ['Lebanese'], ar: ['لبناني*'], ru: ['ливанск*', 'ливанц*'], fr: ['libanais*'] } },
  YE: { demonyms: { en: ['Yemeni', 'Yemenis'], ar: ['يمني*'], ru: ['йеменск*'], fr: ['yéménite*'] } },
  FR: { demonyms: { en: ['French'], ar: ['فرنسي*'], ru: ['французск*', 'француз*'], fr: ['français*', 'française*'] } },
  DE: { demonyms: { en: ['German', 'Germans'], ar: ['ألماني*', 'الماني*'], ru: ['немецк*', 'немц*', 'германск*'], fr: ['allemand*'] } },
  GB: {
    names: { en: ['Britain', 'Great Britain', 'UK', 'England'], ar: ['بريطانيا'], ru: ['Британи*', 'Великобритани*', 'Англи*'], fr: ['Grande-Bretagne', 'Royaume-Uni', 'Angleterre'] },
    demonyms: { en: ['British', 'Briton', 'Britons', 'English'], ar: ['بريطاني*'], ru: ['британск*', 'британц*', 'английск*', 'англичан*'], fr: ['britannique*', 'anglais*'] },
  },
  BE: { demonyms: { en: ['Belgian', 'Belgians'], ar: ['بلجيكي*'], ru: ['бельгийск*', 'бельгийц*'], fr: ['belge*'] } },
  NL: { demonyms: { en: ['Dutch'], ar: ['هولندي*'], ru: ['нидерландск*', 'голландск*', 'голландц*'], fr: ['néerlandais*', 'hollandais*'] } },
  SE: { demonyms: { en: ['Swedish', 'Swedes'], ar: ['سويدي*'], ru: ['шведск*', 'шведы', 'шведов'], fr: ['suédois*'] } },
  AT: { demonyms: { en: ['Austrian', 'Austrians'], ar: ['نمساوي*'], ru: ['австрийск*', 'австрийц*'], fr: ['autrichien*'] } },
  IT: { demonyms: { en: ['Italian', 'Italians'], ar: ['إيطالي*'], ru: ['итальянск*', 'итальянц*'], fr: ['italien*'] } },
  ES: { demonyms: { en: ['Spanish', 'Spaniards'], ar: ['إسباني*'], ru: ['испанск*', 'испанц*'], fr: ['espagnol*'] } },
  US: {
    names: { en: ['!US', '!U.S.', 'USA', 'America'], ar: ['الولايات المتحدة', 'أمريكا', 'امريكا'], ru: ['США', 'Америк*'], fr: ['!USA', 'Amérique'] },
    demonyms: { en: ['American', 'Americans'], ar: ['أمريكي*', 'أميركي*'], ru: ['американск*', 'американц*'], fr: ['américain*'] },
  },
  CN: { demonyms: { en: ['Chinese', 'Uighur', 'Uyghur', 'Uighurs', 'Uyghurs'], ar: ['صيني*', 'أويغور*', 'إيغور*'], ru: ['китайск*', 'китайц*', 'уйгур*'], fr: ['chinois*', 'ouïghour*'] } },
  ID: { demonyms: { en: ['Indonesian', 'Indonesians'], ar: ['إندونيسي*'], ru: ['индонезийск*', 'индонезийц*'], fr: ['indonésien*'] } },
  MY: { demonyms: { en: ['Malaysian', 'Malaysians'], ar: ['ماليزي*'], ru: ['малайзийск*', 'малайзийц*'], fr: ['malaisien*'] } },
  IN: { demonyms: { en: ['Indian', 'Indians'], ar: ['هندي*'], ru: ['индийск*', 'индийц*'], fr: ['indien*'] } },
  SO: { demonyms: { en: ['Somali', 'Somalis'], ar: ['صومالي*'], ru: ['сомалийск*', 'сомалийц*'], fr: ['somalien*'] } },
  NG: { demonyms: { en: ['Nigerian', 'Nigerians'], ar: ['نيجيري*'], ru: ['нигерийск*', 'нигерийц*'], fr: ['nigérian*'] } },
  KW: { demonyms: { en: ['Kuwaiti', 'Kuwaitis'], ar: ['كويتي*'], ru: ['кувейтск*'], fr: ['koweïtien*'] }, names: { fr: ['Koweït'] } },
};

/** Places inside a country: where people are held or fought (location only). */
export const SUBNATIONAL_PLACES: Record<string, Partial<Record<'en' | 'ar' | 'ru' | 'fr', string[]>>> = {
  SY: {
    en: ['al-Hol', 'al-Hawl', 'Al Hol', 'al Hawl', 'Hol camp', 'Roj camp', 'Raqqa', 'Idlib', 'Baghouz', 'Deir ez-Zor', 'Deir ez-Zour', 'Hasakah', 'Hassakeh', 'Aleppo', 'Kobani', 'Qamishli', 'Damascus'],
    ar: ['الهول', 'مخيم روج', 'مخيم الروج', 'الرقة', 'إدلب', 'ادلب', 'الباغوز', 'دير الزور', 'الحسكة', 'حلب', 'كوباني', 'عين العرب', 'القامشلي', 'دمشق', 'منبج', 'جرابلس', 'الميادين', 'البوكمال', 'الشدادي', 'تل أبيض', 'عفرين', 'الطبقة', 'اللاذقية', 'مخيم الهول'],
    ru: ['Аль-Хол*', 'аль-Холь', 'Эль-Хол*', 'Рокж*', 'Рож', 'Ракк*', 'Идлиб*', 'Багуз*', 'Багхуз*', 'Дейр-эз-Зор*', 'Дейр эз-Зор*', 'Хасак*', 'Алеппо', 'Кобани', 'Камышлы', 'Дамаск*', 'Манбидж*', 'Хомс*', 'Латаки*', 'Пальмир*', 'Африн*', 'Абу-Кемал*'],
    fr: ['al-Hol', 'Al-Hol', 'al-Hawl', 'Roj', 'Raqqa', 'Idleb', 'Idlib', 'Baghouz', 'Deir ez-Zor', 'Hassaké', 'Alep', 'Kobané', 'Qamichli', 'Damas', 'al Hol', 'el-Hol', 'Rakka', 'Deir Ezzor', 'Deir ez-Zour', 'Deir el-Zor', 'Hassakeh', 'Hasakah', 'Hajine', 'Manbij', 'Tabqa', 'Palmyre', 'Aïn Issa', 'Ain Issa', 'Kamechliyé', 'Qamishli', 'Baghouz Fawqani'],
  },
  IQ: {
    en: ['Mosul', 'Baghdad', 'Tal Afar', 'Tikrit', 'Fallujah', 'Kirkuk', 'Erbil', 'Sinjar', 'Anbar'],
    ar: ['الموصل', 'بغداد', 'تلعفر', 'تل عفر', 'تكريت', 'الفلوجة', 'كركوك', 'أربيل', 'سنجار', 'الأنبار', 'نينوى', 'السليمانية', 'دهوك', 'حلبجة', 'الرمادي', 'سامراء', 'بيجي', 'ديالى', 'البصرة', 'القيارة', 'مخيم الجدعة', 'الجدعة'],
    ru: ['Мосул*', 'Багдад*', 'Тель-Афар*', 'Тикрит*', 'Фаллудж*', 'Киркук*', 'Эрбил*', 'Синджар*', 'Анбар*', 'Ниневи*', 'Рамади'],
    fr: ['Mossoul', 'Bagdad', 'Tal Afar', 'Tikrit', 'Falloujah', 'Kirkouk', 'Erbil', 'Sinjar', 'Fallouja', 'Ramadi', 'Ninive', 'Anbar', 'Tall Afar'],
  },
  AF: { en: ['Kabul', 'Kunduz', 'Nangarhar'], ar: ['كابل', 'قندوز', 'ننغرهار', 'ننجرهار', 'جلال آباد', 'قندهار', 'هلمند', 'هرات', 'مزار شريف', 'بدخشان', 'كونار'], ru: ['Кабул*', 'Кундуз*', 'Нангархар*', 'Герат*', 'Кандагар*', 'Гильменд*', 'Бадахшан*', 'Фарьяб*', 'Мазари-Шариф*'], fr: ['Kaboul', 'Kunduz', 'Koundouz', 'Nangarhar', 'Jalalabad', 'Kandahar'] },
};

/** Names Intl.DisplayNames gives that are ordinary words in that language. */
export const DISPLAY_NAME_STOPLIST: Record<'en' | 'ar' | 'ru' | 'fr', string[]> = {
  en: ['Chad', 'Jersey', 'Guernsey', 'Isle of Man', 'Niger', 'Guinea', 'Dominica', 'Mali', 'Togo'],
  ar: ['عمان', 'مالي', 'تشاد', 'جيرسي', 'النيجر', 'غينيا', 'المغرب'],
  ru: ['Того', 'Мали', 'Чад', 'Джерси', 'Гернси', 'Нигер', 'Гвинея', 'Грузия'],
  fr: ['Togo', 'Mali', 'Tchad', 'Jersey', 'Guernesey', 'Maurice', 'Niger', 'Guinée', 'Dominique', 'Géorgie', 'Jordanie'],
};

/** Countries where the people counted usually are, not where they come from. */
export const CONFLICT_ZONES = new Set(['SY', 'IQ', 'AF', 'LY', 'YE', 'SO']);
