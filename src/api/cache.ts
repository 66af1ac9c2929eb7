// Values derived from the whole store, recomputed only when the catalogue has seen a change.
import type { Catalog } from '../services/catalog.service.ts';

export function perGeneration<T>(catalog: Catalog, compute: () => Promise<T> | T): () => Promise<T> {
  let cached: { generation: number; value: Promise<T> } | null = null;
  return async () => {
    await catalog.sync();
    if (!cached || cached.generation !== catalog.generation) {
      const value = Promise.resolve().then(compute);
      cached = { generation: catalog.generation, value };
      value.catch(() => (cached = null));
    }
    return cached.value;
  };
}
