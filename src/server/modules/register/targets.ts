import { v7 as uuid } from 'uuid';
import { mayActOn } from '#domain/access.js';
import { type OrgTree, selfAndAncestorIds, subtreeIds } from '#domain/orgTree.js';
import { parsePeriod } from '#domain/periods.js';
import { type TargetProblem, type TargetValues, checkTarget } from '#domain/status.js';
import {
  type ResolvedTarget,
  type TargetEntry,
  entriesByUnit,
  ownEntryAt,
  resolveTarget,
} from '#domain/targets.js';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/connect.js';
import type { TargetTable } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import { nowIso } from '../../time.js';
import { requireRole } from '../access/permissions.js';
import { recordChange } from '../audit/service.js';
import { type Indicator, appliesTo, loadIndicators } from './indicators.js';
import * as queries from './queries.js';

export interface TargetView {
  indicatorId: string;
  orgUnitId: string;
  values: TargetValues;
  validFromPeriod: string;
  /** The unit the target was set on, when the unit inherits it. */
  inheritedFrom: string | null;
}

export interface TargetIssue {
  index: number;
  field: string;
  code: string;
  message: string;
}

export interface TargetChange {
  indicatorId: string;
  orgUnitId: string;
  /** null returns the unit to the target it inherits. */
  values: TargetValues | null;
}

const toEntry = (row: TargetTable): TargetEntry => ({
  id: row.id,
  orgUnitId: row.org_unit_id,
  validFrom: row.valid_from,
  validFromPeriod: row.valid_from_period,
  values: valuesOf(row),
});

function valuesOf(row: TargetTable): TargetValues | null {
  if (row.target_value !== null && row.threshold_value !== null) {
    return { kind: 'value', target: row.target_value, threshold: row.threshold_value };
  }
  if (row.range_low !== null && row.range_high !== null) {
    return {
      kind: 'range',
      low: row.range_low,
      high: row.range_high,
      tolerance: row.range_tolerance ?? 0,
    };
  }
  return null;
}

export function periodStart(key: string, field = 'period'): string {
  const period = parsePeriod(key);
  if (!period) throw new AppError('validation_failed', `Not a period: ${key}`, field);
  return period.start;
}

/** Reads the target rows of some indicators once and resolves any unit's target from them. */
export async function targetResolver(
  db: Db,
  tenantId: string,
  tree: OrgTree,
  indicatorIds: string[],
) {
  const rows = await queries.selectTargetRows(db, tenantId, indicatorIds);
  const byIndicator = new Map<string, Map<string, TargetEntry[]>>();
  for (const indicatorId of indicatorIds) {
    byIndicator.set(
      indicatorId,
      entriesByUnit(rows.filter((row) => row.indicator_id === indicatorId).map(toEntry)),
    );
  }
  return {
    resolve(indicatorId: string, unitId: string, date: string): TargetView | null {
      const entries = byIndicator.get(indicatorId) ?? new Map<string, TargetEntry[]>();
      return toView(
        indicatorId,
        unitId,
        resolveTarget(entries, selfAndAncestorIds(tree, unitId), date),
      );
    },
    own(indicatorId: string, unitId: string): TargetEntry[] {
      return byIndicator.get(indicatorId)?.get(unitId) ?? [];
    },
  };
}

function toView(indicatorId: string, unitId: string, resolved: ResolvedTarget | null) {
  if (!resolved) return null;
  return {
    indicatorId,
    orgUnitId: unitId,
    values: resolved.entry.values,
    validFromPeriod: resolved.entry.validFromPeriod,
    inheritedFrom: resolved.inheritedFrom,
  };
}

/** Sets or reverts many targets from one period in one transaction; any bad entry stops all. */
export async function saveTargets(
  ctx: RequestContext,
  validFromPeriod: string,
  changes: TargetChange[],
): Promise<TargetView[]> {
  const validFrom = periodStart(validFromPeriod, 'validFrom');
  const tree = await ctx.tree();
  const indicators = await loadIndicators(ctx.db, ctx.actor.tenantId);
  const issues = await checkChanges(ctx, tree, indicators, changes);
  if (issues.length > 0) {
    const first = issues[0] as TargetIssue;
    throw new AppError('target_invalid', first.message, first.field, { issues });
  }

  return ctx.db.transaction().execute(async (trx) => {
    const indicatorIds = [...new Set(changes.map((change) => change.indicatorId))];
    const resolver = await targetResolver(trx, ctx.actor.tenantId, tree, indicatorIds);
    for (const change of changes) {
      await applyChange(trx, ctx, resolver, change, validFromPeriod, validFrom);
    }
    const after = await targetResolver(trx, ctx.actor.tenantId, tree, indicatorIds);
    return changes.flatMap((change) => {
      const view = after.resolve(change.indicatorId, change.orgUnitId, validFrom);
      return view ? [view] : [];
    });
  });
}

async function checkChanges(
  ctx: RequestContext,
  tree: OrgTree,
  indicators: Indicator[],
  changes: TargetChange[],
): Promise<TargetIssue[]> {
  const issues: TargetIssue[] = [];
  for (const [index, change] of changes.entries()) {
    const issue = (field: string, code: string, message: string) =>
      issues.push({ index, field, code, message });
    const indicator = indicators.find((candidate) => candidate.id === change.indicatorId);
    if (!indicator) throw notFound('Indicator');
    await requireRole(ctx, change.orgUnitId, 'planner');
    if (!appliesTo(indicator, selfAndAncestorIds(tree, change.orgUnitId))) {
      issue('orgUnitId', 'not_applicable', `${indicator.name} does not apply to this unit`);
      continue;
    }
    if (change.values) {
      const problem = targetProblem(indicator, change.values);
      if (problem) issue(problem.field, problem.code, problem.message);
    }
  }
  return issues;
}

const problemMessages: Record<TargetProblem, { field: string; message: string }> = {
  threshold_wrong_side: {
    field: 'threshold',
    message: 'The threshold is on the wrong side of the target for this direction',
  },
  range_inverted: { field: 'high', message: 'The upper bound must not be below the lower bound' },
  negative_tolerance: { field: 'tolerance', message: 'The tolerance cannot be negative' },
  kind_mismatch: {
    field: 'values',
    message: 'A range indicator needs bounds; other indicators need a target and a threshold',
  },
};

export function targetProblem(indicator: Indicator, values: TargetValues) {
  const problem = checkTarget(indicator.definition.direction, values);
  if (!problem) return null;
  const { field, message } = problemMessages[problem];
  const directionNote =
    problem === 'threshold_wrong_side'
      ? indicator.definition.direction === 'higher_is_better'
        ? ': higher is better, so the threshold must be at or below the target'
        : ': lower is better, so the threshold must be at or above the target'
      : '';
  return { field, code: problem, message: message + directionNote };
}

async function applyChange(
  db: Db,
  ctx: RequestContext,
  resolver: Awaited<ReturnType<typeof targetResolver>>,
  change: TargetChange,
  validFromPeriod: string,
  validFrom: string,
): Promise<void> {
  const own = resolver.own(change.indicatorId, change.orgUnitId);
  const sameStart = own.filter((entry) => entry.validFrom === validFrom);
  const later = change.values ? [] : own.filter((entry) => entry.validFrom > validFrom);
  const now = nowIso();
  await queries.markTargetsRemoved(
    db,
    [...sameStart, ...later].map((entry) => entry.id),
    ctx.actor.userId,
    now,
  );

  const earlier = ownEntryAt(
    own.filter((entry) => entry.validFrom < validFrom),
    validFrom,
  );
  const needsInheritRow = change.values === null && earlier?.values;
  if (change.values || needsInheritRow) {
    await queries.insertTargets(db, [
      targetRow(ctx, change, validFromPeriod, validFrom, change.values, now),
    ]);
  }
  await recordChange(db, ctx, {
    entityType: 'target',
    entityId: `${change.indicatorId}:${change.orgUnitId}`,
    orgUnitId: change.orgUnitId,
    action: change.values ? 'set' : 'revert',
    before: resolver.resolve(change.indicatorId, change.orgUnitId, validFrom),
    after: { validFromPeriod, values: change.values },
  });
}

function targetRow(
  ctx: RequestContext,
  change: TargetChange,
  validFromPeriod: string,
  validFrom: string,
  values: TargetValues | null,
  now: string,
): TargetTable {
  return {
    id: uuid(),
    tenant_id: ctx.actor.tenantId,
    indicator_id: change.indicatorId,
    org_unit_id: change.orgUnitId,
    valid_from_period: validFromPeriod,
    valid_from: validFrom,
    target_value: values?.kind === 'value' ? values.target : null,
    threshold_value: values?.kind === 'value' ? values.threshold : null,
    range_low: values?.kind === 'range' ? values.low : null,
    range_high: values?.kind === 'range' ? values.high : null,
    range_tolerance: values?.kind === 'range' ? values.tolerance : null,
    created_by: ctx.actor.userId,
    created_at: now,
    removed_at: null,
    removed_by: null,
  };
}

/**
 * Copies the targets units in the subtree set for themselves in one year to the next, so a
 * planner confirms a year's targets without retyping them. Inherited targets stay inherited.
 */
export async function copyTargetsToYear(
  ctx: RequestContext,
  input: { orgUnitId: string; fromYear: number; toYear: number },
): Promise<{ copied: number }> {
  await requireRole(ctx, input.orgUnitId, 'planner');
  if (input.toYear <= input.fromYear) {
    throw new AppError('validation_failed', 'Copy to a later year', 'toYear');
  }
  const tree = await ctx.tree();
  const units = subtreeIds(tree, input.orgUnitId).filter((id) =>
    mayActOn(tree, ctx.actor.grants, id, 'planner'),
  );
  const indicators = (await loadIndicators(ctx.db, ctx.actor.tenantId)).filter(
    (indicator) => !indicator.archivedAt,
  );
  const fromDate = `${input.fromYear}-01-01`;
  const toDate = `${input.toYear}-01-01`;

  return ctx.db.transaction().execute(async (trx) => {
    const ids = indicators.map((indicator) => indicator.id);
    const resolver = await targetResolver(trx, ctx.actor.tenantId, tree, ids);
    const now = nowIso();
    const rows: TargetTable[] = [];
    for (const indicator of indicators) {
      for (const unitId of units) {
        const own = resolver.own(indicator.id, unitId);
        const source = ownEntryAt(own, fromDate);
        if (!source?.values || own.some((entry) => entry.validFrom === toDate)) continue;
        const change = { indicatorId: indicator.id, orgUnitId: unitId, values: source.values };
        rows.push(targetRow(ctx, change, String(input.toYear), toDate, source.values, now));
      }
    }
    await queries.insertTargets(trx, rows);
    await recordChange(trx, ctx, {
      entityType: 'target',
      entityId: `copy:${input.orgUnitId}`,
      orgUnitId: input.orgUnitId,
      action: 'copy_year',
      after: { fromYear: input.fromYear, toYear: input.toYear, copied: rows.length },
    });
    return { copied: rows.length };
  });
}
