// Release mechanisms of round 34, each with sentences of its own and a counter-case: a bare title opened
// by an address ("O", "Ô", "О мусульмане", "يا") that goes on past the comma closing the address, and a
// part of a series (an article) that came out in an issue named after it ("a Dabiq article, published
// in issue 4": Dabiq 4).
import { describe, it } from 'vitest';
import { checkReleases } from './probe-helpers.ts';

describe('a bare title opened by an address', () => {
  it('goes on past the comma that closes the address', () => {
    checkReleases(
      'en',
      'Al-Furqan released an audio message entitled O Our People, Respond to the Caller of Allah on 22 April 2019.',
      [['audio', 'O Our People, Respond to the Caller of Allah']],
    );
    checkReleases(
      'en',
      'A video entitled O Muslims, Migrate to the Land of Khilafah was posted by Wilayat Raqqa.',
      [['video', 'O Muslims, Migrate to the Land of Khilafah']],
    );
    checkReleases(
      'fr',
      "Un nachid intitulé Ô soldats de l'État, tenez bon a été diffusé en russe par Furat.",
      [['audio', "Ô soldats de l'État, tenez bon"]],
    );
    checkReleases(
      'fr',
      'Une vidéo intitulée Ô musulmans, émigrez vers la terre du califat, publiée en 2015, montre des enfants.',
      [['video', 'Ô musulmans, émigrez vers la terre du califat']],
    );
    checkReleases('ru', 'Видео под названием О мусульмане, вставайте на джихад вышло в 2016 году.', [
      ['video', 'О мусульмане, вставайте на джихад'],
    ]);
    checkReleases('ru', 'Нашид под названием О братья, держитесь выпустил медиацентр «Фурат».', [
      ['audio', 'О братья, держитесь'],
    ]);
    checkReleases('ar', 'ونشرت مؤسسة الفرقان كلمة صوتية بعنوان يا قومنا، أجيبوا داعي الله في نيسان 2019.', [
      ['audio', 'يا قومنا، أجيبوا داعي الله'],
    ]);
  });
  it('ends at the comma before a stop word, a name, people or a conjunction', () => {
    checkReleases('en', 'A nasheed called O Mujahid, released in 2015, urged boys to fight.', [
      ['audio', 'O Mujahid'],
    ]);
    checkReleases('en', 'In a video titled O Lions, Abu Omar threatens France.', [['video', 'O Lions']]);
    checkReleases('en', 'In a video titled O Lions, Raqqa is shown in ruins.', [['video', 'O Lions']]);
    checkReleases('fr', 'Dans la vidéo intitulée Ô lions, Abou Omar menace la France.', [
      ['video', 'Ô lions'],
    ]);
    checkReleases('fr', 'Dans la vidéo intitulée Ô lions, des enfants menacent la France.', [
      ['video', 'Ô lions'],
    ]);
    checkReleases('fr', 'Le nachid intitulé Ô jeunes du Khorasan, montrant des enfants, a été diffusé.', [
      ['audio', 'Ô jeunes du Khorasan'],
    ]);
    checkReleases('ru', 'В ролике под названием О воины, Абу Умар угрожает России.', [['video', 'О воины']]);
    checkReleases(
      'ar',
      'ونشرت مؤسسة الفرقان كلمة صوتية بعنوان يا جنود الخلافة، وظهر فيها المتحدث باسم التنظيم.',
      [['audio', 'يا جنود الخلافة']],
    );
  });
  it('not a title that opens with no address', () => {
    // Russian "О" is also "about": only the address with its noun is one.
    checkReleases('ru', 'Видео под названием О войне, снятое в Ракке, показывает детей.', [
      ['video', 'О войне'],
    ]);
    checkReleases('en', 'A video called Omar, Lion of Raqqa was posted in 2016.', [['video', 'Omar']]);
  });
});

describe('a part of a series that came out in an issue named after it', () => {
  it('gives the issue to the series', () => {
    checkReleases(
      'en',
      'A Dabiq article on slavery, published in issue 4, argued that Yazidi captives could be sold.',
      [['magazine', 'Dabiq 4']],
    );
    checkReleases('en', 'An editorial in Rumiyah that appeared in its third issue urged attacks.', [
      ['magazine', 'Rumiyah 3'],
    ]);
    checkReleases('fr', "Dans un article de Dabiq paru dans le numéro 7, l'EI justifie l'esclavage.", [
      ['magazine', 'Dabiq 7'],
    ]);
    checkReleases('fr', "Un article de Dabiq publié dans son numéro 15 s'en prend aux chrétiens.", [
      ['magazine', 'Dabiq 15'],
    ]);
    checkReleases(
      'ru',
      'В статье журнала Dabiq, опубликованной в четвертом номере, ИГ оправдывает рабство.',
      [['magazine', 'Dabiq 4']],
    );
    checkReleases('ru', 'Статья «Дабика», вышедшая в 15-м номере, направлена против христиан.', [
      ['magazine', 'Дабик 15'],
    ]);
  });
  it('not an issue of another series, nor one with no part of the series before it', () => {
    checkReleases('en', 'A Dabiq article quoted a speech published in issue 3 of Inspire.', [
      ['magazine', 'Dabiq'],
      ['magazine', 'Inspire 3'],
    ]);
    checkReleases('en', 'The Dabiq article on slavery was later quoted in Rumiyah issue 2.', [
      ['magazine', 'Dabiq'],
      ['magazine', 'Rumiyah 2'],
    ]);
  });
});

describe('a part of an issue between the series and the issue', () => {
  it('gives the issue to the series', () => {
    checkReleases('en', 'The weekly al-Naba devoted its editorial in issue 300 to Africa.', [
      ['magazine', 'al-Naba 300'],
    ]);
    checkReleases('en', 'Dabiq carried an article in issue 7 on the Paris attacks.', [
      ['magazine', 'Dabiq 7'],
    ]);
    checkReleases('fr', "L'hebdomadaire al-Naba a consacré son éditorial du numéro 300 à l'Afrique.", [
      ['magazine', 'al-Naba 300'],
    ]);
    checkReleases('ru', 'Еженедельник «ан-Наба» посвятил передовицу 300-го номера Африке.', [
      ['magazine', 'ан-Наба 300'],
    ]);
  });
  it('not an issue of another series named after it, nor a part in another clause', () => {
    checkReleases('en', 'Dabiq quoted an article in issue 3 of Inspire.', [
      ['magazine', 'Dabiq'],
      ['magazine', 'Inspire 3'],
    ]);
    checkReleases('fr', "Dabiq cite un article du numéro 3 d'Inspire.", [
      ['magazine', 'Dabiq'],
      ['magazine', 'Inspire 3'],
    ]);
    checkReleases('ru', 'Журнал Dabiq процитировал статью из третьего номера Inspire.', [
      ['magazine', 'Dabiq'],
      ['magazine', 'Inspire 3'],
    ]);
    checkReleases('en', 'Dabiq praised the attackers, and a report in issue 7 named them.', [
      ['magazine', 'Dabiq'],
    ]);
  });
});

describe('a name right after a noun of a channel, a camp or a person', () => {
  it('is no series nor a title set off before a media noun', () => {
    checkReleases('en', 'On the Telegram channel Voice of Khorasan, an infographic appeared.', []);
    checkReleases(
      'en',
      'On the Telegram channel Voice of Khorasan, an infographic titled "Harvest of the Month" appeared.',
      [['photo', 'Harvest of the Month']],
    );
    checkReleases('ru', 'В Telegram-канале «Голос Хорасана» появилась инфографика «Итоги месяца».', [
      ['photo', 'Итоги месяца'],
    ]);
  });
  it('but the series after a word for a periodical, and a title set off after a name, stay', () => {
    checkReleases('ru', 'В 15-м номере журнала «Голос Хорасана» ИГ-Х призвало к нападениям в России.', [
      ['magazine', 'Голос Хорасана 15'],
    ]);
    checkReleases('ar', 'وصدر العدد 15 من مجلة صوت خراسان.', [['magazine', 'صوت خراسان 15']]);
    checkReleases('en', 'The magazine Voice of Khorasan appeared on a Telegram channel in 2022.', [
      ['magazine', 'Voice of Khorasan'],
    ]);
    checkReleases('en', 'Another film, The Best Ummah, shows boys training.', [['video', 'The Best Ummah']]);
  });
});

describe('a title after a part noun and the magazine it is in', () => {
  it("is the part's, not a release", () => {
    checkReleases('en', 'An article in the magazine Rumiyah titled "Just Terror" urged truck attacks.', [
      ['magazine', 'Rumiyah'],
    ]);
    checkReleases(
      'fr',
      'Dans un article du magazine Rumiyah intitulé « La terreur juste », l’EI appelle aux attaques au camion.',
      [['magazine', 'Rumiyah']],
    );
    checkReleases(
      'ru',
      'В статье журнала Rumiyah под названием «Справедливый террор» ИГ призывает к наездам.',
      [['magazine', 'Rumiyah']],
    );
    checkReleases('ar', 'وفي مقال في مجلة رومية بعنوان "الإرهاب العادل" دعا التنظيم إلى الدهس.', [
      ['magazine', 'رومية'],
    ]);
    checkReleases('ar', 'وفي مقال نشرته مجلة رومية بعنوان "الإرهاب العادل" دعا التنظيم إلى الدهس.', [
      ['magazine', 'رومية'],
    ]);
  });
  it("is the issue's when an issue is named, or no part", () => {
    checkReleases('en', 'An issue of the magazine Rumiyah titled "Just Terror" urged truck attacks.', [
      ['magazine', 'Just Terror'],
    ]);
    checkReleases('ar', 'وصدر عدد من مجلة رومية بعنوان "الإرهاب العادل".', [['magazine', 'الإرهاب العادل']]);
    checkReleases(
      'ru',
      'В новом выпуске журнала Rumiyah под названием «Время львов» боевики призывают к атакам.',
      [['magazine', 'Время львов']],
    );
  });
});

describe('a Russian participle of filming or recording before an outlet', () => {
  it('makes the outlet the producer, and the title stays', () => {
    checkReleases('ru', 'Фильм «Пламя войны» снят «Аль-Хаятом» в 2014 году.', [['video', 'Пламя войны']]);
    checkReleases('ru', 'Нашид «Мы идем» записан медиацентром «Фурат» в 2015 году.', [['audio', 'Мы идем']]);
    checkReleases('ru', 'Нашид «Мы идем» записан в 2015 году.', [['audio', 'Мы идем']]);
  });
  it('not a place the video was filmed in', () => {
    checkReleases('ru', 'Ролик, снятый в Ракке, показывает детей.', []);
  });
});
