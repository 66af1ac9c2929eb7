// Expands the paths given on the command line: folders recursively, sorted; unknown kinds listed as skipped.
// The walk follows real paths: a symbolic link is read once, where it leads, and only inside the folders
// given, so a link to a parent folder cannot loop and a link out of the folder is named, not followed.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { isSidecar, kindOfPath, type DocumentKind } from './kinds.ts';

export type FoundFile =
  | { type: 'file'; path: string; kind: DocumentKind }
  | { type: 'skipped'; path: string; reason: string }
  | { type: 'error'; path: string; error: unknown };

/**
 * The files under a path. `visited` (real paths) may be shared between the paths of one command, so
 * a file reached through two of them is read once.
 */
export async function findFiles(path: string, visited: Set<string> = new Set()): Promise<FoundFile[]> {
  const out: FoundFile[] = [];
  let root: string;
  try {
    root = await realpath(path);
  } catch (error) {
    out.push({ type: 'error', path, error });
    return out;
  }
  await walk({ root, visited, out }, path, root, true);
  return out;
}

interface Walk {
  /** The real path of the folder (or file) given. */
  root: string;
  visited: Set<string>;
  out: FoundFile[];
}

const inside = (root: string, real: string) =>
  real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);

async function walk(w: Walk, path: string, real: string, given: boolean): Promise<void> {
  if (w.visited.has(real)) return;
  w.visited.add(real);
  let info;
  try {
    info = await stat(real);
  } catch (error) {
    w.out.push({ type: 'error', path, error });
    return;
  }
  if (info.isDirectory()) {
    let entries;
    try {
      entries = await readdir(real, { withFileTypes: true });
    } catch (error) {
      w.out.push({ type: 'error', path, error });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const child = join(path, e.name);
      let childReal = join(real, e.name);
      if (e.isSymbolicLink()) {
        try {
          childReal = await realpath(childReal);
        } catch {
          w.out.push({ type: 'skipped', path: child, reason: 'a symbolic link to nothing' });
          continue;
        }
        if (!inside(w.root, childReal)) {
          w.out.push({
            type: 'skipped',
            path: child,
            reason: `a symbolic link out of the folder (to ${childReal}), not followed`,
          });
          continue;
        }
      }
      await walk(w, child, childReal, false);
    }
    return;
  }
  if (!info.isFile()) {
    w.out.push({ type: 'skipped', path, reason: 'not a regular file' });
    return;
  }
  // Sidecars are read with their document; listing them as skipped would only be noise.
  if (isSidecar(path) && !given) return;
  const kind = kindOfPath(path);
  if (kind) w.out.push({ type: 'file', path, kind });
  else
    w.out.push({
      type: 'skipped',
      path,
      reason: 'not a kind of file Tessera reads (text, Markdown, HTML, PDF)',
    });
}
