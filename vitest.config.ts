import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Guards against hangs, not speed checks (those are benchmarks): CLI tests spawn processes that
    // compile TypeScript at start, slow on a busy two-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Two cores: PGlite start-up and browser tests are heavy; keep parallelism modest.
    maxWorkers: 2,
  },
});
