// Mechanisms of the seventeenth release round, in sentences written for the test: a media word
// inside a quoted title is not the media of the marker that introduces it (the noun after the title
// is); a bare title ends before a verb of releasing or of what the release does (Russian, Arabic); an
// issue number after a series, its noun and one verb ("al-Naba devoted issue 250"); a plain song is
// a release only when a group, an outlet or a propaganda word belongs to it; words written or read on
// a media ("reads", "the words", "словами", "بعبارة") quote its content, not its title; a proper name
// after "by" or "of" needs no "called", so the quote after the marker is the media's; an attribution
// set off by its comma ("Selon Le Figaro,") is not the source of a release named after it; a Russian
// outlet is known in its cases ("видео «Ас-Сахаба»"); a magazine that publishes what only the press
// publishes (a reportage, an investigation) is a news outlet.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const releases = (lang: string, text: string): Array<[string, string | null]> =>
  extract(text, { lang, published: '2021-06-01' })
    .releases.filter((r) => r.title !== null)
    .map((r) => [r.media, r.title]);

describe('a title fronted before its media noun, with a media word inside it', () => {
  it('takes its media from the noun after the title, not from the word in it', () => {
    expect(releases('en', 'Titled “Message from the Front”, the film shows boys in a trench.')).toEqual([
      ['video', 'Message from the Front'],
    ]);
    expect(releases('fr', 'Intitulé « Lettre aux frères », le nashid a circulé sur Telegram.')).toEqual([
      ['audio', 'Lettre aux frères'],
    ]);
  });
  it('keeps a statement titled so after its own noun', () => {
    expect(releases('en', 'The group issued a statement titled “Message to the Nation”.')).toEqual([
      ['statement', 'Message to the Nation'],
    ]);
  });
});

describe('a bare title after its marker ends before a verb', () => {
  it('of releasing, in Russian', () => {
    expect(releases('ru', 'Фильм под названием Сыны пустыни выпустили весной.')).toEqual([
      ['video', 'Сыны пустыни'],
    ]);
    expect(releases('ru', 'Видео под названием Дорога чести призывает к джихаду.')).toEqual([
      ['video', 'Дорога чести'],
    ]);
  });
  it('of what the release does, in Arabic', () => {
    expect(releases('ar', 'ونشرت الجماعة شريطا مصورا بعنوان فرسان الجبل يدعو الشباب إلى القتال.')).toEqual([
      ['video', 'فرسان الجبل'],
    ]);
  });
});

describe('an issue number after its series, the series noun and one verb', () => {
  it('is the issue of that series', () => {
    expect(releases('en', 'The al-Naba newsletter dedicated issue 301 to the prisons.')).toEqual([
      ['magazine', 'al-Naba 301'],
    ]);
  });
  it('not when the issue is of another series named after it', () => {
    expect(releases('en', 'Dabiq reprinted issue 4 of Inspire.').sort()).toEqual([
      ['magazine', 'Dabiq'],
      ['magazine', 'Inspire 4'],
    ]);
  });
  it('not after a conjunction', () => {
    expect(releases('en', 'Dabiq and issue 2 of Rumiyah praised the attack.').sort()).toEqual([
      ['magazine', 'Dabiq'],
      ['magazine', 'Rumiyah 2'],
    ]);
  });
});

describe('a plain song', () => {
  it('with nothing of a group in its sentence is no release', () => {
    expect(releases('en', 'The choir sang the song “Morning Has Broken” at the service.')).toEqual([]);
    expect(releases('fr', 'La chanson « Douce France » passait à la radio.')).toEqual([]);
    expect(releases('ru', 'Песня «Подмосковные вечера» прозвучала на концерте.')).toEqual([]);
  });
  it('with a propaganda word or an outlet tied to it is a release', () => {
    expect(releases('en', 'A jihadist song called “The Long Road” spread on Telegram.')).toEqual([
      ['audio', 'The Long Road'],
    ]);
    expect(releases('ru', 'Песня ИГИЛ «Зов джихада» распространялась в сети.')).toEqual([
      ['audio', 'Зов джихада'],
    ]);
  });
});

describe('words written or read on a media before a quote', () => {
  it('quote what it carries, not its title', () => {
    expect(releases('en', 'The banner in the video reads “Victory is near”.')).toEqual([]);
    expect(releases('fr', 'La vidéo se termine sur les mots « Nous reviendrons ».')).toEqual([]);
    expect(releases('ru', 'Ролик завершается словами «Мы придем за вами».')).toEqual([]);
    expect(releases('ar', 'وختم التسجيل بعبارة "إنا قادمون".')).toEqual([]);
  });
});

describe('a quoted title after a marker past a possessor', () => {
  it('belongs to the media when a proper name stands after the possessor', () => {
    expect(releases('en', 'Al-Furqan issued a speech by Abu Hamza al-Qurashi called “Stand Firm”.')).toEqual([
      ['audio', 'Stand Firm'],
    ]);
  });
  it('names the person when a common noun stands there', () => {
    expect(releases('en', 'The video of a fighter called “Abu Talha” was shared widely.')).toEqual([]);
  });
});

describe('an attribution set off by its comma', () => {
  it('is not the source of a release named after it', () => {
    expect(releases('fr', 'Selon Libération, le magazine Rumiyah visait les policiers.')).toEqual([
      ['magazine', 'Rumiyah'],
    ]);
  });
  it('still makes the newspaper it names a source', () => {
    expect(releases('fr', 'Selon le journal Le Parisien, 12 femmes sont rentrées.')).toEqual([]);
  });
});

describe('a Russian outlet in an oblique case', () => {
  it('is the outlet, not a title', () => {
    expect(releases('ru', 'В видео «Ас-Сахаба» выступает проповедник.')).toEqual([]);
    expect(releases('ru', 'Кадры «Аль-Хаята» облетели весь мир.')).toEqual([]);
  });
});

describe('a magazine followed by a verb and a genre of the press', () => {
  it('is a news outlet', () => {
    expect(releases('ru', 'Журнал «Вокруг света» опубликовал расследование о вербовке.')).toEqual([]);
    expect(releases('fr', 'Le magazine « Le Point » a publié un reportage sur les camps.')).toEqual([]);
  });
  it('not when it runs an interview or a report, as propaganda magazines do', () => {
    expect(releases('en', 'The magazine “Sons of the Desert” ran an interview with a fighter.')).toEqual([
      ['magazine', 'Sons of the Desert'],
    ]);
  });
});
