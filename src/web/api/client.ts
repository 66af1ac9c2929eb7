// The typed client: paths and shapes come from docs/openapi.json (see src/web/api/schema.ts).
import createClient from 'openapi-fetch';
import type { components, paths } from './schema.ts';

export const api = createClient<paths>({ baseUrl: '' });

/** Sent on window when the API answers 401: the server has accounts and this page has no session. */
export const UNAUTHORIZED_EVENT = 'tessera:unauthorized';
api.use({
  onResponse({ request, response }) {
    // A refused login answers 401 too: the login page says so itself.
    if (response.status === 401 && new URL(request.url, window.location.href).pathname !== '/api/session')
      window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
    return response;
  },
});

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
