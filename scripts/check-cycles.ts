// `npm run lint:cycles`: fails when modules under src/ import each other in a cycle (type imports
// included: a cycle of types is still two modules that cannot be understood apart). What ESLint's
// import/no-cycle would do, without its plugin: the relative imports of every file, then Tarjan's
// strongly connected components; each component of more than one module is printed as a cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
/** The web app is a separate program (its own bundle); generated code is left out. */
const SKIP = [join(SRC, 'web')];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (SKIP.includes(path)) return [];
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Relative module specifiers a file imports or re-exports statically. A dynamic import() is left out:
 * it loads on demand (the CLI's command table loads each command so), never while its importer loads.
 */
export function importsOf(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers = source.statements.flatMap((s) =>
    (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) &&
    s.moduleSpecifier &&
    ts.isStringLiteral(s.moduleSpecifier)
      ? [s.moduleSpecifier.text]
      : [],
  );
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => resolve(dirname(path), s))
    .filter((target) => {
      try {
        return statSync(target).isFile();
      } catch {
        return false;
      }
    });
}

/** The cycles among these modules: strongly connected components of more than one (or self-importing). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = new Map(files(SRC).map((f) => [f, importsOf(f)]));
  const found = cycles(graph);
  for (const c of found) console.error(`import cycle: ${c.map((f) => relative(ROOT, f)).join(' ↔ ')}`);
  if (found.length) process.exitCode = 1;
  else console.log(`no import cycles among ${graph.size} modules under src/`);
}
