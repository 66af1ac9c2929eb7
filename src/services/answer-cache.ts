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

/** At most `max` answers, the least recently asked dropped first. */
export function answerCache(repo: Pick<Repository, 'latestChangeId'>, max = 256): AnswerCache {
  const kept = new LRUCache<string, Kept>({ max });
  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const changeId = await repo.latestChangeId();
      const hit = kept.get(key);
      if (hit && hit.changeId === changeId) return hit.value as Promise<T>;
      const value = compute();
      kept.set(key, { changeId, value });
      // A failed answer is not kept: the next caller tries again.
      value.catch(() => {
        if (kept.get(key)?.value === value) kept.delete(key);
      });
      return value;
    },
  };
}

/** Whether two answers may be shared: readers who see the same collections get the same answers. */
export const visibleKey = (visible: Visible): string =>
  visible ? [...visible].sort((a, b) => a - b).join(',') : '*';
