import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { DomainError, errorCatalog, type ErrorCode } from '../domain/errors.js';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: unknown };
}

/** Zod issues as { "field.path": "中文消息" }: the web puts each on its form field. */
export function zodDetails(error: ZodError): Record<string, string> {
  const details: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    details[key] ??= issue.message;
  }
  return details;
}

function body(code: ErrorCode, details: unknown = null, message?: string): ErrorBody {
  return { error: { code, message: message ?? errorCatalog[code].message, details } };
}

/** Maps every error to `{ error: { code, message, details } }` in one place; never a stack trace. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof DomainError) return reply.status(error.status).send(body(error.code, error.details, error.message));
    if (error instanceof ZodError) return reply.status(400).send(body('VALIDATION_FAILED', zodDetails(error)));
    const fastifyError = error as FastifyError;
    if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fastifyError.code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(413).send(body('PAYLOAD_TOO_LARGE'));
    }
    if (fastifyError.statusCode === 429) return reply.status(429).send(body('RATE_LIMITED'));
    if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      return reply.status(fastifyError.statusCode).send(body('BAD_REQUEST', { reason: fastifyError.message }));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL'));
  });
}
