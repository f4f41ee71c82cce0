import { v7 as uuid } from 'uuid';
import { mayActOn, unitsInReach } from '#domain/access.js';
import { type ResultInput, type ResultProblem, checkResult } from '#domain/results.js';
import { type OrgTree, selfAndAncestorIds, subtreeIds } from '#domain/orgTree.js';
import { addDays, parsePeriod } from '#domain/periods.js';
import { type TargetValues, evaluateStatus } from '#domain/status.js';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/connect.js';
import { AppError, notFound } from '../../errors.js';
import { nowIso, todayIso } from '../../time.js';
import { requireRole } from '../access/permissions.js';
import { recordChange } from '../audit/service.js';
import { type Indicator, loadIndicators } from '../register/indicators.js';
import { targetResolver } from '../register/targets.js';
import { readSettings } from '../tenants/settings.js';
import * as queries from './queries.js';
import type { MeasurementRow } from './queries.js';

export interface Measurement {
  id: string;
  indicatorId: string;
  orgUnitId: string;
  periodKey: string;
  dueDate: string;
  version: number;
  current: {
    value: number;
    numerator: number | null;
    denominator: number | null;
    weight: number | null;
    comment: string;
    enteredAt: string;
    enteredBy: { id: string; name: string } | null;
  } | null;
}

export function toMeasurement(row: MeasurementRow): Measurement {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    orgUnitId: row.org_unit_id,
    periodKey: row.period_key,
    dueDate: row.due_date,
    version: row.version,
    current:
      row.version > 0 && row.value !== null
        ? {
            value: row.value,
            numerator: row.numerator,
            denominator: row.denominator,
            weight: row.weight,
            comment: row.comment ?? '',
            enteredAt: row.entered_at ?? '',
            enteredBy: row.entered_by
              ? { id: row.entered_by, name: row.entered_by_name ?? '' }
              : null,
          }
        : null,
  };
}

/** What the reporter must do: measurements of their units, overdue first, then by due date. */
export async function inbox(
  ctx: RequestContext,
  options: { includeEntered: boolean },
): Promise<Measurement[]> {
  const reach = unitsInReach(await ctx.tree(), ctx.actor.grants, 'reporter');
  const rows = await queries.selectMeasurements(ctx.db, ctx.actor.tenantId, {
    unitIds: [...reach],
  });
  const today = todayIso();
  return rows
    .map(toMeasurement)
    .filter((measurement) => options.includeEntered || measurement.current === null)
    .sort((a, b) => {
      const overdueA = a.current === null && a.dueDate < today ? 0 : 1;
      const overdueB = b.current === null && b.dueDate < today ? 0 : 1;
      return overdueA - overdueB || a.dueDate.localeCompare(b.dueDate);
    });
}

export type ValueEntry = ResultInput & {
  measurementId: string;
  /** For weighted means up the tree: how much this result counts, e.g. its respondents. */
  weight?: number;
  comment?: string;
  /** The version the person saw; a save on top of someone else's newer value is refused. */
  expectedVersion: number;
};

export interface EntryIssue {
  index: number;
  field: string;
  code: string;
  message: string;
}

/**
 * Saves entered results, all of them or none. Each value becomes a new version; the earlier
 * ones stay in the history. A result in an approved period reopens the approval, on record.
 */
export async function enterValues(
  ctx: RequestContext,
  entries: ValueEntry[],
  source: 'manual' | 'import' | 'api' = 'manual',
): Promise<Measurement[]> {
  const ids = entries.map((entry) => entry.measurementId);
  const checked = await checkValueEntries(ctx, entries);
  return ctx.db.transaction().execute(async (trx) => {
    await writeValues(trx, ctx, checked, source);
    const saved = await queries.selectMeasurements(trx, ctx.actor.tenantId, { ids });
    return saved.map(toMeasurement);
  });
}

export interface CheckedEntry {
  entry: ValueEntry;
  row: MeasurementRow;
  result: {
    value: number;
    numerator: number | null;
    denominator: number | null;
    weight: number | null;
  };
}

/** Checks access, values, comments and approval locks for entries; writes nothing. */
export async function checkValueEntries(
  ctx: RequestContext,
  entries: ValueEntry[],
): Promise<CheckedEntry[]> {
  const ids = entries.map((entry) => entry.measurementId);
  if (new Set(ids).size !== ids.length) {
    throw new AppError('validation_failed', 'A measurement is named twice', 'entries');
  }
  const rows = await queries.selectMeasurements(ctx.db, ctx.actor.tenantId, { ids });
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const entry of entries) {
    const row = byId.get(entry.measurementId);
    if (!row) throw notFound('Measurement');
    await requireRole(ctx, row.org_unit_id, 'reporter');
  }
  await refuseLockedPeriods(ctx, rows);
  const indicators = new Map(
    (await loadIndicators(ctx.db, ctx.actor.tenantId)).map((indicator) => [
      indicator.id,
      indicator,
    ]),
  );
  const results = await checkEntries(ctx, entries, byId, indicators);
  return entries.map((entry, index) => ({
    entry,
    row: byId.get(entry.measurementId) as MeasurementRow,
    result: results[index] as CheckedEntry['result'],
  }));
}

/** An approved period is locked for reporters; a planner's change reopens it on record. */
async function refuseLockedPeriods(ctx: RequestContext, rows: MeasurementRow[]): Promise<void> {
  const tree = await ctx.tree();
  const approvals = await approvalsAbove(ctx.db, ctx, tree, rows);
  for (const row of rows) {
    const locked = approvals.some((approval) => approvalCovers(tree, approval, row));
    if (locked && !mayActOn(tree, ctx.actor.grants, row.org_unit_id, 'planner')) {
      throw new AppError(
        'period_approved',
        'The results of this period are approved and locked',
        'measurementId',
        { measurementId: row.id },
      );
    }
  }
}

/** Active approvals of the rows' units and every unit above them. */
async function approvalsAbove(db: Db, ctx: RequestContext, tree: OrgTree, rows: MeasurementRow[]) {
  const unitIds = [...new Set(rows.flatMap((row) => selfAndAncestorIds(tree, row.org_unit_id)))];
  return queries.selectApprovals(db, ctx.actor.tenantId, { unitIds });
}

/**
 * An approval of a unit and period covers the results of that unit and every unit below it,
 * for that period and every period inside it (a year's approval covers its tertials).
 */
export function approvalCovers(
  tree: OrgTree,
  approval: { org_unit_id: string; period_key: string },
  row: { org_unit_id: string; period_key: string },
): boolean {
  if (!selfAndAncestorIds(tree, row.org_unit_id).includes(approval.org_unit_id)) return false;
  const approved = parsePeriod(approval.period_key);
  const period = parsePeriod(row.period_key);
  return !!approved && !!period && approved.start <= period.start && period.end <= approved.end;
}

/** Writes checked values as new versions inside the caller's transaction. */
export async function writeValues(
  trx: Db,
  ctx: RequestContext,
  checked: CheckedEntry[],
  source: 'manual' | 'import' | 'api',
): Promise<void> {
  const now = nowIso();
  for (const { entry, row, result } of checked) {
    if (!(await queries.advanceVersion(trx, row.id, entry.expectedVersion))) {
      throw await staleWrite(trx, ctx, row.id);
    }
    await queries.insertValue(trx, {
      id: uuid(),
      tenant_id: ctx.actor.tenantId,
      measurement_id: row.id,
      version: entry.expectedVersion + 1,
      ...result,
      comment: entry.comment?.trim() ?? '',
      source,
      entered_by: ctx.actor.userId,
      entered_at: now,
    });
    await recordChange(trx, ctx, {
      entityType: 'measurement',
      entityId: row.id,
      orgUnitId: row.org_unit_id,
      action: entry.expectedVersion === 0 ? 'enter' : 'correct',
      before:
        row.version > 0
          ? { value: row.value, comment: row.comment, version: row.version }
          : undefined,
      after: {
        ...result,
        comment: entry.comment ?? '',
        version: entry.expectedVersion + 1,
        source,
      },
    });
  }
  await reopenApprovals(
    trx,
    ctx,
    checked.map((item) => item.row),
    now,
  );
}

async function checkEntries(
  ctx: RequestContext,
  entries: ValueEntry[],
  byId: Map<string, MeasurementRow>,
  indicators: Map<string, Indicator>,
) {
  const settings = await readSettings(ctx.db, ctx.actor.tenantId);
  const resolver = await targetResolver(ctx.db, ctx.actor.tenantId, await ctx.tree(), [
    ...indicators.keys(),
  ]);
  const issues: EntryIssue[] = [];
  const results = entries.map((entry, index) => {
    const row = byId.get(entry.measurementId) as MeasurementRow;
    const indicator = indicators.get(row.indicator_id) as Indicator;
    const result = checkResult(indicator.definition, entry);
    if (!result.ok) {
      issues.push({
        index,
        field: result.field,
        code: result.code,
        message: resultMessages[result.code],
      });
      return null;
    }
    const target = resolver.resolve(indicator.id, row.org_unit_id, periodStartOf(row.period_key));
    if (
      settings.requireCommentWhenRed &&
      lacksRedComment(indicator, target, result.value, entry.comment)
    ) {
      issues.push({
        index,
        field: 'comment',
        code: 'comment_required',
        message: 'Explain a red result in a comment',
      });
    }
    return {
      value: result.value,
      numerator: result.numerator,
      denominator: result.denominator,
      weight: entry.weight ?? null,
    };
  });
  if (issues.length > 0) {
    const first = issues[0] as EntryIssue;
    throw new AppError('result_invalid', first.message, first.field, { issues });
  }
  return results;
}

/** What each result problem means, for the API's messages (the web app translates codes). */
export /** A period's first day: the date whose target a result is judged against. */
const periodStartOf = (key: string) => parsePeriod(key)?.start ?? key;

/** Whether a result is red by the target that holds and has no comment to explain it. */
export function lacksRedComment(
  indicator: Indicator,
  target: { values: TargetValues } | null,
  value: number,
  comment: string | undefined,
): boolean {
  if (comment?.trim()) return false;
  const status = evaluateStatus({
    direction: indicator.definition.direction,
    decimals: indicator.definition.decimals,
    target: target?.values ?? null,
    value,
  });
  return status === 'red';
}

/** What each result problem means, for the API's messages (the web app translates codes). */
export const resultMessages: Record<ResultProblem, string> = {
  ratio_needs_parts: 'This indicator needs a numerator and a denominator',
  number_not_ratio: 'This indicator takes a single value',
  below_scale: 'The value is below the lowest value of the scale',
  above_scale: 'The value is above the highest value of the scale',
  negative: 'The value cannot be negative',
  zero_denominator: 'The denominator cannot be zero',
  numerator_above_denominator: 'The numerator cannot be larger than the denominator',
};

async function staleWrite(db: Db, ctx: RequestContext, measurementId: string): Promise<AppError> {
  const [current] = await queries.selectMeasurements(db, ctx.actor.tenantId, {
    ids: [measurementId],
  });
  return new AppError(
    'stale_write',
    'Someone else saved this result after you opened it',
    'expectedVersion',
    { measurementId, current: current ? toMeasurement(current) : null },
  );
}

/** Reopens, on record, every approval a set of changed measurements falls under. */
async function reopenApprovals(db: Db, ctx: RequestContext, rows: MeasurementRow[], now: string) {
  const tree = await ctx.tree();
  for (const approval of await approvalsAbove(db, ctx, tree, rows)) {
    const row = rows.find((candidate) => approvalCovers(tree, approval, candidate));
    if (!row) continue;
    await queries.reopenApproval(
      db,
      approval.id,
      ctx.actor.userId,
      now,
      `result changed: ${row.id}`,
    );
    await recordChange(db, ctx, {
      entityType: 'period_approval',
      entityId: approval.id,
      orgUnitId: approval.org_unit_id,
      action: 'reopen',
      before: { periodKey: approval.period_key, approvedAt: approval.approved_at },
      after: { reopenedAt: now, measurementId: row.id },
    });
  }
}

export interface HistoryEntry {
  version: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  comment: string;
  source: string;
  enteredAt: string;
  enteredBy: { id: string; name: string } | null;
}

/** Every value ever entered for a measurement, newest first. */
export async function valueHistory(
  ctx: RequestContext,
  measurementId: string,
): Promise<HistoryEntry[]> {
  const [row] = await queries.selectMeasurements(ctx.db, ctx.actor.tenantId, {
    ids: [measurementId],
  });
  if (!row) throw notFound('Measurement');
  await requireRole(ctx, row.org_unit_id, 'reader');
  const history = await queries.selectValueHistory(ctx.db, ctx.actor.tenantId, measurementId);
  return history.map((value) => ({
    version: value.version,
    value: value.value,
    numerator: value.numerator,
    denominator: value.denominator,
    comment: value.comment,
    source: value.source,
    enteredAt: value.entered_at,
    enteredBy: value.entered_by
      ? { id: value.entered_by, name: value.entered_by_name ?? '' }
      : null,
  }));
}

/** The measurements of a unit (and optionally its subtree) for a period, for the entry grid. */
export async function listMeasurements(
  ctx: RequestContext,
  input: { orgUnitId: string; periodKey?: string; includeSubunits: boolean },
): Promise<Measurement[]> {
  await requireRole(ctx, input.orgUnitId, 'reader');
  if (input.periodKey && !parsePeriod(input.periodKey)) {
    throw new AppError('validation_failed', `Not a period: ${input.periodKey}`, 'periodKey');
  }
  const unitIds = input.includeSubunits
    ? subtreeIds(await ctx.tree(), input.orgUnitId)
    : [input.orgUnitId];
  const rows = await queries.selectMeasurements(ctx.db, ctx.actor.tenantId, {
    unitIds,
    ...(input.periodKey ? { periodKeys: [input.periodKey] } : {}),
  });
  return rows.map(toMeasurement);
}

/** For planners: results still missing in the subtree, due soon or already overdue. */
export async function dueLists(
  ctx: RequestContext,
  orgUnitId: string,
): Promise<{ dueSoon: Measurement[]; overdue: Measurement[] }> {
  await requireRole(ctx, orgUnitId, 'planner');
  const settings = await readSettings(ctx.db, ctx.actor.tenantId);
  const rows = await queries.selectMeasurements(ctx.db, ctx.actor.tenantId, {
    unitIds: subtreeIds(await ctx.tree(), orgUnitId),
  });
  const today = todayIso();
  const horizon = addDays(today, settings.reminderDaysBefore);
  const missing = rows.map(toMeasurement).filter((measurement) => measurement.current === null);
  return {
    dueSoon: missing.filter((m) => m.dueDate >= today && m.dueDate <= horizon),
    overdue: missing.filter((m) => m.dueDate < today),
  };
}
