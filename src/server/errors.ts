import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { errorStatus, fieldCodeOfIssue, type ApiError, type ErrorCode, type FieldError, type FieldErrorCode } from '../contract/errors.js';
import { errorMessages } from '../contract/messages.js';
import { requestLocale } from './http/locale.js';

/** Every expected failure is an AppError; anything else is a bug and answers 500 without details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields: { path: string; code: FieldErrorCode }[] = [],
  ) {
    super(code);
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
export const conflict = (path?: string, code: FieldErrorCode = 'stale_version') => new AppError('conflict', path ? [{ path, code }] : []);
export const invalidField = (path: string, code: FieldErrorCode) => new AppError('validation', [{ path, code }]);

/** fastify-type-provider-zod flattens each zod issue into { keyword: code, message, params: rest }. */
type FlattenedIssue = { instancePath: string; keyword: string; message: string; params: Record<string, unknown> };
type ZodIssue = Parameters<typeof fieldCodeOfIssue>[0];

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = requestLocale(request);
    const messages = errorMessages[locale];
    const send = (code: ErrorCode, fields: { path: string; code: FieldErrorCode }[] = []) => {
      const body: ApiError = { error: { code, message: messages[code] } };
      if (fields.length > 0) {
        body.error.fields = fields.map((field): FieldError => ({
          path: field.path,
          code: field.code,
          message: messages.fields[field.code],
        }));
      }
      return reply.status(errorStatus[code]).send(body);
    };

    if (error instanceof AppError) return send(error.code, error.fields);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = (error.validation as unknown as FlattenedIssue[]).map((issue) => ({
        path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        code: fieldCodeOfIssue({ ...issue.params, code: issue.keyword, message: issue.message } as unknown as ZodIssue),
      }));
      return send('validation', fields);
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return send('validation');
    }
    if (error.statusCode === 429) return send('rate_limited');
    if (error.statusCode === 415 || error.statusCode === 413 || error.statusCode === 400) return send('unprocessable');
    if (error.statusCode === 404) return send('not_found');
    if (isResponseSerializationError(error)) request.log.error({ err: error }, 'response did not match its schema');
    else request.log.error({ err: error }, 'unhandled error');
    return send('internal');
  });

  app.setNotFoundHandler((request, reply) => {
    const messages = errorMessages[requestLocale(request)];
    return reply.status(404).send({ error: { code: 'not_found', message: messages.not_found } } satisfies ApiError);
  });
}
