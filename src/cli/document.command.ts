// `tessera document ID [--title T] [--outlet O] [--url U] [--published DATE] [--lang xx] [--clear FIELD]`:
// an analyst corrects a stored report's metadata; logged with who changed what from what.
import type { Command } from 'commander';
import { DocumentMetaEdits, parseQuestion } from '../domain/filters.ts';
import { TesseraError } from '../domain/errors.ts';
import { correctDocument } from '../services/documents.service.ts';
import { stdout } from './io.ts';
import { docLabel, withStore } from './store.ts';
import { exitTwoOnUsageErrors, usageError } from './usage.ts';

const FIELDS = ['title', 'outlet', 'url', 'published', 'lang'] as const;

interface DocumentCliOptions {
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
  lang?: string;
  clear: string[];
  note?: string;
}

/** How the command names a field in its messages: as the option that sets it. */
const optionOf = (field: string) => (field ? `--${field}` : 'the correction');

export function registerDocument(program: Command): void {
  const cmd = program
    .command('document')
    .description("correct a stored report's title, outlet, URL, publication date or language")
    .argument('<id>', 'the report, by its id (tessera search lists them as #ID)')
    .option('--title <text>', 'the title')
    .option('--outlet <name>', 'the outlet that published it')
    .option('--url <address>', 'where it was published (http or https)')
    .option('--published <date>', 'the publication date: 2021, 2021-05 or 2021-05-10')
    .option('--lang <code>', 'the language, an ISO 639-1 code such as ar')
    .option(
      '--clear <field>',
      `clear a field (${FIELDS.join(', ')}); may be repeated`,
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('--note <text>', 'why, kept in the history');
  exitTwoOnUsageErrors(cmd).action(async (idText: string, opts: DocumentCliOptions) => {
    if (!/^\d+$/.test(idText) || Number(idText) < 1)
      usageError(cmd, `ID must be a report id such as 12, not "${idText}"`);
    const input: Record<string, unknown> = {};
    for (const field of FIELDS) if (opts[field] !== undefined) input[field] = opts[field];
    for (const field of opts.clear) {
      if (!(FIELDS as readonly string[]).includes(field))
        usageError(cmd, `--clear takes one of ${FIELDS.join(', ')}, not "${field}"`);
      if (field in input) usageError(cmd, `--${field} and --clear ${field} ask for two things`);
      input[field] = null;
    }
    if (opts.note !== undefined) input.note = opts.note;
    try {
      parseQuestion(DocumentMetaEdits, input, optionOf);
    } catch (e) {
      usageError(cmd, e instanceof TesseraError ? e.message : String(e));
    }
    await withStore(
      async (repo, config) => {
        const doc = await correctDocument(repo, Number(idText), input, config.user, optionOf);
        stdout().write(
          `${docLabel(doc)} corrected by ${config.user}: ` +
            FIELDS.filter((f) => f in input)
              .map((f) => `${f} ${doc[f] === null ? '(none)' : JSON.stringify(doc[f])}`)
              .join(', ') +
            '\n',
        );
      },
      { existing: true },
    );
  });
}
