import { describe, expect, it } from 'vitest';
import { readTarget } from './targetInput.js';

const typed =
  (fields: Record<string, string>) =>
  (field: string): string =>
    fields[field] ?? '';

describe('reading a typed target', () => {
  it('reads Norwegian decimals and thousands for a value target', () => {
    expect(readTarget('higher_is_better', typed({ target: '1 234,5', threshold: '4,0' }))).toEqual({
      ok: true,
      values: { kind: 'value', target: 1234.5, threshold: 4 },
    });
  });

  it('takes every blank field as no target of the unit’s own', () => {
    expect(readTarget('lower_is_better', typed({ target: ' ', threshold: '' }))).toEqual({
      ok: true,
      values: null,
    });
  });

  it('asks for the threshold when only the target is filled in', () => {
    expect(readTarget('higher_is_better', typed({ target: '80' }))).toEqual({
      ok: false,
      issues: [{ field: 'threshold', code: 'required', message: 'required' }],
    });
  });

  it('names each field that is not a number', () => {
    const read = readTarget('range', typed({ low: 'lav', high: '5', tolerance: '1,2,3' }));
    expect(read.ok ? [] : read.issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['low', 'not_a_number'],
      ['tolerance', 'not_a_number'],
    ]);
  });

  it('reads a range with a tolerance of 0 when the tolerance is left out', () => {
    expect(readTarget('range', typed({ low: '−1', high: '1' }))).toEqual({
      ok: true,
      values: { kind: 'range', low: -1, high: 1, tolerance: 0 },
    });
  });
});
