import { describe, expect, it } from 'vitest';
import {
  answerCache,
  codeBuild,
  NO_CACHE,
  visibleKey,
  type KeptCodec,
} from '../../src/services/answer-cache.ts';
import type { KeptAnswer } from '../../src/storage/repository.ts';

/** A store whose latest change id the test moves by hand. */
function fakeStore() {
  const store = { changeId: 1, latestChangeId: () => Promise.resolve(store.changeId) };
  return store;
}

/** A store that keeps answers in a map, as kept_answers does. */
function keptStore() {
  const rows = new Map<string, KeptAnswer>();
  const store = {
    ...fakeStore(),
    rows,
    readKeptAnswer: (key: string) => Promise.resolve(rows.get(key) ?? null),
    keepAnswer: (key: string, answer: KeptAnswer) => {
      rows.set(key, answer);
      return Promise.resolve();
    },
  };
  store.latestChangeId = () => Promise.resolve(store.changeId);
  return store;
}

const build = (name: string) => () => Promise.resolve(name);

const NUMBER: KeptCodec<number> = {
  encode: (n) => Buffer.from(String(n)),
  decode: (bytes) => Number(Buffer.from(bytes).toString()),
};

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

  it('keeps an answer given a codec in the store, where a new cache (a restart) reads it back', async () => {
    const store = keptStore();
    const c = counted();
    expect(await answerCache(store, 256, build('one')).get('q', c.compute, NUMBER)).toBe(1);
    expect(store.rows.get('q')).toMatchObject({ changeId: 1, build: 'one' });
    // Another process, the store unchanged: read, not computed.
    expect(await answerCache(store, 256, build('one')).get('q', c.compute, NUMBER)).toBe(1);
    expect(c.runs).toBe(1);
    // Not a kept answer of another key, of an earlier change or of other code.
    expect(await answerCache(store, 256, build('one')).get('r', c.compute, NUMBER)).toBe(2);
    store.changeId = 2;
    expect(await answerCache(store, 256, build('one')).get('q', c.compute, NUMBER)).toBe(3);
    expect(await answerCache(store, 256, build('two')).get('q', c.compute, NUMBER)).toBe(4);
    expect(store.rows.get('q')).toMatchObject({ changeId: 2, build: 'two' });
    // Without a codec nothing is kept in the store.
    await answerCache(store, 256, build('one')).get('s', c.compute);
    expect(store.rows.has('s')).toBe(false);
  });

  it('answers when the store cannot keep the answer, and computes again next time', async () => {
    const store = keptStore();
    store.keepAnswer = () => Promise.reject(new Error('read-only'));
    const c = counted();
    expect(await answerCache(store, 256, build('one')).get('q', c.compute, NUMBER)).toBe(1);
    expect(await answerCache(store, 256, build('one')).get('q', c.compute, NUMBER)).toBe(2);
  });

  it('names the running code the same way every time', async () => {
    expect(await codeBuild()).toMatch(/^[0-9a-f]{32}$/);
    expect(await codeBuild()).toBe(await codeBuild());
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
