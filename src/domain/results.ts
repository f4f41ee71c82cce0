/**
 * Whether an entered result fits its indicator: the same check in the entry grid, the import
 * and the API, so a value the browser accepts is one the server accepts.
 */
import { ratioValue } from './rollup.js';

export interface ResultMeasure {
  unitOfMeasure: 'percent' | 'kroner' | 'count' | 'days' | 'score' | 'other';
  valueType: 'number' | 'ratio';
  scaleMin: number | null;
  scaleMax: number | null;
}

export type ResultInput =
  | { value: number; numerator?: undefined; denominator?: undefined }
  | { value?: undefined; numerator: number; denominator: number };

export type CheckedResult =
  | { ok: true; value: number; numerator: number | null; denominator: number | null }
  | { ok: false; field: 'value' | 'numerator' | 'denominator'; code: ResultProblem };

export type ResultProblem =
  | 'ratio_needs_parts'
  | 'number_not_ratio'
  | 'below_scale'
  | 'above_scale'
  | 'negative'
  | 'zero_denominator'
  | 'numerator_above_denominator';

/** Percent ratios are shown ×100; other ratios as the plain quotient. */
export const ratioScale = (measure: Pick<ResultMeasure, 'unitOfMeasure'>) =>
  measure.unitOfMeasure === 'percent' ? 100 : 1;

export function checkResult(measure: ResultMeasure, input: ResultInput): CheckedResult {
  if (measure.valueType === 'ratio') {
    if (input.numerator === undefined) return fail('numerator', 'ratio_needs_parts');
    const { numerator, denominator } = input;
    if (numerator < 0) return fail('numerator', 'negative');
    if (denominator <= 0)
      return fail('denominator', denominator === 0 ? 'zero_denominator' : 'negative');
    if (measure.unitOfMeasure === 'percent' && numerator > denominator) {
      return fail('numerator', 'numerator_above_denominator');
    }
    const value = ratioValue(numerator, denominator, ratioScale(measure)) as number;
    return { ok: true, value, numerator, denominator };
  }

  if (input.value === undefined) return fail('value', 'number_not_ratio');
  const { value } = input;
  if (measure.scaleMin !== null && value < measure.scaleMin) return fail('value', 'below_scale');
  if (measure.scaleMax !== null && value > measure.scaleMax) return fail('value', 'above_scale');
  if ((measure.unitOfMeasure === 'count' || measure.unitOfMeasure === 'days') && value < 0) {
    return fail('value', 'negative');
  }
  return { ok: true, value, numerator: null, denominator: null };
}

const fail = (
  field: 'value' | 'numerator' | 'denominator',
  code: ResultProblem,
): CheckedResult => ({
  ok: false,
  field,
  code,
});
