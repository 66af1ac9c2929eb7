// Option parsers shared by commands: each rejects bad input with a message naming it (exit 2 through
// commander), using the same checks as every other surface (src/domain/validate.ts).
import { InvalidArgumentError } from 'commander';
import type { z } from 'zod';
import { TesseraError } from '../domain/errors.ts';
import { integerSchema, isoDateSchema, languageCodeSchema, check } from '../domain/validate.ts';

/** A commander option parser from a schema: the parsed value, or a usage error naming the option. */
export function parsedBy<T>(schema: z.ZodType<T, string>, name: string) {
  return (value: string): T => {
    const r = check(schema, value, name);
    if (!r.ok) throw new InvalidArgumentError(r.message);
    return r.value;
  };
}

export const parseLangOption = parsedBy(languageCodeSchema, '--lang');
export const parseIsoDateOption = (name: string) => parsedBy(isoDateSchema, name);
export const parseIntegerOption = (name: string, min: number, max?: number) =>
  parsedBy(integerSchema(min, max), name);

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EISDIR: 'is a folder',
  ENOTDIR: 'not a folder',
  ELOOP: 'too many symbolic links',
};

/**
 * A message fit for a user: Tessera's own errors and system errors as words; anything else the store
 * or its driver throws is named without its text, which would show SQL statements and parameters.
 */
export function describeError(e: unknown): string {
  if (e instanceof TesseraError) return e.message;
  const code = e && typeof e === 'object' && 'code' in e ? String((e as NodeJS.ErrnoException).code) : '';
  if (ERRNO_WORDS[code]) return ERRNO_WORDS[code];
  if (e instanceof InvalidArgumentError) return e.message;
  if (e instanceof Error && !looksLikeDatabaseText(e)) return e.message;
  return 'the store could not answer this request (an unexpected database error)';
}

function looksLikeDatabaseText(e: Error): boolean {
  return (
    /query|sql/i.test(e.name) ||
    /Failed query|\b(select|insert into|update|delete from)\b.*\b(from|set|values|where)\b|\bparams:/is.test(
      e.message,
    ) ||
    // PostgreSQL and PGlite errors carry a severity and an SQLSTATE code.
    ('severity' in e && typeof (e as { code?: unknown }).code === 'string')
  );
}
