import { describe, expect, it } from 'vitest';
import { KeptUntilChange } from '../../src/services/kept-access.ts';

describe('KeptUntilChange', () => {
  it('keeps a value while the change id it was read at is still the latest', () => {
    const kept = new KeptUntilChange<string>(10, 60_000);
    kept.set('k', 'value', 7, 1_000);
    expect(kept.get('k', 7, 2_000)).toBe('value');
    expect(kept.get('k', 8, 2_000)).toBeUndefined();
    // Once stale it is gone, even for the change id it was read at.
    expect(kept.get('k', 7, 2_000)).toBeUndefined();
  });

  it('keeps a value at most its maximum age, and never past its own end', () => {
    const kept = new KeptUntilChange<string>(10, 60_000);
    kept.set('aged', 'a', 1, 0);
    expect(kept.get('aged', 1, 59_999)).toBe('a');
    expect(kept.get('aged', 1, 60_000)).toBeUndefined();
    kept.set('session', 's', 1, 0, 5_000);
    expect(kept.get('session', 1, 4_999)).toBe('s');
    expect(kept.get('session', 1, 5_000)).toBeUndefined();
  });

  it('keeps false, and forgets the least recently used past its size', () => {
    const kept = new KeptUntilChange<boolean>(2);
    kept.set('a', false, 1, 0);
    kept.set('b', true, 1, 0);
    expect(kept.get('a', 1, 0)).toBe(false);
    kept.set('c', true, 1, 0);
    expect(kept.get('b', 1, 0)).toBeUndefined();
    expect(kept.get('a', 1, 0)).toBe(false);
  });
});
