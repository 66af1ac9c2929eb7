// An API over a store of its own for a test file: the given files or folders ingested into PGlite in a
// temporary folder, the app built over it, and both closed and removed afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { ingest } from '../../src/services/ingest.service.ts';
import { openRepository } from '../../src/storage/drivers/pglite.ts';
import type { Repository } from '../../src/storage/repository.ts';
import { linker } from '../../src/services/link.service.ts';

export interface ApiStore {
  /** The test's own temporary folder (the store is in data/ below it). */
  dir: string;
  repo: Repository;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Ingests what `write` returns (files or folders written into the test's folder) and serves the API. */
export async function startApiStore(
  name: string,
  write: (dir: string) => string[] | Promise<string[]>,
  user = 'tester',
): Promise<ApiStore> {
  const dir = await mkdtemp(join(tmpdir(), `tessera-${name}-`));
  const inputs = await write(dir);
  const repo = await openRepository(join(dir, 'data'), linker);
  await ingest(
    repo,
    inputs,
    { actor: 'test', maxBytes: 1e7, fetchTimeoutMs: 1000, allowPrivate: false },
    () => {},
  );
  const app = await buildApp({ repo, user, maxUploadBytes: 65536, fetchTimeoutMs: 1000 });
  return {
    dir,
    repo,
    app,
    async close() {
      await app.close();
      await repo.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A multipart/form-data body of files, as the web ingest sends them (each field named `file`). */
export function multipart(files: { name: string; content: string | Buffer }[]) {
  const boundary = '----tessera' + Math.random().toString(16).slice(2);
  const chunks: Buffer[] = [];
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
