// The web app knows which languages read right to left without loading the language packs (they
// are the server's); every pack Tessera reads must agree with it, so a new pack needs no web edit.
import { describe, expect, it } from 'vitest';
import { LANGUAGE_PACKS } from '../../src/pipeline/languages/index.ts';
import { isRightToLeft } from '../../src/web/text-direction.ts';

describe('text direction', () => {
  it('reads every pack in Arabic script right to left, and the others left to right', () => {
    for (const pack of LANGUAGE_PACKS) expect(isRightToLeft(pack.code)).toBe(pack.script === 'arabic');
  });

  it('knows right-to-left languages Tessera stores but does not read, and nothing for an unknown language', () => {
    expect(['fa', 'ur', 'he', 'ps'].every(isRightToLeft)).toBe(true);
    expect(isRightToLeft(null)).toBe(false);
    expect(isRightToLeft('de')).toBe(false);
  });
});
