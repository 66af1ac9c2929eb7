import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('configuration', () => {
  it('defaults to the embedded store in ./tessera-data', () => {
    const c = loadConfig({ TESSERA_USER: 'ana' });
    expect(c).toMatchObject({
      dataDir: resolve('tessera-data'),
      databaseUrl: null,
      user: 'ana',
      maxBytes: 100 * 1024 * 1024,
    });
  });

  it('takes TESSERA_DATA, DATABASE_URL and the limits from the environment', () => {
    const c = loadConfig({
      TESSERA_DATA: '/srv/tessera',
      DATABASE_URL: 'postgres://u@db/tessera',
      TESSERA_MAX_BYTES: '2048',
      TESSERA_FETCH_TIMEOUT_MS: '500',
    });
    expect(c).toMatchObject({
      dataDir: '/srv/tessera',
      databaseUrl: 'postgres://u@db/tessera',
      maxBytes: 2048,
      fetchTimeoutMs: 500,
    });
  });

  it('lists every problem at once', () => {
    expect(() =>
      loadConfig({ DATABASE_URL: 'mysql://x', TESSERA_MAX_BYTES: '-1', TESSERA_FETCH_TIMEOUT_MS: 'soon' }),
    ).toThrow(/DATABASE_URL[\s\S]*TESSERA_MAX_BYTES[\s\S]*TESSERA_FETCH_TIMEOUT_MS/);
  });
});
