import { v7 as uuid } from 'uuid';
import { unitsInReach, effectiveRole, type Role } from '#domain/access.js';
import { indexTree, isInSubtree, selfAndAncestorIds, subtreeIds } from '#domain/orgTree.js';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/connect.js';
import type { OrgUnitRow } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import { nowIso, todayIso } from '../../time.js';
import { requireRole } from '../access/permissions.js';
import { userBelongsToTenant } from '../access/service.js';
import { recordChange } from '../audit/service.js';
import * as queries from './queries.js';

export const unitKinds = ['municipality', 'sector', 'unit', 'department', 'staff'] as const;
export type UnitKind = (typeof unitKinds)[number];

export interface OrgUnit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: UnitKind;
  validFrom: string;
  validTo: string | null;
  closed: boolean;
  leaderUserId: string | null;
}

export interface UnitDetails {
  unit: OrgUnit;
  /** Ancestors the actor can see, top first. */
  path: { id: string; name: string }[];
  role: Role;
}

export const isClosed = (validTo: string | null, today = todayIso()) =>
  validTo !== null && validTo <= today;

export function toOrgUnit(row: OrgUnitRow): OrgUnit {
  return {
    id: row.id,
    parentId: row.parent_id,
    code: row.code,
    name: row.name,
    kind: row.kind as UnitKind,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    closed: isClosed(row.valid_to),
    leaderUserId: row.leader_user_id,
  };
}

export async function loadOrgTree(db: Db, tenantId: string) {
  const rows = await queries.selectTreeRows(db, tenantId);
  return indexTree(
    rows.map((row) => ({ id: row.id, parentId: row.parent_id, validTo: row.valid_to })),
  );
}

/** Every unit the actor can read, closed ones only when asked for. */
export async function listUnits(
  ctx: RequestContext,
  options: { includeClosed: boolean },
): Promise<OrgUnit[]> {
  const reach = unitsInReach(await ctx.tree(), ctx.actor.grants, 'reader');
  const rows = await queries.selectUnits(ctx.db, ctx.actor.tenantId);
  return rows
    .filter((row) => reach.has(row.id))
    .map(toOrgUnit)
    .filter((unit) => options.includeClosed || !unit.closed);
}

/** Every unit of the tenant, for other modules that check access themselves. */
export async function allUnits(db: Db, tenantId: string): Promise<OrgUnit[]> {
  return (await queries.selectUnits(db, tenantId)).map(toOrgUnit);
}

/** Units by id, for other modules that have already checked access. */
export async function unitsByIds(db: Db, tenantId: string, unitIds: string[]): Promise<OrgUnit[]> {
  return (await queries.selectUnitsByIds(db, tenantId, unitIds)).map(toOrgUnit);
}

export async function getUnit(ctx: RequestContext, unitId: string): Promise<UnitDetails> {
  await requireRole(ctx, unitId, 'reader');
  const tree = await ctx.tree();
  const reach = unitsInReach(tree, ctx.actor.grants, 'reader');
  const pathIds = selfAndAncestorIds(tree, unitId).filter((id) => reach.has(id));
  const rows = await queries.selectUnitsByIds(ctx.db, ctx.actor.tenantId, pathIds);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const unit = byId.get(unitId);
  if (!unit) throw notFound('Unit');
  return {
    unit: toOrgUnit(unit),
    path: pathIds
      .slice(1)
      .reverse()
      .flatMap((id) => {
        const row = byId.get(id);
        return row ? [{ id: row.id, name: row.name }] : [];
      }),
    role: effectiveRole(tree, ctx.actor.grants, unitId) as Role,
  };
}

export interface NewUnitInput {
  parentId: string;
  code: string;
  name: string;
  kind: UnitKind;
  validFrom?: string;
}

export async function createUnit(ctx: RequestContext, input: NewUnitInput): Promise<OrgUnit> {
  await requireRole(ctx, input.parentId, 'administrator');
  const tree = await ctx.tree();
  if (isClosed(tree.byId.get(input.parentId)?.validTo ?? null)) {
    throw new AppError('parent_closed', 'The parent unit is closed', 'parentId');
  }

  return ctx.db.transaction().execute(async (trx) => {
    await ensureCodeFree(trx, ctx.actor.tenantId, input.code);
    const now = nowIso();
    const row: OrgUnitRow = {
      id: uuid(),
      tenant_id: ctx.actor.tenantId,
      parent_id: input.parentId,
      code: input.code,
      name: input.name,
      kind: input.kind,
      valid_from: input.validFrom ?? todayIso(),
      valid_to: null,
      leader_user_id: null,
      created_at: now,
      updated_at: now,
    };
    await queries.insertUnit(trx, row);
    const unit = toOrgUnit(row);
    await recordChange(trx, ctx, unitChange(unit.id, 'create', undefined, unit));
    return unit;
  });
}

export interface UnitChanges {
  code?: string;
  name?: string;
  kind?: UnitKind;
  validFrom?: string;
  leaderUserId?: string | null;
}

export async function updateUnit(
  ctx: RequestContext,
  unitId: string,
  changes: UnitChanges,
): Promise<OrgUnit> {
  await requireRole(ctx, unitId, 'administrator');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadUnit(trx, ctx, unitId);
    if (changes.code !== undefined && changes.code !== before.code) {
      await ensureCodeFree(trx, ctx.actor.tenantId, changes.code);
    }
    if (
      changes.leaderUserId &&
      !(await userBelongsToTenant(trx, ctx.actor.tenantId, changes.leaderUserId))
    ) {
      throw new AppError('validation_failed', 'No such user', 'leaderUserId');
    }
    await queries.updateUnit(trx, ctx.actor.tenantId, unitId, {
      code: changes.code,
      name: changes.name,
      kind: changes.kind,
      valid_from: changes.validFrom,
      leader_user_id: changes.leaderUserId,
      updated_at: nowIso(),
    });
    const after = await loadUnit(trx, ctx, unitId);
    await recordChange(trx, ctx, unitChange(unitId, 'update', before, after));
    return after;
  });
}

/** Moves a unit with its whole subtree under another parent. */
export async function moveUnit(
  ctx: RequestContext,
  unitId: string,
  parentId: string,
): Promise<OrgUnit> {
  await requireRole(ctx, unitId, 'administrator');
  await requireRole(ctx, parentId, 'administrator');
  const tree = await ctx.tree();
  if (tree.byId.get(unitId)?.parentId === null) {
    throw new AppError('unit_is_root', 'The top unit cannot be moved', 'parentId');
  }
  if (isInSubtree(tree, unitId, parentId)) {
    throw new AppError(
      'move_into_own_subtree',
      'A unit cannot be moved under itself or one of its own subunits',
      'parentId',
    );
  }
  if (isClosed(tree.byId.get(parentId)?.validTo ?? null)) {
    throw new AppError('parent_closed', 'The new parent unit is closed', 'parentId');
  }

  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadUnit(trx, ctx, unitId);
    await queries.updateUnit(trx, ctx.actor.tenantId, unitId, {
      parent_id: parentId,
      updated_at: nowIso(),
    });
    const after = await loadUnit(trx, ctx, unitId);
    await recordChange(trx, ctx, unitChange(unitId, 'move', before, after));
    return after;
  });
}

/**
 * Closes a unit and every open unit below it from a date. Nothing is deleted: the units, their
 * history and their data stay, hidden from lists by default.
 */
export async function closeUnit(
  ctx: RequestContext,
  unitId: string,
  validTo: string = todayIso(),
): Promise<OrgUnit> {
  await requireRole(ctx, unitId, 'administrator');
  const tree = await ctx.tree();
  if (tree.byId.get(unitId)?.parentId === null) {
    throw new AppError('unit_is_root', 'The top unit cannot be closed');
  }
  const [current] = await queries.selectUnitsByIds(ctx.db, ctx.actor.tenantId, [unitId]);
  if (current && validTo < current.valid_from) {
    throw new AppError('validation_failed', 'A unit cannot close before it began', 'validTo');
  }
  const toClose = subtreeIds(tree, unitId).filter((id) => {
    const validToNow = tree.byId.get(id)?.validTo ?? null;
    return validToNow === null || validToNow > validTo;
  });

  return ctx.db.transaction().execute(async (trx) => {
    const before = await queries.selectUnitsByIds(trx, ctx.actor.tenantId, toClose);
    await queries.updateUnits(trx, ctx.actor.tenantId, toClose, {
      valid_to: validTo,
      updated_at: nowIso(),
    });
    for (const row of before) {
      const after = { ...toOrgUnit(row), validTo, closed: isClosed(validTo) };
      await recordChange(trx, ctx, unitChange(row.id, 'close', toOrgUnit(row), after));
    }
    return loadUnit(trx, ctx, unitId);
  });
}

/** Opens a closed unit again; its parent must be open. */
export async function reopenUnit(ctx: RequestContext, unitId: string): Promise<OrgUnit> {
  await requireRole(ctx, unitId, 'administrator');
  const tree = await ctx.tree();
  const parentId = tree.byId.get(unitId)?.parentId ?? null;
  if (parentId !== null && isClosed(tree.byId.get(parentId)?.validTo ?? null)) {
    throw new AppError('parent_closed', 'Open the parent unit first', 'parentId');
  }

  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadUnit(trx, ctx, unitId);
    await queries.updateUnit(trx, ctx.actor.tenantId, unitId, {
      valid_to: null,
      updated_at: nowIso(),
    });
    const after = await loadUnit(trx, ctx, unitId);
    await recordChange(trx, ctx, unitChange(unitId, 'reopen', before, after));
    return after;
  });
}

/** The top unit of a new tenant; only tenant creation calls this. */
export async function insertRootUnit(
  db: Db,
  tenantId: string,
  unit: { code: string; name: string },
): Promise<string> {
  const now = nowIso();
  const id = uuid();
  await queries.insertUnit(db, {
    id,
    tenant_id: tenantId,
    parent_id: null,
    code: unit.code,
    name: unit.name,
    kind: 'municipality',
    valid_from: todayIso(),
    valid_to: null,
    leader_user_id: null,
    created_at: now,
    updated_at: now,
  });
  return id;
}

export async function ensureCodeFree(db: Db, tenantId: string, code: string): Promise<void> {
  if (await queries.selectUnitByCode(db, tenantId, code)) {
    throw new AppError('code_taken', `Another unit already has the code ${code}`, 'code');
  }
}

async function loadUnit(db: Db, ctx: RequestContext, unitId: string): Promise<OrgUnit> {
  const row = await queries.selectUnit(db, ctx.actor.tenantId, unitId);
  if (!row) throw notFound('Unit');
  return toOrgUnit(row);
}

function unitChange(unitId: string, action: string, before?: OrgUnit, after?: OrgUnit) {
  return { entityType: 'org_unit', entityId: unitId, orgUnitId: unitId, action, before, after };
}
