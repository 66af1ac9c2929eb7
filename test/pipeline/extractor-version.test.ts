// EXTRACTOR_VERSION follows the engine: the committed hash must be the hash of the engine as it is.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ENGINE_HASH_PATH, engineHash, engineHashModule } from '../../scripts/engine-hash.ts';
import { EXTRACTOR_VERSION } from '../../src/pipeline/extract.ts';

describe('extractor version', () => {
  it('carries the hash of the current engine and packs (run `npm run engine-hash`)', async () => {
    const hash = await engineHash();
    expect(await readFile(ENGINE_HASH_PATH, 'utf8')).toBe(engineHashModule(hash));
    expect(EXTRACTOR_VERSION).toMatch(new RegExp(`^\\d+\\.\\d+\\.\\d+\\+${hash}$`));
  });
});
