/**
 * Targets in words and in form fields: shown with the indicator's decimals in the user's
 * language, and read back from what people type in Norwegian ("12,5", "1 234").
 */
import i18next from 'i18next';
import { formatNumber } from '#domain/numbers.js';
import { ApiError, type FieldIssue } from '../api.js';
import { currentLocale } from '../i18n/index.js';
import type { TargetField } from './targetInput.js';
import type { TargetValues } from './types.js';

/** A number as shown, with exactly the indicator's decimals: 4,5 and 1 234,0 in bokmål. */
export function showNumber(value: number, decimals: number): string {
  return formatNumber(value, decimals, currentLocale());
}

/** A number as a form field starts with: every stored digit, no grouping, the locale's comma. */
export function editableNumber(value: number | undefined): string {
  if (value === undefined) return '';
  const locale = currentLocale() === 'en' ? 'en-GB' : 'nb-NO';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 10, useGrouping: false }).format(
    value,
  );
}

/** "Mål 4,5 · grense 4,0", or "2,0 til 5,0 · toleranse 1,0" for a range. */
export function describeTarget(values: TargetValues, decimals: number): string {
  if (values.kind === 'value') {
    return i18next.t('target.describe.value', {
      target: showNumber(values.target, decimals),
      threshold: showNumber(values.threshold, decimals),
    });
  }
  return i18next.t('target.describe.range', {
    low: showNumber(values.low, decimals),
    high: showNumber(values.high, decimals),
    tolerance: showNumber(values.tolerance, decimals),
  });
}

/** The values as the fields of a form show them, keyed by field name. */
export function fieldTexts(values: TargetValues | undefined): Record<TargetField, string> {
  return {
    target: editableNumber(values?.kind === 'value' ? values.target : undefined),
    threshold: editableNumber(values?.kind === 'value' ? values.threshold : undefined),
    low: editableNumber(values?.kind === 'range' ? values.low : undefined),
    high: editableNumber(values?.kind === 'range' ? values.high : undefined),
    tolerance: editableNumber(values?.kind === 'range' ? values.tolerance : undefined),
  };
}

/** Typing mistakes as the API would report them, so forms show them the same way. */
export function typingError(issues: FieldIssue[]): ApiError {
  const message = 'Some numbers could not be read';
  return new ApiError(400, 'validation_failed', message, undefined, issues);
}

interface TargetIssueDetails {
  issues?: { index: number; field: string; code: string; message: string }[];
}

/** The refusals of a target save, by the index of the change they concern. */
export function targetIssues(error: unknown): TargetIssueDetails['issues'] {
  if (!(error instanceof ApiError) || error.code !== 'target_invalid') return undefined;
  return (error.details as TargetIssueDetails | undefined)?.issues;
}

/**
 * A refused target as a field issue, so a form marks the field at fault with a message for the
 * indicator's direction ("lower is better, so the threshold must be at or above the target").
 */
export function asFieldError(error: unknown): unknown {
  const first = targetIssues(error)?.[0];
  if (!first || !(error instanceof ApiError)) return error;
  return new ApiError(error.status, 'validation_failed', first.message, first.field, [
    { field: first.field, code: first.code, message: first.message },
  ]);
}
