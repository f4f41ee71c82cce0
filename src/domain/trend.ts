/**
 * Comparing a result with an earlier one (the previous period, or the same period last year):
 * which way it moved, and whether that is better or worse for the indicator's direction.
 * Values are compared as displayed, so a change hidden by rounding counts as no change.
 */
import { roundTo } from './numbers.js';
import type { Direction, Status, TargetValues } from './status.js';
import { statuses } from './status.js';

export type Movement = 'up' | 'down' | 'flat';
export type Assessment = 'better' | 'worse' | 'same' | 'unknown';

export interface Trend {
  movement: Movement;
  assessment: Assessment;
}

/** The trend from `earlier` to `current`; null when either is missing. */
export function trendBetween(
  direction: Direction,
  decimals: number,
  current: number | null,
  earlier: number | null,
  target: TargetValues | null = null,
): Trend | null {
  if (current === null || earlier === null) return null;
  const now = roundTo(current, decimals);
  const before = roundTo(earlier, decimals);
  if (now === before) return { movement: 'flat', assessment: 'same' };
  const movement: Movement = now > before ? 'up' : 'down';
  return { movement, assessment: assess(direction, movement, now, before, target) };
}

function assess(
  direction: Direction,
  movement: Movement,
  now: number,
  before: number,
  target: TargetValues | null,
): Assessment {
  if (direction === 'higher_is_better') return movement === 'up' ? 'better' : 'worse';
  if (direction === 'lower_is_better') return movement === 'down' ? 'better' : 'worse';
  if (target?.kind !== 'range') return 'unknown';
  // For a range, closer to the range (or inside it) is better.
  const distance = (value: number) =>
    value < target.low ? target.low - value : value > target.high ? value - target.high : 0;
  const change = distance(now) - distance(before);
  return change < 0 ? 'better' : change > 0 ? 'worse' : 'same';
}

/** How many results have each status, every status counted (zero included). */
export function countStatuses(list: readonly Status[]): Record<Status, number> {
  const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<
    Status,
    number
  >;
  for (const status of list) counts[status]++;
  return counts;
}
