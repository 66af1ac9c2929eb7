// Blind probes for the twenty-fifth release round, written before reading any dev report: al-Shabaab's
// al-Kataib videos, ISWAP and Amaq claims, JNIM's az-Zallaqa statements, Houthi media showing child
// soldiers, Taliban and ISKP magazines (Voice of Khurasan issues), nasheeds and Telegram photo series,
// in the four languages, with quotes of every style and unquoted titles after titled, intitulée, под
// названием and بعنوان; the producer in Russian cases; dates said by weekday, which resolve against the
// publication date (2021-06-01, a Tuesday) as the claims' dates do.
import { describe } from 'vitest';
import { runReleaseProbes, type ReleaseProbe } from './probe-helpers.ts';

const PROBES: Record<string, ReleaseProbe[]> = {
  en: [
    [
      'Al-Kataib Media Foundation released a 40-minute video titled ‘The Path to Paradise’ in which teenage recruits train near Kismayo.',
      [{ media: 'video', title: 'The Path to Paradise', producer: 'Al-Kataib Media Foundation' }],
    ],
    [
      'On Sunday, Amaq published a photo series titled Harvest of the Crusaders showing ISWAP fighters in Borno.',
      [{ media: 'photo', title: 'Harvest of the Crusaders', date: '2021-05-30' }],
    ],
    [
      'The fifth issue of Voice of Khurasan, published in June 2022, featured an article praising child suicide bombers.',
      [{ media: 'magazine', title: 'Voice of Khurasan 5', date: '2022-06' }],
    ],
    [
      'Az-Zallaqa issued a statement titled "Clarification on the Events in Moura" on Friday.',
      [{ media: 'statement', title: 'Clarification on the Events in Moura', date: '2021-05-28' }],
    ],
    [
      'A Houthi-run channel broadcast a video, "Men of the Mountains", in which boys no older than 12 carry Kalashnikovs.',
      [{ media: 'video', title: 'Men of the Mountains' }],
    ],
    [
      'A nasheed called “O Mother, Do Not Weep” was shared widely on Telegram channels close to the Taliban.',
      [{ media: 'audio', title: 'O Mother, Do Not Weep' }],
    ],
    [
      'The Taliban released a video on Thursday showing graduates of its Mansouri camp, some of them children.',
      [],
    ],
    [
      'ISWAP circulated a video named "Generation of Conquest" through Amaq on Monday.',
      [{ media: 'video', title: 'Generation of Conquest', date: '2021-05-31' }],
    ],
    [
      'The Telegram channel Nashir News posted a series of photos of children at a training camp in Hasakah.',
      [],
    ],
    [
      'Al-Azaim Foundation published the magazine Voice of Khurasan in Pashto and English.',
      [{ media: 'magazine', title: 'Voice of Khurasan' }],
    ],
    [
      'Al-Shabaab\'s video, titled "They Are Your Brothers", shows recruits as young as 14 at a camp.',
      [{ media: 'video', title: 'They Are Your Brothers', producer: 'Al-Shabaab' }],
    ],
    ['The video was filmed at the Sheikh Ali Dhere camp and released by al-Kataib.', []],
    // Second batch: magazine issues with their own titles, photos and nasheeds, quotes of every style.
    [
      'The 23rd issue of Voice of Khurasan, titled "The Taliban\'s Betrayal", attacked the new government.',
      [{ media: 'magazine', title: "The Taliban's Betrayal" }],
    ],
    [
      "ISKP's al-Azaim released a 30-minute documentary titled Sons of Khurasan on Telegram in 2022.",
      [{ media: 'video', title: 'Sons of Khurasan', date: '2022' }],
    ],
    [
      'In a video titled ‘Return of the Lions’, al-Shabaab showed boys at the Sheikh Ali Saalax camp.',
      [{ media: 'video', title: 'Return of the Lions' }],
    ],
    ['Amaq said in a statement that ISWAP fighters had killed 12 soldiers in Borno.', []],
    [
      "The Houthis' Ansar Allah media published photos titled „Heroes of Tomorrow“ showing armed boys in Saada.",
      [{ media: 'photo', title: 'Heroes of Tomorrow' }],
    ],
    [
      'A nasheed, "My Ummah, Dawn Has Appeared", plays over footage of child soldiers.',
      [{ media: 'audio', title: 'My Ummah, Dawn Has Appeared' }],
    ],
    [
      'The JNIM statement, titled Message to the People of Burkina, was read by a spokesman named Abu Hudhayfa.',
      [{ media: 'statement', title: 'Message to the People of Burkina', producer: 'JNIM' }],
    ],
    [
      'The Telegram channel posted a series of photos titled Cubs in Training on Saturday.',
      [{ media: 'photo', title: 'Cubs in Training', date: '2021-05-29' }],
    ],
    // Third batch: names of groups, places, camps and people after markers are no titles.
    ['The video, titled Al-Shabaab, shows recruits marching.', []],
    ['A video posted by Amaq on Sunday shows ISWAP children in Sambisa forest.', []],
    ['The group released a statement titled Kismayo after the attack.', []],
    ['Boys trained at a camp called Al-Quds in the video released by al-Kataib.', []],
    ['The nasheed was performed by a boy known as Abu Yahya al-Somali.', []],
  ],
  fr: [
    [
      'Dimanche, l’agence Amaq a publié une vidéo intitulée « Les lionceaux du Sahel » montrant des enfants armés.',
      [{ media: 'video', title: 'Les lionceaux du Sahel', date: '2021-05-30', producer: 'agence Amaq' }],
    ],
    [
      'Az-Zallaqa, organe de propagande du JNIM, a diffusé un communiqué intitulé Mise au point sur Moura.',
      [{ media: 'statement', title: 'Mise au point sur Moura' }],
    ],
    [
      'Le numéro 12 de Voice of Khurasan appelle les jeunes à rejoindre le groupe.',
      [{ media: 'magazine', title: 'Voice of Khurasan 12' }],
    ],
    [
      'Un anachid intitulé „Nous revenons“ a été diffusé sur Telegram par des partisans de l’EI.',
      [{ media: 'audio', title: 'Nous revenons' }],
    ],
    [
      'Les shebab ont mis en ligne vendredi une vidéo de 25 minutes, « La terre de l’émigration », tournée dans un camp.',
      [{ media: 'video', title: 'La terre de l’émigration', date: '2021-05-28' }],
    ],
    [
      'Une série de photos intitulée « Les cadets du califat » montre des garçons en uniforme à Mossoul.',
      [{ media: 'photo', title: 'Les cadets du califat' }],
    ],
    ['La chaîne des Houthis a diffusé une vidéo où des enfants scandent « Mort à l’Amérique ».', []],
    ['Le groupe a publié une vidéo montrant le camp Sheikh Ali, selon le porte-parole de l’armée.', []],
    [
      'Une vidéo de la branche médiatique de l’ISWAP intitulée ‘Les héros de Sambisa’ a circulé mardi.',
      [{ media: 'video', title: 'Les héros de Sambisa', date: '2021-06-01' }],
    ],
    [
      'Dans un enregistrement sonore intitulé Patience et victoire, un chef des talibans s’adresse aux jeunes.',
      [{ media: 'audio', title: 'Patience et victoire' }],
    ],
    // Second batch.
    [
      'Le 14e numéro de Voice of Khurasan, intitulé « La trahison des talibans », a été diffusé en anglais.',
      [{ media: 'magazine', title: 'La trahison des talibans' }],
    ],
    [
      'Les shebab ont diffusé une vidéo intitulée Le retour des lions, tournée dans le camp Sheikh Ali Saalax.',
      [{ media: 'video', title: 'Le retour des lions' }],
    ],
    [
      'Dans une vidéo d’Amaq intitulée „Les héritiers du califat“, des enfants exécutent des prisonniers.',
      [{ media: 'video', title: 'Les héritiers du califat', producer: 'Amaq' }],
    ],
    [
      'Le JNIM a publié via az-Zallaqa un communiqué intitulé ‘Message aux habitants du Burkina’.',
      [{ media: 'statement', title: 'Message aux habitants du Burkina' }],
    ],
    ['Une vidéo tournée à Gao montre des enfants armés, selon l’ONU.', []],
    [
      'Les Houthis ont diffusé des photos intitulées « Les héros de demain » sur la chaîne Al-Masirah.',
      [{ media: 'photo', title: 'Les héros de demain' }],
    ],
    // Third batch.
    ['La vidéo, intitulée Amaq, montre des enfants.', []],
    ['Une vidéo diffusée dimanche par les shebab montre un camp nommé Sheikh Ali.', []],
    ['Le communiqué intitulé Tombouctou a été publié par le JNIM.', []],
  ],
  ru: [
    [
      'Ролик боевиков под названием «Львята халифата» появился в Телеграме в воскресенье.',
      [{ media: 'video', title: 'Львята халифата', date: '2021-05-30' }],
    ],
    [
      'Видеоролик Аш-Шабааба под названием «Путь в рай» показывает подростков на полигоне.',
      [{ media: 'video', title: 'Путь в рай', producer: 'Аш-Шабааб' }],
    ],
    [
      'Видео «Земля хиджры» выпустила группировка «Аш-Шабааб» в 2020 году.',
      [{ media: 'video', title: 'Земля хиджры', producer: 'Аш-Шабааб', date: '2020' }],
    ],
    [
      'Ролик боевиков «Боко Харам» под названием «Сыны Самбисы» показывает мальчиков с оружием.',
      [{ media: 'video', title: 'Сыны Самбисы', producer: 'Боко Харам' }],
    ],
    [
      'Журнал ИГИЛ-Хорасан «Голос Хорасана» в пятом номере призвал молодежь к джихаду.',
      [{ media: 'magazine', title: 'Голос Хорасана 5' }],
    ],
    [
      'Нашид под названием Мы идем к вам распространили в пятницу русскоязычные каналы ИГИЛ.',
      [{ media: 'audio', title: 'Мы идем к вам', date: '2021-05-28' }],
    ],
    [
      'Пропагандистский ролик Талибана под названием „Победа близка“ показал выпускников лагеря.',
      [{ media: 'video', title: 'Победа близка', producer: 'Талибан' }],
    ],
    ['Хуситский телеканал «Аль-Масира» показал сюжет о детях на фронте.', []],
    [
      'Заявление «Джамаат Нусрат аль-Ислам валь-Муслимин» под названием «Разъяснение о событиях в Муре» опубликовало агентство «Аз-Заллака».',
      [{ media: 'statement', title: 'Разъяснение о событиях в Муре' }],
    ],
    [
      'Серия фотографий под названием «Будни львят» была опубликована в Телеграм-канале «Амак» в среду.',
      [{ media: 'photo', title: 'Будни львят', date: '2021-05-26' }],
    ],
    ['Боевик под названием «Абу Хамза» командовал лагерем в Ракке.', []],
    ['В лагере под названием «Аш-Шабааб» обучали детей.', []],
    // Second batch.
    [
      '23-й номер журнала «Голос Хорасана» под названием «Предательство талибов» вышел на английском.',
      [{ media: 'magazine', title: 'Предательство талибов' }],
    ],
    [
      'Боевики Аш-Шабааба выпустили ролик под названием Возвращение львов, снятый в лагере.',
      [{ media: 'video', title: 'Возвращение львов', producer: 'Аш-Шабааб' }],
    ],
    [
      'В видео «Амака» под названием „Наследники халифата“ дети расстреливают пленных.',
      [{ media: 'video', title: 'Наследники халифата', producer: 'Амак' }],
    ],
    [
      'ДжНИМ через «Аз-Заллаку» опубликовала заявление под названием ‘Послание жителям Буркина-Фасо’.',
      [{ media: 'statement', title: 'Послание жителям Буркина-Фасо' }],
    ],
    [
      'Хуситы опубликовали фотографии под названием «Герои завтрашнего дня».',
      [{ media: 'photo', title: 'Герои завтрашнего дня' }],
    ],
    ['Фильм «Дети джихада» снял британский журналист.', []],
    [
      'Нашид «Моя умма, рассвет настал» звучит на кадрах с детьми-солдатами.',
      [{ media: 'audio', title: 'Моя умма, рассвет настал' }],
    ],
    // Third batch.
    ['Видео под названием «Ракка» показывает детей.', []],
    ['Видео под названием «Аш-Шабааб» показывает детей.', []],
    ['Видео, снятое в лагере под названием «Халид ибн Валид», показывает детей.', []],
    ['В ролике, выпущенном в воскресенье, выступает мальчик по имени Абдулла.', []],
    ['Канал под названием «Нашир» опубликовал фотографии детей.', []],
  ],
  ar: [
    [
      'نشرت مؤسسة الكتائب يوم الأحد إصدارا مرئيا بعنوان "الطريق إلى الجنة" يظهر فيه أطفال يتدربون.',
      [{ media: 'video', title: 'الطريق إلى الجنة', date: '2021-05-30' }],
    ],
    [
      'وبثت وكالة أعماق صورا بعنوان «حصاد الأجناد» من ولاية غرب إفريقيا.',
      [{ media: 'photo', title: 'حصاد الأجناد' }],
    ],
    [
      'وأصدرت مؤسسة الزلاقة بيانا بعنوان توضيح حول أحداث مورا يوم الجمعة.',
      [{ media: 'statement', title: 'توضيح حول أحداث مورا', date: '2021-05-28' }],
    ],
    [
      'وعرضت قناة المسيرة التابعة للحوثيين مقطعا بعنوان ‘رجال الله’ يظهر أطفالا يحملون السلاح.',
      [{ media: 'video', title: 'رجال الله' }],
    ],
    [
      'ونشر العدد الخامس من مجلة صوت خراسان مقالا يحث الشباب على القتال.',
      [{ media: 'magazine', title: 'صوت خراسان 5' }],
    ],
    [
      'وانتشر نشيد بعنوان "يا أمي لا تبكي" على قنوات تلغرام الموالية لحركة طالبان.',
      [{ media: 'audio', title: 'يا أمي لا تبكي' }],
    ],
    ['وقال المتحدث باسم حركة الشباب إن الفيديو صور في جوبا.', []],
    ['وأظهر فيديو نشرته حركة الشباب الأحد الماضي أطفالا في معسكر تدريب.', []],
    [
      'وبثت جماعة بوكو حرام شريطا مصورا بعنوان «أشبال سمبيسا» يوم الاثنين.',
      [{ media: 'video', title: 'أشبال سمبيسا', date: '2021-05-31' }],
    ],
    [
      'نشرت طالبان مقطعا مصورا بعنوان "فاتحو كابل" يظهر فيه مقاتلون صغار السن.',
      [{ media: 'video', title: 'فاتحو كابل' }],
    ],
    // Second batch.
    [
      'وحمل العدد 23 من مجلة صوت خراسان عنوان "خيانة طالبان".',
      [{ media: 'magazine', title: 'خيانة طالبان' }],
    ],
    [
      'وبثت حركة الشباب إصدارا مرئيا بعنوان عودة الأسود صور في معسكر الشيخ علي.',
      [{ media: 'video', title: 'عودة الأسود' }],
    ],
    [
      'وفي فيديو لوكالة أعماق بعنوان ‘ورثة الخلافة’ يظهر أطفال يعدمون أسرى.',
      [{ media: 'video', title: 'ورثة الخلافة' }],
    ],
    [
      'ونشرت جماعة نصرة الإسلام والمسلمين عبر مؤسسة الزلاقة بيانا بعنوان "رسالة إلى أهل بوركينا".',
      [{ media: 'statement', title: 'رسالة إلى أهل بوركينا' }],
    ],
    [
      'ونشر الحوثيون صورا بعنوان „أبطال الغد“ لأطفال مسلحين في صعدة.',
      [{ media: 'photo', title: 'أبطال الغد' }],
    ],
    ['وقال مسؤول في الأمم المتحدة إن الفيديو صور في غاو.', []],
    ['وأنشد طفل نشيد "أمتي قد لاح فجر" في الفيديو.', [{ media: 'audio', title: 'أمتي قد لاح فجر' }]],
    // Third batch.
    ['ونشرت الحركة فيديو يظهر طفلا يدعى عبد الله في معسكر يسمى الأقصى.', []],
    ['وبث الإصدار على قناة تحمل اسم "أعماق" على تلغرام.', []],
    ['ونشرت مؤسسة الكتائب يوم الأحد فيديو جديدا من معسكر الشيخ علي.', []],
  ],
};

/** Probes the engine does not pass yet: expected failures, so a fix shows as a failing test. */
const OPEN = new Set<string>([
  // A title-case title goes on past "in" only before an article and a capital ("Patience in the Sahel"):
  // "Cubs in Training" stops at "in", which as often opens a place or a month ("in Raqqa", "in May").
  'The Telegram channel posted a series of photos titled Cubs in Training on Saturday.',
  // (rel27 closed the journalist's film and "Patience et victoire": makerNouns, titleConjunctions.)
]);

for (const [lang, probes] of Object.entries(PROBES))
  describe(`${lang} release probes (rel25)`, () => runReleaseProbes(lang, probes, OPEN));
