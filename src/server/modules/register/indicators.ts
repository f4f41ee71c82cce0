import { v7 as uuid } from 'uuid';
import { isInSubtree, selfAndAncestorIds } from '#domain/orgTree.js';
import type { RequestContext } from '../../context.js';
import type { IndicatorTable } from '../../db/schema.js';
import type { Db } from '../../db/connect.js';
import { AppError, notFound } from '../../errors.js';
import { nowIso, todayIso } from '../../time.js';
import { requireRole, rootUnitId } from '../access/permissions.js';
import { countActionsOnIndicator } from '../actions/service.js';
import { recordChange } from '../audit/service.js';
import type { Definition } from './definition.js';
import * as queries from './queries.js';

export interface Indicator {
  id: string;
  code: string;
  name: string;
  focusAreaId: string;
  criterionIds: string[];
  ownerUnitId: string;
  ownerUserId: string | null;
  /** The units the indicator applies to, each with its subtree. */
  unitIds: string[];
  definition: Definition;
  archivedAt: string | null;
  updatedAt: string;
}

export interface IndicatorVersion {
  version: number;
  effectiveFrom: string;
  changedAt: string;
  changedBy: { id: string; name: string } | null;
  snapshot: Indicator;
}

export interface IndicatorInput {
  code: string;
  name: string;
  focusAreaId: string;
  criterionIds: string[];
  ownerUnitId?: string;
  ownerUserId?: string | null;
  unitIds?: string[];
  definition: Definition;
  /** When the definition takes effect; today when not given. */
  effectiveFrom?: string;
}

export interface IndicatorFilter {
  q?: string;
  focusAreaId?: string;
  criterionId?: string;
  orgUnitId?: string;
  basisKind?: string;
  ownerUserId?: string;
  archived: 'active' | 'archived' | 'all';
}

type Links = Awaited<ReturnType<typeof queries.selectIndicatorLinks>>;

function toIndicator(row: IndicatorTable, links: Links): Indicator {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    focusAreaId: row.focus_area_id,
    criterionIds: links.criteria
      .filter((link) => link.indicator_id === row.id)
      .map((link) => link.success_criterion_id),
    ownerUnitId: row.owner_unit_id,
    ownerUserId: row.owner_user_id,
    unitIds: links.units
      .filter((link) => link.indicator_id === row.id)
      .map((link) => link.org_unit_id),
    definition: JSON.parse(row.definition_json) as Definition,
    archivedAt: row.archived_at,
    updatedAt: row.updated_at,
  };
}

/** Every indicator of the tenant with its links, in three reads. */
export async function loadIndicators(db: Db, tenantId: string): Promise<Indicator[]> {
  const [rows, links] = await Promise.all([
    queries.selectIndicators(db, tenantId),
    queries.selectIndicatorLinks(db, tenantId),
  ]);
  return rows.map((row) => toIndicator(row, links));
}

/** The register is the municipality's shared handbook: every user of the tenant may read it. */
export async function listIndicators(
  ctx: RequestContext,
  filter: IndicatorFilter,
): Promise<Indicator[]> {
  const indicators = await loadIndicators(ctx.db, ctx.actor.tenantId);
  const tree = await ctx.tree();
  const needle = filter.q?.trim().toLowerCase();
  return indicators.filter((indicator) => {
    if (filter.archived === 'active' && indicator.archivedAt) return false;
    if (filter.archived === 'archived' && !indicator.archivedAt) return false;
    if (filter.focusAreaId && indicator.focusAreaId !== filter.focusAreaId) return false;
    if (filter.criterionId && !indicator.criterionIds.includes(filter.criterionId)) return false;
    if (filter.basisKind && indicator.definition.basis.kind !== filter.basisKind) return false;
    if (filter.ownerUserId && indicator.ownerUserId !== filter.ownerUserId) return false;
    if (filter.orgUnitId && !appliesTo(indicator, selfAndAncestorIds(tree, filter.orgUnitId))) {
      return false;
    }
    if (needle) {
      const haystack = `${indicator.code} ${indicator.name} ${indicator.definition.definition}`;
      if (!haystack.toLowerCase().includes(needle)) return false;
    }
    return true;
  });
}

/** An indicator applies to a unit when it is set on the unit or on a unit above it. */
export function appliesTo(indicator: Indicator, selfAndAncestors: readonly string[]): boolean {
  return indicator.unitIds.some((unitId) => selfAndAncestors.includes(unitId));
}

export async function getIndicator(
  ctx: RequestContext,
  id: string,
): Promise<{ indicator: Indicator; versions: IndicatorVersion[] }> {
  const indicator = await loadIndicator(ctx.db, ctx.actor.tenantId, id);
  const rows = await queries.selectVersions(ctx.db, ctx.actor.tenantId, id);
  const versions = rows.map((row) => ({
    version: row.version,
    effectiveFrom: row.effective_from,
    changedAt: row.changed_at,
    changedBy: row.changed_by ? { id: row.changed_by, name: row.changed_by_name ?? '' } : null,
    snapshot: JSON.parse(row.snapshot_json) as Indicator,
  }));
  return { indicator, versions };
}

export async function loadIndicator(db: Db, tenantId: string, id: string): Promise<Indicator> {
  const [row] = await queries.selectIndicators(db, tenantId, [id]);
  if (!row) throw notFound('Indicator');
  const links = await queries.selectIndicatorLinks(db, tenantId);
  return toIndicator(row, links);
}

export async function createIndicator(
  ctx: RequestContext,
  input: IndicatorInput,
): Promise<Indicator> {
  const ownerUnitId = input.ownerUnitId ?? (await rootUnitId(ctx));
  await requireRole(ctx, ownerUnitId, 'planner');
  const unitIds = input.unitIds?.length ? input.unitIds : [ownerUnitId];
  await checkLinks(ctx, { ...input, ownerUnitId, unitIds });
  return ctx.db
    .transaction()
    .execute((trx) => writeNewIndicator(trx, ctx, { ...input, ownerUnitId, unitIds }));
}

/** Inserts a checked indicator, its links and its first version, in the caller's transaction. */
export async function writeNewIndicator(
  db: Db,
  ctx: RequestContext,
  input: IndicatorInput & { ownerUnitId: string; unitIds: string[] },
): Promise<Indicator> {
  if (await queries.selectIndicatorByCode(db, ctx.actor.tenantId, input.code)) {
    throw new AppError('code_taken', `Another indicator has the code ${input.code}`, 'code');
  }
  const now = nowIso();
  const id = uuid();
  await queries.insertIndicator(db, {
    id,
    tenant_id: ctx.actor.tenantId,
    code: input.code,
    name: input.name,
    focus_area_id: input.focusAreaId,
    owner_unit_id: input.ownerUnitId,
    owner_user_id: input.ownerUserId ?? null,
    definition_json: JSON.stringify(input.definition),
    archived_at: null,
    created_at: now,
    updated_at: now,
  });
  await queries.replaceIndicatorLinks(db, id, input.criterionIds, input.unitIds);
  const indicator = await loadIndicator(db, ctx.actor.tenantId, id);
  await saveVersion(db, ctx, indicator, input.effectiveFrom);
  await recordChange(db, ctx, indicatorChange(indicator, 'create', undefined, indicator));
  return indicator;
}

export type IndicatorChanges = Partial<IndicatorInput> & { archived?: boolean };

/** Changes the definition and keeps the earlier one as a version with the date it gave way. */
export async function updateIndicator(
  ctx: RequestContext,
  id: string,
  changes: IndicatorChanges,
): Promise<Indicator> {
  const before = await loadIndicator(ctx.db, ctx.actor.tenantId, id);
  await requireRole(ctx, before.ownerUnitId, 'planner');
  if (changes.ownerUnitId && changes.ownerUnitId !== before.ownerUnitId) {
    await requireRole(ctx, changes.ownerUnitId, 'planner');
  }
  await checkLinks(ctx, mergeChanges(before, changes));
  return ctx.db.transaction().execute((trx) => writeIndicatorUpdate(trx, ctx, before, changes));
}

function mergeChanges(before: Indicator, changes: IndicatorChanges) {
  return {
    code: changes.code ?? before.code,
    name: changes.name ?? before.name,
    focusAreaId: changes.focusAreaId ?? before.focusAreaId,
    criterionIds: changes.criterionIds ?? before.criterionIds,
    ownerUnitId: changes.ownerUnitId ?? before.ownerUnitId,
    ownerUserId: changes.ownerUserId === undefined ? before.ownerUserId : changes.ownerUserId,
    unitIds: changes.unitIds ?? before.unitIds,
    definition: changes.definition ?? before.definition,
  };
}

/** Writes checked changes and a new version, inside the caller's transaction. */
export async function writeIndicatorUpdate(
  db: Db,
  ctx: RequestContext,
  before: Indicator,
  changes: IndicatorChanges,
): Promise<Indicator> {
  const merged = mergeChanges(before, changes);
  if (merged.code !== before.code) {
    if (await queries.selectIndicatorByCode(db, ctx.actor.tenantId, merged.code)) {
      throw new AppError('code_taken', `Another indicator has the code ${merged.code}`, 'code');
    }
  }
  const archivedAt =
    changes.archived === undefined ? before.archivedAt : changes.archived ? nowIso() : null;
  await queries.updateIndicator(db, ctx.actor.tenantId, before.id, {
    code: merged.code,
    name: merged.name,
    focus_area_id: merged.focusAreaId,
    owner_unit_id: merged.ownerUnitId,
    owner_user_id: merged.ownerUserId,
    definition_json: JSON.stringify(merged.definition),
    archived_at: archivedAt,
    updated_at: nowIso(),
  });
  await queries.replaceIndicatorLinks(db, before.id, merged.criterionIds, merged.unitIds);
  const after = await loadIndicator(db, ctx.actor.tenantId, before.id);
  await saveVersion(db, ctx, after, changes.effectiveFrom);
  await recordChange(db, ctx, indicatorChange(after, 'update', before, after));
  return after;
}

/**
 * Deletes an indicator nobody has used; one with targets, results or actions can only be
 * archived.
 */
export async function deleteIndicator(ctx: RequestContext, id: string): Promise<void> {
  const indicator = await loadIndicator(ctx.db, ctx.actor.tenantId, id);
  await requireRole(ctx, indicator.ownerUnitId, 'planner');
  const [targets, points, actions] = await Promise.all([
    queries.countTargets(ctx.db, id),
    queries.countMeasurementPoints(ctx.db, id),
    countActionsOnIndicator(ctx, id),
  ]);
  if (targets > 0 || points > 0 || actions > 0) {
    throw new AppError(
      'indicator_in_use',
      `The indicator has ${targets} target(s), ${points} measurement point(s) and ` +
        `${actions} action(s); archive it instead`,
      undefined,
      { targets, measurementPoints: points, actions },
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await queries.deleteIndicator(trx, ctx.actor.tenantId, id);
    await recordChange(trx, ctx, indicatorChange(indicator, 'delete', indicator, undefined));
  });
}

async function saveVersion(
  db: Db,
  ctx: RequestContext,
  indicator: Indicator,
  effectiveFrom: string | undefined,
): Promise<void> {
  await queries.insertVersion(db, {
    id: uuid(),
    tenant_id: ctx.actor.tenantId,
    indicator_id: indicator.id,
    version: (await queries.latestVersionNumber(db, indicator.id)) + 1,
    effective_from: effectiveFrom ?? todayIso(),
    changed_by: ctx.actor.userId,
    changed_at: nowIso(),
    snapshot_json: JSON.stringify(indicator),
  });
}

/**
 * The focus area must be active, the criteria must belong to it, and the indicator may apply
 * only inside the owning unit's subtree.
 */
async function checkLinks(
  ctx: RequestContext,
  input: { focusAreaId: string; criterionIds: string[]; ownerUnitId: string; unitIds: string[] },
): Promise<void> {
  const area = await queries.selectFocusArea(ctx.db, ctx.actor.tenantId, input.focusAreaId);
  if (!area) throw new AppError('validation_failed', 'No such focus area', 'focusAreaId');
  const criteria = await queries.selectCriteria(ctx.db, ctx.actor.tenantId);
  for (const criterionId of input.criterionIds) {
    const criterion = criteria.find((row) => row.id === criterionId);
    if (!criterion || criterion.focus_area_id !== input.focusAreaId) {
      throw new AppError(
        'validation_failed',
        'Every success criterion must belong to the indicator’s focus area',
        'criterionIds',
      );
    }
  }
  const tree = await ctx.tree();
  const outside = input.unitIds.find(
    (unitId) => !tree.byId.has(unitId) || !isInSubtree(tree, input.ownerUnitId, unitId),
  );
  if (outside) {
    throw new AppError(
      'validation_failed',
      'An indicator can only apply to the owning unit and units below it',
      'unitIds',
    );
  }
}

function indicatorChange(
  indicator: Indicator,
  action: string,
  before?: Indicator,
  after?: Indicator,
) {
  return {
    entityType: 'indicator',
    entityId: indicator.id,
    orgUnitId: indicator.ownerUnitId,
    action,
    before,
    after,
  };
}
