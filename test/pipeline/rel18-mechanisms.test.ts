// Mechanisms of the eighteenth release round, in sentences written for the test: magazine series of
// the field that were missing (Kybernetiq, Ummah Wahida, al-Masra, Khurasan Ghag, One Ummah,
// Konstantinopol) are read with their issue numbers in the four languages; a word for a periodical
// right beside a series ("AQAP's newspaper al-Masra") names it as the series; a plural of people
// after a media noun ("видео боевиков «X»") owns the release and the quote after it is its title; a
// TV channel known by its letters ("канал НТВ", "la chaîne BFMTV") is television, not a release.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const releases = (lang: string, text: string): Array<[string, string | null]> =>
  extract(text, { lang, published: '2021-06-01' })
    .releases.filter((r) => r.title !== null)
    .map((r) => [r.media, r.title]);

describe('magazine series of the field', () => {
  it('are read with their issue number in English', () => {
    expect(releases('en', 'The second issue of Kybernetiq explained how to hide a phone.')).toEqual([
      ['magazine', 'Kybernetiq 2'],
    ]);
    expect(releases('en', 'Issue 9 of Ummah Wahida praised the fighters in Idlib.')).toEqual([
      ['magazine', 'Ummah Wahida 9'],
    ]);
    expect(releases('en', 'The third issue of One Ummah urged Muslims to rise.')).toEqual([
      ['magazine', 'One Ummah 3'],
    ]);
    expect(releases('en', 'The first issue of Konstantinopol came out in Russian.')).toEqual([
      ['magazine', 'Konstantinopol 1'],
    ]);
    expect(releases('en', 'A Pashto magazine, Khurasan Ghag, attacked the Taliban.')).toEqual([
      ['magazine', 'Khurasan Ghag'],
    ]);
  });
  it('in French, Russian and Arabic', () => {
    expect(releases('fr', 'Le numéro 4 de Kybernetiq conseillait de chiffrer les messages.')).toEqual([
      ['magazine', 'Kybernetiq 4'],
    ]);
    expect(releases('ru', 'В третьем номере журнала «Константинополь» опубликован призыв.')).toEqual([
      ['magazine', 'Константинополь 3'],
    ]);
    expect(releases('ar', 'وتضمن العدد الثالث من مجلة أمة واحدة مقالا عن السجون.')).toEqual([
      ['magazine', 'أمة واحدة 3'],
    ]);
    expect(releases('ar', 'وفي العدد العاشر من صحيفة المسرى دعوة إلى القتال.')).toEqual([
      ['magazine', 'المسرى 10'],
    ]);
  });
  it('not when the name is a common word or a place', () => {
    expect(releases('en', 'We are one ummah, the imam told the worshippers.')).toEqual([]);
    expect(releases('ar', 'وقال الإمام إن المسلمين أمة واحدة.')).toEqual([]);
    expect(releases('ru', 'Город Константинополь пал в 1453 году.')).toEqual([]);
  });
});

describe('a word for a periodical right beside a series', () => {
  it('names it as the series', () => {
    expect(releases('en', "AQAP's newspaper al-Masra hailed the raid.")).toEqual([['magazine', 'al-Masra']]);
    expect(releases('en', 'The al-Masra weekly hailed the raid.')).toEqual([['magazine', 'al-Masra']]);
    expect(releases('fr', 'Le journal al-Masra a salué le raid.')).toEqual([['magazine', 'al-Masra']]);
  });
  it('not for a name that is also a common word', () => {
    expect(releases('ru', 'Районная газета Исток написала о выборах.')).toEqual([]);
  });
});

describe('a plural of people after a media noun', () => {
  it('owns the release, and the quote after it is the title', () => {
    expect(releases('ru', 'Видео боевиков «Огонь пустыни» разошлось по сети.')).toEqual([
      ['video', 'Огонь пустыни'],
    ]);
    expect(releases('ru', 'Ролик джихадистов «Дорога в рай» удалили с платформы.')).toEqual([
      ['video', 'Дорога в рай'],
    ]);
    expect(releases('ru', 'Видео террористов ИГ «Сыны халифата» разошлось по сети.')).toEqual([
      ['video', 'Сыны халифата'],
    ]);
    expect(releases('en', 'A video of the militants "Fire of the Desert" was taken down.')).toEqual([
      ['video', 'Fire of the Desert'],
    ]);
    expect(releases('fr', 'Une vidéo des djihadistes « Le feu du désert » a été retirée.')).toEqual([
      ['video', 'Le feu du désert'],
    ]);
  });
  it('not when the quote names their group', () => {
    expect(releases('ru', 'Видео боевиков «Исламского государства» разошлось по сети.')).toEqual([]);
    expect(releases('ru', 'Ролик террористов «ИГИЛ» удалили с платформы.')).toEqual([]);
  });
  it('not when the quote is the alias of one person', () => {
    expect(releases('en', 'A video of the fighter "Jihadi John" was taken down.')).toEqual([]);
  });
});

describe('a TV channel known by its letters', () => {
  it('shows television, not a release', () => {
    expect(releases('ru', 'Сюжет «Вдовы халифата» показал канал НТВ.')).toEqual([]);
    expect(releases('ru', 'На канале РЕН ТВ вышел фильм «Чужие дети».')).toEqual([]);
    expect(releases('fr', 'La vidéo « Retour de Syrie » a été diffusée par la chaîne BFMTV.')).toEqual([]);
    expect(releases('en', 'The film "Home from Syria" was aired by the channel CNN.')).toEqual([]);
    expect(releases('ar', 'وبثت قناة الجزيرة فيلما بعنوان "العودة من سوريا".')).toEqual([]);
  });
  it('unless a group or an outlet owns the media it shows', () => {
    expect(releases('ru', 'Ролик «Сыны пустыни», выпущенный «Ас-Сахабом», показал канал НТВ.')).toEqual([
      ['video', 'Сыны пустыни'],
    ]);
    expect(
      releases('fr', 'La vidéo de propagande « Les lions » a été diffusée par la chaîne BFMTV.'),
    ).toEqual([['video', 'Les lions']]);
  });
  it('not a channel in Telegram named otherwise', () => {
    expect(releases('ru', 'Видео «Зов» опубликовал канал боевиков в Telegram.')).toEqual([['video', 'Зов']]);
  });
});
