// Round 31: the same facts said in English, French, Russian and Arabic came out differently; each
// mechanism below was fixed where a language lagged, and is pinned here with sentences of our own.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('ar: sons of a place or a community are its natives, sons of someone are children', () => {
  it('أبناء before a place or a community noun counts people', () => {
    checkProbe('ar', 'سافر نحو 800 من أبناء الشيشان إلى سوريا.', [
      { v: [800, 800], pop: 'people', origin: ['RU'], status: 'joined', loc: ['SY'] },
    ]);
    checkProbe('ar', 'انضم 60 من أبناء العشائر إلى التنظيم.', [
      { v: [60, 60], pop: 'people', status: 'joined' },
    ]);
    checkProbe('ar', 'عاد 45 من أبناء المحافظة إلى منازلهم.', [
      { v: [45, 45], pop: 'people', status: 'returned' },
    ]);
  });
  it('a fight makes the natives fighters, as it does generic people', () => {
    checkProbe('ar', 'ذهب نحو 300 من أبناء داغستان للقتال في العراق.', [
      { v: [300, 300], pop: 'fighters', origin: ['RU'], status: 'joined', loc: ['IQ'] },
    ]);
  });
  it('sons of people stay children', () => {
    checkProbe('ar', 'قتل 7 من أبناء القائد في القصف.', [{ v: [7, 7], pop: 'children', status: 'killed' }]);
    checkProbe('ar', 'أعيد 15 من أبناء المقاتلين إلى ذويهم.', [
      { v: [15, 15], pop: 'children', status: 'returned' },
    ]);
  });
});

describe('ru: a time adverbial before the subject is not a place’s preposition', () => {
  it('«В этом году Ирак вернул»: the state bringing people back is theirs, and not where they are', () => {
    checkProbe('ru', 'В этом году Ирак забрал из лагеря аль-Холь около 900 своих граждан.', [
      { v: [900, 900], pop: 'people', origin: ['IQ'], status: 'returned', loc: ['SY'] },
    ]);
    checkProbe('ru', 'В прошлом году Таджикистан вернул на родину 146 детей.', [
      { v: [146, 146], pop: 'children', origin: ['TJ'], status: 'returned', loc: [] },
    ]);
    checkProbe('ru', 'На прошлой неделе Казахстан вернул 31 ребенка.', [
      { v: [31, 31], pop: 'children', origin: ['KZ'], status: 'returned' },
    ]);
  });
  it('a place right after «в» still says where', () => {
    checkProbe('ru', 'В Ираке в прошлом году остались 70 детей.', [
      { v: [70, 70], pop: 'children', status: 'present', loc: ['IQ'] },
    ]);
  });
});

describe('taken to a country other than their own is no return', () => {
  it('deported to another state: status other, located there', () => {
    checkProbe('en', 'More than 4,000 Ukrainian children were deported to Belarus.', [
      { v: [4000, null], pop: 'children', origin: ['UA'], status: 'other', loc: ['BY'] },
    ]);
    checkProbe('fr', 'Environ 500 enfants ukrainiens ont été déportés vers la Biélorussie.', [
      { v: [500, 500], pop: 'children', origin: ['UA'], status: 'other', loc: ['BY'] },
    ]);
    checkProbe('ru', 'Более 800 украинских детей были депортированы в Белоруссию.', [
      { v: [800, null], pop: 'children', origin: ['UA'], status: 'other', loc: ['BY'] },
    ]);
    checkProbe('ar', 'رحل أكثر من 900 طفل أوكراني إلى بيلاروسيا.', [
      { v: [900, null], pop: 'children', origin: ['UA'], status: 'other', loc: ['BY'] },
    ]);
  });
  it('sent back to their own country, or home through another, is a return', () => {
    checkProbe('en', 'Turkey deported 11 French women to France.', [
      { v: [11, 11], pop: 'women', origin: ['FR'], status: 'returned' },
    ]);
    checkProbe('en', 'Kyrgyzstan brought back 59 Kyrgyz children from Iraq to Bishkek via Kazakhstan.', [
      { v: [59, 59], pop: 'children', origin: ['KG'], status: 'returned' },
    ]);
    checkProbe('fr', 'La Turquie a déporté 9 Belges vers la Belgique.', [
      { v: [9, 9], pop: 'people', origin: ['BE'], status: 'returned' },
    ]);
  });
});

describe('words of harm and holding the packs lacked', () => {
  it('fr: « la mutilation de N » counts victims, not the killed', () => {
    checkProbe('fr', "L'ONU a confirmé la mort de 35 enfants et la mutilation de 61 autres au Soudan.", [
      { v: [35, 35], pop: 'children', status: 'killed', loc: ['SD'] },
      { v: [61, 61], pop: 'children', status: 'other', loc: ['SD'] },
    ]);
  });
  it('en: held in a detention centre or facility is detained, in a camp present', () => {
    checkProbe('en', 'Nearly 90 teenage boys are held in a detention centre near Qamishli.', [
      { v: [90, 90], pop: 'children', status: 'detained', loc: ['SY'] },
    ]);
    checkProbe('en', 'About 40 boys are kept in a detention facility in Raqqa.', [
      { v: [40, 40], pop: 'children', status: 'detained', loc: ['SY'] },
    ]);
    checkProbe('en', 'About 40 boys are held in a camp in Raqqa.', [
      { v: [40, 40], pop: 'children', status: 'present', loc: ['SY'] },
    ]);
  });
  it('the prison of Ghwayran and the spelling Хасеке are places in Syria', () => {
    checkProbe('en', 'At least 70 detainees died in the assault on Ghwayran prison.', [
      { v: [70, null], pop: 'people', status: 'killed', loc: ['SY'] },
    ]);
    checkProbe('ru', 'В тюрьме в Эль-Хасеке содержатся 700 подростков.', [
      { v: [700, 700], pop: 'children', status: 'detained', loc: ['SY'] },
    ]);
  });
});

describe('ar: a partitive opening its sentence, a verb between it and the number', () => {
  it('ومن بينهم … N counts a part of the people before', () => {
    checkProbe('ar', 'خطف المسلحون 120 طالبا من مدرستهم. ومن بينهم هرب 14 في الليلة الأولى.', [
      { v: [120, 120], pop: 'children', status: 'other' },
      { v: [14, 14], pop: 'children' },
    ]);
    checkProbe('ar', 'أعادت أوزبكستان 300 امرأة من سوريا. ومن بين هؤلاء اعتقلت 25 فور وصولهن.', [
      { v: [300, 300], pop: 'women', origin: ['UZ'], status: 'returned', loc: ['SY'] },
      { v: [25, 25], pop: 'women', origin: ['UZ'], status: 'detained' },
    ]);
  });
  it('not when the partitive stands inside the sentence, after other words', () => {
    checkProbe('ar', 'أعادت أوزبكستان 300 امرأة من سوريا. وقالت الوزارة إن من بينهن سيدة عمرها 25 عاما.', [
      { v: [300, 300], pop: 'women', origin: ['UZ'], status: 'returned', loc: ['SY'] },
    ]);
  });
});

describe('crossing a border is going', () => {
  it('en and fr: crossed the border, « a traversé la frontière » are joined', () => {
    checkProbe('en', 'Nearly 70 Uzbek militants crossed the border to join the Taliban.', [
      { v: [70, 70], pop: 'fighters', origin: ['UZ'], status: 'joined', aff: 'taliban' },
    ]);
    checkProbe('fr', 'Près de 70 militants ouzbeks ont traversé la frontière pour rejoindre les talibans.', [
      { v: [70, 70], pop: 'fighters', origin: ['UZ'], status: 'joined', aff: 'taliban' },
    ]);
    checkProbe('fr', 'Une quarantaine de combattants ont franchi la frontière irakienne la nuit dernière.', [
      { v: [40, 40], pop: 'fighters', status: 'joined' },
    ]);
  });
  it('a purpose alone, after a verb of arrival, is no journey made', () => {
    checkProbe('fr', 'Environ 80 militants sont arrivés pour rejoindre les talibans.', [
      { v: [80, 80], pop: 'fighters', not: 'joined' },
    ]);
  });
});

describe('a year-like number right after a fronted whole is a part of it', () => {
  it('ru and ar: «Из N X M …», «من بين N X …، M»', () => {
    checkProbe('ru', 'Из 4000 уехавших в Сирию граждан 1500 погибли.', [
      { v: [4000, 4000], pop: 'people' },
      { v: [1500, 1500], pop: 'people', status: 'killed' },
    ]);
    checkProbe('ru', 'Из 3000 узбеков, воевавших в Ираке, около 1200 вернулись.', [
      { v: [3000, 3000], pop: 'fighters', origin: ['UZ'] },
      { v: [1200, 1200], pop: 'fighters', origin: ['UZ'], status: 'returned' },
    ]);
    checkProbe('ar', 'من بين 3000 مغربي سافروا، عاد 1800.', [
      { v: [3000, 3000], pop: 'people', origin: ['MA'], status: 'joined' },
      { v: [1800, 1800], pop: 'people', origin: ['MA'], status: 'returned' },
    ]);
  });
  it('a year in the whole’s own clause stays a year', () => {
    checkProbe('ar', 'من بين 3000 مغربي سافروا منذ 2012 عاد 400.', [
      { v: [3000, 3000], pop: 'people', origin: ['MA'], status: 'joined' },
      { v: [400, 400], pop: 'people', origin: ['MA'], status: 'returned' },
    ]);
    checkProbe('ru', 'Из 3000 узбеков, уехавших в 2014 году, вернулись 600.', [
      { v: [3000, 3000], pop: 'people', origin: ['UZ'], status: 'joined' },
      { v: [600, 600], pop: 'people', origin: ['UZ'], status: 'returned' },
    ]);
  });
});

describe('places the gazetteer lacked', () => {
  it('ar: Istanbul; en/fr/ru: the Somali region of Hiran', () => {
    checkProbe('ar', 'أوقفت الشرطة في اسطنبول 14 شخصا يشتبه في انتمائهم إلى داعش.', [
      { v: [14, 14], pop: 'people', status: 'detained', aff: 'isis', loc: ['TR'] },
    ]);
    checkProbe('fr', 'Les Chabab ont recruté de force 45 enfants dans la région de Hiran.', [
      { v: [45, 45], pop: 'children', status: 'joined', aff: 'other', loc: ['SO'] },
    ]);
    checkProbe('ru', 'Боевики «Аш-Шабаб» похитили 45 детей в области Хиран.', [
      { v: [45, 45], pop: 'children', status: 'other', aff: 'other', loc: ['SO'] },
    ]);
  });
});

describe('a place after a stated nationality is where they are', () => {
  it('fr: « ressortissants ouzbeks à Moscou » are Uzbek, held in Russia', () => {
    checkProbe('fr', 'La police a interpellé neuf ressortissants tadjiks à Moscou.', [
      { v: [9, 9], pop: 'people', origin: ['TJ'], status: 'detained', loc: ['RU'] },
    ]);
  });
  it('a place of their own country stays theirs', () => {
    checkProbe('fr', 'Trente citoyens russes du Daghestan ont été arrêtés.', [
      { v: [30, 30], pop: 'people', origin: ['RU'], status: 'detained' },
    ]);
  });
});

describe('a killing before the count outweighs a charge or custody said after it', () => {
  it('ar: أعدم … N بتهمة is killed; اعتقل … N بتهمة stays detained', () => {
    checkProbe('ar', 'أعدم عناصر حركة الشباب 5 رجال بتهمة التعاون مع الحكومة.', [
      { v: [5, 5], pop: 'men', status: 'killed', aff: 'other' },
    ]);
    checkProbe('ar', 'اعتقلت السلطات 9 رجال بتهمة التعاون مع الحركة.', [
      { v: [9, 9], pop: 'men', status: 'detained' },
    ]);
  });
  it('a killing of another clause or another count does not', () => {
    checkProbe('ar', 'قتل الجيش 5 مسلحين واعتقل 12 رجلا بتهمة دعمهم.', [
      { v: [5, 5], pop: 'fighters', status: 'killed' },
      { v: [12, 12], pop: 'men', status: 'detained' },
    ]);
    checkProbe('en', 'Some 90 Uzbeks were killed in Syria and more than 200 others were jailed.', [
      { v: [90, 90], pop: 'people', origin: ['UZ'], status: 'killed', loc: ['SY'] },
      { v: [200, null], pop: 'people', origin: ['UZ'], status: 'detained' },
    ]);
  });
});

describe('a journey to their own country is a return', () => {
  it('ru and fr: left a camp for their country', () => {
    checkProbe('ru', 'Еще 30 иракских семей покинули аль-Холь и отправились в Ирак.', [
      { v: [30, 30], pop: 'families', origin: ['IQ'], status: 'returned', loc: ['SY'] },
    ]);
    checkProbe('fr', "Trente familles irakiennes ont quitté le camp de Roj pour l'Irak.", [
      { v: [30, 30], pop: 'families', origin: ['IQ'], status: 'returned', loc: ['SY'] },
    ]);
  });
  it('to another country it stays a departure', () => {
    checkProbe('ru', 'Около 40 таджиков отправились в Сирию.', [
      { v: [40, 40], pop: 'people', origin: ['TJ'], status: 'joined', loc: ['SY'] },
    ]);
  });
});

describe('the head after "others" names the phrase’s places', () => {
  it('fr: « Douze autres enfants belges »', () => {
    checkProbe('fr', 'Douze autres enfants belges ont été rapatriés.', [
      { v: [12, 12], pop: 'children', origin: ['BE'], status: 'returned' },
    ]);
  });
});

describe('ru: the present of «появляться» is an appearance in media', () => {
  it('«в ролике появляются N детей»', () => {
    checkProbe('ru', 'В новом ролике появляются шестеро подростков с оружием.', [
      { v: [6, 6], pop: 'children', status: 'featured' },
    ]);
  });
});

describe('rescued from captivity is other in every language, as freed hostages are', () => {
  it('en rescued, fr secourus, ar أنقذت', () => {
    checkProbe('en', 'Soldiers rescued 25 girls held by the militants.', [
      { v: [25, 25], pop: 'children', status: 'other' },
    ]);
    checkProbe('fr', 'Les soldats ont secouru 25 fillettes retenues par les djihadistes.', [
      { v: [25, 25], pop: 'children', status: 'other' },
    ]);
    checkProbe('ar', 'أنقذ الجنود 25 فتاة كانت تحتجزهن الجماعة.', [
      { v: [25, 25], pop: 'children', status: 'other' },
    ]);
  });
  it('brought home after it is a return', () => {
    checkProbe('en', 'Soldiers rescued 25 girls, who were later flown home to Abuja.', [
      { v: [25, 25], pop: 'children', not: 'present' },
    ]);
  });
});

describe('ar: people from among the sons of a community are its people', () => {
  it('N شخصا من أبناء عشيرة …', () => {
    checkProbe('ar', 'قتل المسلحون 12 شخصا من أبناء قرية في ريف حلب.', [
      { v: [12, 12], pop: 'people', status: 'killed', loc: ['SY'] },
    ]);
    checkProbe('ar', 'أعيد 9 أطفال من أبناء المقاتلين إلى ذويهم.', [{ v: [9, 9], pop: 'children' }]);
  });
});

describe('fr: flown home, « transportés par avion », as en "flown"', () => {
  it('to a city of their country, a return of its people', () => {
    checkProbe('fr', 'Les 31 enfants ont été transportés par avion à Tachkent.', [
      { v: [31, 31], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]);
    checkProbe('en', 'The 31 children were flown to Tashkent.', [
      { v: [31, 31], pop: 'children', origin: ['UZ'], status: 'returned' },
    ]);
  });
});
