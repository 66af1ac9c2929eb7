// The Node version package.json and the README name is one every installed dependency supports, so
// `npm ci` never warns that a dependency wants a newer Node than Tessera says it needs.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Semver {
  minVersion(range: string): { major: number; minor: number; version: string } | null;
  validRange(range: string): string | null;
  satisfies(version: { version: string }, range: string): boolean;
}
// semver is in every npm tree (Vite, ESLint and TypeScript-ESLint use it) but ships no types: the calls used, typed.
const semver = createRequire(import.meta.url)('semver') as Semver;

const ROOT = join(import.meta.dirname, '..');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** Every package installed under node_modules (scoped and nested ones included). */
function installedPackages(dir: string, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (!e.isDirectory() || e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.name.startsWith('@')) installedPackages(path, out);
    else {
      out.push(path);
      installedPackages(join(path, 'node_modules'), out);
    }
  }
  return out;
}

describe('the Node version Tessera names', () => {
  const range = (readJson(join(ROOT, 'package.json')).engines as { node: string }).node;
  const lowest = semver.minVersion(range)!;

  it('is supported by every installed dependency', () => {
    const refusing: string[] = [];
    for (const dir of installedPackages(join(ROOT, 'node_modules'))) {
      let pkg;
      try {
        pkg = readJson(join(dir, 'package.json'));
      } catch {
        continue;
      }
      const wanted = (pkg.engines as { node?: string } | undefined)?.node;
      if (typeof wanted !== 'string' || !semver.validRange(wanted)) continue;
      if (!semver.satisfies(lowest, wanted)) refusing.push(`${String(pkg.name)} wants node ${wanted}`);
    }
    expect(refusing, `engines.node is "${range}"`).toEqual([]);
  });

  it('is the one the README names', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`Node.js ${lowest.major}.${lowest.minor} or later`);
  });
});
