/**
 * Actions (tiltak): what a unit will do to close a gap, linked to the scorecard or standing alone.
 * Reading needs reader on the owning unit, writing needs reporter there.
 */
import { effectiveActionStatus, isOverdue } from '#domain/actions.js';
import { subtreeIds } from '#domain/orgTree.js';
import type { ActionStatus, CardAction } from '#domain/scorecardView.js';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/connect.js';
import { notFound } from '../../errors.js';
import { todayIso } from '../../time.js';
import { reachOf, requireRole } from '../access/permissions.js';
import * as queries from './queries.js';
import type { Action, ActionLink, ActionListQuery, ActionUpdate } from './schemas.js';

const named = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/** The link of a stored action with the names it shows; null for an action standing alone. */
function linkOf(row: queries.ActionRow): ActionLink | null {
  switch (row.link_kind) {
    case 'focus_area':
      return row.focus_area_id
        ? { kind: 'focus_area', id: row.focus_area_id, name: row.focus_area_name ?? '' }
        : null;
    case 'criterion':
      return row.criterion_id
        ? { kind: 'criterion', id: row.criterion_id, name: row.criterion_name ?? '' }
        : null;
    case 'indicator':
      return row.indicator_id
        ? { kind: 'indicator', id: row.indicator_id, name: row.indicator_name ?? '' }
        : null;
    case 'measurement':
      return row.measurement_id && row.measurement_indicator_id
        ? {
            kind: 'measurement',
            id: row.measurement_id,
            name: row.measurement_indicator_name ?? '',
            indicatorId: row.measurement_indicator_id,
            periodKey: row.measurement_period_key ?? '',
            orgUnitId: row.measurement_org_unit_id ?? '',
          }
        : null;
    default:
      return null;
  }
}

/** An action as the API answers it: the stored status and the one shown on `today`. */
export function toAction(row: queries.ActionRow, today: string): Action {
  const stored = row.status as ActionStatus;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    orgUnit: { id: row.org_unit_id, name: row.org_unit_name },
    responsible: named(row.responsible_user_id, row.responsible_name),
    startDate: row.start_date,
    dueDate: row.due_date,
    status: effectiveActionStatus(stored, row.due_date, today),
    storedStatus: stored,
    overdue: isOverdue(stored, row.due_date, today),
    progress: row.progress,
    cost: row.cost,
    link: linkOf(row),
    updateCount: Number(row.update_count ?? 0),
    version: row.version,
    createdBy: named(row.created_by, row.created_by_name),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The scorecard's shape of an action: a measurement link names its indicator and period. */
function toCardAction(action: Action): CardAction | null {
  const link = action.link;
  if (!link) return null;
  return {
    id: action.id,
    title: action.title,
    orgUnit: action.orgUnit,
    responsible: action.responsible,
    dueDate: action.dueDate,
    status: action.status,
    progress: action.progress,
    link:
      link.kind === 'measurement'
        ? { kind: link.kind, id: link.id, indicatorId: link.indicatorId, periodKey: link.periodKey }
        : { kind: link.kind, id: link.id },
  };
}

/**
 * Every linked action owned by one of the units, status as shown today, in one read. The caller
 * has checked that the actor may read these units.
 */
export async function linkedActionsOfUnits(
  ctx: RequestContext,
  unitIds: readonly string[],
): Promise<CardAction[]> {
  const rows = await queries.selectActions(ctx.db, ctx.actor.tenantId, { unitIds });
  const today = todayIso();
  return rows.flatMap((row) => toCardAction(toAction(row, today)) ?? []);
}

/** How many actions link to the indicator, cancelled ones too: they keep it from being deleted. */
export function countActionsOnIndicator(ctx: RequestContext, indicatorId: string): Promise<number> {
  return queries.countIndicatorActions(ctx.db, ctx.actor.tenantId, indicatorId);
}

/**
 * Actions of one unit (optionally with its subunits), or of every unit the actor reads, filtered.
 * The status filter matches the status as shown, so `delayed` finds overdue actions too.
 */
export async function listActions(ctx: RequestContext, filter: ActionListQuery): Promise<Action[]> {
  const unitIds = await unitsToList(ctx, filter);
  const rows = await queries.selectActions(ctx.db, ctx.actor.tenantId, {
    unitIds,
    linkKind: filter.linkKind,
    linkId: filter.linkId,
    responsibleUserId: filter.responsibleUserId,
    year: filter.year,
  });
  const today = todayIso();
  return rows
    .map((row) => toAction(row, today))
    .filter((action) => !filter.status || action.status === filter.status)
    .filter((action) => !filter.overdue || action.overdue);
}

async function unitsToList(
  ctx: RequestContext,
  filter: { orgUnitId?: string; includeSubunits: boolean },
): Promise<string[]> {
  if (!filter.orgUnitId) return [...(await reachOf(ctx, 'reader'))];
  await requireRole(ctx, filter.orgUnitId, 'reader');
  return filter.includeSubunits
    ? subtreeIds(await ctx.tree(), filter.orgUnitId)
    : [filter.orgUnitId];
}

/** One action with its dated updates, newest first. */
export async function getAction(
  ctx: RequestContext,
  id: string,
): Promise<{ action: Action; updates: ActionUpdate[] }> {
  const row = await loadActionRow(ctx.db, ctx, id);
  await requireRole(ctx, row.org_unit_id, 'reader');
  const updates = await queries.selectUpdates(ctx.db, ctx.actor.tenantId, id);
  return {
    action: toAction(row, todayIso()),
    updates: updates.map(toActionUpdate),
  };
}

export const toActionUpdate = (row: queries.UpdateRow): ActionUpdate => ({
  id: row.id,
  text: row.text,
  status: row.status as ActionStatus | null,
  progress: row.progress,
  writtenBy: named(row.written_by, row.written_by_name),
  writtenAt: row.written_at,
});

/** The stored action with its names; not_found when the tenant has no such action. */
export async function loadActionRow(
  db: Db,
  ctx: RequestContext,
  id: string,
): Promise<queries.ActionRow> {
  const [row] = await queries.selectActions(db, ctx.actor.tenantId, { ids: [id] });
  if (!row) throw notFound('Action');
  return row;
}
