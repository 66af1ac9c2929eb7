// Answers of the services kept until the store changes: keyed by the question and the latest change id,
// which every write (by this process or another) moves on. Holds no logic of its own: a service asks it
// for an answer by a key naming everything the answer depends on, and it either has that answer, computed
// since the last change, or computes it once for every caller waiting on it.
import { LRUCache } from 'lru-cache';
import type { Repository, Visible } from '../storage/repository.ts';

export interface AnswerCache {
  /** The answer to `key` computed since the store last changed, else `compute()`'s, shared by concurrent callers. */
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
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

/** At most `max` answers, the least recently asked dropped first. */
export function answerCache(repo: Pick<Repository, 'latestChangeId'>, max = 256): KeptAnswers {
  const kept = new LRUCache<string, Kept>({ max });
  const cache = {
    get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      return cache.getAt(repo.latestChangeId(), key, compute);
    },
    at(changeId: Promise<number>): AnswerCache {
      return { get: (key, compute) => cache.getAt(changeId, key, compute) };
    },
    async getAt<T>(changeIdRead: Promise<number>, key: string, compute: () => Promise<T>): Promise<T> {
      const changeId = await changeIdRead;
      const hit = kept.get(key);
      if (hit && hit.changeId === changeId) return hit.value as Promise<T>;
      const value = compute();
      // A request that read the change id before a newer one was kept does not push the newer one out.
      if (hit && hit.changeId > changeId) return value;
      kept.set(key, { changeId, value });
      // A failed answer is not kept: the next caller tries again.
      value.catch(() => {
        if (kept.get(key)?.value === value) kept.delete(key);
      });
      return value;
    },
  };
  return cache;
}

/** Whether two answers may be shared: readers who see the same collections get the same answers. */
export const visibleKey = (visible: Visible): string =>
  visible ? [...visible].sort((a, b) => a - b).join(',') : '*';
