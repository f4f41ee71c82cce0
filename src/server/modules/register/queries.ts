import type { Db } from '../../db/connect.js';
import type {
  FocusAreaTable,
  IndicatorTable,
  IndicatorVersionTable,
  SuccessCriterionTable,
  TargetTable,
} from '../../db/schema.js';

// Focus areas

export function selectFocusAreas(db: Db, tenantId: string) {
  return db
    .selectFrom('focus_area')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
}

export function selectFocusArea(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('focus_area')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertFocusArea(db: Db, row: FocusAreaTable) {
  return db.insertInto('focus_area').values(row).execute();
}

export function updateFocusArea(
  db: Db,
  tenantId: string,
  id: string,
  changes: Partial<Omit<FocusAreaTable, 'id' | 'tenant_id' | 'created_at'>>,
) {
  return db
    .updateTable('focus_area')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

// Success criteria

export function selectCriteria(db: Db, tenantId: string) {
  return db
    .selectFrom('success_criterion')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
}

export function selectCriterion(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('success_criterion')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertCriterion(db: Db, row: SuccessCriterionTable) {
  return db.insertInto('success_criterion').values(row).execute();
}

export function updateCriterion(
  db: Db,
  tenantId: string,
  id: string,
  changes: Partial<Omit<SuccessCriterionTable, 'id' | 'tenant_id' | 'created_at'>>,
) {
  return db
    .updateTable('success_criterion')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

// Indicators

export function selectIndicators(db: Db, tenantId: string, ids?: readonly string[]) {
  let query = db.selectFrom('indicator').selectAll().where('tenant_id', '=', tenantId);
  if (ids) {
    if (ids.length === 0) return Promise.resolve([]);
    query = query.where('id', 'in', ids);
  }
  return query.orderBy('code').execute();
}

export function selectIndicatorByCode(db: Db, tenantId: string, code: string) {
  return db
    .selectFrom('indicator')
    .select(['id'])
    .where('tenant_id', '=', tenantId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The criteria and units of the tenant's indicators, two reads for any number of them. */
export async function selectIndicatorLinks(db: Db, tenantId: string) {
  const [criteria, units] = await Promise.all([
    db
      .selectFrom('indicator_criterion')
      .innerJoin('indicator', 'indicator.id', 'indicator_criterion.indicator_id')
      .select(['indicator_criterion.indicator_id', 'indicator_criterion.success_criterion_id'])
      .where('indicator.tenant_id', '=', tenantId)
      .execute(),
    db
      .selectFrom('indicator_unit')
      .innerJoin('indicator', 'indicator.id', 'indicator_unit.indicator_id')
      .select(['indicator_unit.indicator_id', 'indicator_unit.org_unit_id'])
      .where('indicator.tenant_id', '=', tenantId)
      .execute(),
  ]);
  return { criteria, units };
}

export function insertIndicator(db: Db, row: IndicatorTable) {
  return db.insertInto('indicator').values(row).execute();
}

export function updateIndicator(
  db: Db,
  tenantId: string,
  id: string,
  changes: Partial<Omit<IndicatorTable, 'id' | 'tenant_id' | 'created_at'>>,
) {
  return db
    .updateTable('indicator')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function replaceIndicatorLinks(
  db: Db,
  indicatorId: string,
  criterionIds: readonly string[],
  unitIds: readonly string[],
) {
  await db.deleteFrom('indicator_criterion').where('indicator_id', '=', indicatorId).execute();
  await db.deleteFrom('indicator_unit').where('indicator_id', '=', indicatorId).execute();
  if (criterionIds.length > 0) {
    await db
      .insertInto('indicator_criterion')
      .values(criterionIds.map((id) => ({ indicator_id: indicatorId, success_criterion_id: id })))
      .execute();
  }
  if (unitIds.length > 0) {
    await db
      .insertInto('indicator_unit')
      .values(unitIds.map((id) => ({ indicator_id: indicatorId, org_unit_id: id })))
      .execute();
  }
}

export async function deleteIndicator(db: Db, tenantId: string, id: string) {
  await db.deleteFrom('indicator_criterion').where('indicator_id', '=', id).execute();
  await db.deleteFrom('indicator_unit').where('indicator_id', '=', id).execute();
  await db.deleteFrom('indicator_version').where('indicator_id', '=', id).execute();
  await db.deleteFrom('indicator').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export function insertVersion(db: Db, row: IndicatorVersionTable) {
  return db.insertInto('indicator_version').values(row).execute();
}

export function selectVersions(db: Db, tenantId: string, indicatorId: string) {
  return db
    .selectFrom('indicator_version')
    .leftJoin('app_user', 'app_user.id', 'indicator_version.changed_by')
    .selectAll('indicator_version')
    .select('app_user.name as changed_by_name')
    .where('indicator_version.tenant_id', '=', tenantId)
    .where('indicator_version.indicator_id', '=', indicatorId)
    .orderBy('indicator_version.version', 'desc')
    .execute();
}

export async function latestVersionNumber(db: Db, indicatorId: string): Promise<number> {
  const row = await db
    .selectFrom('indicator_version')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('indicator_id', '=', indicatorId)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

// Targets

/** Target rows still in force (not removed), for some indicators or all of the tenant's. */
export function selectTargetRows(db: Db, tenantId: string, indicatorIds?: readonly string[]) {
  let query = db
    .selectFrom('target')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('removed_at', 'is', null);
  if (indicatorIds) {
    if (indicatorIds.length === 0) return Promise.resolve([]);
    query = query.where('indicator_id', 'in', indicatorIds);
  }
  return query.execute();
}

/**
 * Measurement points planned for an indicator. The register reads this one count of the
 * measurement tables itself, since the measurement module builds on the register.
 */
export async function countMeasurementPoints(db: Db, indicatorId: string): Promise<number> {
  const row = await db
    .selectFrom('measurement_point')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('indicator_id', '=', indicatorId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function countTargets(db: Db, indicatorId: string): Promise<number> {
  const row = await db
    .selectFrom('target')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('indicator_id', '=', indicatorId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function insertTargets(db: Db, rows: TargetTable[]) {
  if (rows.length === 0) return Promise.resolve();
  return db.insertInto('target').values(rows).execute();
}

export function markTargetsRemoved(db: Db, ids: readonly string[], userId: string, at: string) {
  if (ids.length === 0) return Promise.resolve();
  return db
    .updateTable('target')
    .set({ removed_at: at, removed_by: userId })
    .where('id', 'in', ids)
    .execute();
}
