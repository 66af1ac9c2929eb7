import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/analysis/fold.ts';
import {
  NearDuplicateIndex,
  bandKeys,
  computeSignature,
  decideCopy,
  decodeSignature,
  encodeSignature,
  estimateJaccard,
  findNearCopies,
  shingles,
} from '../../src/analysis/near-duplicates.ts';

const REPORT =
  'Kazakhstan has brought back 231 citizens from Syria, including 156 children and 18 orphans, ' +
  'the president said on Thursday. The operation, the fifth of its kind, was carried out by the ' +
  'security services. The returnees will undergo rehabilitation in Aktau before going home, the ' +
  'press office added, saying more evacuations were planned for the coming months.';
const SYNDICATED =
  'NUR-SULTAN (Reuters) - Kazakhstan has brought back 231 citizens from Syria, including 156 children and 18 orphans, ' +
  'the president said on Thursday. The operation, the fifth of its kind, was carried out by the ' +
  'security services. The returnees will undergo rehabilitation in Aktau before going home, the ' +
  'press office added.';
const UNRELATED =
  'More than 600 children from Central Asia remain in areas held by the Islamic State group, a ' +
  'human rights organisation said in a report that urged governments to repatriate them quickly ' +
  'and to give them access to schooling and psychological help.';

describe('text folding before shingling', () => {
  it('folds Arabic letter variants, harakat, tatweel and Eastern Arabic digits', () => {
    expect(foldText('أطفالٌ إلى ١٥٦ مدرسة')).toBe(foldText('اطفال الي 156 مدرسه'));
    expect(foldText('الأطفـــال')).toBe('الاطفال');
  });

  it('folds case, ё and Latin accents but keeps Cyrillic й', () => {
    expect(foldText('Всё ЕЩЁ Réfugiés')).toBe('все еще refugies');
    expect(foldText('Казахстанский')).toBe('казахстанский');
  });
});

describe('near-duplicate documents', () => {
  it('makes word 3-shingles, and one shingle of a text shorter than that', () => {
    expect([...shingles('One two three four')]).toEqual(['one two three', 'two three four']);
    expect([...shingles('Two words')]).toEqual(['two words']);
    expect(shingles('  ...  ').size).toBe(0);
  });

  it('estimates a syndicated copy with a dateline and a cut ending as a near copy', () => {
    const a = computeSignature(REPORT, 'en');
    const b = computeSignature(SYNDICATED, 'en');
    expect(estimateJaccard(a, b)).toBeGreaterThanOrEqual(0.7);
    expect(estimateJaccard(a, computeSignature(UNRELATED, 'en'))).toBeLessThan(0.1);
  });

  it('gives an identical text Jaccard 1 whatever its case and punctuation', () => {
    const a = computeSignature(REPORT, 'en');
    const b = computeSignature(REPORT.toUpperCase().replace(/,/g, ' ;'), 'en');
    expect(estimateJaccard(a, b)).toBe(1);
  });

  it('sees Arabic copies that differ only in hamza, taa marbuta and digits as one text', () => {
    const a = computeSignature('أعادت كازاخستان ١٥٦ طفلاً من سورية إلى أرض الوطن في عملية جديدة', 'ar');
    const b = computeSignature('اعادت كازاخستان 156 طفلا من سوريه الى ارض الوطن في عمليه جديده', 'ar');
    expect(estimateJaccard(a, b)).toBe(1);
  });

  it('never counts the same words in another language as a copy', () => {
    const en = computeSignature(REPORT, 'en');
    const fr = computeSignature(REPORT, 'fr');
    expect(estimateJaccard(en, fr)).toBe(0);
    expect(bandKeys(en).some((k) => bandKeys(fr).includes(k))).toBe(false);
  });

  it('never counts two empty texts as copies of each other', () => {
    expect(estimateJaccard(computeSignature('', 'en'), computeSignature('', 'en'))).toBe(0);
    expect(bandKeys(computeSignature('', 'en'))).toEqual([]);
  });

  it('shares band keys between near copies, so a store can look candidates up by key', () => {
    const a = bandKeys(computeSignature(REPORT, 'en'));
    const b = bandKeys(computeSignature(SYNDICATED, 'en'));
    expect(a).toHaveLength(32);
    expect(a.filter((k) => b.includes(k)).length).toBeGreaterThan(0);
  });

  it('round-trips a signature through its compact string form', () => {
    const signature = computeSignature(REPORT, 'en');
    const encoded = encodeSignature(signature);
    expect(encoded.startsWith('minhash1|en|3|')).toBe(true);
    expect(decodeSignature(encoded)).toEqual(signature);
    expect(decodeSignature(JSON.parse(JSON.stringify(encoded)) as string)).toEqual(signature);
    expect(() => decodeSignature('simhash|en|x')).toThrow(/not a minhash1 signature/);
  });

  it('picks the most similar stored document as the one a new text copies, with its group root', () => {
    const stored = [
      { documentId: 'd1', documentName: 'en-001', signature: computeSignature(REPORT, 'en'), copyRoot: 'd1' },
      { documentId: 'd2', documentName: 'en-002', signature: computeSignature(UNRELATED, 'en') },
    ];
    const copy = decideCopy(computeSignature(SYNDICATED, 'en'), stored);
    expect(copy).toMatchObject({ documentId: 'd1', documentName: 'en-001', root: 'd1' });
    expect(findNearCopies(computeSignature(UNRELATED, 'en'), stored).map((c) => c.documentId)).toEqual([
      'd2',
    ]);
    expect(decideCopy(computeSignature('Something else entirely happened today', 'en'), stored)).toBeNull();
  });

  it('keeps copies of copies in the first document’s group when added one at a time', () => {
    const index = new NearDuplicateIndex();
    expect(index.addDocument('d1', 'en-001', computeSignature(REPORT, 'en'))).toBeNull();
    expect(index.addDocument('d2', 'en-002', computeSignature(UNRELATED, 'en'))).toBeNull();
    const second = index.addDocument('d3', 'en-003', computeSignature(SYNDICATED, 'en'));
    expect(second).toMatchObject({ documentId: 'd1', root: 'd1' });
    const third = index.addDocument('d4', 'en-004', computeSignature(SYNDICATED + ' Reuters.', 'en'));
    expect(third?.root).toBe('d1');
    expect(index.candidates(computeSignature(UNRELATED, 'en')).map((c) => c.documentId)).toEqual(['d2']);
  });
});
