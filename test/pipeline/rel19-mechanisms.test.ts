// Mechanisms of the nineteenth release round, in sentences written for the test: an outlet named as
// producer in a Russian case is given in its own name (by its case forms, or by a gazetteer stem and
// a short ending, word by word); a bare title after its marker keeps a later quote from the marker (the
// quote is its producer); a group or an outlet named between a media noun and a quote owns the media,
// and the quote is its title; in Arabic, a channel named after "قناة" is television unless it is a
// group's outlet or a social network's; a media an institution (the UN, a ministry) issues is no
// release; al-Masirah is the Houthis' outlet and their zamil (chant) an audio release; a group right
// before its media noun ("a Boko Haram clip") is its producer.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

const all = (lang: string, text: string) =>
  extract(text, { lang, published: '2021-06-01' }).releases.filter((r) => r.title !== null);
const releases = (lang: string, text: string): Array<[string, string | null]> =>
  all(lang, text).map((r) => [r.media, r.title]);
const producer = (lang: string, text: string) => all(lang, text)[0]?.producer;

describe('an outlet in a Russian case as producer', () => {
  it('is given by its own name through its case forms', () => {
    expect(producer('ru', 'Клип «Дорога домой» распространён «Аль-Хаятом» весной.')).toBe('Аль-Хаят');
    expect(producer('ru', 'Видеообращение «Дорога домой» появилось на канале «Аль-Фуркана».')).toBe(
      'Аль-Фуркан',
    );
  });
  it('is given by its stem when the gazetteer names it so, word by word', () => {
    expect(producer('ru', 'Клип «Дорога домой» был выпущен «Амаком» вчера.')).toBe('Амак');
    expect(producer('ru', 'Клип «Дорога домой» был выпущен «Аль-Урвой аль-Вуска».')).toBe(
      'Аль-Урва аль-Вуска',
    );
  });
  it('is left as written in its own case, and a noun before it stays', () => {
    expect(producer('ru', 'Клип «Дорога домой» выпустил «аль-Хайят».')).toBe('аль-Хайят');
    expect(producer('ru', 'Клип «Дорога домой» выпустил медиацентр «Аль-Хаят».')).toBe(
      'медиацентр «Аль-Хаят»',
    );
  });
  it('leaves Latin names as the report writes them', () => {
    expect(producer('en', 'The clip "Road Home" was produced by al Hayat.')).toBe('al Hayat');
  });
});

describe('a bare title after its marker', () => {
  it('leaves a quote after its verb of releasing to the producer', () => {
    expect(releases('ru', 'Клип под названием Дорога домой выпустил «Амак».')).toEqual([
      ['video', 'Дорога домой'],
    ]);
    expect(producer('ru', 'Клип под названием Дорога домой выпустил «Амак».')).toBe('Амак');
  });
});

describe('a named owner between a media noun and its quoted title', () => {
  it('owns the media in Russian, quoted and in its case', () => {
    expect(releases('ru', 'На видео «Амака» «Дорога домой» мальчики стреляют.')).toEqual([
      ['video', 'Дорога домой'],
    ]);
    expect(releases('ru', 'В клипе «Исламского государства» «Дорога домой» заняты дети.')).toEqual([
      ['video', 'Дорога домой'],
    ]);
  });
  it('owns the media after a possessor and an article (fr, en, ar)', () => {
    expect(releases('fr', 'Le clip d’Amaq « Le chemin du retour » montre des garçons.')).toEqual([
      ['video', 'Le chemin du retour'],
    ]);
    expect(releases('fr', 'Un clip de l’État islamique « Le chemin du retour » montre des garçons.')).toEqual(
      [['video', 'Le chemin du retour']],
    );
    expect(releases('en', 'A clip by "Amaq", "The Road Home", shows boys shooting.')).toEqual([
      ['video', 'The Road Home'],
    ]);
    expect(releases('ar', 'وظهر في شريط لوكالة "أعماق" "طريق العودة" صبية يطلقون النار.')).toEqual([
      ['video', 'طريق العودة'],
    ]);
  });
  it('does not make a group named in the second quote a title', () => {
    expect(releases('ru', 'На видео «Амака» «Исламское государство» не упоминается.')).toEqual([]);
  });
});

describe('an Arabic channel by its name', () => {
  it('is television: its films and reports are no releases', () => {
    expect(releases('ar', 'وعرضت قناة الرابعة شريطا بعنوان "طريق العودة".')).toEqual([]);
    expect(releases('ar', 'وبثت قناة دجلة فيديو بعنوان "طريق العودة" عن العائدين.')).toEqual([]);
  });
  it('is no TV channel on a social network, nor the Suez canal', () => {
    expect(releases('ar', 'ونشرت قناة ناشر على تلغرام فيديو بعنوان "طريق العودة".')).toEqual([
      ['video', 'طريق العودة'],
    ]);
    expect(releases('ar', 'ونشر التنظيم شريطا بعنوان "طريق العودة" صور قرب قناة السويس.')).toEqual([
      ['video', 'طريق العودة'],
    ]);
  });
  it('is a group outlet when the gazetteer knows it (al-Masirah), or a group owns it', () => {
    expect(releases('ar', 'وبثت قناة المسيرة شريطا بعنوان "طريق العودة".')).toEqual([
      ['video', 'طريق العودة'],
    ]);
    expect(releases('ar', 'وبثت قناة تابعة لتنظيم داعش شريطا بعنوان "طريق العودة".')).toEqual([
      ['video', 'طريق العودة'],
    ]);
  });
});

describe('al-Masirah', () => {
  it('is an outlet, no title, and the producer in Russian', () => {
    expect(releases('ru', 'Ролик «Аль-Масиры» показали в новостях.')).toEqual([]);
    expect(producer('ru', 'Клип «Дорога домой» показала «Аль-Масира».')).toBe('Аль-Масира');
  });
});

describe('a media an institution issues', () => {
  it('is no release in the four languages', () => {
    expect(releases('en', 'The UN released a video titled "Not a Target" on Monday.')).toEqual([]);
    expect(releases('fr', 'Le ministère a diffusé un communiqué intitulé « Rentrer chez soi ».')).toEqual([]);
    expect(releases('ru', 'ЮНИСЕФ распространил заявление под названием «Дорога домой».')).toEqual([]);
    expect(releases('ar', 'ونشرت الأمم المتحدة بيانا بعنوان "طريق العودة".')).toEqual([]);
  });
  it('stays a release when a group owns it too', () => {
    expect(releases('en', 'The ministry said IS released a video titled "The Road Home".')).toEqual([
      ['video', 'The Road Home'],
    ]);
    expect(releases('ar', 'وقالت الوزارة إن التنظيم نشر فيديو بعنوان "طريق العودة".')).toEqual([
      ['video', 'طريق العودة'],
    ]);
  });
});

describe("the Houthis' zamil", () => {
  it('is an audio release in the four languages', () => {
    expect(releases('en', 'A zamil titled "The Road Home" was sung by boys.')).toEqual([
      ['audio', 'The Road Home'],
    ]);
    expect(releases('fr', 'Un zamil intitulé « Le chemin du retour » circule.')).toEqual([
      ['audio', 'Le chemin du retour'],
    ]);
    expect(releases('ru', 'Замиль «Дорога домой» исполняют мальчики.')).toEqual([['audio', 'Дорога домой']]);
    expect(releases('ar', 'ونشر الحوثيون زاملا بعنوان "طريق العودة".')).toEqual([['audio', 'طريق العودة']]);
  });
});

describe('a group right before its media noun', () => {
  it('is the producer when no outlet nor verb names one', () => {
    expect(producer('en', 'A Boko Haram clip, "The Road Home", shows boys with rifles.')).toBe('Boko Haram');
    expect(producer('en', 'ISWAP’s latest clip, The Road Home, was shared on Sunday.')).toBe('ISWAP');
  });
  it('is not when other words stand between', () => {
    expect(producer('en', 'Leaders of Boko Haram and the clip "The Road Home" were discussed.')).toBeNull();
  });
});
