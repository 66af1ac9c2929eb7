// The typed client: paths and shapes come from docs/openapi.json (see src/web/api/schema.ts).
import createClient from 'openapi-fetch';
import type { components, paths } from './schema.ts';

export const api = createClient<paths>({ baseUrl: '' });

export type Schemas = components['schemas'];
export type ClaimItem = Schemas['ClaimItem'];
export type ClaimDetail = Schemas['ClaimDetail'];
export type DocumentDetail = Schemas['DocumentDetail'];
export type DocumentSummary = Schemas['DocumentSummary'];
export type ReleaseItem = Schemas['ReleaseItem'];
export type EstimateSeries = Schemas['EstimateSeries'];
export type IngestResponse = Schemas['IngestResponse'];

export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Unwraps openapi-fetch's {data, error}: errors are {code, message} from the API. */
export async function call<T>(p: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const { data, error } = await p;
  if (error !== undefined || data === undefined) {
    const e = (error ?? {}) as { code?: string; message?: string };
    throw new ApiFailure(e.code ?? 'error', e.message ?? 'the request failed');
  }
  return data;
}
