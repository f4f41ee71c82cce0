import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldIssue, errorStatus } from '../errors.js';

interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    field?: string;
    issues?: FieldIssue[];
    details?: unknown;
    requestId: string;
  };
}

/** Maps Fastify's own error codes for unreadable requests onto ours. */
const frameworkErrors: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_RATE_LIMIT_EXCEEDED: 'rate_limited',
};

/** The one place an error becomes a response: a stable code, the field at fault, never a stack. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const body = describe(error, request);
  const status = errorStatus[body.error.code];
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: body.error.code, field: body.error.field }, 'request refused');
  return reply.code(status).send(body);
}

function describe(error: FastifyError, request: FastifyRequest): ErrorBody {
  const requestId = request.id;
  if (error instanceof AppError) {
    const { code, message, field, details } = error;
    return { error: { code, message, field, details, requestId } };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const location = error.validationContext ?? 'body';
    const issues = error.validation.map((issue) => ({
      field: fieldName(issue.instancePath, issue.keyword, issue.params as { keys?: string[] }),
      code: issue.keyword,
      message: issue.message ?? issue.keyword,
    }));
    const first = issues[0];
    const message = `Invalid ${location}: ${first ? `${first.field}: ${first.message}` : ''}`;
    return {
      error: { code: 'validation_failed', message, field: first?.field, issues, requestId },
    };
  }
  const mapped = error.code ? frameworkErrors[error.code] : undefined;
  if (mapped) return { error: { code: mapped, message: error.message, requestId } };
  if (request.method === 'DELETE' && isForeignKeyViolation(error)) {
    const message = 'Something else still refers to this; archive or cancel it instead';
    return { error: { code: 'in_use', message, requestId } };
  }
  if (error.statusCode === 429) {
    return { error: { code: 'rate_limited', message: 'Too many attempts', requestId } };
  }
  return { error: { code: 'internal_error', message: 'Something went wrong', requestId } };
}

/**
 * A refusal for a reference: on a delete, something else still refers to the row, where no
 * service check caught it first (two requests racing, say). PostgreSQL's SQLSTATE 23503 or
 * better-sqlite3's extended code.
 */
function isForeignKeyViolation(error: { code?: string }): boolean {
  return error.code === '23503' || error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** Zod reports unknown keys on the object itself; name the first unknown key instead. */
function fieldName(instancePath: string, code: string, params: { keys?: string[] }): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  const unknownKey = params.keys?.[0];
  if (code === 'unrecognized_keys' && unknownKey)
    return path ? `${path}.${unknownKey}` : unknownKey;
  return path;
}
