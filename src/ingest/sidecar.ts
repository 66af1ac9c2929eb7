// Sidecar metadata: NAME.meta.json beside NAME.txt supplies url, outlet, title, published, lang.
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import { invalidInput } from '../domain/errors.ts';
import { isoDatePrefixSchema, languageCodeSchema } from '../domain/validate.ts';

export const sidecarSchema = z.object({
  id: z.string().optional(),
  url: z.string().nullish(),
  outlet: z.string().nullish(),
  title: z.string().nullish(),
  published: isoDatePrefixSchema.nullish(),
  lang: languageCodeSchema.nullish(),
});
export type Sidecar = z.infer<typeof sidecarSchema>;

export const sidecarPathFor = (path: string) =>
  join(dirname(path), `${basename(path, extname(path))}.meta.json`);

/** Reads the sidecar of a document file; null when there is none, an error naming it when it is bad. */
export async function readSidecar(documentPath: string): Promise<Sidecar | null> {
  const path = sidecarPathFor(documentPath);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw invalidInput(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = sidecarSchema.safeParse(json);
  if (!parsed.success) {
    throw invalidInput(
      `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}
