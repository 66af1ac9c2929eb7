// The committed OpenAPI document and the UI's client types must match the route schemas.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CLIENT_TYPES_PATH, clientTypes, OPENAPI_PATH, openApiDocument } from '../../scripts/openapi.ts';

describe('OpenAPI document', () => {
  it('docs/openapi.json is up to date (run `npm run openapi`)', async () => {
    const fresh = await openApiDocument();
    expect(await readFile(OPENAPI_PATH, 'utf8')).toBe(fresh);
    const doc = JSON.parse(fresh) as { paths: Record<string, unknown> };
    for (const path of [
      '/api/documents',
      '/api/claims',
      '/api/search',
      '/api/ingest',
      '/api/estimates',
      '/api/facts',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });

  it('src/web/api/schema.ts is up to date (run `npm run openapi`)', async () => {
    const fresh = await clientTypes(await openApiDocument());
    expect(await readFile(CLIENT_TYPES_PATH, 'utf8')).toBe(fresh);
  });
});
