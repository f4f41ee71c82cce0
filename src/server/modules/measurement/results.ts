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

/** The periods whose values make up `period` for an indicator measured at `frequency`. */
function componentPeriods(period: Period, indicator: Indicator): string[] {
  const frequency = indicator.definition.frequency;
  if (period.kind !== 'year' || frequency === 'year' || frequency === 'single_date')
    return [period.key];
  return periodsInYear(frequency, Number(period.key)).map((part) => part.key);
}

/** Results of every indicator that applies to a unit, for one period, in a fixed number of reads. */
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
  const periodKeys = [
    ...new Set(indicators.flatMap((indicator) => componentPeriods(period, indicator))),
  ];
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
    const entered = enteredValues(own, indicator, componentPeriods(period, indicator), scale);
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

/** Each unit's value for the period: its one value, or its part-period values combined. */
function enteredValues(
  rows: Awaited<ReturnType<typeof queries.selectMeasurements>>,
  indicator: Indicator,
  periodKeys: string[],
  scale: number,
): Map<string, ResultValue> {
  const byUnit = new Map<string, ResultValue[]>();
  const ordered = [...rows].sort(
    (a, b) => periodKeys.indexOf(a.period_key) - periodKeys.indexOf(b.period_key),
  );
  for (const row of ordered) {
    if (row.version === 0 || row.value === null) continue;
    const values = byUnit.get(row.org_unit_id) ?? [];
    values.push({ value: row.value, numerator: row.numerator, denominator: row.denominator });
    byUnit.set(row.org_unit_id, values);
  }
  const combined = new Map<string, ResultValue>();
  for (const [unitId, values] of byUnit) {
    const value =
      values.length === 1
        ? values[0]
        : combinePeriodValues(indicator.definition.periodAggregation, values, scale);
    if (value) combined.set(unitId, value);
  }
  return combined;
}
