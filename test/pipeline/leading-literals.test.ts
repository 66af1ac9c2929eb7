// The leading literals of a pattern let findAges skip sentences: they must be in every text the
// pattern matches, or ages would be missed.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../src/pipeline/compiled-pack.ts';
import { LANGUAGE_PACKS } from '../../src/pipeline/languages/index.ts';
import { leadingLiterals, requiredLiterals } from '../../src/pipeline/leading-literals.ts';
import { normalize } from '../../src/pipeline/normalize.ts';

const samplesDir = new URL('../../samples/', import.meta.url);

describe('leadingLiterals', () => {
  it('reads the alternatives of an opening group, without characters a quantifier makes optional', () => {
    expect(leadingLiterals(String.raw`(?:under|younger than|ages?)\s+(?<n>\d+)`)).toEqual([
      'under',
      'younger than',
      'age',
    ]);
    expect(leadingLiterals(String.raw`aged\s+(?<n>\d+)`)).toEqual(['aged']);
  });

  it('skips leading lookbehinds, which match no characters', () => {
    expect(leadingLiterals(String.raw`(?<!\p{L})(?:de|entre)\s+\d+`)).toEqual(['de', 'entre']);
    expect(leadingLiterals(String.raw`(?<=(?:\d|ont)\s+)moins\s+de`)).toEqual(['moins']);
  });

  it('says nothing when a match may start otherwise', () => {
    // Optional opening group, top-level alternatives, a class or a capture first, an empty literal.
    expect(leadingLiterals(String.raw`(?:in\s+)?from\s+\d+`)).toBeNull();
    expect(leadingLiterals(String.raw`under\s+\d+|over\s+\d+`)).toBeNull();
    expect(leadingLiterals(String.raw`[ab]c`)).toBeNull();
    expect(leadingLiterals(String.raw`(?<min>\d+)\s*-`)).toBeNull();
    expect(leadingLiterals(String.raw`(?:a?|b)c`)).toBeNull();
  });

  it('finds a literal every match contains when the pattern opens with a number', () => {
    expect(requiredLiterals(String.raw`(?<a>\d+)\s*-\s*(?<b>\d+)\s+years\s+old`)).toEqual(['years']);
    // A group of literal alternatives counts; of several requirements the rarest (longest shortest) wins.
    expect(requiredLiterals(String.raw`(?<a>\d+)\s+(?:ans|an)\s+et\s+plus`)).toEqual(['plus']);
    expect(requiredLiterals(String.raw`(?<a>\d+)\s*(?:лет|года?)`)).toEqual(['лет', 'год']);
  });

  it('does not count what is optional, looked around, or a class', () => {
    expect(requiredLiterals(String.raw`(?<!years\s)(?<a>\d+)(?:\s+months)?\s*[ab]`)).toBeNull();
    expect(requiredLiterals(String.raw`(?<a>\d+)\s+years?`)).toEqual(['year']);
    expect(requiredLiterals(String.raw`\d+ a|\d+ b`)).toBeNull();
  });

  it("holds for every pack's age patterns on the samples: each match contains one of the literals", () => {
    let checked = 0;
    for (const pack of LANGUAGE_PACKS) {
      const cp = compilePack(pack);
      const texts = readdirSync(samplesDir)
        .filter((f) => f.startsWith(`${pack.code}-`) && f.endsWith('.txt'))
        .map((f) => normalize(readFileSync(new URL(f, samplesDir), 'utf8')).text);
      cp.ageRegexes.forEach((re, k) => {
        const leads = cp.ageLeads[k];
        const needs = cp.ageNeeds[k];
        if (!leads) return;
        for (const text of texts) {
          for (const match of text.matchAll(new RegExp(re.source, re.flags))) {
            expect(leads.some((lead) => match[0].includes(lead))).toBe(true);
            if (needs) expect(needs.some((literal) => match[0].includes(literal))).toBe(true);
            checked++;
          }
        }
      });
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("holds for every pack's minor speaker marks on sentences written for it", () => {
    const sentences: Record<string, string[]> = {
      en: ['Amina, 14, said', 'a 15-year-old girl told us', 'the young boy said'],
      fr: ['Amina, 14 ans, a dit', 'agée de 15 ans', 'une jeune fille de 12 ans'],
      ru: ['15-летний подросток сообщил', 'Ахмед (15 лет) рассказал', 'мальчик сказал'],
      ar: ['قال الطفل', 'أحمد، 14 عاما، قال', 'البالغ من العمر 15'],
    };
    let checked = 0;
    for (const pack of LANGUAGE_PACKS) {
      const cp = compilePack(pack);
      const texts = (sentences[pack.code] ?? []).map((t) => normalize(t).text);
      cp.minorMarks.forEach((re, k) => {
        const needs = cp.minorNeeds[k];
        if (!needs) return;
        for (const text of texts) {
          for (const match of text.matchAll(new RegExp(re.source, re.flags))) {
            expect(needs.some((literal) => match[0].includes(literal))).toBe(true);
            checked++;
          }
        }
      });
    }
    expect(checked).toBeGreaterThan(4);
  });
});
