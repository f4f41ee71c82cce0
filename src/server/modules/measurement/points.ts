import { v7 as uuid } from 'uuid';
import { unitsInReach } from '#domain/access.js';
import { subtreeIds } from '#domain/orgTree.js';
import { type Period, addDays, parsePeriod, periodsBetween } from '#domain/periods.js';
import type { RequestContext } from '../../context.js';
import type { MeasurementPointTable, MeasurementTable } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { nowIso } from '../../time.js';
import { requireRole } from '../access/permissions.js';
import { recordChange } from '../audit/service.js';
import { loadIndicator } from '../register/indicators.js';
import { targetResolver } from '../register/targets.js';
import * as queries from './queries.js';

export interface MeasurementPoint {
  id: string;
  indicatorId: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  unitIds: string[];
}

export interface SeriesInput {
  indicatorId: string;
  from: string;
  to: string;
  /** Results are due this many days after each period ends. */
  dueDaysAfterEnd: number;
  /** The participating units; by default every open unit where the indicator has a target. */
  unitIds?: string[];
}

function periodOrFail(key: string, field: string) {
  const period = parsePeriod(key);
  if (!period) throw new AppError('validation_failed', `Not a period: ${key}`, field);
  return period;
}

/**
 * Plans a series of measurement points in one step ("every tertial from 2025-T1 to 2027-T3,
 * due 15 days after each ends"), each with a planned measurement per participating unit. A
 * planner of some units only plans for those; a period already planned gets the units it lacks.
 */
export async function createSeries(
  ctx: RequestContext,
  input: SeriesInput,
): Promise<{ created: MeasurementPoint[]; skipped: string[] }> {
  const indicator = await loadIndicator(ctx.db, ctx.actor.tenantId, input.indicatorId);
  const periods = seriesPeriods(input);
  const participants = await participantsOf(ctx, indicator, input.unitIds);
  const resolver = await targetResolver(ctx.db, ctx.actor.tenantId, await ctx.tree(), [
    indicator.id,
  ]);
  const tree = await ctx.tree();
  const existingPoints = await queries.selectPoints(ctx.db, ctx.actor.tenantId, indicator.id);
  const measured = new Set(
    (
      await queries.selectMeasurements(ctx.db, ctx.actor.tenantId, { indicatorIds: [indicator.id] })
    ).map((row) => `${row.period_key}|${row.org_unit_id}`),
  );

  const now = nowIso();
  const points: MeasurementPointTable[] = [];
  const measurements: MeasurementTable[] = [];
  const created: MeasurementPoint[] = [];
  for (const period of periods) {
    const unitIds = participants.filter((unitId) => {
      if (measured.has(`${period.key}|${unitId}`)) return false;
      if (input.unitIds) return true;
      const unit = tree.byId.get(unitId);
      const open = unit && (unit.validTo === null || unit.validTo > period.start);
      return open && resolver.resolve(indicator.id, unitId, period.start) !== null;
    });
    let point = existingPoints.find((candidate) => candidate.period_key === period.key);
    if (!point) {
      point = newPoint(ctx, indicator.id, period, addDays(period.end, input.dueDaysAfterEnd), now);
      points.push(point);
    } else if (unitIds.length === 0) continue;
    for (const unitId of unitIds) measurements.push(newMeasurement(ctx, point, unitId));
    created.push(toPoint(point, unitIds));
  }

  await ctx.db.transaction().execute(async (trx) => {
    await queries.insertPoints(trx, points);
    await queries.insertMeasurements(trx, measurements);
    await recordChange(trx, ctx, {
      entityType: 'measurement_point',
      entityId: `series:${indicator.id}`,
      orgUnitId: indicator.ownerUnitId,
      action: 'create_series',
      after: { from: input.from, to: input.to, periods: created.map((point) => point.periodKey) },
    });
  });
  ctx.log.info(
    { indicator: indicator.id, points: points.length, measurements: measurements.length },
    'measurement points planned',
  );
  const done = new Set(created.map((point) => point.periodKey));
  return { created, skipped: periods.filter((p) => !done.has(p.key)).map((p) => p.key) };
}

function seriesPeriods(input: SeriesInput): Period[] {
  const from = periodOrFail(input.from, 'from');
  const to = periodOrFail(input.to, 'to');
  if (from.kind !== to.kind) {
    throw new AppError('validation_failed', 'Both ends must be periods of one kind', 'to');
  }
  const periods = periodsBetween(from, to);
  if (periods.length === 0) {
    throw new AppError('validation_failed', 'The series ends before it starts', 'to');
  }
  if (periods.length > 120) {
    throw new AppError('validation_failed', 'At most 120 periods at once', 'to');
  }
  return periods;
}

/**
 * The units that may take part: those where the indicator applies and the planner plans. A
 * planner of the indicator's owning unit plans for all of them; others for their own reach.
 */
async function participantsOf(
  ctx: RequestContext,
  indicator: { ownerUnitId: string; unitIds: string[] },
  chosen: string[] | undefined,
): Promise<string[]> {
  const tree = await ctx.tree();
  const scope = new Set(indicator.unitIds.flatMap((unitId) => subtreeIds(tree, unitId)));
  if (chosen?.some((unitId) => !scope.has(unitId))) {
    throw new AppError(
      'validation_failed',
      'The indicator does not apply to every unit chosen',
      'unitIds',
    );
  }
  const reach = unitsInReach(tree, ctx.actor.grants, 'planner');
  const candidates = chosen ?? [...scope].filter((unitId) => reach.has(unitId));
  if (candidates.length === 0) await requireRole(ctx, indicator.ownerUnitId, 'planner');
  for (const unitId of candidates) await requireRole(ctx, unitId, 'planner');
  return candidates;
}

function newPoint(
  ctx: RequestContext,
  indicatorId: string,
  period: Period,
  dueDate: string,
  now: string,
): MeasurementPointTable {
  return {
    id: uuid(),
    tenant_id: ctx.actor.tenantId,
    indicator_id: indicatorId,
    period_key: period.key,
    period_start: period.start,
    period_end: period.end,
    due_date: dueDate,
    created_by: ctx.actor.userId,
    created_at: now,
  };
}

function newMeasurement(
  ctx: RequestContext,
  point: MeasurementPointTable,
  unitId: string,
): MeasurementTable {
  return {
    id: uuid(),
    tenant_id: ctx.actor.tenantId,
    measurement_point_id: point.id,
    indicator_id: point.indicator_id,
    org_unit_id: unitId,
    period_key: point.period_key,
    due_date: point.due_date,
    version: 0,
  };
}

function toPoint(row: MeasurementPointTable, unitIds: string[]): MeasurementPoint {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    periodKey: row.period_key,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    dueDate: row.due_date,
    unitIds,
  };
}

export async function listPoints(
  ctx: RequestContext,
  indicatorId: string,
): Promise<MeasurementPoint[]> {
  const indicator = await loadIndicator(ctx.db, ctx.actor.tenantId, indicatorId);
  const points = await queries.selectPoints(ctx.db, ctx.actor.tenantId, indicator.id);
  const reach = unitsInReach(await ctx.tree(), ctx.actor.grants, 'reader');
  const measurements = await queries.selectMeasurements(ctx.db, ctx.actor.tenantId, {
    indicatorIds: [indicator.id],
    unitIds: [...reach],
  });
  return points.map((point) =>
    toPoint(
      point,
      measurements.filter((m) => m.measurement_point_id === point.id).map((m) => m.org_unit_id),
    ),
  );
}
