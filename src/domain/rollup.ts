/**
 * How results combine: up the organisation tree (a sector's value from its units') and over the
 * periods of a year (a unit's yearly value from its tertials). Ratios such as sick leave combine
 * as Σnumerator/Σdenominator, never as the mean of the units' percentages, because that mean
 * gives a unit of 5 employees the same say as one of 500.
 */
import type { OrgTree } from './orgTree.js';

export const unitAggregations = [
  'sum',
  'mean',
  'weighted_mean',
  'min',
  'max',
  'ratio_of_sums',
  'none',
] as const;
export type UnitAggregation = (typeof unitAggregations)[number];

export const periodAggregations = ['last', 'sum', 'mean'] as const;
export type PeriodAggregation = (typeof periodAggregations)[number];

/**
 * One entered result. For ratio indicators numerator and denominator are set and value is
 * numerator/denominator × scale. For weighted_mean, `weight` is the weight (e.g. respondents).
 */
export interface ResultValue {
  value: number;
  numerator?: number | null;
  denominator?: number | null;
  weight?: number | null;
}

export interface Combined {
  value: number;
  numerator: number | null;
  denominator: number | null;
  weight: number | null;
}

export interface RolledValue extends Combined {
  /** true when computed from subunits rather than entered for this unit */
  computed: boolean;
  /** Reporting points whose result is in the value, of `total` ("7 of 9 units reported"). */
  covered: number;
  total: number;
}

/** Value of a ratio: numerator/denominator × scale; null when the denominator is 0. */
export function ratioValue(numerator: number, denominator: number, scale: number): number | null {
  if (denominator === 0) return null;
  // Multiplying first keeps whole-number inputs exact: 7·100/100 is 7, (7/100)·100 is not.
  return (numerator * scale) / denominator;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number';
}

function sumOf(numbers: readonly number[]): number {
  return numbers.reduce((total, number) => total + number, 0);
}

function toCombined(value: ResultValue): Combined {
  return {
    value: value.value,
    numerator: value.numerator ?? null,
    denominator: value.denominator ?? null,
    weight: value.weight ?? null,
  };
}

function plain(value: number, weight: number | null = null): Combined {
  return { value, numerator: null, denominator: null, weight };
}

interface RatioSums {
  numerator: number;
  denominator: number;
}

/** Σnumerator and Σdenominator, or null unless every value has both. */
function ratioSums(values: readonly ResultValue[]): RatioSums | null {
  let numerator = 0;
  let denominator = 0;
  for (const value of values) {
    if (!isNumber(value.numerator) || !isNumber(value.denominator)) return null;
    numerator += value.numerator;
    denominator += value.denominator;
  }
  return { numerator, denominator };
}

/** Σweight, or null unless every value has a weight. */
function weightSum(values: readonly ResultValue[]): number | null {
  const weights = values.map((value) => value.weight);
  return weights.every(isNumber) ? sumOf(weights) : null;
}

/** Whether `method` can use the value at all: ratio_of_sums needs the numerator and denominator. */
function isUsedBy(method: UnitAggregation, value: ResultValue): boolean {
  if (method === 'none') return false;
  if (method === 'ratio_of_sums') return isNumber(value.numerator) && isNumber(value.denominator);
  return true;
}

/** A value without a weight counts with weight 1, so one unit's missing count never drops it. */
function weightedMean(values: readonly ResultValue[]): Combined | null {
  let weightedTotal = 0;
  let totalWeight = 0;
  for (const value of values) {
    const weight = value.weight ?? 1;
    weightedTotal += value.value * weight;
    totalWeight += weight;
  }
  if (totalWeight === 0) return null;
  return plain(weightedTotal / totalWeight, totalWeight);
}

/** The first value that `wins` over every other, with its own numerator, denominator and weight. */
function extreme(
  values: readonly ResultValue[],
  wins: (candidate: number, best: number) => boolean,
): Combined {
  // Only called with at least one value, so reduce without a start value is safe.
  return toCombined(values.reduce((best, value) => (wins(value.value, best.value) ? value : best)));
}

function ratioOfSums(values: readonly ResultValue[], scale: number): Combined | null {
  const sums = ratioSums(values);
  if (sums === null) return null;

  const value = ratioValue(sums.numerator, sums.denominator, scale);
  return value === null ? null : { value, ...sums, weight: null };
}

/**
 * Combines several units' values with the indicator's method. Returns null when nothing can be
 * combined: no values, method 'none', ratio_of_sums with a zero total denominator (values without
 * numerator and denominator are skipped), or weighted_mean with zero total weight.
 * `sum` also adds numerators and denominators, and weights, when every value has them.
 */
export function combineUnitValues(
  method: UnitAggregation,
  values: readonly ResultValue[],
  scale: number,
): Combined | null {
  const used = values.filter((value) => isUsedBy(method, value));
  if (used.length === 0) return null;

  switch (method) {
    case 'sum': {
      const sums = ratioSums(used);
      return {
        value: sumOf(used.map((value) => value.value)),
        numerator: sums?.numerator ?? null,
        denominator: sums?.denominator ?? null,
        weight: weightSum(used),
      };
    }
    case 'mean':
      return plain(sumOf(used.map((value) => value.value)) / used.length);
    case 'weighted_mean':
      return weightedMean(used);
    case 'min':
      return extreme(used, (a, b) => a < b);
    case 'max':
      return extreme(used, (a, b) => a > b);
    case 'ratio_of_sums':
      return ratioOfSums(used, scale);
    case 'none':
      return null;
  }
}

interface RollUpContext {
  tree: OrgTree;
  entered: ReadonlyMap<string, ResultValue>;
  participates: (unitId: string) => boolean;
  method: UnitAggregation;
  scale: number;
}

/** What one child's subtree brings to its parent. */
interface Branch {
  value: Combined | null;
  /** Reporting points in the branch: participating units with no participating descendants. */
  points: number;
  /** Reporting points whose result is in `value`, their own or one entered above them. */
  covered: number;
}

/** The branches below a unit that take part at all; the others are left out of every count. */
function childBranches(context: RollUpContext, unitId: string): Branch[] {
  const children = context.tree.childrenOf.get(unitId) ?? [];
  return children.map((child) => branchOf(context, child.id)).filter((branch) => branch.points > 0);
}

function combineBranches(
  context: RollUpContext,
  branches: readonly Branch[],
): { value: Combined | null; covered: number } {
  const values: Combined[] = [];
  let covered = 0;
  for (const branch of branches) {
    if (branch.value === null || !isUsedBy(context.method, branch.value)) continue;
    values.push(branch.value);
    covered += branch.covered;
  }

  const value = combineUnitValues(context.method, values, context.scale);
  return { value, covered: value === null ? 0 : covered };
}

/**
 * A unit below the one asked for. Its entered value counts only when it participates, and then
 * stands for every reporting point under it; otherwise its value is computed from its children.
 */
function branchOf(context: RollUpContext, unitId: string): Branch {
  const below = childBranches(context, unitId);
  const participating = context.participates(unitId);
  const belowPoints = sumOf(below.map((branch) => branch.points));
  // With no participating unit below, the unit is itself a reporting point if it participates.
  const points = below.length > 0 ? belowPoints : Number(participating);

  const own = participating ? context.entered.get(unitId) : undefined;
  if (own) return { value: toCombined(own), points, covered: points };
  return { ...combineBranches(context, below), points };
}

/**
 * The value of `unitId`: its own entered value if it has one (whether or not it participates),
 * otherwise its participating subunits' values combined with `method`, level by level, so a
 * grandparent combines children that were themselves computed. A participating subunit's entered
 * value wins over its own children's. Units that neither participate nor have participating
 * descendants are ignored.
 *
 * Coverage counts reporting points: participating units below `unitId` with no participating
 * descendants. `total` is how many there are. `covered` is how many of them are in the value,
 * either through their own entered value or through an entered value of a participating unit
 * between them and `unitId`, which stands for its whole subtree. A value the method cannot use
 * (ratio_of_sums without numerator and denominator) or a subtree that combines to nothing is not
 * covered. So a sector of 9 participating schools where 7 entered is 7 of 9, and covered never
 * exceeds total. An entered value of `unitId` itself is 1 of 1.
 *
 * Returns null when neither the unit nor anything below has a usable value, or when the method is
 * 'none' and the unit has no value of its own.
 */
export function rollUp(
  tree: OrgTree,
  unitId: string,
  entered: ReadonlyMap<string, ResultValue>,
  participates: (unitId: string) => boolean,
  method: UnitAggregation,
  scale: number,
): RolledValue | null {
  const own = entered.get(unitId);
  if (own) return { ...toCombined(own), computed: false, covered: 1, total: 1 };
  if (method === 'none') return null;

  const context: RollUpContext = { tree, entered, participates, method, scale };
  const branches = childBranches(context, unitId);
  const { value, covered } = combineBranches(context, branches);
  if (value === null) return null;

  const total = sumOf(branches.map((branch) => branch.points));
  return { ...value, computed: true, covered, total };
}

/**
 * Combines a unit's values over the periods of a year, ordered oldest first. 'last' takes the
 * latest as it is. When every value is a ratio, 'sum' and 'mean' both give Σnumerator/Σdenominator
 * × scale (null if that denominator is 0), since averaging percentages is wrong; otherwise 'sum'
 * adds and 'mean' takes the arithmetic mean. Weights are added when every value has one, so a
 * yearly value can still be weighted across units. Returns null for no values.
 */
export function combinePeriodValues(
  method: PeriodAggregation,
  values: readonly ResultValue[],
  scale: number,
): Combined | null {
  const latest = values.at(-1);
  if (latest === undefined) return null;
  if (method === 'last') return toCombined(latest);

  const weight = weightSum(values);
  const sums = ratioSums(values);
  if (sums !== null) {
    const value = ratioValue(sums.numerator, sums.denominator, scale);
    return value === null ? null : { value, ...sums, weight };
  }

  const total = sumOf(values.map((value) => value.value));
  return plain(method === 'sum' ? total : total / values.length, weight);
}
