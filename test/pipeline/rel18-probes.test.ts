// Blind probes for the eighteenth release round, written before checking them: magazine series of the
// field with their issues in four languages (Kybernetiq, Ummah Wahida, al-Masra, One Ummah, Gaidi
// Mtaani, Istok, Dar al-Islam), media owned by people named by a plural noun, and sentences that name
// no release: TV channels by their letters, a common phrase that is also a series' name, a city.
import { describe, it } from 'vitest';
import { checkReleases } from './probe-helpers.ts';

type TitleProbe = [text: string, want: [media: string, title: string][]];

const PROBES: Record<string, TitleProbe[]> = {
  en: [
    [
      'Kybernetiq, the German-language jihadist magazine, ran a guide to encryption.',
      [['magazine', 'Kybernetiq']],
    ],
    ['The sixth issue of Gaidi Mtaani celebrated the Westgate attack.', [['magazine', 'Gaidi Mtaani 6']]],
    ['In its fifth issue, One Ummah called on Muslims in the West to act.', [['magazine', 'One Ummah 5']]],
    [
      'A video of the jihadists "The Road to Victory" appeared on Telegram.',
      [['video', 'The Road to Victory']],
    ],
    ['The interview "Return from Raqqa" was broadcast by the channel ABC.', []],
  ],
  fr: [
    ['Le dixième numéro de Dar al-Islam était consacré à la France.', [['magazine', 'Dar al-Islam 10']]],
    ['Le journal al-Masra, publié par AQPA, a salué l’attentat.', [['magazine', 'al-Masra']]],
    ['Le reportage « Les revenants », diffusé par la chaîne LCI, suit trois familles.', []],
  ],
  ru: [
    ['В пятом номере журнала «Исток» опубликована статья о Кавказе.', [['magazine', 'Исток 5']]],
    ['Ролик джихадистов «Путь к победе» заблокировали в соцсетях.', [['video', 'Путь к победе']]],
    ['Фильм «Возвращение из Ракки» показал телеканал НТВ.', []],
    ['Историк рассказал, как пал Константинополь в 1453 году.', []],
  ],
  ar: [
    ['وخصص العدد الخامس من مجلة أمة واحدة مقالا عن الأسرى.', [['magazine', 'أمة واحدة 5']]],
    ['ونشرت صحيفة المسرى التابعة لتنظيم القاعدة في جزيرة العرب مقالا عن الحرب.', [['magazine', 'المسرى']]],
    ['وقال الشيخ في خطبته إن المسلمين أمة واحدة.', []],
    ['وعرضت قناة الجزيرة تقريرا بعنوان "العائدون".', []],
  ],
};

/** Probes the engine does not pass yet: expected failures, so a fix shows as a failing test. */
const OPEN = new Set<string>([]);

for (const [lang, probes] of Object.entries(PROBES))
  describe(`${lang} release probes (rel18)`, () => {
    for (const [text, want] of probes)
      (OPEN.has(text) ? it.fails : it)(text, () => checkReleases(lang, text, want));
  });
