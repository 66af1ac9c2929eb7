#!/usr/bin/env node
// Runs the compiled CLI (dist/cli, built by `npm ci` or `npm run build:cli`). Without a build, or with
// TESSERA_FROM_SOURCE=1 (as the tests run it), runs the TypeScript source through tsx instead.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!process.env.TESSERA_FROM_SOURCE && existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
