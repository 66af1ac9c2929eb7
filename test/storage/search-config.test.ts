// The search configuration of a report's language is its pack's: a language added as a pack is indexed
// with its own stemmer, and a language Tessera does not read with `simple`.
import { describe, expect, it } from 'vitest';
import { LANGUAGE_PACKS } from '../../src/pipeline/languages/index.ts';
import { QUERY_CONFIGS, searchConfigFor } from '../../src/storage/search-text.ts';

describe('search configurations', () => {
  it('index each read language with its pack’s configuration and others with simple', () => {
    expect(searchConfigFor('ru')).toBe('russian');
    expect(searchConfigFor('ar')).toBe('arabic');
    expect(searchConfigFor('de')).toBe('simple');
    expect(searchConfigFor(null)).toBe('simple');
  });

  it('read a query in every pack’s configuration and in simple', () => {
    expect([...QUERY_CONFIGS].sort()).toEqual(
      [...new Set([...LANGUAGE_PACKS.map((p) => p.searchConfig), 'simple'])].sort(),
    );
  });
});
