// `npx tsx scripts/extract-dump.ts OUT.jsonl [MB]`: writes extract()'s output, one JSON line per
// report, for every dev report (../shared/corpus/dev) and for a bench corpus of MB megabytes
// (default 5). Speed work compares the dumps before and after a change: the engine's output must
// stay byte for byte the same, or each difference must be explained.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCorpus } from '../bench/corpus.ts';
import { extract } from '../src/pipeline/extract.ts';

const [out, megabytes = '5'] = process.argv.slice(2);
if (!out) throw new Error('usage: extract-dump.ts OUT.jsonl [MB]');

const dev = resolve(import.meta.dirname, '../../shared/corpus/dev');
const lines: string[] = [];
for (const file of readdirSync(dev)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const id = file.slice(0, -'.txt'.length);
  const meta = JSON.parse(readFileSync(join(dev, `${id}.meta.json`), 'utf8')) as {
    lang: string;
    published: string | null;
  };
  const text = readFileSync(join(dev, file), 'utf8');
  lines.push(JSON.stringify({ id, ...extract(text, { lang: meta.lang, published: meta.published }) }));
  // Without a language, so identification and per-run extraction are checked too.
  lines.push(JSON.stringify({ id: `${id}/detected`, ...extract(text, { published: meta.published }) }));
}
for (const report of buildCorpus({ targetBytes: Number(megabytes) * 1_000_000 })) {
  const extraction = extract(report.text, { lang: report.lang, published: report.published });
  lines.push(JSON.stringify({ id: report.id, ...extraction }));
}
writeFileSync(out, lines.join('\n') + '\n');
const digest = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
console.log(`${lines.length} extractions, sha256 ${digest}`);
