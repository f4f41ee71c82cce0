import { describe, expect, it } from 'vitest';
import type { EnteredValue, Measurement } from '../../results/types.js';
import {
  type CellState,
  checkCell,
  collectEntries,
  isBlock,
  readBlock,
  savedText,
} from './entryCells.js';

const score = {
  unitOfMeasure: 'score',
  valueType: 'number',
  scaleMin: 1,
  scaleMax: 6,
  decimals: 1,
} as const;
const percent = {
  unitOfMeasure: 'percent',
  valueType: 'number',
  scaleMin: null,
  scaleMax: null,
  decimals: 1,
} as const;
const sickLeave = {
  unitOfMeasure: 'percent',
  valueType: 'ratio',
  scaleMin: null,
  scaleMax: null,
  decimals: 2,
} as const;

const entered = (value: number, extra: Partial<EnteredValue> = {}): EnteredValue => ({
  value,
  numerator: null,
  denominator: null,
  comment: '',
  enteredAt: '2025-05-10T10:00:00Z',
  enteredBy: null,
  ...extra,
});

const measurement = (
  id: string,
  current: EnteredValue | null,
  version = current ? 1 : 0,
): Measurement => ({
  id,
  indicatorId: 'i',
  orgUnitId: 'u',
  periodKey: '2025-T1',
  dueDate: '2025-05-15',
  version,
  current,
});

describe('reading what is typed in a cell', () => {
  it('accepts Norwegian numbers: decimal comma, spaces between thousands and a percent sign', () => {
    expect(checkCell('12,5', percent, null, '')).toEqual({
      state: 'valid',
      input: { value: 12.5 },
      value: 12.5,
    });
    expect(checkCell('1 234', percent, null, '')).toEqual({
      state: 'valid',
      input: { value: 1234 },
      value: 1234,
    });
    expect(checkCell('12,5 %', percent, null, '')).toEqual({
      state: 'valid',
      input: { value: 12.5 },
      value: 12.5,
    });
  });

  it('says why text cannot be saved: not a number, outside the scale', () => {
    expect(checkCell('abc', score, null, '')).toEqual({
      state: 'invalid',
      problem: 'not_a_number',
    });
    expect(checkCell('7', score, null, '')).toEqual({ state: 'invalid', problem: 'above_scale' });
    expect(checkCell('0,5', score, null, '')).toEqual({ state: 'invalid', problem: 'below_scale' });
  });

  it('reads a ratio as numerator and denominator, and holds the numerator to the denominator', () => {
    expect(checkCell('3/40', sickLeave, null, '')).toEqual({
      state: 'valid',
      input: { numerator: 3, denominator: 40 },
      value: 7.5,
    });
    expect(checkCell('3 av 40', sickLeave, null, '')).toMatchObject({ state: 'valid' });
    expect(checkCell('41/40', sickLeave, null, '')).toEqual({
      state: 'invalid',
      problem: 'numerator_above_denominator',
    });
    expect(checkCell('7,5', sickLeave, null, '')).toMatchObject({ problem: 'ratio_needs_parts' });
    expect(checkCell('3/40', score, null, '')).toMatchObject({ problem: 'number_not_ratio' });
  });

  it('treats the saved value, however it is written, as no change, and refuses emptying it', () => {
    const current = entered(4.5);
    const shown = savedText(current, score, 'nb');
    expect(shown).toBe('4,5');
    expect(checkCell(shown, score, current, shown)).toEqual({ state: 'unchanged' });
    expect(checkCell('4,50', score, current, shown)).toEqual({ state: 'unchanged' });
    expect(checkCell('', score, current, shown)).toEqual({ state: 'invalid', problem: 'cleared' });
    expect(checkCell('', score, null, '')).toEqual({ state: 'empty' });
  });

  it('shows a saved ratio as its parts and never hides digits the indicator does not show', () => {
    expect(savedText(entered(7.5, { numerator: 3, denominator: 40 }), sickLeave, 'nb')).toBe(
      '3/40',
    );
    expect(savedText(entered(4.25), score, 'nb')).toBe('4,25');
    expect(savedText(entered(1234.5), percent, 'en')).toBe('1,234.5');
  });
});

describe('reading a block pasted from a spreadsheet', () => {
  it('splits rows on line breaks and cells on tabs, ignoring the final line break', () => {
    expect(readBlock('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('takes the quotes off quoted cells', () => {
    expect(readBlock('"12,5"\t"sa ""hei"""')).toEqual([['12,5', 'sa "hei"']]);
  });

  it('tells a block from a single value, even one copied with its line break', () => {
    expect(isBlock('12,5\n')).toBe(false);
    expect(isBlock('12,5')).toBe(false);
    expect(isBlock('1\t2')).toBe(true);
    expect(isBlock('1\n2')).toBe(true);
  });
});

describe('choosing what a save sends', () => {
  const cell = (m: Measurement, text: string, comment = m.current?.comment ?? ''): CellState => ({
    measurement: m,
    draft: { text, comment },
    check: checkCell(text, score, m.current, savedText(m.current, score, 'nb')),
  });

  it('sends only changed, valid cells with the version each was read at, and lists the faulty', () => {
    const fresh = measurement('a', null);
    const saved = measurement('b', entered(4), 3);
    const untouched = measurement('c', entered(5));
    const wrong = measurement('d', null);
    const { entries, faulty } = collectEntries([
      cell(fresh, '4,5'),
      cell(saved, '5'),
      cell(untouched, '5,0'),
      cell(wrong, 'abc'),
      cell(measurement('e', null), ''),
    ]);
    expect(entries).toEqual([
      { measurementId: 'a', expectedVersion: 0, value: 4.5 },
      { measurementId: 'b', expectedVersion: 3, value: 5 },
    ]);
    expect(faulty.map((state) => state.measurement.id)).toEqual(['d']);
  });

  it('sends a changed comment with the value as it stands', () => {
    const saved = measurement('b', entered(4, { comment: 'før' }), 2);
    const { entries } = collectEntries([cell(saved, '4,0', 'Forklaring')]);
    expect(entries).toEqual([
      { measurementId: 'b', expectedVersion: 2, value: 4, comment: 'Forklaring' },
    ]);
  });
});
