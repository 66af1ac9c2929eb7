// Status mechanisms, batch 16: one unit test per fix, each in sentences written for this test.
// Expectations follow ../shared/eval/GUIDELINES.md (status: detained = arrested, imprisoned, convicted;
// a return still to come leaves people where they are, present).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.ts';

function statusOf(lang: string, text: string, value: number): string | undefined {
  return extract(text, { lang, published: '2021-06-01' }).claims.find((c) => c.value.min === value)?.status;
}

describe('status16 mechanisms', () => {
  it('a return verb right after the noun, with a future auxiliary before it, is a return still to come', () => {
    expect(statusOf('ru', 'По словам посла, 52 узбекских ребёнка будут возвращены из Сирии.', 52)).toBe(
      'present',
    );
    expect(statusOf('ru', '52 узбекских ребёнка были возвращены из Сирии.', 52)).toBe('returned');
  });

  it('French past of devoir ("devaient être rapatriés") marks a return still to come', () => {
    expect(statusOf('fr', 'Au total, 18 femmes marocaines devaient être rapatriées en mai.', 18)).toBe(
      'present',
    );
    expect(statusOf('fr', 'Au total, 18 femmes marocaines ont été rapatriées en mai.', 18)).toBe('returned');
  });

  it('a trial (en) or an investigation (ru) holds people under the court', () => {
    expect(statusOf('en', 'Some 27 Belgian men are awaiting trial in Brussels.', 27)).toBe('detained');
    expect(statusOf('ru', 'Под судом находятся 23 жителя Ингушетии.', 23)).toBe('detained');
    expect(statusOf('ru', 'Под следствием находятся 23 жителя Ингушетии.', 23)).toBe('detained');
  });

  it('French "se sont rendus aux forces" is a surrender (other), "se sont rendus en Syrie" a journey', () => {
    expect(
      statusOf('fr', 'Dix-sept combattants marocains se sont rendus aux autorités irakiennes.', 17),
    ).toBe('other');
    expect(statusOf('fr', 'Dix-sept combattants marocains se sont rendus en Syrie.', 17)).toBe('joined');
  });

  it('a fighting verb in a relative clause leaves the main verb to the count, not a noun past it', () => {
    expect(
      statusOf(
        'en',
        'Officials said 33 Azerbaijani men who fought in Iraq were detained upon their return.',
        33,
      ),
    ).toBe('detained');
  });

  it('a participle naming who they are yields to the predicate after it (held or killed)', () => {
    expect(statusOf('en', 'Nearly 21 Dutch women repatriated from Iraq were later convicted.', 21)).toBe(
      'detained',
    );
    expect(statusOf('fr', 'Quelque 21 hommes partis en Irak ont été tués.', 21)).toBe('killed');
    expect(statusOf('ru', '21 жительница Чечни, вернувшаяся из Ирака, была осуждена.', 21)).toBe('detained');
    // "after being arrested": no predicate, the return stands.
    expect(
      statusOf('en', 'Nearly 21 Dutch women repatriated from Iraq after being arrested in Turkey.', 21),
    ).toBe('returned');
  });

  it('a return still to come from a prison leaves them held there: detained; from a camp: present', () => {
    expect(statusOf('en', 'Kyrgyzstan intends to bring home 38 women from Iraqi jails in autumn.', 38)).toBe(
      'detained',
    );
    expect(statusOf('en', 'Kyrgyzstan intends to bring home 38 women from the camps in autumn.', 38)).toBe(
      'present',
    );
    expect(statusOf('ru', 'Около 38 киргизских женщин будут вывезены из иракских тюрем.', 38)).toBe(
      'detained',
    );
    expect(statusOf('ar', 'وتعتزم السلطات إعادة 38 امرأة قرغيزية من السجون العراقية.', 38)).toBe('detained');
  });

  it('kept from going (prevented, empêchés, предотвратили выезд, إحباط محاولات) is status other', () => {
    expect(statusOf('en', 'Some 64 Uzbek teenagers were prevented from leaving for Iraq.', 64)).toBe('other');
    expect(statusOf('fr', 'Quelque 64 jeunes marocains ont été empêchés de rejoindre la Syrie.', 64)).toBe(
      'other',
    );
    expect(statusOf('ru', 'Спецслужбы предотвратили выезд 64 жителей Дагестана в Ирак.', 64)).toBe('other');
    expect(statusOf('ar', 'وأحبطت الشرطة محاولات 64 شابا تونسيا السفر إلى سوريا.', 64)).toBe('other');
    // Without the prevention, the journey stands.
    expect(statusOf('ar', 'وسافر 64 شابا تونسيا إلى سوريا.', 64)).toBe('joined');
  });

  it('"uprooted for" lands of a group is a journey (joined)', () => {
    expect(
      statusOf('en', 'At least 57 Tajik families have uprooted for territory held by the group.', 57),
    ).toBe('joined');
  });
});
