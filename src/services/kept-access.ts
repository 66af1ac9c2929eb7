// What a server keeps between requests about who is asking: the account of a token or session, the
// reader an account makes (its collections and grants), whether the store has accounts at all. Without
// it every request made four round trips before its answer (the credential, the collections, the grants,
// the latest change id), which was most of a kept answer's cost under 16 clients (docs/SCALING.md).
// An entry holds only while the store's latest change id is the one it was read at: every change to
// accounts, tokens, sessions' ends, collections and grants is a change, in this process or another.
// It also holds for at most a minute (a token's last use is written to the minute), and a session's
// entry never past the session's end.
import { LRUCache } from 'lru-cache';
import type { Account } from '../storage/repository.ts';

interface Entry<T> {
  value: T;
  changeId: number;
  /** Epoch ms after which the entry is stale whatever the change id. */
  until: number;
}

/** Values kept while the store has not changed since they were read, and for at most `maxAgeMs`. */
export class KeptUntilChange<T extends NonNullable<unknown>> {
  private readonly kept: LRUCache<string, Entry<T>>;

  constructor(
    max: number,
    private readonly maxAgeMs = 60_000,
  ) {
    this.kept = new LRUCache<string, Entry<T>>({ max });
  }

  /** The value kept for `key` if it was read at `changeId`, less than maxAge ago and before its end. */
  get(key: string, changeId: number, now: number): T | undefined {
    const entry = this.kept.get(key);
    if (!entry) return undefined;
    if (entry.changeId === changeId && now < entry.until) return entry.value;
    this.kept.delete(key);
    return undefined;
  }

  /** Keeps `value`, read at `changeId` at time `now`; `endsAt` (epoch ms) ends it sooner. */
  set(key: string, value: T, changeId: number, now: number, endsAt = Infinity): void {
    this.kept.set(key, { value, changeId, until: Math.min(now + this.maxAgeMs, endsAt) });
  }

  delete(key: string): void {
    this.kept.delete(key);
  }
}

/** Accounts of the credentials (SHA-256 of a token or session secret) a server has checked. */
export type KnownCredentials = KeptUntilChange<Account>;

/** Up to 10,000 credentials, each for at most a minute. */
export const knownCredentials = (): KnownCredentials => new KeptUntilChange(10_000, 60_000);
