import { describe, expect, it } from 'vitest';
import { type ResultMeasure, checkResult } from './results.js';

const score: ResultMeasure = {
  unitOfMeasure: 'score',
  valueType: 'number',
  scaleMin: 1,
  scaleMax: 6,
};
const count: ResultMeasure = {
  unitOfMeasure: 'count',
  valueType: 'number',
  scaleMin: null,
  scaleMax: null,
};
const sickLeave: ResultMeasure = {
  unitOfMeasure: 'percent',
  valueType: 'ratio',
  scaleMin: null,
  scaleMax: null,
};
const budget: ResultMeasure = {
  unitOfMeasure: 'percent',
  valueType: 'number',
  scaleMin: null,
  scaleMax: null,
};

describe('checking an entered result', () => {
  it('accepts a score inside its scale, its ends included', () => {
    expect(checkResult(score, { value: 1 })).toMatchObject({ ok: true, value: 1 });
    expect(checkResult(score, { value: 6 })).toMatchObject({ ok: true, value: 6 });
    expect(checkResult(score, { value: 4.9 })).toMatchObject({ ok: true, value: 4.9 });
  });

  it('refuses a score outside its scale, naming the side', () => {
    expect(checkResult(score, { value: 0.9 })).toEqual({
      ok: false,
      field: 'value',
      code: 'below_scale',
    });
    expect(checkResult(score, { value: 6.1 })).toEqual({
      ok: false,
      field: 'value',
      code: 'above_scale',
    });
  });

  it('refuses a negative count but lets a percent of budget pass 100', () => {
    expect(checkResult(count, { value: -1 })).toMatchObject({ ok: false, code: 'negative' });
    expect(checkResult(budget, { value: 104 })).toMatchObject({ ok: true, value: 104 });
  });

  it('computes a ratio’s value from its parts, as a percent for percent indicators', () => {
    expect(checkResult(sickLeave, { numerator: 7, denominator: 100 })).toEqual({
      ok: true,
      value: 7,
      numerator: 7,
      denominator: 100,
    });
    const plain: ResultMeasure = { ...sickLeave, unitOfMeasure: 'other' };
    expect(checkResult(plain, { numerator: 1, denominator: 4 })).toMatchObject({ value: 0.25 });
  });

  it('refuses a ratio whose numerator exceeds its denominator when it is a share', () => {
    expect(checkResult(sickLeave, { numerator: 101, denominator: 100 })).toEqual({
      ok: false,
      field: 'numerator',
      code: 'numerator_above_denominator',
    });
  });

  it('refuses a zero or negative denominator and a negative numerator', () => {
    expect(checkResult(sickLeave, { numerator: 0, denominator: 0 })).toMatchObject({
      code: 'zero_denominator',
    });
    expect(checkResult(sickLeave, { numerator: 1, denominator: -5 })).toMatchObject({
      field: 'denominator',
    });
    expect(checkResult(sickLeave, { numerator: -1, denominator: 5 })).toMatchObject({
      field: 'numerator',
    });
  });

  it('asks a ratio for its parts and a plain number for its value', () => {
    expect(checkResult(sickLeave, { value: 7 })).toMatchObject({ code: 'ratio_needs_parts' });
    expect(checkResult(score, { numerator: 1, denominator: 2 })).toMatchObject({
      code: 'number_not_ratio',
    });
  });
});
