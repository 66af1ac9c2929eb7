// Mechanisms the rel25 release probes showed, each in sentences of its own: people in the plural before
// a title marker, Russian group names in their cases and in quotes as producers, the group after the
// verb that follows a title, weekdays resolved against the publication date in every language (for
// claims and releases alike), titles that end before a language, a place or a day, and channels of
// an armed group written by its letters.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

// A Tuesday.
const PUBLISHED = '2021-06-01';
const releases = (lang: string, text: string) =>
  extract(text, { lang, published: PUBLISHED }).releases.map((r) => ({
    media: r.media,
    title: r.title,
    producer: r.producer,
    date: r.date,
  }));
const claimDate = (lang: string, text: string) =>
  extract(text, { lang, published: PUBLISHED }).claims[0]?.date;

describe('people in the plural before a title marker', () => {
  it('names the video, not the people (Russian)', () => {
    expect(
      releases('ru', 'Видеозапись джихадистов под названием «Сад верных» разошлась по сети.'),
    ).toMatchObject([{ media: 'video', title: 'Сад верных' }]);
  });
  it('still names the person in the singular', () => {
    expect(releases('ru', 'В видеозаписи говорит джихадист под названием «Абу Умар».')).toEqual([]);
  });
});

describe('Russian group names in their cases and quotes as producers', () => {
  it('gives a declined al-Shabaab by its base name', () => {
    expect(releases('ru', 'Видеозапись аш-Шабаба «Сад верных» разошлась по сети.')).toMatchObject([
      { title: 'Сад верных', producer: 'аш-Шабаб' },
    ]);
  });
  it('finds a hyphenated base name (ан-Нусра) from its case', () => {
    expect(releases('ru', 'Ролик ан-Нусры «Сад верных» разошелся по сети.')).toMatchObject([
      { title: 'Сад верных', producer: 'ан-Нусра' },
    ]);
  });
  it('reads a group in quotes after the owner noun as whose the media is', () => {
    expect(
      releases('ru', 'Видеозапись боевиков «Боко Харам» под названием «Сад верных» разошлась по сети.'),
    ).toMatchObject([{ title: 'Сад верных', producer: 'Боко Харам' }]);
  });
  it('takes the group after the verb that follows the title as producer, not as a title', () => {
    expect(releases('ru', 'Видеозапись «Сад верных» распространила группировка «Боко Харам».')).toEqual([
      { media: 'video', title: 'Сад верных', producer: 'Боко Харам', date: null },
    ]);
  });
  it('keeps a group-like name after a verb of releasing with no group noun before it', () => {
    expect(
      releases('en', 'Al-Hayat released "Cubs of the Caliphate" last year. The video shows boys in a camp.'),
    ).toMatchObject([{ title: 'Cubs of the Caliphate' }]);
  });
});

describe('weekdays against the publication date', () => {
  it('dates releases by a weekday in every language', () => {
    expect(
      releases('fr', 'Samedi, Amaq a mis en ligne une vidéo intitulée « Les fils du désert ».')[0]?.date,
    ).toBe('2021-05-29');
    expect(releases('ru', 'В субботу «Амак» выложил видео «Сыны пустыни».')[0]?.date).toBe('2021-05-29');
    expect(releases('ar', 'ونشرت أعماق يوم السبت فيديو بعنوان "أبناء الصحراء".')[0]?.date).toBe('2021-05-29');
  });
  it('dates claims by a weekday as releases are dated', () => {
    expect(claimDate('fr', 'Samedi, 40 enfants ont été rapatriés du camp.')).toBe('2021-05-29');
    expect(claimDate('ru', 'В субботу из лагеря вернули 40 детей.')).toBe('2021-05-29');
  });
  it('puts a weekday after the publication day in the week before', () => {
    expect(claimDate('en', 'On Thursday 40 children were repatriated from the camp.')).toBe('2021-05-27');
    expect(claimDate('ru', 'В четверг из лагеря вернули 40 детей.')).toBe('2021-05-27');
  });
  it('keeps a weekday said to come', () => {
    expect(claimDate('en', 'Next Thursday 40 children will be repatriated from the camp.')! > PUBLISHED).toBe(
      true,
    );
  });
  it('gives yesterday to the day and a week by its month', () => {
    expect(releases('en', 'Yesterday Amaq posted a video titled "Sons of the Desert".')[0]?.date).toBe(
      '2021-05-31',
    );
    expect(releases('ru', 'На прошлой неделе «Амак» выложил видео «Сыны пустыни».')[0]?.date).toBe('2021-05');
  });
  it('ends a title written without quotes before a day with its preposition or noun', () => {
    expect(
      releases('ru', 'Боевики выложили видеозапись под названием Сыны пустыни в субботу.'),
    ).toMatchObject([{ title: 'Сыны пустыни', date: '2021-05-29' }]);
    expect(releases('ar', 'وبثت الحركة بيانا بعنوان تحذير للغزاة يوم السبت.')).toMatchObject([
      { title: 'تحذير للغزاة', date: '2021-05-29' },
    ]);
  });
});

describe('titles in title case', () => {
  it('end before a small word that opens a language or a place', () => {
    expect(
      releases('en', 'Followers shared the video Sons of the Desert in Arabic and Hausa.'),
    ).toMatchObject([{ title: 'Sons of the Desert' }]);
    expect(releases('en', 'Followers shared the video Sons of the Desert in Mosul and Raqqa.')).toMatchObject(
      [{ title: 'Sons of the Desert' }],
    );
  });
});

describe('channels and photos', () => {
  it('reads channels named by a group’s letters as the group’s, not television', () => {
    expect(
      releases('ru', 'Видеозапись под названием «Сад верных» распространили каналы ИГИЛ.'),
    ).toMatchObject([{ title: 'Сад верных' }]);
  });
  it('reads the Arabic accusative plural of photos as photos', () => {
    expect(releases('ar', 'ونشرت الوكالة صورا بعنوان "أبناء الصحراء".')).toMatchObject([
      { media: 'photo', title: 'أبناء الصحراء' },
    ]);
  });
});

describe('names that are no titles', () => {
  it('drops a group’s own name after a title marker', () => {
    expect(releases('en', 'The clip, titled Boko Haram, shows boys with rifles.')).toEqual([]);
    expect(releases('fr', 'Une vidéo intitulée « Boko Haram » montre des garçons armés.')).toEqual([]);
  });
  it('keeps a term for people the report names the media by', () => {
    expect(releases('en', 'The clip, titled "Cubs of the Caliphate", shows boys with rifles.')).toMatchObject(
      [{ title: 'Cubs of the Caliphate' }],
    );
  });
});

describe('Arabic titles written without quotes', () => {
  it('end before the passive that says where the release was filmed', () => {
    expect(releases('ar', 'وبثت الحركة شريطا بعنوان أبناء الصحراء صورت في الغابة.')).toMatchObject([
      { title: 'أبناء الصحراء' },
    ]);
  });
});
