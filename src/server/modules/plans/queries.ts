/** The only place the plans module builds SQL. */
import type { Db } from '../../db/connect.js';
import type { BusinessPlanTable, PlanSectionTable, PlanSectionTextTable } from '../../db/schema.js';

export function selectSections(db: Db, tenantId: string) {
  return db
    .selectFrom('plan_section')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('sort_order')
    .orderBy('title')
    .execute();
}

export function selectSection(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('plan_section')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function sectionTitleTaken(
  db: Db,
  tenantId: string,
  title: string,
  exceptId?: string,
): Promise<boolean> {
  let query = db
    .selectFrom('plan_section')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('title', '=', title);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Inserts sections, skipping any whose title the tenant already has. */
export async function insertSectionsIfAbsent(db: Db, rows: PlanSectionTable[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('plan_section')
    .values(rows)
    .onConflict((conflict) => conflict.columns(['tenant_id', 'title']).doNothing())
    .execute();
}

export async function updateSection(
  db: Db,
  tenantId: string,
  id: string,
  changes: Partial<Pick<PlanSectionTable, 'title' | 'sort_order' | 'archived_at' | 'updated_at'>>,
): Promise<void> {
  await db
    .updateTable('plan_section')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

/** Plan versions with the names they show, filtered; newest version first within a unit-year. */
function plansQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('business_plan')
    .innerJoin('org_unit', 'org_unit.id', 'business_plan.org_unit_id')
    .leftJoin('app_user as creator', 'creator.id', 'business_plan.created_by')
    .leftJoin('app_user as submitter', 'submitter.id', 'business_plan.submitted_by')
    .leftJoin('app_user as approver', 'approver.id', 'business_plan.approved_by')
    .selectAll('business_plan')
    .select([
      'org_unit.name as org_unit_name',
      'org_unit.code as org_unit_code',
      'creator.name as created_by_name',
      'submitter.name as submitted_by_name',
      'approver.name as approved_by_name',
    ])
    .where('business_plan.tenant_id', '=', tenantId)
    .orderBy('business_plan.org_unit_id')
    .orderBy('business_plan.year', 'desc')
    .orderBy('business_plan.version_number', 'desc');
}

export type PlanRow = Awaited<ReturnType<ReturnType<typeof plansQuery>['execute']>>[number];

export function selectPlan(db: Db, tenantId: string, id: string) {
  return plansQuery(db, tenantId).where('business_plan.id', '=', id).executeTakeFirst();
}

export function selectPlans(db: Db, tenantId: string, ids: readonly string[]): Promise<PlanRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return plansQuery(db, tenantId).where('business_plan.id', 'in', ids).execute();
}

/** Every version of the units' plans for the year, newest first within each unit. */
export function selectPlanVersions(
  db: Db,
  tenantId: string,
  unitIds: readonly string[],
  year: number,
): Promise<PlanRow[]> {
  if (unitIds.length === 0) return Promise.resolve([]);
  return plansQuery(db, tenantId)
    .where('business_plan.org_unit_id', 'in', unitIds)
    .where('business_plan.year', '=', year)
    .execute();
}

/** Inserts a version unless the unit already has one with its number for the year. */
export async function insertPlanIfAbsent(db: Db, row: BusinessPlanTable): Promise<boolean> {
  const result = await db
    .insertInto('business_plan')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['tenant_id', 'org_unit_id', 'year', 'version_number']).doNothing(),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * Changes a version only while it has the status `from` (and, given `unchangedSince`, its
 * `updated_at` is still that); false when it has moved on. The update also locks the row, so a
 * text write and a submission cannot pass each other.
 */
export async function updatePlanIfStatus(
  db: Db,
  tenantId: string,
  id: string,
  from: string,
  changes: Partial<Omit<BusinessPlanTable, 'id' | 'tenant_id' | 'org_unit_id' | 'year'>>,
  unchangedSince?: string,
): Promise<boolean> {
  let update = db
    .updateTable('business_plan')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', from);
  if (unchangedSince !== undefined) update = update.where('updated_at', '=', unchangedSince);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The section texts of plan versions, with the name of whoever wrote each last. */
export function selectTexts(db: Db, tenantId: string, planIds: readonly string[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plan_section_text')
    .leftJoin('app_user as writer', 'writer.id', 'plan_section_text.updated_by')
    .selectAll('plan_section_text')
    .select('writer.name as updated_by_name')
    .where('plan_section_text.tenant_id', '=', tenantId)
    .where('plan_section_text.plan_id', 'in', planIds)
    .execute();
}

export type TextRow = Awaited<ReturnType<typeof selectTexts>>[number];

export async function insertTexts(db: Db, rows: PlanSectionTextTable[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('plan_section_text').values(rows).execute();
}

/** The first text of a section in a plan; false when someone wrote one meanwhile. */
export async function insertTextIfAbsent(db: Db, row: PlanSectionTextTable): Promise<boolean> {
  const result = await db
    .insertInto('plan_section_text')
    .values(row)
    .onConflict((conflict) => conflict.columns(['plan_id', 'section_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Writes a text on top of the version the writer saw; false when someone wrote in between. */
export async function updateText(
  db: Db,
  tenantId: string,
  key: { planId: string; sectionId: string; expectedVersion: number },
  changes: Pick<PlanSectionTextTable, 'text' | 'updated_by' | 'updated_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('plan_section_text')
    .set({ ...changes, version: key.expectedVersion + 1 })
    .where('tenant_id', '=', tenantId)
    .where('plan_id', '=', key.planId)
    .where('section_id', '=', key.sectionId)
    .where('version', '=', key.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
