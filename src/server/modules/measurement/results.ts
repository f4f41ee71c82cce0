/**
 * Results as a scorecard reads them: a unit's own entered value, or its subunits' values
 * combined with the indicator's method, computed on every read and never stored, so changing
 * a method loses nothing.
 */
import { selfAndAncestorIds, subtreeIds } from '#domain/orgTree.js';
import { type Period, parsePeriod, periodsInYear } from '#domain/periods.js';
import { ratioScale } from '#domain/results.js';
import { type ResultValue, type RolledValue, combinePeriodValues, rollUp } from '#domain/rollup.js';
import { type Status, evaluateStatus } from '#domain/status.js';
import type { RequestContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { todayIso } from '../../time.js';
import { requireRole } from '../access/permissions.js';
import { type Indicator, appliesTo, loadIndicators } from '../register/indicators.js';
import { type TargetView, targetResolver } from '../register/targets.js';
import * as queries from './queries.js';
import { type Measurement, toMeasurement } from './entry.js';

export interface UnitResult {
  indicatorId: string;
  orgUnitId: string;
  periodKey: string;
  result: RolledValue | null;
  target: TargetView | null;
  status: Status;
  /** The unit's own measurement for the period, if it takes part. */
  measurement: Measurement | null;
}

const partKinds = ['tertial', 'quarter', 'half_year', 'month'] as const;

/**
 * The period keys whose values can make up `period`: the period itself and, for a year, every
 * tertial, quarter, half-year and month inside it, whatever the indicator's usual frequency.
 */
function componentPeriods(period: Period): string[] {
  if (period.kind !== 'year') return [period.key];
  const year = Number(period.key);
  return [period.key, ...partKinds.flatMap((kind) => periodsInYear(kind, year).map((p) => p.key))];
}

/** Results of every indicator that applies to a unit for one period, in a fixed number of reads. */
export async function unitResults(
  ctx: RequestContext,
  orgUnitId: string,
  periodKey: string,
): Promise<UnitResult[]> {
  await requireRole(ctx, orgUnitId, 'reader');
  const period = parsePeriod(periodKey);
  if (!period) throw new AppError('validation_failed', `Not a period: ${periodKey}`, 'period');
  const tree = await ctx.tree();
  const path = selfAndAncestorIds(tree, orgUnitId);
  const indicators = (await loadIndicators(ctx.db, ctx.actor.tenantId)).filter(
    (indicator) => !indicator.archivedAt && appliesTo(indicator, path),
  );
  const periodKeys = [...componentPeriods(period)];
  const rows = await queries.selectMeasurements(ctx.db, ctx.actor.tenantId, {
    unitIds: subtreeIds(tree, orgUnitId),
    indicatorIds: indicators.map((indicator) => indicator.id),
    periodKeys,
  });
  const resolver = await targetResolver(
    ctx.db,
    ctx.actor.tenantId,
    tree,
    indicators.map((i) => i.id),
  );
  const today = todayIso();

  return indicators.map((indicator) => {
    const own = rows.filter((row) => row.indicator_id === indicator.id);
    const scale = ratioScale(indicator.definition);
    const entered = enteredValues(own, indicator, period.key, scale);
    const participants = new Set(own.map((row) => row.org_unit_id));
    const result = rollUp(
      tree,
      orgUnitId,
      entered,
      (unitId) => participants.has(unitId),
      indicator.definition.unitAggregation,
      scale,
    );
    const target = resolver.resolve(indicator.id, orgUnitId, period.start);
    const ownRow = own.find(
      (row) => row.org_unit_id === orgUnitId && row.period_key === period.key,
    );
    const status = evaluateStatus({
      direction: indicator.definition.direction,
      decimals: indicator.definition.decimals,
      target: target?.values ?? null,
      value: result?.value ?? null,
      dueDate: ownRow && !result ? ownRow.due_date : null,
      today,
    });
    return {
      indicatorId: indicator.id,
      orgUnitId,
      periodKey: period.key,
      result,
      target,
      status,
      measurement: ownRow ? toMeasurement(ownRow) : null,
    };
  });
}

/**
 * Each unit's value for the period: its value for the period itself when entered, otherwise its
 * values for parts of it combined with the indicator's period method. Parts of one kind only are
 * combined, the indicator's own frequency first, so tertials and months never count twice.
 */
function enteredValues(
  rows: Awaited<ReturnType<typeof queries.selectMeasurements>>,
  indicator: Indicator,
  periodKey: string,
  scale: number,
): Map<string, ResultValue> {
  const entered = rows.filter((row) => row.version > 0 && row.value !== null);
  const kinds = [indicator.definition.frequency, ...partKinds];
  const combined = new Map<string, ResultValue>();
  for (const unitId of new Set(entered.map((row) => row.org_unit_id))) {
    const own = entered.filter((row) => row.org_unit_id === unitId);
    const whole = own.find((row) => row.period_key === periodKey);
    if (whole) {
      combined.set(unitId, resultValueOf(whole));
      continue;
    }
    const parts = kinds
      .map((kind) => own.filter((row) => parsePeriod(row.period_key)?.kind === kind))
      .find((list) => list.length > 0);
    if (!parts) continue;
    const ordered = [...parts].sort((a, b) => a.period_key.localeCompare(b.period_key));
    const value = combinePeriodValues(
      indicator.definition.periodAggregation,
      ordered.map(resultValueOf),
      scale,
    );
    if (value) combined.set(unitId, value);
  }
  return combined;
}

const resultValueOf = (row: {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  weight: number | null;
}) => ({
  value: row.value as number,
  numerator: row.numerator,
  denominator: row.denominator,
  weight: row.weight,
});
