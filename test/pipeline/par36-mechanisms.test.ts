// Mechanisms found by the thirty-sixth round of parallel facts (the same fact written in en, fr, ru and ar,
// read the same way in each). Every sentence is written for this test.
import { describe, it } from 'vitest';
import { checkProbe } from './probe-helpers.ts';

describe('people counted in apposition to families are the families’ members (appositionHead)', () => {
  it('en: "150 families, about 600 people" counts people', () =>
    checkProbe('en', 'Iraq brought back 150 families, about 600 people, from al-Hol.', [
      { v: [150, 150], pop: 'families', origin: ['IQ'], status: 'returned' },
      { v: [600, 600], pop: 'people', origin: ['IQ'], status: 'returned' },
    ]));
  it('ru: «30 семей — 112 человек»', () =>
    checkProbe('ru', 'Из лагеря вывезли 30 семей — 112 человек.', [
      { v: [30, 30], pop: 'families', status: 'returned' },
      { v: [112, 112], pop: 'people', status: 'returned' },
    ]));
  it('en: the families’ nationality is their members’ too', () =>
    checkProbe('en', 'The camp holds 900 Iraqi families, about 4,000 people.', [
      { v: [900, 900], pop: 'families', origin: ['IQ'], status: 'present' },
      { v: [4000, 4000], pop: 'people', origin: ['IQ'], status: 'present' },
    ]));
  it('counter-case: a generic count in apposition to named people still counts them', () =>
    checkProbe('en', 'The detainees, 40 women, were moved to another prison.', [
      { v: [40, 40], pop: 'women', status: 'detained' },
    ]));
});

describe('ar: a fraction with the pronoun of the whole is a share of it (quantifiers)', () => {
  it('an age said of half of them is not the whole’s', () =>
    checkProbe('ar', 'يؤوي المخيم نحو 56 ألف شخص، نصفهم أطفال دون الثانية عشرة.', [
      { v: [56000, 56000], pop: 'people', status: 'present', age: [null, null] },
    ]));
  it('a place said of a third of them is not the whole’s origin', () =>
    checkProbe('ar', 'عاد 300 مقاتل، ثلثهم من تونس.', [
      { v: [300, 300], pop: 'fighters', status: 'returned' },
    ]));
  it('a quarter of them (feminine)', () =>
    checkProbe('ar', 'تحتجز السلطات 80 امرأة، ربعهن دون الثامنة عشرة.', [
      { v: [80, 80], pop: 'women', status: 'detained', age: [null, null] },
    ]));
  it('counter-case: an age said of the whole itself holds', () =>
    checkProbe('ar', 'أعيد 90 طفلا دون الثانية عشرة، ثلثهم من الفتيات.', [
      { v: [90, 90], pop: 'children', status: 'returned', age: [null, 11] },
    ]));
});

describe('ar: charges named by the nominative plural and what they are about (statusWords)', () => {
  it('"وجهت إلى 32 رجلا تهم تتعلق بالإرهاب" is detained, not the return of the whole', () =>
    checkProbe('ar', 'من بين 110 كوسوفيين أعيدوا في نيسان، وجهت إلى 32 رجلا تهم تتعلق بالإرهاب.', [
      { v: [110, 110], pop: 'people', origin: ['XK'], status: 'returned' },
      { v: [32, 32], pop: 'men', origin: ['XK'], status: 'detained' },
    ]));
  it('"تهم الإرهاب"', () =>
    checkProbe('ar', 'وجهت إلى 14 امرأة عائدة تهم الإرهاب.', [
      { v: [14, 14], pop: 'women', status: 'detained' },
    ]));
  it('"تهم ترتبط بالانتماء"', () =>
    checkProbe('ar', 'يواجه 20 شابا تهم ترتبط بالانتماء إلى تنظيم مسلح.', [
      { v: [20, 20], pop: 'men', status: 'detained' },
    ]));
  it('counter-case: تهم as the verb "concerns" says nothing of them', () =>
    checkProbe('ar', 'قضية تهم 30 طفلا عادوا من سوريا.', [
      { v: [30, 30], pop: 'children', status: 'returned', loc: ['SY'] },
    ]));
});

describe('fr: the means of a transfer between the verb and its object (objectAdjuncts)', () => {
  it('« a rapatrié par avion huit femmes et 23 enfants »: both are brought home', () =>
    checkProbe('fr', "L'Allemagne a rapatrié par avion huit femmes et 23 enfants du camp de Roj.", [
      { v: [8, 8], pop: 'women', origin: ['DE'], status: 'returned' },
      { v: [23, 23], pop: 'children', origin: ['DE'], status: 'returned' },
    ]));
  it('« par voie aérienne »', () =>
    checkProbe('fr', 'Le Kazakhstan a évacué par voie aérienne 30 enfants et 12 femmes.', [
      { v: [30, 30], pop: 'children', origin: ['KZ'], status: 'returned' },
      { v: [12, 12], pop: 'women', origin: ['KZ'], status: 'returned' },
    ]));
  it('« par avion » with mothers', () =>
    checkProbe('fr', 'La France a rapatrié par avion 16 mères et 35 enfants.', [
      { v: [16, 16], pop: 'women', origin: ['FR'], status: 'returned' },
      { v: [35, 35], pop: 'children', origin: ['FR'], status: 'returned' },
    ]));
  it('counter-case: past « par avion », a clause of its own keeps its verb', () =>
    checkProbe(
      'fr',
      'Les femmes ont été rapatriées par avion, mais 30 enfants restent dans le camp de Roj.',
      [{ v: [30, 30], pop: 'children', status: 'present', loc: ['SY'] }],
    ));
});

describe('a status word past a semicolon is another clause’s (pickStatus)', () => {
  it('ru: the women arrested on arrival do not make the children detained', () =>
    checkProbe(
      'ru',
      'Германия вывезла из лагеря Рож восемь женщин и 23 ребенка; женщины были задержаны по прибытии.',
      [
        { v: [8, 8], pop: 'women', origin: ['DE'], status: 'returned' },
        { v: [23, 23], pop: 'children', origin: ['DE'], status: 'returned' },
      ],
    ));
  it('en: the same', () =>
    checkProbe(
      'en',
      'Germany flew eight women and 23 children home from the Roj camp; the women were arrested on arrival.',
      [
        { v: [8, 8], pop: 'women', origin: ['DE'], status: 'returned' },
        { v: [23, 23], pop: 'children', origin: ['DE'], status: 'returned' },
      ],
    ));
  it('counter-case: a count past the semicolon takes the verb of its own clause', () =>
    checkProbe('en', 'Some 600 women were in al-Hol; 11 were repatriated.', [
      { v: [600, 600], pop: 'women', status: 'present' },
      { v: [11, 11], pop: 'women', status: 'returned' },
    ]));
  it('counter-case: with no verb in its own clause, the count takes the one past the semicolon', () =>
    checkProbe('en', 'Kazakhstan: 600 women; all returned.', [
      { v: [600, 600], pop: 'women', origin: ['KZ'], status: 'returned' },
    ]));
});

describe('ar: towns of the eastern DRC (gazetteer)', () => {
  it('Beni with the noun of its territory', () =>
    checkProbe('ar', 'قتل مسلحون 40 مدنيا، بينهم تسعة أطفال، في هجوم على قرية في إقليم بيني.', [
      { v: [40, 40], pop: 'people', status: 'killed', loc: ['CD'] },
      { v: [9, 9], pop: 'children', status: 'killed', loc: ['CD'] },
    ]));
  it('Butembo', () =>
    checkProbe('ar', 'قتل متمردون 12 مدنيا قرب بوتيمبو.', [
      { v: [12, 12], pop: 'people', status: 'killed', loc: ['CD'] },
    ]));
  it('counter-case: بيني as "between me" is no place', () =>
    checkProbe('ar', 'قال إن الخلاف بيني وبينه قديم، وإن 30 طفلا عادوا.', [
      { v: [30, 30], pop: 'children', status: 'returned', loc: [] },
    ]));
});

describe('digits grouped in thousands write no year (notAYear)', () => {
  it('fr: « un tiers des 1 500 enfants » keeps the whole', () =>
    checkProbe('fr', 'Un tiers des 1 500 enfants sont des filles.', [
      { v: [1500, 1500], pop: 'children', status: 'present' },
    ]));
  it('fr: « 30 % des 1 500 rapatriés »', () =>
    checkProbe('fr', 'Quelque 30 % des 1 500 rapatriés sont des femmes.', [
      { v: [1500, 1500], pop: 'people', status: 'returned' },
    ]));
  it('fr: « dès » with grouped digits is no year either', () =>
    checkProbe('fr', 'Dès 1 800 combattants partis, le gouvernement a réagi.', [
      { v: [1800, 1800], pop: 'fighters', status: 'joined' },
    ]));
  it('counter-case: « dès 1990 » is a year', () =>
    checkProbe('fr', 'Dès 1990, 40 enfants avaient été recrutés par les milices.', [
      { v: [40, 40], pop: 'children', status: 'joined' },
    ]));
});

describe('the Shabelle and Juba regions in French and Russian (gazetteer)', () => {
  it('fr: « Bas-Chébéli »', () =>
    checkProbe('fr', 'Les Chabab ont enlevé 30 garçons dans une école coranique du Bas-Chébéli.', [
      { v: [30, 30], pop: 'children', status: 'other', aff: 'other', loc: ['SO'] },
    ]));
  it('fr: « Moyen-Chébéli »', () =>
    checkProbe('fr', 'Des combats ont fait 12 morts dans le Moyen-Chébéli.', [
      { v: [12, 12], pop: 'people', status: 'killed', loc: ['SO'] },
    ]));
  it('ru: «в Средней Шабелле»', () =>
    checkProbe('ru', 'Боевики убили 12 человек в Средней Шабелле.', [
      { v: [12, 12], pop: 'people', status: 'killed', loc: ['SO'] },
    ]));
});

describe('so many dozens is one number (approxNumberNouns, numberWords)', () => {
  it('fr: « deux douzaines de femmes » are 24', () =>
    checkProbe('fr', 'Les autorités ont rapatrié deux douzaines de femmes.', [
      { v: [24, 24], pop: 'women', status: 'returned' },
    ]));
  it('ru: «две дюжины» are 24, «дюжина» about 12', () =>
    checkProbe('ru', 'Из лагеря вывезли две дюжины женщин, еще дюжина боевиков сдалась властям.', [
      { v: [24, 24], pop: 'women', status: 'returned' },
      { v: [12, 12], pop: 'fighters' },
    ]));
  it('fr: « une demi-douzaine » stays six', () =>
    checkProbe('fr', "Une demi-douzaine d'enfants sont morts dans le camp.", [
      { v: [6, 6], pop: 'children', status: 'killed' },
    ]));
  it('counter-case: the plurals of dozens stay vague', () =>
    checkProbe('ru', 'Несколько дюжин боевиков сдались властям.', []));
});

describe('a verb of losing people says they were killed (lossVerbs)', () => {
  it('fr: « a perdu 14 soldats »', () =>
    checkProbe('fr', "L'armée malienne a perdu 14 soldats dans une embuscade.", [
      { v: [14, 14], pop: 'fighters', status: 'killed', loc: ['ML'] },
    ]));
  it('ar: verb first, the army that lost them between', () =>
    checkProbe('ar', 'فقد الجيش النيجيري 14 جنديا في كمين.', [
      { v: [14, 14], pop: 'fighters', status: 'killed', loc: ['NG'] },
    ]));
  it('ar: خسرت with its subject', () =>
    checkProbe('ar', 'خسرت القوات الحكومية 20 عنصرا في الهجوم.', [
      { v: [20, 20], pop: 'fighters', status: 'killed' },
    ]));
  it('counter-case: فقد right before the count is "went missing"', () =>
    checkProbe('ar', 'فقد 40 شخصا في البحر.', [{ v: [40, 40], pop: 'people', status: 'other' }]));
});

describe('ar: a court’s definite nisba names the state that tries them (acceptsForm)', () => {
  it('"المحكمة العراقية"', () =>
    checkProbe('ar', 'أدانت المحكمة العراقية 500 امرأة أجنبية.', [
      { v: [500, 500], pop: 'women', origin: ['region:foreign'], status: 'detained', loc: ['IQ'] },
    ]));
  it('"المحاكم التونسية"', () =>
    checkProbe('ar', 'أدانت المحاكم التونسية 50 امرأة.', [
      { v: [50, 50], pop: 'women', status: 'detained', loc: ['TN'] },
    ]));
  it('past the court’s complement: "محكمة الأحداث العراقية"', () =>
    checkProbe('ar', 'أصدرت محكمة الأحداث العراقية أحكاما بحق تسعة أطفال.', [
      { v: [9, 9], pop: 'children', status: 'detained', loc: ['IQ'] },
    ]));
  it('counter-case: a definite feminine nisba after another noun is no place', () =>
    checkProbe('ar', 'قالت الصحيفة العراقية إن 30 طفلا عادوا.', [
      { v: [30, 30], pop: 'children', status: 'returned', loc: [] },
    ]));
});

describe('en: held on charges is held by the law (statusWords)', () => {
  it('"held in Iraqi Kurdistan on terrorism charges" is detained', () =>
    checkProbe('en', 'At least 40 children are held in Iraqi Kurdistan on terrorism charges.', [
      { v: [40, null], pop: 'children', status: 'detained', loc: ['IQ'] },
    ]));
  it('"held on charges of IS membership"', () =>
    checkProbe('en', 'Some 300 boys are held on charges of IS membership.', [
      { v: [300, 300], pop: 'children', status: 'detained', aff: 'isis' },
    ]));
  it('"arrested on terrorism charges"', () =>
    checkProbe('en', 'The 12 women were arrested on terrorism charges.', [
      { v: [12, 12], pop: 'women', status: 'detained' },
    ]));
  it('counter-case: held in a camp is present', () =>
    checkProbe('en', 'Some 300 boys are held in the Roj camp.', [
      { v: [300, 300], pop: 'children', status: 'present', loc: ['SY'] },
    ]));
});

describe('a number of places after the verb is no count the people act on (actsOnOthers)', () => {
  it('fr: « restent dans les deux camps » are present', () =>
    checkProbe('fr', 'Plus de 2 400 enfants étrangers restent dans les deux camps.', [
      { v: [2400, null], pop: 'children', origin: ['region:foreign'], status: 'present' },
    ]));
  it('en: "remain in two camps"', () =>
    checkProbe('en', 'Some 900 women remain in two camps.', [
      { v: [900, 900], pop: 'women', status: 'present' },
    ]));
  it('counter-case: gunmen who killed people counted after the verb did it to others', () =>
    checkProbe('en', 'Five gunmen killed at least 23 tourists.', [
      { v: [5, 5], pop: 'fighters', status: 'other' },
      { v: [23, null], pop: 'people', status: 'killed' },
    ]));
  it('counter-case: fr', () =>
    checkProbe('fr', 'Cinq hommes armés ont tué 23 touristes.', [
      { v: [5, 5], pop: 'fighters', status: 'other' },
      { v: [23, 23], pop: 'people', status: 'killed' },
    ]));
});

describe('ru: where a person spoke is no part of the speaker (speakerEdgeLinks)', () => {
  it('«заявил министр иностранных дел в парламенте»', () =>
    checkProbe(
      'ru',
      'Таджикистан планирует вернуть около 300 граждан в этом году, заявил министр иностранных дел в парламенте.',
      [
        {
          v: [300, 300],
          pop: 'people',
          origin: ['TJ'],
          status: 'present',
          source: 'министр иностранных дел',
        },
      ],
    ));
  it('«сообщил глава МИД на заседании правительства»', () =>
    checkProbe(
      'ru',
      'Около 300 граждан вернутся в этом году, сообщил глава МИД на заседании правительства.',
      [{ v: [300, 300], pop: 'people', source: 'глава МИД' }],
    ));
  it('counter-case: an institution after an impersonal verb is the speaker', () =>
    checkProbe('ru', 'Около 300 граждан остаются в Сирии, сообщили в МИД.', [
      { v: [300, 300], pop: 'people', status: 'present', source: 'МИД' },
    ]));
});

describe('children a video shows in a training camp are featured, not recruits (stateAfter)', () => {
  it('ru: «показаны 120 мальчиков в тренировочном лагере»', () =>
    checkProbe('ru', 'На видео ИГ, снятом в Ракке, показаны 120 мальчиков в тренировочном лагере.', [
      { v: [120, 120], pop: 'children', status: 'featured', aff: 'isis', loc: ['SY'] },
    ]));
  it('ar: "يظهر الفيديو 120 صبيا في معسكر تدريب"', () =>
    checkProbe('ar', 'يظهر الفيديو 120 صبيا في معسكر تدريب.', [
      { v: [120, 120], pop: 'children', status: 'featured' },
    ]));
  it('fr: « la vidéo montre 120 garçons dans un camp d’entraînement »', () =>
    checkProbe('fr', "La vidéo montre 120 garçons dans un camp d'entraînement.", [
      { v: [120, 120], pop: 'children', status: 'featured' },
    ]));
  it('counter-case: sent to a training camp, they joined', () =>
    checkProbe('en', 'Some 120 boys were sent to a training camp.', [
      { v: [120, 120], pop: 'children', status: 'joined' },
    ]));
});

describe('ru: «в + country» and a subjectless plural verb: its authorities bring back their own (impersonalAgentVerb)', () => {
  it('«В Казахстане вернули из Сирии 600 граждан»', () =>
    checkProbe('ru', 'В Казахстане вернули из Сирии 600 граждан.', [
      { v: [600, 600], pop: 'people', origin: ['KZ'], status: 'returned', loc: ['SY'] },
    ]));
  it('after an attribution: «По данным МИД, в Узбекистане вернули 98 женщин»', () =>
    checkProbe('ru', 'По данным МИД, в Узбекистане вернули 98 женщин.', [
      { v: [98, 98], pop: 'women', origin: ['UZ'], status: 'returned', source: 'МИД' },
    ]));
  it('counter-case: people detained in a country are not its citizens for that', () =>
    checkProbe('ru', 'В Турции задержали 12 граждан.', [
      { v: [12, 12], pop: 'people', status: 'detained', loc: ['TR'] },
    ]));
  it('counter-case: a war zone kills, it brings no one home', () =>
    checkProbe('ru', 'В Сирии убили 12 граждан.', [
      { v: [12, 12], pop: 'people', status: 'killed', loc: ['SY'] },
    ]));
});
