import { v7 as uuid } from 'uuid';
import { selfAndAncestorIds } from '#domain/orgTree.js';
import type { RequestContext } from '../../context.js';
import type { FocusAreaTable, SuccessCriterionTable } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import { nowIso } from '../../time.js';
import { requireRole, requireRoleOnRoot } from '../access/permissions.js';
import { recordChange } from '../audit/service.js';
import * as queries from './queries.js';

export interface FocusArea {
  id: string;
  name: string;
  description: string;
  sortOrder: number;
  archivedAt: string | null;
}

export interface SuccessCriterion {
  id: string;
  focusAreaId: string;
  orgUnitId: string;
  name: string;
  description: string;
  sortOrder: number;
  archivedAt: string | null;
}

export const toFocusArea = (row: FocusAreaTable): FocusArea => ({
  id: row.id,
  name: row.name,
  description: row.description,
  sortOrder: row.sort_order,
  archivedAt: row.archived_at,
});

export const toCriterion = (row: SuccessCriterionTable): SuccessCriterion => ({
  id: row.id,
  focusAreaId: row.focus_area_id,
  orgUnitId: row.org_unit_id,
  name: row.name,
  description: row.description,
  sortOrder: row.sort_order,
  archivedAt: row.archived_at,
});

export async function listFocusAreas(
  ctx: RequestContext,
  options: { includeArchived: boolean },
): Promise<FocusArea[]> {
  const rows = await queries.selectFocusAreas(ctx.db, ctx.actor.tenantId);
  return rows.map(toFocusArea).filter((area) => options.includeArchived || !area.archivedAt);
}

async function loadFocusArea(ctx: RequestContext, id: string): Promise<FocusArea> {
  const row = await queries.selectFocusArea(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound('Focus area');
  return toFocusArea(row);
}

/** Focus areas belong to the whole municipality, so planning them needs the top unit. */
export async function createFocusArea(
  ctx: RequestContext,
  input: { name: string; description?: string },
): Promise<FocusArea> {
  await requireRoleOnRoot(ctx, 'planner');
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await queries.selectFocusAreas(trx, ctx.actor.tenantId);
    const now = nowIso();
    const row: FocusAreaTable = {
      id: uuid(),
      tenant_id: ctx.actor.tenantId,
      name: input.name,
      description: input.description ?? '',
      sort_order: Math.max(0, ...existing.map((area) => area.sort_order)) + 1,
      archived_at: null,
      created_at: now,
      updated_at: now,
    };
    await queries.insertFocusArea(trx, row);
    const area = toFocusArea(row);
    await recordChange(trx, ctx, focusAreaChange(area.id, 'create', undefined, area));
    return area;
  });
}

export async function updateFocusArea(
  ctx: RequestContext,
  id: string,
  changes: { name?: string; description?: string; archived?: boolean },
): Promise<FocusArea> {
  await requireRoleOnRoot(ctx, 'planner');
  const before = await loadFocusArea(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    const archivedAt =
      changes.archived === undefined ? undefined : changes.archived ? nowIso() : null;
    await queries.updateFocusArea(trx, ctx.actor.tenantId, id, {
      name: changes.name,
      description: changes.description,
      archived_at: archivedAt,
      updated_at: nowIso(),
    });
    const row = await queries.selectFocusArea(trx, ctx.actor.tenantId, id);
    const after = toFocusArea(row as FocusAreaTable);
    await recordChange(trx, ctx, focusAreaChange(id, 'update', before, after));
    return after;
  });
}

/** Puts the focus areas in the order given; the list must name every active one once. */
export async function reorderFocusAreas(ctx: RequestContext, ids: string[]): Promise<FocusArea[]> {
  await requireRoleOnRoot(ctx, 'planner');
  const active = await listFocusAreas(ctx, { includeArchived: false });
  ensureSameSet(
    active.map((area) => area.id),
    ids,
  );
  await ctx.db.transaction().execute(async (trx) => {
    for (const [index, id] of ids.entries()) {
      await queries.updateFocusArea(trx, ctx.actor.tenantId, id, { sort_order: index + 1 });
    }
    await recordChange(trx, ctx, {
      entityType: 'focus_area',
      entityId: 'order',
      action: 'reorder',
      before: active.map((area) => area.id),
      after: ids,
    });
  });
  return listFocusAreas(ctx, { includeArchived: false });
}

/** Criteria a unit works with: those set at the unit itself and at every unit above it. */
export async function listCriteriaForUnit(
  ctx: RequestContext,
  orgUnitId: string,
  options: { includeArchived: boolean },
): Promise<SuccessCriterion[]> {
  await requireRole(ctx, orgUnitId, 'reader');
  const visibleFrom = new Set(selfAndAncestorIds(await ctx.tree(), orgUnitId));
  const rows = await queries.selectCriteria(ctx.db, ctx.actor.tenantId);
  return rows
    .filter((row) => visibleFrom.has(row.org_unit_id))
    .map(toCriterion)
    .filter((criterion) => options.includeArchived || !criterion.archivedAt);
}

export async function createCriterion(
  ctx: RequestContext,
  input: { focusAreaId: string; orgUnitId: string; name: string; description?: string },
): Promise<SuccessCriterion> {
  await requireRole(ctx, input.orgUnitId, 'planner');
  const area = await loadFocusArea(ctx, input.focusAreaId);
  if (area.archivedAt) {
    throw new AppError('archived', 'The focus area is archived', 'focusAreaId');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const siblings = (await queries.selectCriteria(trx, ctx.actor.tenantId)).filter(
      (row) => row.focus_area_id === input.focusAreaId,
    );
    const now = nowIso();
    const row: SuccessCriterionTable = {
      id: uuid(),
      tenant_id: ctx.actor.tenantId,
      focus_area_id: input.focusAreaId,
      org_unit_id: input.orgUnitId,
      name: input.name,
      description: input.description ?? '',
      sort_order: Math.max(0, ...siblings.map((sibling) => sibling.sort_order)) + 1,
      archived_at: null,
      created_at: now,
      updated_at: now,
    };
    await queries.insertCriterion(trx, row);
    const criterion = toCriterion(row);
    await recordChange(trx, ctx, criterionChange(criterion, 'create', undefined, criterion));
    return criterion;
  });
}

export async function loadCriterion(ctx: RequestContext, id: string): Promise<SuccessCriterion> {
  const row = await queries.selectCriterion(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound('Success criterion');
  return toCriterion(row);
}

export async function updateCriterion(
  ctx: RequestContext,
  id: string,
  changes: { name?: string; description?: string; focusAreaId?: string; archived?: boolean },
): Promise<SuccessCriterion> {
  const before = await loadCriterion(ctx, id);
  await requireRole(ctx, before.orgUnitId, 'planner');
  if (changes.focusAreaId) await loadFocusArea(ctx, changes.focusAreaId);
  return ctx.db.transaction().execute(async (trx) => {
    const archivedAt =
      changes.archived === undefined ? undefined : changes.archived ? nowIso() : null;
    await queries.updateCriterion(trx, ctx.actor.tenantId, id, {
      name: changes.name,
      description: changes.description,
      focus_area_id: changes.focusAreaId,
      archived_at: archivedAt,
      updated_at: nowIso(),
    });
    const after = toCriterion(
      (await queries.selectCriterion(trx, ctx.actor.tenantId, id)) as SuccessCriterionTable,
    );
    await recordChange(trx, ctx, criterionChange(after, 'update', before, after));
    return after;
  });
}

/** Orders the criteria of one focus area as given, each checked against its own unit. */
export async function reorderCriteria(
  ctx: RequestContext,
  focusAreaId: string,
  ids: string[],
): Promise<void> {
  await loadFocusArea(ctx, focusAreaId);
  const rows = (await queries.selectCriteria(ctx.db, ctx.actor.tenantId)).filter(
    (row) => row.focus_area_id === focusAreaId,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) throw new AppError('validation_failed', 'Not a criterion of this focus area', 'ids');
    await requireRole(ctx, row.org_unit_id, 'planner');
  }
  if (new Set(ids).size !== ids.length) {
    throw new AppError('validation_failed', 'A criterion is named twice', 'ids');
  }
  await ctx.db.transaction().execute(async (trx) => {
    for (const [index, id] of ids.entries()) {
      await queries.updateCriterion(trx, ctx.actor.tenantId, id, { sort_order: index + 1 });
    }
  });
}

function ensureSameSet(expected: string[], given: string[]): void {
  const same =
    expected.length === given.length &&
    new Set(given).size === given.length &&
    given.every((id) => expected.includes(id));
  if (!same) {
    throw new AppError('validation_failed', 'Name every active focus area exactly once', 'ids');
  }
}

function focusAreaChange(id: string, action: string, before?: FocusArea, after?: FocusArea) {
  return { entityType: 'focus_area', entityId: id, action, before, after };
}

function criterionChange(
  criterion: SuccessCriterion,
  action: string,
  before?: SuccessCriterion,
  after?: SuccessCriterion,
) {
  return {
    entityType: 'success_criterion',
    entityId: criterion.id,
    orgUnitId: criterion.orgUnitId,
    action,
    before,
    after,
  };
}
