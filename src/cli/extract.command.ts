// `tessera extract PATH...`: run the engine over files and print claims and releases. Files are found and
// read exactly as `tessera ingest` finds and reads them (the same kinds, PDF text layers, limits, errors).
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import type { Extraction } from '../domain/claim.ts';
import { findFiles } from '../ingest/files.ts';
import type { DocumentKind } from '../ingest/kinds.ts';
import { readReportFile } from '../ingest/read-file.ts';
import { readText } from '../ingest/read.ts';
import { extract } from '../pipeline/extract.ts';
import { describeError, parseIsoDateOption, parseLangOption } from './options.ts';
import { printTable } from './table.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';
import { setExitCode, stderr, stdout } from './io.ts';

interface ExtractOptions {
  format: 'table' | 'json' | 'jsonl';
  lang?: string;
  published?: string;
}

async function extractFile(path: string, kind: DocumentKind, opts: ExtractOptions, maxBytes: number) {
  const { bytes, sidecar } = await readReportFile(path, maxBytes);
  const { text } = await readText(bytes, kind, path);
  const result = extract(text, {
    lang: opts.lang ?? sidecar?.lang ?? null,
    published: opts.published ?? sidecar?.published ?? null,
  });
  return { id: basename(path, extname(path)), result };
}

/** One line on stderr naming the input once (readers' messages already start with it). */
function reportProblem(input: string, e: unknown): void {
  const message = describeError(e);
  stderr().write(`tessera: ${message.startsWith(`${input}: `) ? message : `${input}: ${message}`}\n`);
}

export function registerExtract(program: Command): void {
  const cmd = program
    .command('extract')
    .description('extract counts of people and propaganda releases from files or folders')
    .argument('<paths...>', 'files, or folders whose text, Markdown, HTML and PDF files are read')
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
    let maxBytes: number;
    try {
      maxBytes = loadConfig().maxBytes;
    } catch (e) {
      stderr().write(`tessera: ${describeError(e)}\n`);
      setExitCode(2);
      return;
    }
    const files: { path: string; kind: DocumentKind }[] = [];
    let failed = 0;
    const visited = new Set<string>();
    for (const p of paths) {
      for (const found of await findFiles(p, visited)) {
        if (found.type === 'file') files.push(found);
        else if (found.type === 'skipped')
          stderr().write(`tessera: skipped ${found.path}: ${found.reason}\n`);
        else {
          failed++;
          reportProblem(found.path, found.error);
        }
      }
    }
    const docs: { id: string; result: Extraction }[] = [];
    for (const f of files) {
      try {
        const doc = await extractFile(f.path, f.kind, opts, maxBytes);
        docs.push(doc);
        for (const n of doc.result.notices) stderr().write(`tessera: ${f.path}: ${n}\n`);
        if (opts.format === 'jsonl') stdout().write(jsonLine(doc.id, doc.result) + '\n');
      } catch (e) {
        failed++;
        reportProblem(f.path, e);
      }
    }
    if (opts.format === 'json') {
      stdout().write(
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
    if (failed) setExitCode(1);
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
