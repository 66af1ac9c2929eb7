// Expands the paths given on the command line: folders recursively, sorted; unknown kinds listed as skipped.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isSidecar, kindOfPath, type DocumentKind } from './kinds.ts';

export type FoundFile =
  | { type: 'file'; path: string; kind: DocumentKind }
  | { type: 'skipped'; path: string; reason: string }
  | { type: 'error'; path: string; error: unknown };

export async function findFiles(path: string): Promise<FoundFile[]> {
  const out: FoundFile[] = [];
  await walk(path, out, true);
  return out;
}

async function walk(path: string, out: FoundFile[], given: boolean): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    out.push({ type: 'error', path, error });
    return;
  }
  if (info.isDirectory()) {
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (error) {
      out.push({ type: 'error', path, error });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      await walk(join(path, e.name), out, false);
    }
    return;
  }
  if (!info.isFile()) {
    out.push({ type: 'skipped', path, reason: 'not a regular file' });
    return;
  }
  // Sidecars are read with their document; listing them as skipped would only be noise.
  if (isSidecar(path) && !given) return;
  const kind = kindOfPath(path);
  if (kind) out.push({ type: 'file', path, kind });
  else
    out.push({
      type: 'skipped',
      path,
      reason: 'not a kind of file Tessera reads (text, Markdown, HTML, PDF)',
    });
}
