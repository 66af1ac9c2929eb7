import { describe, expect, it } from 'vitest';
import { answerCache, NO_CACHE, visibleKey } from '../../src/services/answer-cache.ts';

/** A store whose latest change id the test moves by hand. */
function fakeStore() {
  const store = { changeId: 1, latestChangeId: () => Promise.resolve(store.changeId) };
  return store;
}

/** A computation that counts its runs and answers with the run's number. */
function counted() {
  const c = { runs: 0, compute: () => Promise.resolve(++c.runs) };
  return c;
}

describe('answerCache', () => {
  it('answers a question again without computing until the store changes', async () => {
    const store = fakeStore();
    const cache = answerCache(store);
    const c = counted();
    expect(await cache.get('q', c.compute)).toBe(1);
    expect(await cache.get('q', c.compute)).toBe(1);
    store.changeId = 2;
    expect(await cache.get('q', c.compute)).toBe(2);
    expect(c.runs).toBe(2);
  });

  it('keeps answers apart by key', async () => {
    const cache = answerCache(fakeStore());
    expect(await cache.get('a', () => Promise.resolve('for a'))).toBe('for a');
    expect(await cache.get('b', () => Promise.resolve('for b'))).toBe('for b');
    expect(await cache.get('a', () => Promise.resolve('recomputed'))).toBe('for a');
  });

  it('computes once for callers asking at the same time', async () => {
    const cache = answerCache(fakeStore());
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let runs = 0;
    const slow = async () => {
      runs++;
      await gate;
      return 'answer';
    };
    const waiting = [cache.get('q', slow), cache.get('q', slow), cache.get('q', slow)];
    release();
    expect(await Promise.all(waiting)).toEqual(['answer', 'answer', 'answer']);
    expect(runs).toBe(1);
  });

  it('does not keep a failure: the next caller computes again', async () => {
    const cache = answerCache(fakeStore());
    await expect(cache.get('q', () => Promise.reject(new Error('store went away')))).rejects.toThrow(
      'store went away',
    );
    expect(await cache.get('q', () => Promise.resolve('fine'))).toBe('fine');
  });

  it('holds at most its bound, dropping the least recently asked', async () => {
    const cache = answerCache(fakeStore(), 2);
    const c = counted();
    await cache.get('a', c.compute);
    await cache.get('b', c.compute);
    await cache.get('a', c.compute);
    await cache.get('c', c.compute); // drops b
    expect(c.runs).toBe(3);
    await cache.get('a', c.compute);
    expect(c.runs).toBe(3);
    await cache.get('b', c.compute);
    expect(c.runs).toBe(4);
  });

  it('NO_CACHE computes every time', async () => {
    const c = counted();
    await NO_CACHE.get('q', c.compute);
    await NO_CACHE.get('q', c.compute);
    expect(c.runs).toBe(2);
  });
});

describe('visibleKey', () => {
  it('names the same set of collections the same way, and everything apart from any set', () => {
    expect(visibleKey([3, 1])).toBe(visibleKey([1, 3]));
    expect(visibleKey(undefined)).not.toBe(visibleKey([]));
    expect(visibleKey([1])).not.toBe(visibleKey([1, 3]));
  });
  it('answers as of a change id read before, without reading it again', async () => {
    let reads = 0;
    const store = { latestChangeId: () => Promise.resolve(++reads) };
    const cache = answerCache(store);
    const c = counted();
    expect(await cache.at(Promise.resolve(5)).get('q', c.compute)).toBe(1);
    expect(await cache.at(Promise.resolve(5)).get('q', c.compute)).toBe(1);
    expect(reads).toBe(0);
    expect(await cache.at(Promise.resolve(6)).get('q', c.compute)).toBe(2);
    // A request that read an older change id gets a fresh answer and leaves the newer one kept.
    expect(await cache.at(Promise.resolve(5)).get('q', c.compute)).toBe(3);
    expect(await cache.at(Promise.resolve(6)).get('q', c.compute)).toBe(2);
  });
});
