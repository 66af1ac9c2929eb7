// `tessera extract PATH...`: run the engine over files and print claims and releases.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Command } from 'commander';
import type { Extraction } from '../domain/claim.ts';
import { extract } from '../pipeline/extract.ts';
import { decodeText } from '../ingest/decode.ts';
import { htmlToText } from '../ingest/html.ts';
import { readSidecar } from '../ingest/sidecar.ts';
import { describeError, parseIsoDateOption, parseLangOption } from './options.ts';
import { printTable } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';

const READABLE = new Set(['.txt', '.md', '.html', '.htm']);

async function collect(path: string, into: string[]): Promise<void> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    into.push(path);
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = join(path, e.name);
    if (e.isDirectory()) await collect(full, into);
    else if (READABLE.has(extname(e.name).toLowerCase())) into.push(full);
  }
}

interface ExtractOptions {
  format: 'table' | 'json' | 'jsonl';
  lang?: string;
  published?: string;
}

async function extractFile(path: string, opts: ExtractOptions) {
  const bytes = await readFile(path);
  if (bytes.length === 0) throw new Error('empty file');
  let { text } = decodeText(bytes, path);
  if (/\.html?$/i.test(path)) text = htmlToText(text).text;
  if (!text.trim()) throw new Error('no text in the file');
  const sidecar = await readSidecar(path);
  const result = extract(text, {
    lang: opts.lang ?? sidecar?.lang ?? null,
    published: opts.published ?? sidecar?.published ?? null,
  });
  return { id: basename(path, extname(path)), result };
}

export function registerExtract(program: Command): void {
  const cmd = program
    .command('extract')
    .description('extract counts of people and propaganda releases from files or folders')
    .argument('<paths...>', 'files, or folders whose .txt, .md and .html files are read')
    .option('-f, --format <format>', 'table, json or jsonl', 'table')
    .option(
      '--lang <code>',
      'the language of every file (ISO 639-1), instead of detecting it',
      parseLangOption,
    )
    .option(
      '--published <date>',
      'publication date (YYYY-MM-DD) that anchors relative dates',
      parseIsoDateOption('--published'),
    );
  exitTwoOnUsageErrors(cmd).action(async (paths: string[], opts: ExtractOptions) => {
    if (!['table', 'json', 'jsonl'].includes(opts.format)) {
      usageError(cmd, `--format must be table, json or jsonl, not "${opts.format}"`);
    }
    const files: string[] = [];
    let failed = 0;
    for (const p of paths) {
      try {
        await collect(p, files);
      } catch (e) {
        failed++;
        process.stderr.write(`tessera: ${p}: ${describeError(e)}\n`);
      }
    }
    const docs: { id: string; result: Extraction }[] = [];
    for (const f of files) {
      try {
        const doc = await extractFile(f, opts);
        docs.push(doc);
        for (const n of doc.result.notices) process.stderr.write(`tessera: ${f}: ${n}\n`);
        if (opts.format === 'jsonl') process.stdout.write(jsonLine(doc.id, doc.result) + '\n');
      } catch (e) {
        failed++;
        process.stderr.write(`tessera: ${f}: ${describeError(e)}\n`);
      }
    }
    if (opts.format === 'json') {
      process.stdout.write(
        JSON.stringify(
          docs.map((d) => ({ id: d.id, ...d.result })),
          null,
          2,
        ) + '\n',
      );
    } else if (opts.format === 'table') {
      printTable(
        ['document', 'lang', 'kind', 'value', 'who', 'origin', 'status', 'quote'],
        docs.flatMap(({ id, result }) => [
          ...result.claims.map((c) => [
            id,
            result.lang ?? '-',
            'claim',
            formatBounds(c.value.min, c.value.max, c.qualifier),
            c.population,
            c.origin?.join(',') ?? '-',
            c.status,
            c.quote,
          ]),
          ...result.releases.map((r) => [
            id,
            result.lang ?? '-',
            r.media,
            r.date ?? '-',
            r.title ?? '(untitled)',
            '',
            '',
            r.quote,
          ]),
        ]),
      );
    }
    if (failed) process.exitCode = 1;
  });
}

const jsonLine = (id: string, r: Extraction) =>
  JSON.stringify({ id, lang: r.lang, claims: r.claims, releases: r.releases, notices: r.notices });

export function formatBounds(min: number | null, max: number | null, qualifier: string): string {
  const n = (v: number) => v.toLocaleString('en-US');
  if (qualifier === 'vague') return 'vague';
  if (min !== null && max !== null)
    return min === max ? `${qualifier === 'approx' ? '~' : ''}${n(min)}` : `${n(min)}–${n(max)}`;
  if (min !== null) return `≥${n(min)}`;
  if (max !== null) return `≤${n(max)}`;
  return '?';
}
