// Blind probes for a claim's `source`: who the text attributes the count to, in its own words, or
// null when the report states the count itself (GUIDELINES.md). Speakers attributed in varied ways
// in four languages; sentences whose speaker is none; and attributions that must not yield a
// fragment (a date, a preposition glued to a name, the counted phrase).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

/** A sentence, a word the source must contain (null: no source), and words it must not contain. */
type Probe = [text: string, speaker: string | null, notIn?: string[]];

function check(lang: string, [text, speaker, notIn]: Probe): void {
  const claims = extract(text, { lang, published: '2019-06-01' }).claims.filter(
    (c) => c.qualifier !== 'vague',
  );
  expect(claims.length).toBeGreaterThan(0);
  const source = claims[0]!.source;
  if (speaker === null) expect(source).toBeNull();
  else {
    expect(source?.toLowerCase() ?? '').toContain(speaker.toLowerCase());
    for (const w of notIn ?? []) expect(source?.toLowerCase() ?? '').not.toContain(w.toLowerCase());
  }
}

const PROBES: Record<string, Probe[]> = {
  en: [
    ['According to UNICEF, 340 children remain in the camp at al-Hol.', 'UNICEF'],
    [
      'In May, the interior ministry said 112 Kazakh women had returned from Syria.',
      'interior ministry',
      ['in may'],
    ],
    ['About 90 fighters were killed in the raid, a report by Human Rights Watch said.', 'Human Rights Watch'],
    [
      'Some 45 Tajik children were repatriated, Reuters reported, quoting a foreign ministry official.',
      'Reuters',
    ],
    ['At least 60 Uzbek women are held in Iraqi prisons.', null],
    ['Between 2014 and 2016, 850 Kyrgyz citizens joined IS in Syria.', null],
    [
      'Officials from the State Security Committee told reporters that 27 Kyrgyz fighters had been detained.',
      'State Security Committee',
    ],
    ['The ministry, in May, reported that 61 children had been repatriated.', 'ministry', ['may']],
    ['Officials, last year, said 61 Kazakh children had been repatriated.', 'Officials', ['last year']],
    ['Some 40 Kazakh fighters were killed, their relatives say.', 'relatives'],
    ['Last year, 300 Turkmen fighters were killed, the group claimed.', 'the group'],
  ],
  fr: [
    ['Selon le parquet national antiterroriste, 120 femmes françaises sont détenues en Syrie.', 'parquet'],
    ['D’après l’Unicef, 300 enfants étrangers vivent dans le camp de Roj.', 'Unicef'],
    ['Environ 40 combattants belges ont été tués, a indiqué le ministre de l’Intérieur.', 'ministre'],
    ['Une cinquantaine de jihadistes tunisiens sont rentrés en 2018.', null],
    ['En mai, le ministère a annoncé que 35 enfants avaient été rapatriés du camp.', 'ministère', ['en mai']],
    [
      '« Nous avons rapatrié 35 enfants », a précisé le ministre lors d’une conférence de presse.',
      'ministre',
      ['conférence'],
    ],
    ['Le ministère, en mai, a annoncé que 35 enfants avaient été rapatriés.', 'ministère', ['mai']],
    [
      'Quelque 450 djihadistes français sont morts en Syrie, d’après une source sécuritaire.',
      'source sécuritaire',
    ],
  ],
  ru: [
    ['По данным МВД Таджикистана, в Сирии находятся 1 900 граждан республики.', 'МВД'],
    ['По словам омбудсмена, из Ирака вернули 84 ребенка.', 'омбудсмен'],
    ['Как сообщил представитель ФСБ, задержаны 12 боевиков.', 'ФСБ'],
    ['В мае из лагеря аль-Холь вернулись 150 женщин и детей.', null],
    ['В докладе ООН говорится, что в лагерях содержатся 700 детей из России.', 'ООН'],
    ['По его словам, в Сирии остаются 150 граждан Киргизии.', 'его'],
    ['Как заявил журналистам глава МИД, из Ирака вывезли 25 детей.', 'глава МИД', ['журналист']],
    ['Из Ирака вернули 25 детей, сообщил журналистам.', null],
  ],
  ar: [
    ['وبحسب منظمة هيومن رايتس ووتش، يوجد 700 طفل أجنبي في مخيم الهول.', 'هيومن رايتس ووتش'],
    ['وفق وزارة الداخلية، عاد 45 مقاتلا تونسيا إلى البلاد.', 'وزارة الداخلية'],
    ['ونقلا عن مصدر أمني، اعتقل 20 عنصرا من التنظيم.', 'مصدر أمني'],
    ['وأفاد المرصد السوري لحقوق الإنسان بمقتل 30 مسلحا في الغارة.', 'المرصد'],
    ['وانضم نحو 3000 تونسي إلى التنظيم في سوريا.', null],
    ['وقدّر المرصد عدد القتلى بـ 45 مقاتلا.', 'المرصد'],
    ['وأكد للصحفيين أن 60 مقاتلا عادوا.', null],
    ['وقدر عدد المقاتلين التونسيين بـ 3000 مقاتل.', null],
    ['وحاول التنظيم تجنيد أكبر قدر من الأطفال، وجند 200 طفل في الرقة.', null],
    ['وقال مسؤول عراقي لوكالة فرانس برس إن 150 طفلا أعيدوا إلى بلدانهم.', 'مسؤول عراقي', ['فرانس']],
  ],
};

for (const [lang, probes] of Object.entries(PROBES)) {
  describe(`source probes 7 (${lang})`, () => {
    for (const probe of probes) it(probe[0], () => check(lang, probe));
  });
}

describe('source probes 7, read since round 8', () => {
  for (const probe of [
    ['Around 500 Uzbek fighters are in Idlib, Uzbek officials estimate.', 'officials'],
    ['1,200 Tunisians have returned, figures cited by the Soufan Center show.', 'Soufan', ['show']],
  ] as Probe[])
    it(probe[0], () => check('en', probe));
  it('Как сообщил агентству ТАСС источник, задержаны 14 вербовщиков ИГ.', () =>
    check('ru', ['Как сообщил агентству ТАСС источник, задержаны 14 вербовщиков ИГ.', 'источник', ['ТАСС']]));
});
