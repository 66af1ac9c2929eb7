// `npm run build:cli` (run by `npm ci` through prepare): compiles the CLI and the server it serves to
// JavaScript in dist/cli, one chunk per subcommand, so `tessera` starts without compiling TypeScript.
// Packages stay external (node_modules is there at run time). dist/cli sits as deep as src/cli, so
// paths taken from import.meta.url (drizzle/, dist/web/, samples/) resolve alike from both.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = fileURLToPath(new URL('../dist/cli', import.meta.url));

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log(`built the CLI into ${outdir}`);
