// A release's title keyed across scripts: the same magazine in Latin, Cyrillic and Arabic letters is
// one key; issues, other titles and too-short titles stay apart.
import { describe, expect, it } from 'vitest';
import { groupByRelease, releaseKey, releaseTitleKey } from '../../src/analysis/release-key.ts';

describe('release titles across scripts', () => {
  it('gives one key to a title written in Latin, Cyrillic and Arabic letters', () => {
    expect(releaseKey('Istok')).toBe(releaseKey('Исток'));
    expect(releaseKey('Istok')).toBe(releaseKey('إستوك'));
    expect(releaseKey('Dabiq')).toBe(releaseKey('دابق'));
    expect(releaseKey('Dabiq')).toBe(releaseKey('Дабик'));
  });

  it('ignores the Arabic article however it is written', () => {
    expect(releaseKey('al-Naba')).toBe(releaseKey('النبأ'));
    expect(releaseKey('an-Naba')).toBe(releaseKey('Ан-Наба'));
  });

  it('keeps issue numbers apart', () => {
    expect(releaseKey('Istok 2')).not.toBe(releaseKey('Istok 3'));
    expect(releaseKey('Istok 2')).not.toBe(releaseKey('Istok'));
  });

  it('tells different titles apart', () => {
    expect(releaseKey('Istok')).not.toBe(releaseKey('Dabiq'));
  });

  it('leaves a title too short to compare across scripts to match only as written', () => {
    expect(releaseKey('Al Hayat')).toBeNull();
    expect(releaseTitleKey('Al Hayat')).toBe(releaseTitleKey('al hayat'));
    expect(releaseTitleKey('Al Hayat')).not.toBe(releaseTitleKey('Al Hayah'));
  });
});

describe('releases grouped across reports', () => {
  const group = (items: [string, string | null][]) =>
    groupByRelease(
      items,
      ([, title]) => title,
      ([media]) => media,
    ).map((g) => g.map(([, title]) => title));

  it('joins one magazine named in three scripts, and the same spelling twice', () => {
    expect(
      group([
        ['magazine', 'Istok'],
        ['magazine', 'Исток'],
        ['magazine', 'إستوك'],
        ['magazine', 'ISTOK'],
      ]),
    ).toEqual([['Istok', 'Исток', 'إستوك', 'ISTOK']]);
  });

  it('keeps apart two spellings in one script, other media and untitled releases', () => {
    expect(
      group([
        ['video', 'Race Towards Good'],
        ['video', 'Race Towards God'],
        ['magazine', 'Istok'],
        ['video', 'Istok'],
        ['video', null],
        ['video', null],
      ]),
    ).toEqual([['Race Towards Good'], ['Race Towards God'], ['Istok'], ['Istok'], [null], [null]]);
  });
});
