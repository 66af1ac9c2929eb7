// Every error leaves as {code, message}: Tessera's own codes map to statuses; anything else is hidden.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { TesseraError, type ErrorCode } from '../domain/errors.ts';

export const STATUS_OF: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  unsupported_format: 415,
  unreadable_input: 422,
  too_large: 413,
  fetch_failed: 502,
  forbidden_address: 403,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  storage_failed: 500,
};

export interface ApiError {
  code: string;
  message: string;
}

/** Fastify's own client errors (bad JSON, wrong content type, body too large) keep their status. */
const FASTIFY_CODES: Record<number, string> = {
  400: 'invalid_input',
  404: 'not_found',
  406: 'invalid_input',
  413: 'too_large',
  415: 'unsupported_format',
  429: 'rate_limited',
};

export function installErrorHandling(app: FastifyInstance, maxUploadBytes: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'request';
      const problems = error.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        return path ? `${path}: ${v.message}` : (v.message ?? 'invalid');
      });
      return reply
        .code(400)
        .send({ code: 'invalid_input', message: `invalid ${where}: ${problems.join('; ')}` });
    }
    if (error instanceof TesseraError) {
      const status = STATUS_OF[error.code];
      if (status >= 500) {
        request.log.error(error);
        return reply
          .code(status)
          .send({ code: error.code, message: 'the store could not complete the request' });
      }
      return reply.code(status).send({ code: error.code, message: error.message });
    }
    if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({
        code: 'too_large',
        message: `the upload exceeds the limit of ${maxUploadBytes.toLocaleString('en-US')} bytes`,
      });
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    const code = FASTIFY_CODES[status];
    if (status < 500 && code) return reply.code(status).send({ code, message: error.message });
    request.log.error(error);
    return reply.code(500).send({ code: 'internal', message: 'internal error' });
  });
}
