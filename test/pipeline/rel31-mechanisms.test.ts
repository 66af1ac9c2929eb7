// Release mechanisms of round 31, each with sentences of its own and a counter-case: a quoted title that
// opens with a capitalised preposition, an issue numbered by a cardinal word, an issue "its" series owns
// further on in its clause, a group a television film is about, dates in digits and days written as
// ordinal words.
import { describe, it } from 'vitest';
import { checkReleaseProbe, checkReleases } from './probe-helpers.ts';

describe('a quote opening with a capitalised preposition is a title', () => {
  it('after an issue or a media noun', () => {
    checkReleases('en', 'The seventh issue, "From Hypocrisy to Apostasy", appeared in February 2015.', [
      ['magazine', 'From Hypocrisy to Apostasy'],
    ]);
    checkReleases('en', 'The video "From the Darkness to the Light" shows boys training.', [
      ['video', 'From the Darkness to the Light'],
    ]);
    checkReleases('fr', 'La vidéo « De Raqqa à Paris » montre des enfants.', [['video', 'De Raqqa à Paris']]);
  });
  it('in lower case it still tells whose the media is', () => {
    checkReleases('en', 'A video "of the brothers" was posted.', []);
  });
});

describe('an issue numbered by a cardinal word after its noun', () => {
  it('is the series with its number', () => {
    checkReleases('en', 'Issue thirteen of Dabiq appeared in January 2016.', [['magazine', 'Dabiq 13']]);
    checkReleases('en', 'Dabiq issue four was released in October 2014.', [['magazine', 'Dabiq 4']]);
    checkReleases('fr', 'Le numéro deux de Dar al-Islam est paru en 2015.', [['magazine', 'Dar al-Islam 2']]);
  });
  it('not a number that counts the noun after it', () => {
    checkReleases('en', 'Dabiq said the group would issue three statements.', [['magazine', 'Dabiq']]);
  });
});

describe('an issue its series owns further on in its clause', () => {
  it('takes the number', () => {
    checkReleases('en', "The IS weekly al-Naba ran an editorial on the children's camp in its 250th issue.", [
      ['magazine', 'al-Naba 250'],
    ]);
    checkReleases(
      'fr',
      "L'hebdomadaire al-Naba a consacré un éditorial aux enfants du camp dans son 250e numéro.",
      [['magazine', 'al-Naba 250']],
    );
    checkReleases('ru', 'Еженедельник «Ан-Наба» опубликовал статью о детях лагеря в своём 250-м номере.', [
      ['magazine', 'Ан-Наба 250'],
    ]);
    checkReleases('ar', 'نشرت صحيفة النبأ التابعة للتنظيم مقالا عن أطفال المخيم في عددها 250.', [
      ['magazine', 'النبأ 250'],
    ]);
  });
  it('not past a relative clause, a copula, or another series', () => {
    checkReleases('en', 'Dabiq, which is now in its ninth edition, praised the attack.', [
      ['magazine', 'Dabiq'],
    ]);
    checkReleases('en', 'Dabiq praised the group, which celebrated in its tenth issue.', [
      ['magazine', 'Dabiq'],
    ]);
    checkReleases('ar', 'مجلة دابق التي نشرت مقالا في عددها العاشر.', [['magazine', 'دابق']]);
    checkReleases('ar', 'نشرت مجلة دابق مقالا عن مجلة رومية في عددها العاشر.', [
      ['magazine', 'دابق'],
      ['magazine', 'رومية 10'],
    ]);
  });
});

describe('a group a film is about is not its owner', () => {
  it('television and journalists keep their films', () => {
    checkReleases('ru', 'Телеканал «Россия 24» показал фильм «Дети ИГИЛ» о детях боевиков.', []);
    checkReleases('ar', 'عرضت قناة العربية فيلما وثائقيا بعنوان "أشبال البغدادي" عن أطفال داعش.', []);
    checkReleases(
      'en',
      'The BBC aired a documentary titled "Sons of the Caliphate" about children of ISIS.',
      [],
    );
    checkReleases(
      'fr',
      'La chaîne Arte a diffusé un film intitulé « Les fils du califat » sur les enfants de Daech.',
      [],
    );
  });
  it('a group that released it still owns it', () => {
    checkReleases('en', 'ISIS released a documentary titled "Sons of the Caliphate" about its cubs.', [
      ['video', 'Sons of the Caliphate'],
    ]);
    checkReleases('ru', 'Боевики выпустили фильм «Дети ИГИЛ» о детях.', [['video', 'Дети ИГИЛ']]);
  });
});

describe('a date written in digits', () => {
  it('is read day first, or month first when only that fits', () => {
    checkReleaseProbe('en', 'The video "Guardians of the Quran" was posted on 14/05/2021.', [
      { media: 'video', title: 'Guardians of the Quran', date: '2021-05-14' },
    ]);
    checkReleaseProbe('en', 'The video "Guardians of the Quran" was posted on 05/14/2021.', [
      { media: 'video', title: 'Guardians of the Quran', date: '2021-05-14' },
    ]);
    checkReleaseProbe('ru', 'Фонд «Аль-Катаиб» выпустил 10.02.2019 видео «Завоевание».', [
      { media: 'video', title: 'Завоевание', date: '2019-02-10' },
    ]);
    checkReleaseProbe('ar', 'نشر التنظيم صورا بعنوان "معسكر الأشبال" بتاريخ 2021-03-21.', [
      { media: 'photo', title: 'معسكر الأشبال', date: '2021-03-21' },
    ]);
  });
  it('not a number with dots that is no calendar day', () => {
    checkReleaseProbe('en', 'The video "Guardians of the Quran" was posted in 2019 on 45.13.2019.', [
      { media: 'video', title: 'Guardians of the Quran', date: '2019' },
    ]);
  });
});

describe('a day written as an ordinal word before its month', () => {
  it('gives the day', () => {
    checkReleaseProbe('ar', 'بثت قناة المسيرة في الحادي والعشرين من آذار فيلما بعنوان "جيل القرآن".', [
      { media: 'video', title: 'جيل القرآن', date: '2021-03-21' },
    ]);
    checkReleaseProbe(
      'ar',
      'نشرت مؤسسة الحياة إصدارا مرئيا بعنوان "أشبال الخلافة" في الثاني عشر من كانون الأول 2015.',
      [{ media: 'video', title: 'أشبال الخلافة', date: '2015-12-12' }],
    );
    checkReleaseProbe(
      'en',
      'Amaq released a video titled "Sons of the Caliphate" on the 21st of March 2016.',
      [{ media: 'video', title: 'Sons of the Caliphate', date: '2016-03-21' }],
    );
    checkReleaseProbe('ru', 'Фонд «Аль-Фуркан» выпустил видео «Обещание Аллаха» двадцать третьего марта.', [
      { media: 'video', title: 'Обещание Аллаха', date: '2021-03-23' },
    ]);
    checkReleaseProbe('fr', 'Amaq a diffusé la vidéo « Les fils du califat » le premier mars.', [
      { media: 'video', title: 'Les fils du califat', date: '2021-03-01' },
    ]);
  });
  it('a week of the month gives the month', () => {
    checkReleaseProbe(
      'ar',
      'نشرت مؤسسة الحياة إصدارا مرئيا بعنوان "أشبال الخلافة" في الأسبوع الثاني من آذار.',
      [{ media: 'video', title: 'أشبال الخلافة', date: '2021-03' }],
    );
    checkReleaseProbe(
      'en',
      'Amaq released a video titled "Sons of the Caliphate" in the second week of March.',
      [{ media: 'video', title: 'Sons of the Caliphate', date: '2021-03' }],
    );
  });
});
