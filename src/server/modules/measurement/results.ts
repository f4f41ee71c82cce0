/**
 * Results as a scorecard reads them: a unit's own entered value, or its subunits' values
 * combined with the indicator's method, computed on every read and never stored, so changing
 * a method loses nothing.
 */
import { selfAndAncestorIds, subtreeIds } from '#domain/orgTree.js';
import { parsePeriod } from '#domain/periods.js';
import { ratioScale } from '#domain/results.js';
import type { RolledValue } from '#domain/rollup.js';
import {
  type EnteredRow,
  type IndicatorRules,
  componentPeriodKeys,
  outcomeFor,
} from '#domain/scorecard.js';
import type { Status } from '#domain/status.js';
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

/** The rules an indicator's results are combined and judged by. */
export const rulesOf = (indicator: Indicator): IndicatorRules => ({
  frequency: indicator.definition.frequency,
  direction: indicator.definition.direction,
  decimals: indicator.definition.decimals,
  unitAggregation: indicator.definition.unitAggregation,
  periodAggregation: indicator.definition.periodAggregation,
  scale: ratioScale(indicator.definition),
});

const enteredRow = (row: {
  org_unit_id: string;
  period_key: string;
  due_date: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  weight: number | null;
}): EnteredRow => ({
  orgUnitId: row.org_unit_id,
  periodKey: row.period_key,
  dueDate: row.due_date,
  value: row.value,
  numerator: row.numerator,
  denominator: row.denominator,
  weight: row.weight,
});

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
  const rows = await queries.selectMeasurements(ctx.db, ctx.actor.tenantId, {
    unitIds: subtreeIds(tree, orgUnitId),
    indicatorIds: indicators.map((indicator) => indicator.id),
    periodKeys: componentPeriodKeys(period),
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
    const target = resolver.resolve(indicator.id, orgUnitId, period.start);
    const outcome = outcomeFor({
      tree,
      unitId: orgUnitId,
      period,
      rules: rulesOf(indicator),
      rows: own.map(enteredRow),
      target: target && { ...target, inheritedFrom: null },
      today,
    });
    const ownRow = own.find(
      (row) => row.org_unit_id === orgUnitId && row.period_key === period.key,
    );
    return {
      indicatorId: indicator.id,
      orgUnitId,
      periodKey: period.key,
      result: outcome.result,
      target,
      status: outcome.status,
      measurement: ownRow ? toMeasurement(ownRow) : null,
    };
  });
}

export interface WindowMeasurement extends EnteredRow {
  id: string;
  indicatorId: string;
  comment: string;
  enteredAt: string | null;
  enteredBy: string | null;
}

/**
 * Every measurement of some indicators and units with a period inside [from, to], as entered
 * rows with their latest comment, in one read. The caller has checked the actor may read them.
 */
export async function measurementsBetween(
  ctx: RequestContext,
  filter: { unitIds: readonly string[]; indicatorIds: readonly string[]; from: string; to: string },
): Promise<WindowMeasurement[]> {
  const rows = await queries.selectMeasurementsBetween(ctx.db, ctx.actor.tenantId, filter);
  return rows.map((row) => ({
    orgUnitId: row.org_unit_id,
    periodKey: row.period_key,
    dueDate: row.due_date,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    weight: row.weight,
    id: row.id,
    indicatorId: row.indicator_id,
    comment: row.comment ?? '',
    enteredAt: row.entered_at,
    enteredBy: row.entered_by_name,
  }));
}

/** The end of the latest period with an entered value among some indicators and units. */
export function latestEnteredPeriodEnd(
  ctx: RequestContext,
  filter: { unitIds: readonly string[]; indicatorIds: readonly string[] },
): Promise<string | null> {
  return queries.selectLatestEnteredPeriodEnd(ctx.db, ctx.actor.tenantId, filter);
}

/**
 * Which indicator, unit and period one measurement is of, or null when the tenant has none by
 * that id. For other modules that check access themselves (an action linked to a measurement).
 */
export async function measurementFacts(
  ctx: RequestContext,
  measurementId: string,
): Promise<{ indicatorId: string; orgUnitId: string; periodKey: string } | null> {
  const [row] = await queries.selectMeasurements(ctx.db, ctx.actor.tenantId, {
    ids: [measurementId],
  });
  return row
    ? { indicatorId: row.indicator_id, orgUnitId: row.org_unit_id, periodKey: row.period_key }
    : null;
}
