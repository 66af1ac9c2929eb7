// One error type with stable codes; surfaces (CLI, API) map it, services never format it.

export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'unsupported_format'
  | 'unreadable_input'
  | 'too_large'
  | 'fetch_failed'
  | 'forbidden_address'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'storage_failed';

export class TesseraError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TesseraError';
  }
}

export const invalidInput = (message: string) => new TesseraError('invalid_input', message);
export const notFound = (what: string, id: string) =>
  new TesseraError('not_found', `${what} not found: ${id}`);
export const unsupportedFormat = (name: string, why: string) =>
  new TesseraError('unsupported_format', `${name}: ${why}`);
export const unreadableInput = (name: string, why: string, cause?: unknown) =>
  new TesseraError('unreadable_input', `${name}: ${why}`, { cause });
export const tooLarge = (name: string, size: number, limit: number) =>
  new TesseraError('too_large', `${name}: ${size} bytes exceeds the limit of ${limit} bytes`);
export const fetchFailed = (url: string, why: string, cause?: unknown) =>
  new TesseraError('fetch_failed', `${url}: ${why}`, { cause });
export const forbiddenAddress = (url: string, why: string) =>
  new TesseraError('forbidden_address', `${url}: ${why}`);
export const unauthorized = (message: string) => new TesseraError('unauthorized', message);
export const forbidden = (message: string) => new TesseraError('forbidden', message);
