// Answers of the services kept until the store changes: keyed by the question and the latest change id,
// which every write (by this process or another) moves on. Holds no logic of its own: a service asks it
// for an answer by a key naming everything the answer depends on, and it either has that answer, computed
// since the last change, or computes it once for every caller waiting on it. An answer asked with a codec
// is kept in the store too (kept_answers), so a new process after a restart reads it instead of computing.
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LRUCache } from 'lru-cache';
import type { Repository, Visible } from '../storage/repository.ts';

/** How an answer kept in the store is written as bytes and read back. */
export interface KeptCodec<T> {
  encode(value: T): Uint8Array;
  decode(bytes: Uint8Array): T;
}

export interface AnswerCache {
  /**
   * The answer to `key` computed since the store last changed, else `compute()`'s, shared by concurrent
   * callers. With `codec` the answer is also kept in the store, for the same change and the same code.
   */
  get<T>(key: string, compute: () => Promise<T>, codec?: KeptCodec<T>): Promise<T>;
}

/** Computes every time: the CLI, whose process answers one question, and tests of the services. */
export const NO_CACHE: AnswerCache = { get: (_key, compute) => compute() };

interface Kept {
  changeId: number;
  value: Promise<unknown>;
}

export interface KeptAnswers extends AnswerCache {
  /**
   * The cache as of a latest change id already read (a server reads it once a request, with the
   * access change id: services/kept-access.ts), so that a kept answer costs no further round trip.
   */
  at(changeId: Promise<number>): AnswerCache;
}

type CacheStore = Pick<Repository, 'latestChangeId'> &
  Partial<Pick<Repository, 'readKeptAnswer' | 'keepAnswer'>>;

/** At most `max` answers in memory, the least recently asked dropped first. */
export function answerCache(
  repo: CacheStore,
  max = 256,
  build: () => Promise<string> = codeBuild,
): KeptAnswers {
  const kept = new LRUCache<string, Kept>({ max });
  // Started now, so the first request does not wait for the code to be hashed.
  if (repo.readKeptAnswer) build().catch(() => undefined);

  async function fromStore<T>(
    key: string,
    changeId: number,
    compute: () => Promise<T>,
    codec: KeptCodec<T>,
  ): Promise<T> {
    const { readKeptAnswer, keepAnswer } = repo;
    if (!readKeptAnswer || !keepAnswer) return compute();
    const code = await build().catch(() => null);
    if (code === null) return compute();
    const stored = await readKeptAnswer(key);
    // A kept answer made by other code (an upgrade, a migration) or before the last change is not used.
    if (stored && stored.changeId === changeId && stored.build === code) return codec.decode(stored.body);
    const value = await compute();
    // A cache: a store that cannot keep it (read-only, a race with another process) loses one computation.
    await keepAnswer(key, { changeId, build: code, body: codec.encode(value) }).catch(() => undefined);
    return value;
  }

  async function getAt<T>(
    changeIdRead: Promise<number>,
    key: string,
    compute: () => Promise<T>,
    codec?: KeptCodec<T>,
  ): Promise<T> {
    const changeId = await changeIdRead;
    const hit = kept.get(key);
    if (hit && hit.changeId === changeId) return hit.value as Promise<T>;
    const value = codec ? fromStore(key, changeId, compute, codec) : compute();
    // A request that read the change id before a newer one was kept does not push the newer one out.
    if (hit && hit.changeId > changeId) return value;
    kept.set(key, { changeId, value });
    // A failed answer is not kept: the next caller tries again.
    value.catch(() => {
      if (kept.get(key)?.value === value) kept.delete(key);
    });
    return value;
  }

  return {
    get: (key, compute, codec) => getAt(repo.latestChangeId(), key, compute, codec),
    at: (changeId) => ({ get: (key, compute, codec) => getAt(changeId, key, compute, codec) }),
  };
}

let hashed: Promise<string> | undefined;

/**
 * What names the running code: a hash of the files of this module's root (src/ under tsx, dist/ once
 * built) and of the migrations, so an answer kept by other code is never served.
 */
export function codeBuild(): Promise<string> {
  hashed ??= (async () => {
    const hash = createHash('sha256');
    for (const url of ['..', '../../drizzle']) {
      const root = fileURLToPath(new URL(url, import.meta.url));
      const files = (await readdir(root, { recursive: true }))
        .filter((f) => /\.(ts|tsx|js|css|html|sql|json)$/.test(f))
        .sort();
      // Names, sizes and times of change, not contents: a checkout or a build changes them, and reading
      // them costs milliseconds where hashing 2.4 MB of code took over a second under load.
      for (const file of files) {
        const { size, mtimeMs } = await stat(join(root, file));
        hash.update(`${file}\0${size}\0${mtimeMs}\0`);
      }
    }
    return hash.digest('hex').slice(0, 32);
  })();
  return hashed;
}

/** Whether two answers may be shared: readers who see the same collections get the same answers. */
export const visibleKey = (visible: Visible): string =>
  visible ? [...visible].sort((a, b) => a - b).join(',') : '*';
