// `npm run eval`: runs the extractor over the dev corpus and prints the official scorer's output, for
// the whole corpus and for its two parts (the first 29 reports, ids -000 to -028; the 48 added later).
// Options: --verbose (every false positive and negative), --lang xx (only that language),
// --classes (errors by mechanism, see scripts/error-classes.ts), --no-linking.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Claim } from '../src/domain/claim.ts';
import { extract } from '../src/pipeline/extract.ts';
import { classifyErrors, printClasses } from './error-classes.ts';
import { evalLinking } from './eval-linking.ts';

const args = process.argv.slice(2);
const shared = resolve(import.meta.dirname, '../../shared');
const corpus = join(shared, 'corpus/dev');
const only = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;

/** The first 29 reports have ids ending -000 to -028; the later 48 end -101 and above. */
const isOriginal = (id: string) => Number(id.split('-')[1]) < 100;

const work = mkdtempSync(join(tmpdir(), 'tessera-eval-'));
try {
  const parts = { all: join(work, 'all'), original: join(work, 'original'), new: join(work, 'new') };
  for (const dir of Object.values(parts)) mkdirSync(dir);
  const lines: string[] = [];
  const docs: { id: string; lang: string; text: string; gold: Claim[]; pred: Claim[] }[] = [];
  for (const f of readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const id = f.slice(0, -4);
    const meta = JSON.parse(readFileSync(join(corpus, `${id}.meta.json`), 'utf8')) as {
      lang: string;
      published: string | null;
    };
    if (only && meta.lang !== only) continue;
    for (const dir of [parts.all, isOriginal(id) ? parts.original : parts.new])
      for (const ext of ['txt', 'meta.json', 'gold.json'])
        writeFileSync(join(dir, `${id}.${ext}`), readFileSync(join(corpus, `${id}.${ext}`)));
    const text = readFileSync(join(corpus, f), 'utf8');
    const r = extract(text, { lang: meta.lang, published: meta.published });
    lines.push(JSON.stringify({ id, lang: r.lang, claims: r.claims, releases: r.releases }));
    const gold = (JSON.parse(readFileSync(join(corpus, `${id}.gold.json`), 'utf8')) as { claims: Claim[] })
      .claims;
    docs.push({ id, lang: meta.lang, text, gold, pred: r.claims });
  }
  const pred = join(work, 'pred.jsonl');
  writeFileSync(pred, lines.join('\n') + '\n');
  const flags = args.filter((a) => a === '--verbose' || a === '--json');
  const score = (dir: string, extra: string[]) =>
    execFileSync('node', [join(shared, 'eval/score.mjs'), dir, pred, ...extra], { encoding: 'utf8' });
  console.log('== Extraction on ../shared/corpus/dev' + (only ? ` (${only})` : ''));
  process.stdout.write(score(parts.all, flags));
  for (const [name, dir] of [
    ['the first 29 reports', parts.original],
    ['the 48 later reports', parts.new],
  ] as const) {
    const summary = score(dir, [])
      .split('\n')
      .filter((l) => /^(?:[a-z]{2}: F1|claims F1)/.test(l));
    console.log(`-- ${name}: ${summary.map((l) => l.replace(/ \(P.*?\)/, '')).join('; ')}`);
  }
  if (args.includes('--classes')) printClasses(classifyErrors(docs));
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Fact linking end to end (ingest, copies, facts) against groups built from the gold annotations.
if (!only && !args.includes('--no-linking'))
  console.log('\n' + (await evalLinking(corpus, { verbose: args.includes('--verbose') })).lines.join('\n'));
