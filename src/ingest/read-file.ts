// Reading one report file from disk, for every command that reads files (ingest, extract): the size
// limit, the bytes and the sidecar beside it, with the same errors everywhere.
import { readFile, stat } from 'node:fs/promises';
import { tooLarge } from '../domain/errors.ts';
import { readSidecar, type Sidecar } from './sidecar.ts';

export interface FileRead {
  bytes: Uint8Array;
  sidecar: Sidecar | null;
}

export async function readReportFile(path: string, maxBytes: number): Promise<FileRead> {
  const info = await stat(path);
  if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
  const bytes = new Uint8Array(await readFile(path));
  return { bytes, sidecar: await readSidecar(path) };
}
