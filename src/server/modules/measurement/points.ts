import { v7 as uuid } from 'uuid';
import { subtreeIds } from '#domain/orgTree.js';
import { addDays, parsePeriod, periodsBetween } from '#domain/periods.js';
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
 * due 15 days after each ends"), each with a planned measurement per participating unit.
 * Periods that already have a point are left as they are.
 */
export async function createSeries(
  ctx: RequestContext,
  input: SeriesInput,
): Promise<{ created: MeasurementPoint[]; skipped: string[] }> {
  const indicator = await loadIndicator(ctx.db, ctx.actor.tenantId, input.indicatorId);
  await requireRole(ctx, indicator.ownerUnitId, 'planner');
  const from = periodOrFail(input.from, 'from');
  const to = periodOrFail(input.to, 'to');
  if (from.kind !== to.kind) {
    throw new AppError('validation_failed', 'Both ends must be periods of one kind', 'to');
  }
  const periods = periodsBetween(from, to);
  if (periods.length === 0)
    throw new AppError('validation_failed', 'The series ends before it starts', 'to');
  if (periods.length > 120)
    throw new AppError('validation_failed', 'At most 120 periods at once', 'to');

  const tree = await ctx.tree();
  const scope = new Set(indicator.unitIds.flatMap((unitId) => subtreeIds(tree, unitId)));
  const chosen = input.unitIds;
  if (chosen?.some((unitId) => !scope.has(unitId))) {
    throw new AppError(
      'validation_failed',
      'The indicator does not apply to every unit chosen',
      'unitIds',
    );
  }
  const resolver = await targetResolver(ctx.db, ctx.actor.tenantId, tree, [indicator.id]);
  const existing = new Set(
    (await queries.selectPoints(ctx.db, ctx.actor.tenantId, indicator.id)).map((p) => p.period_key),
  );

  const now = nowIso();
  const points: MeasurementPointTable[] = [];
  const measurements: MeasurementTable[] = [];
  const created: MeasurementPoint[] = [];
  for (const period of periods.filter((candidate) => !existing.has(candidate.key))) {
    const dueDate = addDays(period.end, input.dueDaysAfterEnd);
    const unitIds =
      chosen ??
      [...scope].filter((unitId) => {
        const unit = tree.byId.get(unitId);
        const open = unit && (unit.validTo === null || unit.validTo > period.start);
        return open && resolver.resolve(indicator.id, unitId, period.start) !== null;
      });
    const point: MeasurementPointTable = {
      id: uuid(),
      tenant_id: ctx.actor.tenantId,
      indicator_id: indicator.id,
      period_key: period.key,
      period_start: period.start,
      period_end: period.end,
      due_date: dueDate,
      created_by: ctx.actor.userId,
      created_at: now,
    };
    points.push(point);
    for (const unitId of unitIds) {
      measurements.push({
        id: uuid(),
        tenant_id: ctx.actor.tenantId,
        measurement_point_id: point.id,
        indicator_id: indicator.id,
        org_unit_id: unitId,
        period_key: period.key,
        due_date: dueDate,
        version: 0,
      });
    }
    created.push(toPoint(point, unitIds));
  }

  await ctx.db.transaction().execute(async (trx) => {
    await queries.insertPoints(trx, points);
    await queries.insertMeasurements(trx, measurements);
    await recordChange(trx, ctx, {
      entityType: 'measurement_point',
      entityId: indicator.id,
      orgUnitId: indicator.ownerUnitId,
      action: 'create_series',
      after: { from: input.from, to: input.to, periods: created.map((point) => point.periodKey) },
    });
  });
  ctx.log.info(
    { indicator: indicator.id, points: points.length, measurements: measurements.length },
    'measurement points planned',
  );
  return { created, skipped: periods.filter((p) => existing.has(p.key)).map((p) => p.key) };
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
  const measurements = await queries.selectMeasurements(ctx.db, ctx.actor.tenantId, {
    indicatorIds: [indicator.id],
  });
  return points.map((point) =>
    toPoint(
      point,
      measurements.filter((m) => m.measurement_point_id === point.id).map((m) => m.org_unit_id),
    ),
  );
}
