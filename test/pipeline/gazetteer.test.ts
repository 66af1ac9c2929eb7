// The gazetteer: country codes, names and nationality words in four languages, context decisions
// for names that are also words, armed groups, regions and how they nest. Each test pins one
// behaviour, through extract() or the gazetteer directly, in sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';
import {
  acceptPlace,
  COUNTRY_CODES,
  gazetteerFor,
  insideGroupName,
  isInside,
  mostSpecific,
  placeCodesIn,
  placeMentions,
  regionAncestors,
} from '../../src/pipeline/gazetteer/index.ts';
import type { LanguagePack } from '../../src/pipeline/language-pack.ts';
import { packFor } from '../../src/pipeline/languages/index.ts';
import { normalize } from '../../src/pipeline/normalize.ts';

const gaz = (lang: string) => gazetteerFor(packFor(lang)!);

const counted = (lang: string, text: string) =>
  extract(text, { lang, published: '2021-05-10' }).claims.filter((c) => c.qualifier !== 'vague');
const only = (lang: string, text: string): Claim => {
  const found = counted(lang, text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** Every place the gazetteer finds in text, with whether acceptPlace keeps it: "name:CODE:yes". */
function decisions(lang: string, text: string): string[] {
  const { text: folded, toOriginal } = normalize(text);
  const found = gaz(lang).places.scan(folded, text, toOriginal);
  return found.map(
    (m) =>
      `${text.slice(toOriginal[m.start], toOriginal[m.end])}:${m.value.code}:${
        acceptPlace(lang, folded, m, found, text, toOriginal) ? 'yes' : 'no'
      }`,
  );
}

describe('country codes', () => {
  it('holds no withdrawn ISO 3166-1 code, only current ones and Kosovo', () => {
    const withdrawn = [
      'AN',
      'BU',
      'CS',
      'DD',
      'DY',
      'FX',
      'HV',
      'NH',
      'RH',
      'SU',
      'TP',
      'UK',
      'VD',
      'YD',
      'YU',
      'ZR',
    ];
    for (const code of withdrawn) expect(COUNTRY_CODES).not.toContain(code);
    for (const code of ['DE', 'YE', 'RS', 'VN', 'ZW', 'MM', 'VU', 'CW', 'TL', 'CD', 'XK', 'SS'])
      expect(COUNTRY_CODES).toContain(code);
    expect(COUNTRY_CODES.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
  });

  it('gives Germany DE in all four languages', () => {
    expect(only('en', 'Sixty-three women from Germany were flown home on Tuesday.').origin).toEqual(['DE']);
    expect(only('ar', 'أعيدت 63 امرأة من ألمانيا إلى بلادهن يوم الثلاثاء.').origin).toEqual(['DE']);
    expect(only('ru', 'На родину вернули 63 женщины из Германии.').origin).toEqual(['DE']);
    expect(only('fr', "Soixante-trois femmes venues d'Allemagne ont été rapatriées mardi.").origin).toEqual([
      'DE',
    ]);
  });

  it('gives Yemen YE in all four languages', () => {
    expect(only('en', 'About 40 boys from Yemen were recruited last year.').origin).toEqual(['YE']);
    expect(only('ar', 'جندت الجماعة نحو 40 طفلا من اليمن العام الماضي.').origin).toEqual(['YE']);
    expect(only('ru', 'В прошлом году завербовали около 40 детей из Йемена.').origin).toEqual(['YE']);
    expect(only('fr', "Une quarantaine d'enfants du Yémen ont été recrutés l'an dernier.").origin).toEqual([
      'YE',
    ]);
  });

  it('gives Serbia RS and Vietnam VN, not the withdrawn CS and VD', () => {
    const found = counted('en', 'Police arrested 12 men from Serbia and 5 from Vietnam.');
    expect(found.map((c) => c.origin)).toEqual([['RS'], ['VN']]);
    expect(only('ru', 'Полиция задержала 12 граждан Сербии.').origin).toEqual(['RS']);
  });
});

describe('names that are places only in context', () => {
  it('reads Georgia as the country unless the text makes it the US state', () => {
    expect(decisions('en', 'fighters from Georgia and Azerbaijan')).toEqual([
      'Georgia:GE:yes',
      'Azerbaijan:AZ:yes',
    ]);
    expect(decisions('en', 'He flew to Atlanta, Georgia, last week.')).toEqual(['Georgia:GE:no']);
    expect(decisions('en', 'a prison in the state of Georgia')).toEqual(['Georgia:GE:no']);
    expect(decisions('en', 'Tbilisi, Georgia')).toEqual(['Tbilisi:GE:yes', 'Georgia:GE:yes']);
    expect(decisions('fr', "un détenu de l'État de Géorgie")).toEqual(['Géorgie:GE:no']);
    expect(decisions('ar', 'في ولاية جورجيا الأمريكية')).toEqual(['جورجيا:GE:no', 'الأمريكية:US:no']);
  });

  it('gives Georgia an origin through "граждан Грузии" and "de Géorgie"', () => {
    expect(only('ru', 'В Сирии воюют 30 граждан Грузии.').origin).toEqual(['GE']);
    expect(only('fr', 'Trente ressortissants de Géorgie sont détenus en Irak.').origin).toEqual(['GE']);
  });

  it('reads المغرب as Morocco, not as the sunset prayer or the Maghreb', () => {
    expect(decisions('ar', 'بعد صلاة المغرب عاد المقاتلون إلى المغرب')).toEqual([
      'صلاة المغرب::no',
      'المغرب:MA:yes',
    ]);
    expect(decisions('ar', 'وصلوا بعد المغرب')).toEqual(['المغرب:MA:no']);
    expect(decisions('ar', 'دول المغرب العربي')).toEqual(['دول المغرب العربي::no']);
    expect(only('ar', 'قدم 200 مقاتل من المغرب إلى سوريا.').origin).toEqual(['MA']);
  });

  it('reads مالي as Mali after a preposition or in a list, and as "financial" otherwise', () => {
    expect(decisions('ar', 'الدعم المالي في مالي')).toEqual(['المالي:ML:no', 'مالي:ML:yes']);
    expect(decisions('ar', 'وصلوا من تشاد ومالي والنيجر')).toEqual([
      'تشاد:TD:yes',
      'ومالي:ML:yes',
      'والنيجر:NE:yes',
    ]);
    expect(decisions('ar', 'قدم دعم مالي كبير')).toEqual(['مالي:ML:no']);
  });

  it('reads an Arabic name with the article exactly when its country takes one', () => {
    // الهند takes it (هند alone is a given name); بنين does not (البنين are boys).
    expect(decisions('ar', 'قالت هند إن الهند')).toEqual(['هند:IN:no', 'الهند:IN:yes']);
    expect(decisions('ar', 'مدرسة للبنين في بنين')).toEqual(['للبنين:BJ:no', 'بنين:BJ:yes']);
  });

  it('reads a definite feminine Arabic nisba as qualifying an institution, not people', () => {
    expect(decisions('ar', 'على الحدود التركية')).toEqual(['التركية:TR:no']);
    expect(only('ar', 'وعادت 12 تونسية إلى البلاد.').origin).toEqual(['TN']);
  });

  it('keeps a definite feminine nisba that names a nationality (الجنسية التونسية)', () => {
    expect(only('ar', 'وقالت الوزارة إن 40 شخصا يحملون الجنسية التونسية عادوا من سوريا.').origin).toEqual([
      'TN',
    ]);
    expect(only('ar', 'وعاد 50 مقاتلا من ذوي الأصول المغربية.').origin).toEqual(['MA']);
  });

  it('wants a capital where the name is also a common word', () => {
    expect(decisions('en', 'a turkey dinner in Turkey')).toEqual(['turkey:TR:no', 'Turkey:TR:yes']);
    expect(decisions('fr', 'la Chine et la chine du boeuf')).toEqual(['Chine:CN:yes', 'chine:CN:no']);
    expect(decisions('ru', 'чад и Чад')).toEqual(['чад:TD:no', 'Чад:TD:yes']);
  });

  it('reads Того as Togo only with a capital and a preposition or governing noun', () => {
    expect(decisions('ru', 'Того же дня граждан Того задержали')).toEqual(['Того:TG:no', 'Того:TG:yes']);
    expect(only('ru', 'В Сирию уехали 12 граждан Того.').origin).toEqual(['TG']);
  });

  it('reads a name next to another capitalised word as a person, not a place', () => {
    expect(decisions('en', 'Michael Jordan met officials from Jordan.')).toEqual([
      'Jordan:JO:no',
      'Jordan:JO:yes',
    ]);
    expect(decisions('en', 'Chad Smith spoke.')).toEqual(['Chad:TD:no']);
    expect(decisions('fr', 'Maurice Papon est allé à Maurice.')).toEqual(['Maurice:MU:no', 'Maurice:MU:yes']);
    expect(only('fr', 'Maurice Dupont a vu 12 enfants.').origin).toBeNull();
  });

  it('reads phrases that contain a place word but name no place as none', () => {
    expect(decisions('en', 'Lake Chad and Latin America')).toEqual(['Lake Chad::no', 'Latin America::no']);
    expect(decisions('fr', "rapatriés de l'étranger")).toEqual(["de l'étranger::no"]);
  });
});

describe('nationality words', () => {
  it('reads Russian demonyms in their cases, variants included', () => {
    expect(only('ru', 'Трое азербайджанцев вернулись из Сирии.').origin).toEqual(['AZ']);
    expect(only('ru', 'В прошлом году из Сирии вернулись 65 узбекистанцев.').origin).toEqual(['UZ']);
    expect(only('ru', 'Около 500 кыргызстанцев уехали в Сирию.').origin).toEqual(['KG']);
    expect(only('ru', 'Более 1000 таджикистанцев воевали в Сирии.').origin).toEqual(['TJ']);
    const both = counted('ru', 'Власти вернули 40 тунисцев и 12 тунисок.');
    expect(both.map((c) => [c.value.min, c.origin])).toEqual([
      [40, ['TN']],
      [12, ['TN']],
    ]);
  });

  it('keeps a Russian country name and its demonym apart (азербайджанцев is people, not the country)', () => {
    const g = gaz('ru').places;
    const { text } = normalize('азербайджанцев Азербайджана');
    expect(g.scan(text).map((m) => m.value)).toEqual([
      { code: 'AZ', kind: 'demonym' },
      { code: 'AZ', kind: 'name' },
    ]);
  });

  it('reads every form of an Arabic nisba, with clitics', () => {
    const g = gaz('ar').places;
    for (const word of ['تونسي', 'تونسيون', 'والتونسيين', 'تونسيات', 'تونسيا', 'للتونسيين'])
      expect(g.scan(normalize(word).text).map((m) => m.value)).toEqual([{ code: 'TN', kind: 'demonym' }]);
    expect(only('ar', 'عاد 300 تونسي من سوريا.').origin).toEqual(['TN']);
  });

  it('reads English and French plurals and feminines from the kept dataset', () => {
    expect(only('en', 'Some 40 Tunisians have been repatriated.').origin).toEqual(['TN']);
    expect(only('fr', 'Quelque 40 Tunisiennes ont été rapatriées.').origin).toEqual(['TN']);
    expect(only('en', 'The court convicted 30 Georgian citizens.').origin).toEqual(['GE']);
    const g = gaz('fr').places;
    expect(g.scan(normalize('Burkinabés').text).map((m) => m.value.code)).toEqual(['BF']);
    expect(
      gaz('en')
        .places.scan(normalize('Eritreans').text)
        .map((m) => m.value.code),
    ).toEqual(['ER']);
  });

  it('covers the Sahel, the Horn and the Caucasus in Russian and Arabic', () => {
    const ru = gaz('ru').places;
    const ar = gaz('ar').places;
    const codes = (lex: typeof ru, s: string) => lex.scan(normalize(s).text).map((m) => m.value.code);
    expect(codes(ru, 'малийцев нигерийцев сомалийцев эритрейцев чеченцев грузин армян')).toEqual([
      'ML',
      'NG',
      'SO',
      'ER',
      'RU',
      'GE',
      'AM',
    ]);
    expect(codes(ar, 'الصوماليين النيجيريين الإريتريين التشاديين الشيشان الجورجيين')).toEqual([
      'SO',
      'NG',
      'ER',
      'TD',
      'RU',
      'GE',
    ]);
  });
});

describe('armed groups', () => {
  it('maps the groups of the wider field to the guideline codes in English', () => {
    const affiliation = (s: string) => only('en', s).affiliation;
    expect(affiliation('Al-Shabaab recruited 900 children in Somalia last year.')).toBe('other');
    expect(affiliation('The Houthis recruited 1,500 children in Yemen.')).toBe('other');
    expect(affiliation('HTS fighters executed 12 prisoners in Idlib.')).toBe('al-nusra');
    expect(affiliation('ISIS-K killed 57 people in Kabul.')).toBe('isis');
    expect(affiliation('The Taliban released 30 prisoners.')).toBe('taliban');
    expect(affiliation('JNIM fighters killed 14 soldiers in Mali.')).toBe('other');
    expect(affiliation('AQAP claimed the killing of 20 soldiers in Yemen.')).toBe('al-qaeda');
    expect(affiliation('About 400 Uighur fighters of the Turkistan Islamic Party are in Idlib.')).toBe(
      'other',
    );
    expect(affiliation('Boko Haram abducted 276 girls in 2014.')).toBe('other');
  });

  it('maps the same groups in Arabic, Russian and French', () => {
    expect(only('ar', 'جندت حركة الشباب 900 طفل في الصومال.').affiliation).toBe('other');
    expect(only('ar', 'قتل الحوثيون 20 مدنيا في اليمن.').affiliation).toBe('other');
    expect(only('ru', 'Хуситы завербовали 1500 детей в Йемене.').affiliation).toBe('other');
    expect(only('ru', 'Боевики «Аш-Шабаб» похитили 30 детей.').affiliation).toBe('other');
    expect(only('fr', 'Les shebabs ont recruté 900 enfants en Somalie.').affiliation).toBe('other');
    expect(only('fr', 'Les houthis ont enrôlé 1500 enfants au Yémen.').affiliation).toBe('other');
  });

  it('reads the provinces of the Islamic State as isis', () => {
    const groups = (lang: string, s: string) =>
      gaz(lang)
        .groups.scan(normalize(s).text, s, normalize(s).toOriginal)
        .map((m) => m.value);
    expect(groups('en', 'ISWAP and the Islamic State in the Greater Sahara')).toEqual(['isis', 'isis']);
    expect(groups('ar', 'ولاية غرب أفريقيا')).toEqual(['isis']);
    expect(groups('fr', 'État islamique au Grand Sahara')).toEqual(['isis']);
    expect(groups('ru', 'Вилайят Хорасан')).toEqual(['isis']);
  });

  it('reads no origin from a country inside a group name', () => {
    expect(only('en', 'Some 40 boys joined the Islamic State in Somalia.').origin).toBeNull();
    expect(
      only('en', 'Officials said 650 members of Jemaah Islamiyah of Indonesia were arrested.').origin,
    ).toBeNull();
    const { text } = normalize('the Islamic Movement of Uzbekistan');
    expect(insideGroupName('en', text, { start: text.indexOf('uzbekistan'), end: text.length })).toBe(true);
    expect(decisions('ar', 'إمارة القوقاز ومقاتلين من القوقاز')).toEqual([
      'القوقاز:region:north-caucasus:no',
      'القوقاز:region:north-caucasus:yes',
    ]);
  });
});

describe('regions', () => {
  it('reads periphrases of the former Soviet Union', () => {
    expect(
      only(
        'en',
        'Around 1,250 people from the countries that once made up the Soviet Union are fighting in Syria.',
      ).origin,
    ).toEqual(['region:former-ussr']);
    expect(
      only('ar', 'وانضم إلى التنظيم نحو 1250 شخصا قدموا من جمهوريات كانت تابعة للاتحاد السوفياتي السابق.')
        .origin,
    ).toEqual(['region:former-ussr']);
    expect(only('ru', 'Около 1250 выходцев из бывших советских республик воюют в Сирии.').origin).toEqual([
      'region:former-ussr',
    ]);
    expect(only('fr', "Quelque 1250 combattants venus de l'ex-URSS se battent en Syrie.").origin).toEqual([
      'region:former-ussr',
    ]);
    expect(only('ar', 'وقتل 15 ألف جندي سوفيتي في أفغانستان.').origin).toEqual(['region:former-ussr']);
  });

  it('reads Western countries as region:europe', () => {
    expect(only('en', 'Around 3,400 fighters came from Western countries.').origin).toEqual([
      'region:europe',
    ]);
    expect(only('ar', 'قدم نحو 300 مقاتل من الدول الغربية.').origin).toEqual(['region:europe']);
    expect(only('ar', 'قدم نحو 300 مقاتل من الدول الأوروبية إلى سوريا.').origin).toEqual(['region:europe']);
    expect(only('ru', 'Около 300 выходцев из западных стран воюют в Сирии.').origin).toEqual([
      'region:europe',
    ]);
    expect(only('fr', 'Environ 300 djihadistes venus de pays occidentaux sont en Syrie.').origin).toEqual([
      'region:europe',
    ]);
  });

  it('reads foreign fighters as region:foreign', () => {
    expect(only('en', 'About 5,000 foreign fighters are held in Syria.').origin).toEqual(['region:foreign']);
    expect(only('ar', 'يحتجز نحو 5000 من المقاتلين الأجانب في سوريا.').origin).toEqual(['region:foreign']);
    expect(only('ru', 'В Сирии находятся около 5000 иностранных боевиков.').origin).toEqual([
      'region:foreign',
    ]);
    expect(only('fr', 'Environ 5000 combattants étrangers sont détenus en Syrie.').origin).toEqual([
      'region:foreign',
    ]);
  });

  it('reads the North Caucasus as region:north-caucasus', () => {
    expect(
      only('fr', 'Quelque 1250 combattants originaires du Caucase du Nord se battent en Syrie.').origin,
    ).toEqual(['region:north-caucasus']);
  });

  it('nests regions: the North Caucasus in Russia and the former USSR, Kyrgyzstan in Central Asia', () => {
    expect(isInside('region:north-caucasus', 'region:former-ussr')).toBe(true);
    expect(isInside('region:north-caucasus', 'RU')).toBe(true);
    expect(isInside('KG', 'region:central-asia')).toBe(true);
    expect(isInside('FR', 'region:europe')).toBe(true);
    expect(isInside('TN', 'region:foreign')).toBe(true);
    expect(isInside('region:former-ussr', 'region:north-caucasus')).toBe(false);
    expect([...regionAncestors('UZ')].sort()).toEqual([
      'region:central-asia',
      'region:foreign',
      'region:former-ussr',
    ]);
  });

  it('keeps the most specific of nested codes', () => {
    expect(mostSpecific(['region:former-ussr', 'region:north-caucasus'])).toEqual(['region:north-caucasus']);
    expect(mostSpecific(['region:central-asia', 'KG'])).toEqual(['KG']);
    expect(mostSpecific(['region:foreign', 'TN', 'MA'])).toEqual(['TN', 'MA']);
    expect(mostSpecific(['KZ', 'KG', 'KZ'])).toEqual(['KZ', 'KG']);
    expect(mostSpecific(['region:europe', 'region:central-asia'])).toEqual([
      'region:europe',
      'region:central-asia',
    ]);
  });
});

describe('provinces and sites', () => {
  it('gives Russia as the origin of people from Dagestan', () => {
    expect(only('en', 'Some 24 children from Dagestan were returned to Russia.').origin).toEqual(['RU']);
    expect(only('fr', 'Trois enfants originaires de Tchétchénie ont été rapatriés.').origin).toEqual(['RU']);
  });

  it('gives the country of a camp or city of the field as a location', () => {
    expect(only('en', 'About 2,000 women are held in al-Hol.').location).toEqual(['SY']);
    expect(only('en', 'Some 300 children were displaced in Maiduguri.').location).toEqual(['NG']);
    expect(only('en', 'Militants killed 20 civilians in Mogadishu.').location).toEqual(['SO']);
    expect(only('ar', 'قتل 15 مدنيا في صنعاء.').location).toEqual(['YE']);
  });
});

describe('placeCodesIn and placeMentions', () => {
  it('finds names over folded text, whatever their letters', () => {
    expect(placeCodesIn('أوزبكستان')).toEqual(['UZ']);
    expect(placeCodesIn('Ouzbékistan')).toEqual(['UZ']);
    expect(placeCodesIn('OUZBEKISTAN et Kirghizistan')).toEqual(['KG', 'UZ']);
  });

  it('maps mentions back to the text as given, diacritics included', () => {
    const text = 'من أُوزْبَكِسْتان';
    const [m] = placeMentions(text);
    expect(m?.code).toBe('UZ');
    expect(text.slice(m!.start, m!.end)).toBe('أُوزْبَكِسْتان');
  });

  it('applies the context checks of each language', () => {
    expect(placeCodesIn('того же дня')).toEqual([]);
    expect(placeCodesIn('after the maghrib prayer, صلاة المغرب')).toEqual([]);
  });
});

describe('what a language contributes to the gazetteer lives in its pack', () => {
  // A German pack: its code, and how German writes and inflects names; the gazetteer is not edited.
  const german: LanguagePack = {
    ...packFor('en')!,
    code: 'de',
    places: {
      worldCountries: 'deu',
      demonyms: (code) => (code === 'KZ' ? ['Kasache', 'Kasachen'] : []),
      // The genitive of a country's name: "die Kinder Kasachstans".
      nameForms: (name) => [name, `${name}s`],
      and: 'und',
      ambiguous: [],
      contextWords: ['aus', 'in', 'nach'],
      usStateBefore: [],
      usStateAfter: [],
    },
  };
  const codes = (text: string) =>
    gazetteerFor(german)
      .places.scan(normalize(text).text)
      .map((m) => `${m.value.kind}:${m.value.code}`);

  it('names countries in the new language, from Intl.DisplayNames and world-countries', () => {
    expect(codes('Kasachstan')).toEqual(['name:KZ']);
    expect(codes('Vereinigtes Königreich')).toEqual(['name:GB']);
  });

  it('inflects names and reads nationality words by the pack', () => {
    expect(codes('die Rückkehr der Kinder Kasachstans')).toEqual(['name:KZ']);
    expect(codes('40 Kasachen')).toEqual(['demonym:KZ']);
  });

  it('keeps the packs of other languages as they were', () => {
    expect(gaz('en').places.scan(normalize('Kasachstan').text)).toEqual([]);
  });
});
