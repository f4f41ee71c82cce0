/**
 * Turns what the API says into the user's language. The server's error codes and validation
 * codes are stable, so they map onto keys: `errors.<code>`, `validation.<field>.<code>`.
 */
import i18next, { type ParseKeys } from 'i18next';
import { ApiError } from '../api.js';

/** The first key that exists, so specific messages can fall back to general ones. */
export function translateFirst(keys: string[], fallback: ParseKeys): string {
  const key = (keys.find((candidate) => i18next.exists(candidate)) ?? fallback) as ParseKeys;
  return i18next.t(key);
}

export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return i18next.t('errors.unknown');
  return translateFirst([`errors.${error.code}`], 'errors.unknown');
}

/**
 * A message for one field: a validation issue, or the error the server tied to the field. A form
 * may give a context when its field means something else than elsewhere (a login's password).
 */
export function fieldMessage(
  field: string,
  code: string,
  fallbackError?: ApiError,
  context?: string,
): string {
  const specific = [`validation.${field}.${code}`, `validation.${code}`];
  if (context) specific.unshift(`validation.${context}.${field}.${code}`);
  if (fallbackError && fallbackError.code !== 'validation_failed') {
    specific.unshift(`errors.${fallbackError.code}`);
  }
  return translateFirst(specific, 'errors.validation_failed');
}

export interface DescribedError {
  /** Messages per field name, for fields the form shows. */
  fields: Record<string, string>;
  /** A message for the whole form, when no shown field is at fault. */
  form: string | null;
}

/** Splits an API error into messages on the form's own fields and one for the form as a whole. */
export function describeError(
  error: unknown,
  formFields: readonly string[],
  context?: string,
): DescribedError {
  const fields: Record<string, string> = {};
  if (error instanceof ApiError) {
    const issues = error.issues;
    for (const issue of issues) {
      if (formFields.includes(issue.field) && !fields[issue.field]) {
        fields[issue.field] = fieldMessage(issue.field, issue.code, undefined, context);
      }
    }
    if (issues.length === 0 && error.field && formFields.includes(error.field)) {
      fields[error.field] = fieldMessage(error.field, error.code, error, context);
    }
  }
  const form = Object.keys(fields).length > 0 ? null : errorMessage(error);
  return { fields, form };
}
