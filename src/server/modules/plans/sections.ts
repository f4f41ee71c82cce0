/**
 * The text sections every business plan of a municipality has ("Om enheten", "Prioriteringer"
 * …). They belong to the tenant, so planners of the top unit manage them; a section in use is
 * archived, never deleted.
 */
import { v7 as uuid } from 'uuid';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/connect.js';
import type { PlanSectionTable } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import { nowIso } from '../../time.js';
import { requireRoleOnRoot } from '../access/permissions.js';
import { recordChange } from '../audit/service.js';
import * as queries from './queries.js';
import type { PlanSection, PlanSectionChanges } from './schemas.js';

/** The sections a municipality starts with until its planners define their own. */
export const defaultSectionTitles = ['Om enheten', 'Hovedutfordringer', 'Prioriteringer'];

export const toPlanSection = (row: PlanSectionTable): PlanSection => ({
  id: row.id,
  title: row.title,
  sortOrder: row.sort_order,
  archivedAt: row.archived_at,
});

/**
 * Every section of the tenant, archived ones too, in order. A tenant that has never had any is
 * given the defaults on first use; the unique title keeps two requests from adding them twice.
 */
export async function tenantSections(ctx: RequestContext): Promise<PlanSectionTable[]> {
  const rows = await queries.selectSections(ctx.db, ctx.actor.tenantId);
  if (rows.length > 0) return rows;

  const now = nowIso();
  const defaults = defaultSectionTitles.map((title, index) => ({
    id: uuid(),
    tenant_id: ctx.actor.tenantId,
    title,
    sort_order: index + 1,
    archived_at: null,
    created_at: now,
    updated_at: now,
  }));
  await queries.insertSectionsIfAbsent(ctx.db, defaults);
  ctx.log.info({ sections: defaults.length }, 'created the default plan sections');
  return queries.selectSections(ctx.db, ctx.actor.tenantId);
}

export async function listPlanSections(
  ctx: RequestContext,
  options: { includeArchived: boolean },
): Promise<PlanSection[]> {
  const rows = await tenantSections(ctx);
  return rows.map(toPlanSection).filter((s) => options.includeArchived || !s.archivedAt);
}

export async function createPlanSection(
  ctx: RequestContext,
  input: { title: string },
): Promise<PlanSection> {
  await requireRoleOnRoot(ctx, 'planner');
  const existing = await tenantSections(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    await ensureTitleFree(trx, ctx, input.title);
    const now = nowIso();
    const row: PlanSectionTable = {
      id: uuid(),
      tenant_id: ctx.actor.tenantId,
      title: input.title,
      sort_order: Math.max(0, ...existing.map((section) => section.sort_order)) + 1,
      archived_at: null,
      created_at: now,
      updated_at: now,
    };
    await queries.insertSectionsIfAbsent(trx, [row]);
    const section = toPlanSection(row);
    await recordChange(trx, ctx, {
      entityType: 'plan_section',
      entityId: row.id,
      action: 'create',
      after: section,
    });
    return section;
  });
}

/** Renames, moves or archives a section; archiving keeps the texts plans already have. */
export async function updatePlanSection(
  ctx: RequestContext,
  id: string,
  changes: PlanSectionChanges,
): Promise<PlanSection> {
  await requireRoleOnRoot(ctx, 'planner');
  const before = await queries.selectSection(ctx.db, ctx.actor.tenantId, id);
  if (!before) throw notFound('Plan section');
  return ctx.db.transaction().execute(async (trx) => {
    if (changes.title !== undefined) await ensureTitleFree(trx, ctx, changes.title, id);
    const archivedAt =
      changes.archived === undefined
        ? undefined
        : changes.archived
          ? (before.archived_at ?? nowIso())
          : null;
    await queries.updateSection(trx, ctx.actor.tenantId, id, {
      title: changes.title,
      sort_order: changes.sortOrder,
      archived_at: archivedAt,
      updated_at: nowIso(),
    });
    const after = toPlanSection(
      (await queries.selectSection(trx, ctx.actor.tenantId, id)) as PlanSectionTable,
    );
    await recordChange(trx, ctx, {
      entityType: 'plan_section',
      entityId: id,
      action: 'update',
      before: toPlanSection(before),
      after,
    });
    return after;
  });
}

async function ensureTitleFree(db: Db, ctx: RequestContext, title: string, exceptId?: string) {
  if (await queries.sectionTitleTaken(db, ctx.actor.tenantId, title, exceptId)) {
    throw new AppError('title_taken', 'Another section has this title', 'title');
  }
}
