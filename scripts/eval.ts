// `npm run eval`: runs the extractor over the dev corpus and prints the official scorer's output.
// Options: --verbose (every false positive and negative), --lang xx (only that language).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extract } from '../src/pipeline/extract.ts';
import { evalLinking } from './eval-linking.ts';

const args = process.argv.slice(2);
const shared = resolve(import.meta.dirname, '../../shared');
const corpus = join(shared, 'corpus/dev');
const only = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;

const work = mkdtempSync(join(tmpdir(), 'tessera-eval-'));
try {
  const gold = join(work, 'gold');
  execFileSync('mkdir', ['-p', gold]);
  const lines: string[] = [];
  for (const f of readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const id = f.slice(0, -4);
    const meta = JSON.parse(readFileSync(join(corpus, `${id}.meta.json`), 'utf8')) as {
      lang: string;
      published: string | null;
    };
    if (only && meta.lang !== only) continue;
    for (const ext of ['txt', 'meta.json', 'gold.json'])
      writeFileSync(join(gold, `${id}.${ext}`), readFileSync(join(corpus, `${id}.${ext}`)));
    const text = readFileSync(join(corpus, f), 'utf8');
    const r = extract(text, { lang: meta.lang, published: meta.published });
    lines.push(JSON.stringify({ id, lang: r.lang, claims: r.claims, releases: r.releases }));
  }
  const pred = join(work, 'pred.jsonl');
  writeFileSync(pred, lines.join('\n') + '\n');
  const flags = args.filter((a) => a === '--verbose' || a === '--json');
  console.log('== Extraction on ../shared/corpus/dev' + (only ? ` (${only})` : ''));
  process.stdout.write(
    execFileSync('node', [join(shared, 'eval/score.mjs'), gold, pred, ...flags], { encoding: 'utf8' }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Fact linking end to end (ingest, copies, facts) against groups built from the gold annotations.
if (!only)
  console.log('\n' + (await evalLinking(corpus, { verbose: args.includes('--verbose') })).lines.join('\n'));
