/**
 * The status colour of a result against its target. The same rules run on the server and in the
 * browser, and they compare numbers as displayed, so the colour never disagrees with the text.
 */
import { roundTo } from './numbers.js';
import { isIsoDate } from './periods.js';

export const directions = ['higher_is_better', 'lower_is_better', 'range'] as const;
export type Direction = (typeof directions)[number];

/** A value target for higher/lower-is-better indicators, or a range for range indicators. */
export type TargetValues =
  | { kind: 'value'; target: number; threshold: number }
  | { kind: 'range'; low: number; high: number; tolerance: number };

export const statuses = ['green', 'yellow', 'red', 'no_target', 'not_measured', 'overdue'] as const;
export type Status = (typeof statuses)[number];

export interface StatusInput {
  direction: Direction;
  /** The indicator's number of decimals: every number is rounded to it before comparing. */
  decimals: number;
  target: TargetValues | null;
  value: number | null;
  /** ISO date the value was due. */
  dueDate?: string | null;
  /** ISO date of today; required when there is a `dueDate` and no value. */
  today?: string;
}

export type TargetProblem =
  'threshold_wrong_side' | 'range_inverted' | 'negative_tolerance' | 'kind_mismatch';

/**
 * What is wrong with a target for an indicator of this direction, or null when it is usable.
 * A threshold equal to the target is fine: the indicator then has no yellow band.
 */
export function checkTarget(direction: Direction, target: TargetValues): TargetProblem | null {
  if ((direction === 'range') !== (target.kind === 'range')) return 'kind_mismatch';

  if (target.kind === 'range') {
    if (target.low > target.high) return 'range_inverted';
    return target.tolerance < 0 ? 'negative_tolerance' : null;
  }
  const wrongSide =
    direction === 'higher_is_better'
      ? target.threshold > target.target
      : target.threshold < target.target;
  return wrongSide ? 'threshold_wrong_side' : null;
}

function roundTarget(target: TargetValues, decimals: number): TargetValues {
  if (target.kind === 'value') {
    return {
      kind: 'value',
      target: roundTo(target.target, decimals),
      threshold: roundTo(target.threshold, decimals),
    };
  }
  return {
    kind: 'range',
    low: roundTo(target.low, decimals),
    high: roundTo(target.high, decimals),
    tolerance: roundTo(target.tolerance, decimals),
  };
}

function requireIsoDate(name: string, date: string): void {
  if (!isIsoDate(date)) {
    throw new RangeError(`${name} must be an ISO date: ${JSON.stringify(date)}`);
  }
}

/** Overdue only after the due date: on the due date itself there is still time. */
function isOverdue(dueDate: string | null | undefined, today: string | undefined): boolean {
  if (dueDate === null || dueDate === undefined) return false;
  if (today === undefined) throw new RangeError('today is required to tell whether it is overdue');

  requireIsoDate('dueDate', dueDate);
  requireIsoDate('today', today);
  return today > dueDate;
}

type ValueTarget = Extract<TargetValues, { kind: 'value' }>;
type RangeTarget = Extract<TargetValues, { kind: 'range' }>;

function valueStatus(direction: Direction, value: number, limits: ValueTarget): Status {
  const { target, threshold } = limits;
  // Flipping the sign turns "lower is better" into "higher is better".
  const sign = direction === 'lower_is_better' ? -1 : 1;
  if (sign * value >= sign * target) return 'green';
  return sign * value >= sign * threshold ? 'yellow' : 'red';
}

/** The outer bounds are rounded again because low − tolerance is inexact in binary (1.1 − 0.2). */
function rangeStatus(value: number, range: RangeTarget, decimals: number): Status {
  const { low, high, tolerance } = range;
  if (low <= value && value <= high) return 'green';
  const outerLow = roundTo(low - tolerance, decimals);
  const outerHigh = roundTo(high + tolerance, decimals);
  return outerLow <= value && value <= outerHigh ? 'yellow' : 'red';
}

/**
 * The status of one result. No value: overdue after the due date, else not measured. A value but
 * no usable target (missing, or failing `checkTarget` once rounded): no target. Otherwise the
 * colour, comparing value and target rounded to the indicator's decimals.
 */
export function evaluateStatus(input: StatusInput): Status {
  const { direction, decimals } = input;
  if (input.value === null) {
    return isOverdue(input.dueDate, input.today) ? 'overdue' : 'not_measured';
  }
  if (input.target === null) return 'no_target';

  const target = roundTarget(input.target, decimals);
  if (checkTarget(direction, target) !== null) return 'no_target';

  const value = roundTo(input.value, decimals);
  return target.kind === 'range'
    ? rangeStatus(value, target, decimals)
    : valueStatus(direction, value, target);
}

export type StatusTone = 'success' | 'warning' | 'danger' | 'neutral' | 'info';

/**
 * How each status is shown. Colour is never the only signal: every status has its own symbol
 * shape as well as a text, looked up by `labelKey`.
 */
export const statusPresentation: Record<
  Status,
  { symbol: string; labelKey: string; tone: StatusTone }
> = {
  green: { symbol: '\u2713', labelKey: 'status.green', tone: 'success' }, // ✓
  yellow: { symbol: '\u25B2', labelKey: 'status.yellow', tone: 'warning' }, // ▲
  red: { symbol: '\u2715', labelKey: 'status.red', tone: 'danger' }, // ✕
  no_target: { symbol: '\u2013', labelKey: 'status.no_target', tone: 'neutral' }, // –
  not_measured: { symbol: '\u25CB', labelKey: 'status.not_measured', tone: 'neutral' }, // ○
  overdue: { symbol: '!', labelKey: 'status.overdue', tone: 'info' },
};
