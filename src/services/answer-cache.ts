// Answers of the services kept until the store changes: keyed by the latest change id, which every write
// (by this process or another) moves on. Holds no logic of its own.
import type { Repository } from '../storage/repository.ts';

export function cachedUntilChange<T>(repo: Repository, compute: () => Promise<T>): () => Promise<T> {
  let cached: { changeId: number; value: Promise<T> } | null = null;
  return async () => {
    const changeId = await repo.latestChangeId();
    if (!cached || cached.changeId !== changeId) {
      const value = compute();
      cached = { changeId, value };
      value.catch(() => (cached = null));
    }
    return cached.value;
  };
}
