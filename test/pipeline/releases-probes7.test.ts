// Blind probes for releases, seventh round: invented sentences and short documents of the kind
// news and research reports write about propaganda: child-soldier videos ("cubs of the caliphate"
// as a title and as a term for children), magazine issues (Dabiq, Rumiyah, al-Naba, Voice of
// Khurasan, Inspire), outlets (Amaq, al-Hayat, al-Furqan, al-Kataib, as-Sahab, Az-Zallaqa, Houthi
// media), several releases in one sentence, a release named again later (one release), and films,
// documentaries, programmes, books and chanted slogans that are not releases. Only titled releases
// are checked (the scorer scores only those); expected titles follow GUIDELINES.md.
import { describe, expect, it } from 'vitest';
import type { Release } from '../../src/domain/claim.ts';
import { extract } from '../../src/pipeline/extract.ts';

type Expected = Array<[string, string]>;
type Probe = [text: string, expected: Expected, fields?: { producer?: string; date?: string }];

const titled = (lang: string, text: string): Release[] =>
  extract(text, { lang, published: '2017-04-20' }).releases.filter((r) => r.title !== null);

function check(lang: string, [text, expected, fields]: Probe): void {
  const found = titled(lang, text);
  expect(found.map((r) => [r.media, r.title])).toEqual(expected);
  if (fields?.producer)
    expect(found[0]?.producer?.toLowerCase() ?? '').toContain(fields.producer.toLowerCase());
  if (fields?.date) expect(found[0]?.date).toBe(fields.date);
}

const SENTENCES: Record<string, Probe[]> = {
  en: [
    [
      'A 2015 al-Hayat video, "Cubs of the Caliphate", showed boys drilling at a camp outside Raqqa.',
      [['video', 'Cubs of the Caliphate']],
    ],
    ['Boys known as the "cubs of the caliphate" appear in dozens of IS videos.', []],
    [
      'Al-Furqan released two videos, "Flames of the Frontier" and "Sons of the Ummah", in late 2014.',
      [
        ['video', 'Flames of the Frontier'],
        ['video', 'Sons of the Ummah'],
      ],
    ],
    [
      'As-Sahab released an audio message by Ayman al-Zawahiri titled "Brief Words to a Patient Nation".',
      [['audio', 'Brief Words to a Patient Nation']],
      { producer: 'as-Sahab' },
    ],
    [
      'JNIM\'s Az-Zallaqa Foundation published a video titled "The Battle of the Dunes" in which fighters parade captured trucks.',
      [['video', 'The Battle of the Dunes']],
      { producer: 'Zallaqa' },
    ],
    [
      'The 18th issue of the al-Naba newsletter reported the deaths of two child fighters.',
      [['magazine', 'al-Naba 18']],
    ],
    ['Voice of Khurasan issue 23 called for attacks on churches.', [['magazine', 'Voice of Khurasan 23']]],
    [
      'Houthi media broadcast a nasheed titled "Our Blood for Sanaa" performed by boys in uniform.',
      [['audio', 'Our Blood for Sanaa']],
    ],
    ['Fighters in the video chant "Remaining and expanding" as they march.', []],
    [
      'The video, titled "Ala Minhaj al-Nubuwwa" (On the Prophetic Method), was released by al-Furqan.',
      [['video', 'Ala Minhaj al-Nubuwwa']],
    ],
    [
      'In "Honour Lies in Jihad", a video released by al-Hayat in 2015, children execute prisoners.',
      [['video', 'Honour Lies in Jihad']],
    ],
    [
      'The audio speech "Indeed Your Lord Is Watchful" by spokesman Abu Muhammad al-Adnani urged attacks in Europe.',
      [['audio', 'Indeed Your Lord Is Watchful']],
    ],
    [
      "Al-Kataib's latest film, Inside the Enemy Camp, was released in Swahili and English.",
      [['video', 'Inside the Enemy Camp']],
    ],
    ['Ayman al-Zawahiri appeared in an as-Sahab video released on 11 September 2019.', []],
  ],
  fr: [
    [
      'Dans la vidéo « Les lionceaux du califat », diffusée par Al-Hayat, des enfants tirent sur des prisonniers.',
      [['video', 'Les lionceaux du califat']],
    ],
    ['Ces enfants, surnommés les « lionceaux du califat », sont entraînés dans des camps.', []],
    [
      'Az-Zallaqa, organe de propagande du JNIM, a publié une vidéo intitulée « La bataille des dunes ».',
      [['video', 'La bataille des dunes']],
    ],
    [
      'Le numéro 9 de Dabiq et le numéro 2 de Rumiyah évoquent les enfants soldats.',
      [
        ['magazine', 'Dabiq 9'],
        ['magazine', 'Rumiyah 2'],
      ],
    ],
    [
      'As-Sahab a diffusé un message audio d’Ayman al-Zawahiri intitulé « L’unité de la oumma ».',
      [['audio', 'L’unité de la oumma']],
    ],
    ['Les combattants scandent « Allah est le plus grand » dans la vidéo.', []],
    [
      'Un nachid intitulé Nous sommes les soldats, chanté en français, accompagne les images.',
      [['audio', 'Nous sommes les soldats']],
    ],
  ],
  ru: [
    [
      'В видеоролике «Львята халифата», выпущенном «Аль-Хаят», дети расстреливают пленных.',
      [['video', 'Львята халифата']],
    ],
    ['Детей, которых боевики называют «львятами халифата», обучают в лагерях.', []],
    [
      'Медиаподразделение «Аз-Заллака» группировки JNIM распространило видео «Битва в дюнах».',
      [['video', 'Битва в дюнах']],
    ],
    [
      'В седьмом номере журнала Inspire опубликована инструкция по изготовлению бомб.',
      [['magazine', 'Inspire 7']],
    ],
    ['Аудиообращение аз-Завахири «Единство уммы» распространило «Ас-Сахаб».', [['audio', 'Единство уммы']]],
    ['На видео боевики выкрикивают «Аллах велик».', []],
    ['Хуситы распространили нашид под названием «Мы идем» в исполнении детей.', [['audio', 'Мы идем']]],
    [
      'Боевики выпустили два ролика — «Огни войны» и «Сыны уммы».',
      [
        ['video', 'Огни войны'],
        ['video', 'Сыны уммы'],
      ],
    ],
  ],
  ar: [
    [
      'وأظهر فيديو "أشبال الخلافة" الذي بثته مؤسسة الحياة أطفالا يتدربون على السلاح.',
      [['video', 'أشبال الخلافة']],
    ],
    ['ويطلق التنظيم على الأطفال المجندين اسم "أشبال الخلافة".', []],
    [
      'ونشرت مؤسسة الزلاقة التابعة لجماعة نصرة الإسلام والمسلمين شريطا بعنوان "معركة الكثبان".',
      [['video', 'معركة الكثبان']],
    ],
    ['وخصصت صحيفة النبأ الأسبوعية في عددها 215 افتتاحيتها للأطفال.', [['magazine', 'النبأ 215']]],
    [
      'وبثت مؤسسة السحاب كلمة صوتية للظواهري بعنوان "وحدة الأمة".',
      [['audio', 'وحدة الأمة']],
      { producer: 'السحاب' },
    ],
    ['وردد المقاتلون في الفيديو شعار "باقية وتتمدد".', []],
    ['ونشر الإعلام الحربي الحوثي نشيدا بعنوان "صرخة الأحرار" يؤديه أطفال.', [['audio', 'صرخة الأحرار']]],
    [
      'ونشرت مؤسسة الكتائب فيلمين هما "رسالة إلى كينيا" و"حصاد الغزاة".',
      [
        ['video', 'رسالة إلى كينيا'],
        ['video', 'حصاد الغزاة'],
      ],
    ],
    ['ونشرت مجلة صوت خراسان في عددها الثلاثين مقالا عن روسيا.', [['magazine', 'صوت خراسان 30']]],
  ],
};

const DOCUMENTS: Record<string, Probe[]> = {
  en: [
    [
      'The BBC programme Newsnight broadcast excerpts of the video. In the video, titled "Uncovering the Enemy Within", ' +
        'al-Shabaab fighters call on young Britons to travel to Somalia.',
      [['video', 'Uncovering the Enemy Within']],
    ],
    [
      'The first issue of Rumiyah appeared in September 2016 in several languages.\n\n' +
        'Rumiyah 1 urged readers to carry out knife attacks. The issue also carried a nasheed transcript.',
      [['magazine', 'Rumiyah 1']],
    ],
  ],
  fr: [
    [
      'Le 12 mars, Amaq a diffusé une vidéo intitulée « Les héritiers de la gloire ». On y voit des enfants en treillis.\n\n' +
        'La vidéo « Les héritiers de la gloire » a depuis été retirée de YouTube.',
      [['video', 'Les héritiers de la gloire']],
    ],
    [
      'Le onzième numéro d’Inspire, paru en 2013, glorifie les frères Tsarnaev. Le magazine est publié par AQPA.',
      [['magazine', 'Inspire 11']],
    ],
  ],
  ru: [
    [
      'ИГ выпустило видео «Наследники славы», в котором показаны дети в форме. ' +
        'Позднее еженедельник «Ан-Наба» в 110-м номере опубликовал статью о «Наследниках славы».',
      [
        ['video', 'Наследники славы'],
        ['magazine', 'Ан-Наба 110'],
      ],
    ],
  ],
  ar: [
    [
      'بثت مؤسسة الفرقان إصدارا مرئيا بعنوان "ورثة المجد" يظهر فيه أطفال.\n\n' +
        'وحذفت إدارة يوتيوب فيديو "ورثة المجد" بعد أيام من نشره.',
      [['video', 'ورثة المجد']],
    ],
  ],
};

for (const [lang, probes] of Object.entries(SENTENCES)) {
  describe(`release probes 7, sentences (${lang})`, () => {
    for (const probe of probes) it(probe[0], () => check(lang, probe));
  });
}
for (const [lang, probes] of Object.entries(DOCUMENTS)) {
  describe(`release probes 7, documents (${lang})`, () => {
    for (const probe of probes) it(probe[0].slice(0, 80), () => check(lang, probe));
  });
}

// Probes that still fail, each with why.
const FAILING: Array<[lang: string, why: string, probe: Probe]> = [
  // A film whose title is also a magazine series' name stays a film, but nothing in its sentence tells
  // a studio's film from a group's: only the next sentence names the group, with another video.
  [
    'ar',
    'a film titled like a magazine series',
    [
      'وشاهد المجندون فيلم "الرسالة" قبل انضمامهم. ثم عرض عليهم التنظيم شريطا بعنوان "نداء الهجرة".',
      [['video', 'نداء الهجرة']],
    ],
  ],
];

// Failed in the seventh round; read since the eighth (films tied to a group, titles after a verb of
// releasing, a subject after the verb).
const FIXED8: Array<[lang: string, why: string, probe: Probe]> = [
  ['en', 'a studio film', ['The film "American Sniper" was mocked in several IS videos.', []]],
  [
    'fr',
    'a studio film',
    ['Le film « La Bataille d’Alger » n’a rien à voir avec la propagande du groupe.', []],
  ],
  [
    'ru',
    'a television film',
    ['Фильм «Солдаты Аллаха», показанный по телевидению, рассказывает о вербовке.', []],
  ],
  [
    'en',
    'a title after "released" alone',
    [
      'Al-Hayat released "Cubs of the Caliphate" in March 2015. The video shows boys at a training camp.\n\n' +
        'Months later, "Cubs of the Caliphate" was still being shared on Telegram.',
      [['video', 'Cubs of the Caliphate']],
    ],
  ],
  [
    'ru',
    'a verb before its subject after the title',
    [
      'Книгу «Управление дикостью» часто цитируют в журнале «Дабик». В ролике «Сыны Кавказа» выступают дети.',
      [
        ['magazine', 'Дабик'],
        ['video', 'Сыны Кавказа'],
      ],
    ],
  ],
];

describe('release probes 7, read since round 8', () => {
  for (const [lang, why, probe] of FIXED8) it(`${lang}: ${why}`, () => check(lang, probe));
});

// Failed first; read since films of journalists and studios need a group or outlet in their sentence.
const FIXED: Array<[lang: string, why: string, probe: Probe]> = [
  [
    'en',
    "a broadcaster's documentary",
    ['Al Jazeera aired a documentary titled "The Road to Raqqa" about foreign fighters.', []],
  ],
  [
    'fr',
    "a broadcaster's documentary",
    [
      'Le documentaire « Soldats d’Allah », diffusé sur une chaîne publique, a suivi une cellule djihadiste.',
      [],
    ],
  ],
  [
    'ar',
    "a broadcaster's documentary",
    ['وعرضت قناة الجزيرة فيلما وثائقيا بعنوان "الطريق إلى الرقة" عن المقاتلين الأجانب.', []],
  ],
  [
    'en',
    'a studio film beside a group video',
    [
      'Many recruits said they had watched the Hollywood film "Kingdom of Heaven". Recruiters then showed them ' +
        'the IS video "Greetings from the Land of the Caliphate", in which a Kazakh boy speaks.',
      [['video', 'Greetings from the Land of the Caliphate']],
    ],
  ],
];

describe('release probes 7, films of journalists and studios', () => {
  for (const [lang, why, probe] of FIXED) it(`${lang}: ${why}`, () => check(lang, probe));
});

describe('release probes 7, not yet read', () => {
  for (const [lang, why, probe] of FAILING) it.fails(`${lang}: ${why}`, () => check(lang, probe));
});
