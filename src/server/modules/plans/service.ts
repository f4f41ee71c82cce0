/**
 * Reading business plans. A draft or submitted version shows the unit's scorecard, actions and
 * subunits as they are now, read live from the register, results and actions; an approved one
 * shows what was recorded when it was approved. Reading needs reader on the unit.
 */
import {
  type PlanStatus,
  isCarriedOver,
  readsLive,
  shortenText,
  summarySectionTitle,
  versionToFollow,
} from '#domain/plans.js';
import type { CardUnit, StatusCounts } from '#domain/scorecardView.js';
import { countStatuses } from '#domain/trend.js';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/connect.js';
import type { PlanSectionTable } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { nowIso } from '../../time.js';
import { requireRole } from '../access/permissions.js';
import { listActions } from '../actions/service.js';
import { childStatusCounts, getScorecard } from '../scorecard/service.js';
import { plainText } from './markdown.js';
import * as queries from './queries.js';
import type {
  PlanDetail,
  PlanSectionText,
  PlanSnapshot,
  PlanVersion,
  SubunitSummary,
} from './schemas.js';
import { tenantSections } from './sections.js';

/** How long a subunit's first section may be on its parent's plan. */
const summaryLength = 400;
/** A whole "Sammendrag" is shown as written, up to this length. */
const wholeSummaryLength = 4000;

const named = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

export function toPlanVersion(
  row: queries.PlanRow,
  isLatest: boolean,
  basedOn: queries.PlanRow | null | undefined,
): PlanVersion {
  return {
    id: row.id,
    orgUnit: { id: row.org_unit_id, code: row.org_unit_code, name: row.org_unit_name },
    year: row.year,
    versionNumber: row.version_number,
    status: row.status as PlanStatus,
    isLatest,
    basedOn: basedOn
      ? { id: basedOn.id, year: basedOn.year, versionNumber: basedOn.version_number }
      : null,
    createdBy: named(row.created_by, row.created_by_name),
    createdAt: row.created_at,
    submittedBy: named(row.submitted_by, row.submitted_by_name),
    submittedAt: row.submitted_at,
    approvedBy: named(row.approved_by, row.approved_by_name),
    approvedAt: row.approved_at,
    updatedAt: row.updated_at,
  };
}

/** The stored version with its names; not_found when the tenant has no such plan. */
export async function loadPlanRow(
  ctx: RequestContext,
  id: string,
  db: Db = ctx.db,
): Promise<queries.PlanRow> {
  const row = await queries.selectPlan(db, ctx.actor.tenantId, id);
  if (!row) throw notFound('Plan');
  return row;
}

/** A version as the API shows it, told whether it is the newest and what it started from. */
export async function describePlan(
  ctx: RequestContext,
  row: queries.PlanRow,
): Promise<PlanVersion> {
  const [versions, basedOn] = await Promise.all([
    queries.selectPlanVersions(ctx.db, ctx.actor.tenantId, [row.org_unit_id], row.year),
    row.based_on_plan_id
      ? queries.selectPlan(ctx.db, ctx.actor.tenantId, row.based_on_plan_id)
      : undefined,
  ]);
  return toPlanVersion(row, versions[0]?.id === row.id, basedOn);
}

/** Every version of the unit's plan for the year, newest first; not_found when there is none. */
export async function listPlanVersions(
  ctx: RequestContext,
  orgUnitId: string,
  year: number,
): Promise<PlanVersion[]> {
  await requireRole(ctx, orgUnitId, 'reader');
  const rows = await queries.selectPlanVersions(ctx.db, ctx.actor.tenantId, [orgUnitId], year);
  if (rows.length === 0) throw notFound('Plan');
  const byId = new Map(rows.map((row) => [row.id, row]));
  const outside = rows.flatMap((row) =>
    row.based_on_plan_id && !byId.has(row.based_on_plan_id) ? [row.based_on_plan_id] : [],
  );
  for (const row of await queries.selectPlans(ctx.db, ctx.actor.tenantId, outside)) {
    byId.set(row.id, row);
  }
  return rows.map((row, index) =>
    toPlanVersion(row, index === 0, row.based_on_plan_id ? byId.get(row.based_on_plan_id) : null),
  );
}

/** One version with its sections, scorecard, actions and subunits. */
export async function getPlan(ctx: RequestContext, id: string): Promise<PlanDetail> {
  const row = await loadPlanRow(ctx, id);
  await requireRole(ctx, row.org_unit_id, 'reader');

  const sections = await tenantSections(ctx);
  const [plan, texts] = await Promise.all([
    describePlan(ctx, row),
    queries.selectTexts(ctx.db, ctx.actor.tenantId, [row.id]),
  ]);
  const status = row.status as PlanStatus;
  if (readsLive(status)) {
    const content = await liveContent(ctx, row.org_unit_id, row.year, sections);
    return {
      plan,
      live: true,
      asOf: nowIso(),
      sections: sectionTexts(liveSectionList(sections, texts), texts),
      scorecard: content.scorecard,
      actions: content.actions,
      subunits: content.subunits,
    };
  }
  const snapshot = snapshotOf(row);
  return {
    plan,
    live: false,
    asOf: snapshot.takenAt,
    sections: sectionTexts(snapshot.sections, texts),
    scorecard: snapshot.scorecard,
    actions: snapshot.actions,
    subunits: snapshot.subunits,
  };
}

export function snapshotOf(row: { id: string; snapshot_json: string | null }): PlanSnapshot {
  if (!row.snapshot_json) throw new Error(`Approved plan ${row.id} has no snapshot`);
  return JSON.parse(row.snapshot_json) as PlanSnapshot;
}

/** What an approved version records: everything the plan shows besides its texts, as now. */
export async function takeSnapshot(
  ctx: RequestContext,
  plan: { id: string; org_unit_id: string; year: number },
): Promise<PlanSnapshot> {
  const sections = await tenantSections(ctx);
  const texts = await queries.selectTexts(ctx.db, ctx.actor.tenantId, [plan.id]);
  const content = await liveContent(ctx, plan.org_unit_id, plan.year, sections);
  return {
    format: 1,
    takenAt: nowIso(),
    sections: liveSectionList(sections, texts),
    ...content,
  };
}

/** The unit's scorecard for the year, its actions for the year and its subunits' plans, now. */
async function liveContent(
  ctx: RequestContext,
  unitId: string,
  year: number,
  sections: PlanSectionTable[],
) {
  const [scorecard, actions, counts] = await Promise.all([
    getScorecard(ctx, unitId, String(year)),
    actionsForYear(ctx, unitId, year),
    childStatusCounts(ctx, unitId, String(year)),
  ]);
  // By name, as a reader looks them up; the tree itself has no order both databases keep.
  const children = [...scorecard.children].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const subunits = await subunitSummaries(ctx, { children, counts, year, sections });
  return { scorecard, actions, subunits };
}

/**
 * The unit's own actions whose span touches the year, and those left open from earlier years,
 * in due-date order. Subunits' actions belong in their own plans.
 */
async function actionsForYear(ctx: RequestContext, unitId: string, year: number) {
  const filter = { orgUnitId: unitId, includeSubunits: false, overdue: false };
  const [inYear, all] = await Promise.all([
    listActions(ctx, { ...filter, year }),
    listActions(ctx, filter),
  ]);
  const touching = new Set(inYear.map((action) => action.id));
  return all.filter((action) => touching.has(action.id) || isCarriedOver(action, year));
}

/** The sections a draft shows: the tenant's active ones, and archived ones it has text for. */
function liveSectionList(
  sections: PlanSectionTable[],
  texts: queries.TextRow[],
): PlanSnapshot['sections'] {
  const written = new Set(texts.filter((t) => t.text.trim()).map((t) => t.section_id));
  return sections
    .filter((section) => !section.archived_at || written.has(section.id))
    .map((section) => ({
      id: section.id,
      title: section.title,
      archived: section.archived_at !== null,
    }));
}

function sectionTexts(list: PlanSnapshot['sections'], texts: queries.TextRow[]): PlanSectionText[] {
  const bySection = new Map(texts.map((text) => [text.section_id, text]));
  return list.map((section) => {
    const text = bySection.get(section.id);
    return {
      sectionId: section.id,
      title: section.title,
      archived: section.archived,
      text: text?.text ?? '',
      version: text?.version ?? 0,
      updatedBy: text ? named(text.updated_by, text.updated_by_name) : null,
      updatedAt: text?.updated_at ?? null,
    };
  });
}

/**
 * Each open subunit's plan for the year (its newest approved version, else its newest),
 * summarised: its status, its "Sammendrag" whole or its first written section shortened, and its
 * scorecard's status counts (as approved, for an approved plan; as now otherwise, and for a
 * subunit without a plan).
 */
async function subunitSummaries(
  ctx: RequestContext,
  input: {
    children: CardUnit[];
    /** Each child's scorecard status counts for the year, as they are now. */
    counts: ReadonlyMap<string, StatusCounts>;
    year: number;
    sections: PlanSectionTable[];
  },
): Promise<SubunitSummary[]> {
  const { children, year, sections } = input;
  const tenantId = ctx.actor.tenantId;
  const versions = await queries.selectPlanVersions(
    ctx.db,
    tenantId,
    children.map((child) => child.id),
    year,
  );
  const latest = new Map(
    children.flatMap((child) => {
      const followed = versionToFollow(versions.filter((row) => row.org_unit_id === child.id));
      return followed ? [[child.id, followed] as const] : [];
    }),
  );
  const texts = await queries.selectTexts(
    ctx.db,
    tenantId,
    [...latest.values()].map((row) => row.id),
  );

  return children.map((child) => {
    const plan = latest.get(child.id);
    const liveCounts = input.counts.get(child.id) ?? countStatuses([]);
    if (!plan) return { unit: child, plan: null, summary: null, counts: liveCounts };
    const own = texts.filter((text) => text.plan_id === plan.id);
    // An approved subunit plan is summarised as it was approved, figures included.
    const snapshot = readsLive(plan.status as PlanStatus) ? null : snapshotOf(plan);
    const list = snapshot ? snapshot.sections : liveSectionList(sections, own);
    return {
      unit: child,
      plan: { id: plan.id, versionNumber: plan.version_number, status: plan.status as PlanStatus },
      summary: summaryOf(sectionTexts(list, own)),
      counts: snapshot ? snapshot.scorecard.counts : liveCounts,
    };
  });
}

function summaryOf(sections: PlanSectionText[]): SubunitSummary['summary'] {
  const written = sections.filter((section) => section.text.trim());
  const whole = written.find(
    (section) => section.title.trim().toLowerCase() === summarySectionTitle.toLowerCase(),
  );
  const chosen = whole ?? written[0];
  if (!chosen) return null;
  const short = shortenText(plainText(chosen.text), whole ? wholeSummaryLength : summaryLength);
  return { sectionTitle: chosen.title, ...short };
}
