// Option parsers shared by commands: each rejects bad input with a message naming it.
import { InvalidArgumentError } from 'commander';

export function parseLangOption(value: string): string {
  if (!/^[a-z]{2}$/.test(value))
    throw new InvalidArgumentError(`"${value}" is not an ISO 639-1 code such as en`);
  return value;
}

export function parseIsoDateOption(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const month = m?.[2] ? Number(m[2]) : 1;
  const day = m?.[3] ? Number(m[3]) : 1;
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new InvalidArgumentError(`"${value}" is not a date such as 2019-05-10`);
  }
  return value;
}

export function describeError(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && (e as NodeJS.ErrnoException).code === 'ENOENT') {
    return 'no such file or folder';
  }
  if (e && typeof e === 'object' && 'code' in e && (e as NodeJS.ErrnoException).code === 'EACCES') {
    return 'permission denied';
  }
  if (e && typeof e === 'object' && 'code' in e && (e as NodeJS.ErrnoException).code === 'EISDIR') {
    return 'is a folder';
  }
  return e instanceof Error ? e.message : String(e);
}
