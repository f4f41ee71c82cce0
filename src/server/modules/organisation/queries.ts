import type { Db } from '../../db/connect.js';
import type { NewOrgUnit, OrgUnitUpdate } from '../../db/schema.js';

/** The whole tenant's tree in one read: every permission check and subtree walk uses it. */
/** The tree's rows, siblings in code order (then creation order), the same on both databases. */
export function selectTreeRows(db: Db, tenantId: string) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'parent_id', 'valid_to'])
    .where('tenant_id', '=', tenantId)
    .orderBy('code')
    .orderBy('id')
    .execute();
}

export function selectUnits(db: Db, tenantId: string) {
  return db
    .selectFrom('org_unit')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .execute();
}

export function selectUnit(db: Db, tenantId: string, unitId: string) {
  return db
    .selectFrom('org_unit')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', unitId)
    .executeTakeFirst();
}

export function selectUnitsByIds(db: Db, tenantId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_unit')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', unitIds)
    .execute();
}

export function selectUnitByCode(db: Db, tenantId: string, code: string) {
  return db
    .selectFrom('org_unit')
    .select(['id'])
    .where('tenant_id', '=', tenantId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export function insertUnit(db: Db, row: NewOrgUnit) {
  return db.insertInto('org_unit').values(row).execute();
}

export function updateUnit(db: Db, tenantId: string, unitId: string, changes: OrgUnitUpdate) {
  return db
    .updateTable('org_unit')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', unitId)
    .execute();
}

export function updateUnits(db: Db, tenantId: string, unitIds: string[], changes: OrgUnitUpdate) {
  return db
    .updateTable('org_unit')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', unitIds)
    .execute();
}
