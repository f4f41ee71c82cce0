/**
 * Writing business plans. Reporters on the unit start a plan, write its texts and submit it;
 * planners on the unit (the leader's role) approve it and start a new version of an approved
 * one. An approved version is locked for ever: every write to it is refused with plan_locked.
 */
import { v7 as uuid } from 'uuid';
import {
  type PlanStatus,
  type PlanStep,
  isEditable,
  statusAfter,
  statusNeeded,
  versionToFollow,
} from '#domain/plans.js';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/connect.js';
import type { BusinessPlanTable, PlanSectionTextTable } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import { nowIso } from '../../time.js';
import { requireRole } from '../access/permissions.js';
import { recordChange } from '../audit/service.js';
import { isClosed } from '../organisation/service.js';
import { checkPlanText } from './markdown.js';
import * as queries from './queries.js';
import type { NewPlan, PlanSectionText, PlanVersion, SectionTextInput } from './schemas.js';
import { tenantSections } from './sections.js';
import { describePlan, loadPlanRow, takeSnapshot } from './service.js';

/**
 * Starts version 1 of a unit's plan for a year as a draft, with the texts of last year's plan
 * (its newest approved version, else its newest) where the section is still in use.
 */
export async function createPlan(ctx: RequestContext, input: NewPlan): Promise<PlanVersion> {
  await requireRole(ctx, input.orgUnitId, 'reporter');
  const unit = (await ctx.tree()).byId.get(input.orgUnitId);
  if (unit && isClosed(unit.validTo)) {
    throw new AppError('unit_closed', 'The unit is closed', 'orgUnitId');
  }
  const tenantId = ctx.actor.tenantId;
  const [existing] = await queries.selectPlanVersions(
    ctx.db,
    tenantId,
    [input.orgUnitId],
    input.year,
  );
  if (existing) throw planExists(existing.id);

  const sections = await tenantSections(ctx);
  const active = new Set(sections.filter((s) => !s.archived_at).map((s) => s.id));
  const lastYear = versionToFollow(
    await queries.selectPlanVersions(ctx.db, tenantId, [input.orgUnitId], input.year - 1),
  );
  const row = newVersionRow(ctx, {
    orgUnitId: input.orgUnitId,
    year: input.year,
    versionNumber: 1,
    basedOn: lastYear?.id ?? null,
  });
  const copied = lastYear
    ? await copiedTexts(ctx, lastYear.id, row, (text) => active.has(text.section_id))
    : [];

  await ctx.db.transaction().execute(async (trx) => {
    await insertVersion(trx, row);
    await queries.insertTexts(trx, copied);
    await recordChange(trx, ctx, {
      entityType: 'business_plan',
      entityId: row.id,
      orgUnitId: row.org_unit_id,
      action: 'create',
      after: { year: row.year, versionNumber: 1, basedOn: row.based_on_plan_id },
    });
  });
  return describePlan(ctx, await loadPlanRow(ctx, row.id));
}

/**
 * Writes one section's text of a draft on top of the version the writer saw (0 for the first
 * text). The text must be safe Markdown; nothing is saved when it is not.
 */
export async function writeSectionText(
  ctx: RequestContext,
  planId: string,
  sectionId: string,
  input: SectionTextInput,
): Promise<PlanSectionText> {
  const plan = await loadPlanRow(ctx, planId);
  await requireRole(ctx, plan.org_unit_id, 'reporter');
  refuseUnlessDraft(plan.status as PlanStatus);
  const section = (await tenantSections(ctx)).find((candidate) => candidate.id === sectionId);
  if (!section) throw notFound('Plan section');
  if (section.archived_at) throw new AppError('archived', 'The section is archived', 'sectionId');
  checkPlanText(input.text, 'text');

  const now = nowIso();
  const row: PlanSectionTextTable = {
    plan_id: planId,
    section_id: sectionId,
    tenant_id: ctx.actor.tenantId,
    text: input.text,
    version: 1,
    updated_by: ctx.actor.userId,
    updated_at: now,
  };
  return ctx.db.transaction().execute(async (trx) => {
    // Touching the draft locks its row, so a submission cannot slip in between.
    const stillDraft = await queries.updatePlanIfStatus(trx, ctx.actor.tenantId, planId, 'draft', {
      updated_at: now,
    });
    if (!stillDraft) {
      refuseUnlessDraft((await loadPlanRow(ctx, planId, trx)).status as PlanStatus);
    }
    const written =
      input.version === 0
        ? await queries.insertTextIfAbsent(trx, row)
        : await queries.updateText(
            trx,
            ctx.actor.tenantId,
            { planId, sectionId, expectedVersion: input.version },
            { text: input.text, updated_by: ctx.actor.userId, updated_at: now },
          );
    const saved = (await queries.selectTexts(trx, ctx.actor.tenantId, [planId])).find(
      (text) => text.section_id === sectionId,
    );
    const view: PlanSectionText = {
      sectionId,
      title: section.title,
      archived: false,
      text: saved?.text ?? '',
      version: saved?.version ?? 0,
      updatedBy: saved?.updated_by
        ? { id: saved.updated_by, name: saved.updated_by_name ?? '' }
        : null,
      updatedAt: saved?.updated_at ?? null,
    };
    if (!written) {
      throw new AppError(
        'stale_write',
        'Someone else changed this text after you opened it',
        'version',
        { current: view },
      );
    }
    await recordChange(trx, ctx, {
      entityType: 'business_plan',
      entityId: planId,
      orgUnitId: plan.org_unit_id,
      action: 'section_text',
      after: { sectionId, text: view.text, version: view.version },
    });
    return view;
  });
}

/** The reporter hands the draft to the unit's leader for approval. */
export async function submitPlan(ctx: RequestContext, id: string): Promise<PlanVersion> {
  const plan = await loadPlanRow(ctx, id);
  await requireRole(ctx, plan.org_unit_id, 'reporter');
  return moveStatus(ctx, plan, 'submit', {
    submitted_by: ctx.actor.userId,
    submitted_at: nowIso(),
  });
}

/** Takes a submitted plan back to draft, to change it before approval. */
export async function reopenPlan(ctx: RequestContext, id: string): Promise<PlanVersion> {
  const plan = await loadPlanRow(ctx, id);
  await requireRole(ctx, plan.org_unit_id, 'reporter');
  return moveStatus(ctx, plan, 'reopen', { submitted_by: null, submitted_at: null });
}

/**
 * The leader approves a submitted plan: the scorecard, actions and subunit summaries are
 * recorded as they stand, with who approved and when, in the same write as the status. A plan
 * taken back, changed or submitted again while the record was being made is not approved.
 */
export async function approvePlan(ctx: RequestContext, id: string): Promise<PlanVersion> {
  const plan = await loadPlanRow(ctx, id);
  await requireRole(ctx, plan.org_unit_id, 'planner');
  refuseStep(plan.status as PlanStatus, 'approve');
  const snapshot = await takeSnapshot(ctx, plan);
  return moveStatus(
    ctx,
    plan,
    'approve',
    {
      approved_by: ctx.actor.userId,
      approved_at: snapshot.takenAt,
      snapshot_json: JSON.stringify(snapshot),
    },
    { unchangedSince: plan.updated_at },
  );
}

/**
 * Starts the next version of an approved plan as a draft with its texts. The approved version
 * stays as it is, readable and locked.
 */
export async function startNewVersion(ctx: RequestContext, id: string): Promise<PlanVersion> {
  const plan = await loadPlanRow(ctx, id);
  await requireRole(ctx, plan.org_unit_id, 'planner');
  refuseStep(plan.status as PlanStatus, 'new_version');
  const [latest] = await queries.selectPlanVersions(
    ctx.db,
    ctx.actor.tenantId,
    [plan.org_unit_id],
    plan.year,
  );
  if (latest && latest.id !== plan.id) {
    throw new AppError('plan_not_latest', 'A newer version of this plan exists', undefined, {
      latestId: latest.id,
    });
  }

  const row = newVersionRow(ctx, {
    orgUnitId: plan.org_unit_id,
    year: plan.year,
    versionNumber: plan.version_number + 1,
    basedOn: plan.id,
  });
  const copied = await copiedTexts(ctx, plan.id, row, () => true);
  await ctx.db.transaction().execute(async (trx) => {
    await insertVersion(trx, row);
    await queries.insertTexts(trx, copied);
    await recordChange(trx, ctx, {
      entityType: 'business_plan',
      entityId: row.id,
      orgUnitId: row.org_unit_id,
      action: 'new_version',
      after: { year: row.year, versionNumber: row.version_number, basedOn: plan.id },
    });
  });
  return describePlan(ctx, await loadPlanRow(ctx, row.id));
}

/**
 * Moves a version one step on, checked again inside the write so two steps cannot cross. With
 * `unchangedSince`, the plan must also not have been touched since it was read.
 */
async function moveStatus(
  ctx: RequestContext,
  plan: queries.PlanRow,
  step: PlanStep,
  columns: Partial<BusinessPlanTable>,
  options: { unchangedSince?: string } = {},
): Promise<PlanVersion> {
  const { id } = plan;
  const from = plan.status as PlanStatus;
  const to = refuseStep(from, step);

  await ctx.db.transaction().execute(async (trx) => {
    const moved = await queries.updatePlanIfStatus(
      trx,
      ctx.actor.tenantId,
      id,
      from,
      { ...columns, status: to, updated_at: nowIso() },
      options.unchangedSince,
    );
    if (!moved) {
      const now = await loadPlanRow(ctx, id, trx);
      refuseStep(now.status as PlanStatus, step);
      throw new AppError(
        'stale_write',
        'The plan changed while you were approving it; read it again before approving',
        undefined,
        { updatedAt: now.updated_at },
      );
    }
    await recordChange(trx, ctx, {
      entityType: 'business_plan',
      entityId: id,
      orgUnitId: plan.org_unit_id,
      action: step,
      before: { status: from },
      after: { status: to },
    });
  });
  return describePlan(ctx, await loadPlanRow(ctx, id));
}

/** The status the step leads to; refuses with plan_locked on an approved version. */
function refuseStep(status: PlanStatus, step: PlanStep): PlanStatus {
  const to = statusAfter(status, step);
  if (to) return to;
  if (status === 'approved') throw planLocked();
  throw new AppError(
    'plan_wrong_status',
    `The plan is ${status}; this needs a plan that is ${statusNeeded(step)}`,
    undefined,
    { status, needed: statusNeeded(step) },
  );
}

function refuseUnlessDraft(status: PlanStatus): void {
  if (isEditable(status)) return;
  if (status === 'approved') throw planLocked();
  throw new AppError(
    'plan_locked',
    'The plan is submitted for approval; reopen it to change it',
    undefined,
    { status },
  );
}

const planLocked = () =>
  new AppError(
    'plan_locked',
    'The plan is approved and cannot change; start a new version instead',
    undefined,
    { status: 'approved' },
  );

const planExists = (planId: string) =>
  new AppError('plan_exists', 'The unit already has a plan for this year', 'year', { planId });

function newVersionRow(
  ctx: RequestContext,
  input: { orgUnitId: string; year: number; versionNumber: number; basedOn: string | null },
): BusinessPlanTable {
  const now = nowIso();
  return {
    id: uuid(),
    tenant_id: ctx.actor.tenantId,
    org_unit_id: input.orgUnitId,
    year: input.year,
    version_number: input.versionNumber,
    status: 'draft',
    submitted_by: null,
    submitted_at: null,
    approved_by: null,
    approved_at: null,
    snapshot_json: null,
    based_on_plan_id: input.basedOn,
    created_by: ctx.actor.userId,
    created_at: now,
    updated_at: now,
  };
}

/** Inserts a version; one made meanwhile with the same number refuses it with plan_exists. */
async function insertVersion(trx: Db, row: BusinessPlanTable): Promise<void> {
  if (await queries.insertPlanIfAbsent(trx, row)) return;
  const [taken] = await queries.selectPlanVersions(trx, row.tenant_id, [row.org_unit_id], row.year);
  throw planExists(taken?.id ?? '');
}

/** The non-empty texts of one version, as first texts of another. */
async function copiedTexts(
  ctx: RequestContext,
  fromPlanId: string,
  to: BusinessPlanTable,
  keep: (text: queries.TextRow) => boolean,
): Promise<PlanSectionTextTable[]> {
  const texts = await queries.selectTexts(ctx.db, ctx.actor.tenantId, [fromPlanId]);
  return texts
    .filter((text) => text.text.trim() && keep(text))
    .map((text) => ({
      plan_id: to.id,
      section_id: text.section_id,
      tenant_id: to.tenant_id,
      text: text.text,
      version: 1,
      updated_by: ctx.actor.userId,
      updated_at: to.created_at,
    }));
}
