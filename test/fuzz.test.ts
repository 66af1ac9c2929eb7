// Property-based fuzzing of the engine and the ingest readers: random Unicode, mixed scripts, huge
// numbers, long lines, truncated multi-byte sequences. The engine never throws, every span points inside
// the text and every quote is its span; readers either read or refuse with Tessera's own error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../src/domain/claim.ts';
import { TesseraError } from '../src/domain/errors.ts';
import type { DocumentKind } from '../src/ingest/kinds.ts';
import { readText } from '../src/ingest/read.ts';
import { extract } from '../src/pipeline/extract.ts';

// Fixed seed: a failure is reproduced by the same run; the case counts keep `npm test` quick.
const SEED = 20261203;

/** Pieces reports are made of, in the four scripts Tessera reads and a few it does not. */
const WORDS = [
  'children',
  'women',
  'returned',
  'from',
  'Syria',
  'Kazakhstan',
  'including',
  'said',
  'about',
  'nearly',
  'enfants',
  'femmes',
  'rapatriés',
  'dont',
  'environ',
  'Irak',
  'детей',
  'женщин',
  'вернулись',
  'из',
  'Сирии',
  'около',
  'тысяч',
  'أطفال',
  'نساء',
  'عادوا',
  'من',
  'سوريا',
  'حوالي',
  'ألف',
  'Kinder',
  'zurück',
  '子供',
  '😀',
  '\u200f',
  '\u0651',
  'ـ',
  'e\u0301',
];
const PUNCTUATION = [
  '.',
  ',',
  ';',
  '؛',
  '،',
  '؟',
  '!',
  '?',
  '…',
  '(',
  ')',
  '"',
  '«',
  '»',
  '-',
  '–',
  ':',
  '\n',
  '\n\n',
  ' ',
];

const hugeNumber = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String),
  fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n.toLocaleString('ar-EG')),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('1e308', '9'.repeat(400), '0.000001', '١٢٣', '½', '٫٥'),
);

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 3, arbitrary: hugeNumber },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** Report-like text: words of every script, numbers, punctuation, stray code points. */
const mixedText = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(' '));
/** Anything at all, lone surrogates included. */
const anyText = fc.string({ unit: 'binary', maxLength: 400 });

function expectWellFormed(text: string, r: Extraction): void {
  for (const item of [...r.claims, ...r.releases]) {
    expect(item.span.start).toBeGreaterThanOrEqual(0);
    expect(item.span.end).toBeGreaterThanOrEqual(item.span.start);
    expect(item.span.end).toBeLessThanOrEqual(text.length);
    expect(item.quote).toBe(text.slice(item.span.start, item.span.end));
  }
  for (const c of r.claims) {
    if (c.partOf !== null && c.partOf !== undefined) {
      expect(c.partOf).toBeGreaterThanOrEqual(0);
      expect(c.partOf).toBeLessThan(r.claims.length);
    }
  }
}

const langs = fc.constantFrom(undefined, 'en', 'fr', 'ru', 'ar');

describe('engine fuzz', () => {
  it('never throws on report-like text in mixed scripts; spans and quotes agree', () => {
    fc.assert(
      fc.property(mixedText, langs, (text, lang) => {
        expectWellFormed(text, extract(text, { lang, published: '2020-03-01' }));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('never throws on arbitrary code points, lone surrogates included', () => {
    fc.assert(
      fc.property(anyText, langs, (text, lang) => {
        expectWellFormed(text, extract(text, { lang }));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it(
    'long lines without full stops: well formed, and time grows with size, not its square',
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(fc.array(piece, { minLength: 20, maxLength: 60 }), (parts) => {
          // One line: no sentence ends, no line breaks.
          const unit = parts.join(' ').replace(/[.!?؟…\n]/g, ' ') + ' ';
          const small = unit.repeat(Math.ceil(20_000 / unit.length));
          const large = unit.repeat(Math.ceil(160_000 / unit.length));
          const t0 = performance.now();
          expectWellFormed(small, extract(small, { lang: 'en' }));
          const t1 = performance.now();
          expectWellFormed(large, extract(large, { lang: 'en' }));
          const t2 = performance.now();
          // 8 times the text: linear takes about 8 times as long, quadratic 64. Generous for busy machines.
          expect(t2 - t1).toBeLessThan(24 * (t1 - t0) + 1500);
        }),
        { seed: SEED, numRuns: 4 },
      );
    },
  );
});

describe('ingest reader fuzz', () => {
  const refusesOnlyInItsOwnWords = async (bytes: Uint8Array, kind: DocumentKind) => {
    try {
      const read = await readText(bytes, kind, 'fuzzed');
      expect(read.text.trim()).not.toBe('');
      expect(read.text).not.toContain('\u0000');
    } catch (e) {
      expect(e).toBeInstanceOf(TesseraError);
    }
  };

  it('text, Markdown and HTML: random bytes are read or refused as unreadable, never crash', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom<DocumentKind>('text', 'markdown', 'html'),
        refusesOnlyInItsOwnWords,
      ),
      { seed: SEED, numRuns: 120 },
    );
  });

  it('UTF-8 cut inside a multi-byte sequence is read or refused, never crashes', async () => {
    await fc.assert(
      fc.asyncProperty(
        mixedText,
        fc.nat(),
        fc.constantFrom<DocumentKind>('text', 'html'),
        async (text, cut, kind) => {
          const bytes = new TextEncoder().encode(text);
          await refusesOnlyInItsOwnWords(bytes.slice(0, bytes.length ? cut % bytes.length : 0), kind);
        },
      ),
      { seed: SEED, numRuns: 120 },
    );
  });

  it('an HTML fragment without <html> (found by this suite) is read as body text', async () => {
    const read = await readText(new TextEncoder().encode('<p>Some 40 families came back.</p>'), 'html', 'x');
    expect(read.text).toBe('Some 40 families came back.');
  });

  it('PDF: broken and random files are refused as unreadable, never crash', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc
            .uint8Array({ maxLength: 300 })
            .map((b) => new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n'), ...b])),
        ),
        (bytes) => refusesOnlyInItsOwnWords(bytes, 'pdf'),
      ),
      { seed: SEED, numRuns: 15 },
    );
  });
});
