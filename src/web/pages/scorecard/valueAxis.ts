/** Where the indicator chart's value axis starts and ends, and how far apart its ticks are. */
import { roundTo } from '#domain/numbers.js';

/** Units of measure whose axis may start at 0: amounts, where 0 means none. */
const fromZero = new Set<string>(['percent', 'count', 'kroner', 'days']);

/**
 * 1, 2 or 5 times a power of ten, at least `raw`, and never finer than the indicator's decimals,
 * so every label is written exactly with them.
 */
function niceStep(raw: number, decimals: number): number {
  const finest = 10 ** -decimals;
  if (!(raw > finest)) return finest;
  const exponent = Math.floor(Math.log10(raw));
  const power = 10 ** exponent;
  const factor = [1, 2, 5].find((each) => each * power >= raw) ?? 10;
  return roundTo(factor * power, Math.max(0, -exponent));
}

export interface ValueAxisBounds {
  min: number;
  max: number;
  interval: number;
}

/**
 * Round bounds for a value axis that keep every value off its edges: from 0 for an amount whose
 * smallest value is no more than half its largest, else padded a tenth of the spread below the
 * smallest value; always padded above the largest. A scale, when given, is the axis.
 * Undefined when there is nothing to draw, and the chart chooses.
 */
export function valueAxisBounds(
  values: readonly number[],
  indicator: {
    unitOfMeasure: string;
    decimals: number;
    scale: { min: number; max: number } | null;
  },
): ValueAxisBounds | undefined {
  const { scale, decimals } = indicator;
  if (values.length === 0 && !scale) return undefined;

  const low = Math.min(...values, scale?.min ?? Infinity);
  const high = Math.max(...values, scale?.max ?? -Infinity);
  const zeroBased = fromZero.has(indicator.unitOfMeasure) && low >= 0 && low <= high / 2;
  const base = zeroBased ? 0 : low;
  const pad = scale ? 0 : (high - base || Math.abs(high) || 1) / 10;
  const from = zeroBased ? 0 : low - pad;
  const to = high + pad;

  const interval = niceStep((to - from) / 5, decimals);
  const min = scale ? from : roundTo(Math.floor(from / interval) * interval, decimals);
  const max = scale ? to : roundTo(Math.ceil(to / interval) * interval, decimals);
  return { min, max, interval };
}
