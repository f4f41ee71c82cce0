/**
 * Reading a target as people type it: Norwegian numbers ("12,5", "1 234"), all fields blank for
 * no target of the unit's own, and a tolerance that may be left out. Pure, so it is tested alone.
 */
import { parseNorwegianNumber } from '#domain/numbers.js';
import type { FieldIssue } from '../api.js';
import type { Direction, TargetValues } from './types.js';

export const valueFields = ['target', 'threshold'] as const;
export const rangeFields = ['low', 'high', 'tolerance'] as const;
export type TargetField = (typeof valueFields)[number] | (typeof rangeFields)[number];

export const fieldsFor = (direction: Direction): readonly TargetField[] =>
  direction === 'range' ? rangeFields : valueFields;

export type ReadTarget =
  | { ok: true; values: TargetValues | null }
  | { ok: false; issues: FieldIssue[] };

/**
 * Reads typed values: all fields blank means no target of its own; otherwise every field but the
 * tolerance (0 when blank) must hold a number. Whether they make sense is the server's to say.
 */
export function readTarget(
  direction: Direction,
  text: (field: TargetField) => string,
): ReadTarget {
  const fields = fieldsFor(direction);
  if (fields.every((field) => text(field).trim() === '')) return { ok: true, values: null };

  const issues: FieldIssue[] = [];
  const numbers = new Map<TargetField, number>();
  for (const field of fields) {
    const parsed = parseNorwegianNumber(text(field));
    if (parsed.ok) numbers.set(field, parsed.value);
    else if (field === 'tolerance' && parsed.reason === 'empty') numbers.set(field, 0);
    else {
      const code = parsed.reason === 'empty' ? 'required' : 'not_a_number';
      issues.push({ field, code, message: code });
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const get = (field: TargetField) => numbers.get(field) ?? 0;
  const values: TargetValues =
    direction === 'range'
      ? { kind: 'range', low: get('low'), high: get('high'), tolerance: get('tolerance') }
      : { kind: 'value', target: get('target'), threshold: get('threshold') };
  return { ok: true, values };
}
