import { configDefaults, defineConfig } from 'vitest/config';

// The engine's tests (pipeline, text) are thousands of pure extract() calls in hundreds of files: run
// in one module graph per worker, they share the compiled packs and V8's warmed-up code instead of
// importing and compiling the engine again for every file (about 20 times faster). Sharing also shows
// any state one document leaves to the next, which the engine must not have. Everything else (storage,
// API, CLI, web) keeps a fresh module graph per file.
const ENGINE_TESTS = ['test/pipeline/**/*.test.ts', 'test/text/**/*.test.ts'];

export default defineConfig({
  test: {
    // Guards against hangs, not speed checks (those are benchmarks): CLI tests spawn processes that
    // compile TypeScript at start, slow on a busy two-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Two cores: PGlite start-up and browser tests are heavy; keep parallelism modest.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'engine', include: ENGINE_TESTS, isolate: false } },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...ENGINE_TESTS],
        },
      },
    ],
  },
});
