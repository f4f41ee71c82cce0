import { v7 as uuid } from 'uuid';
import type { Db } from '../../db/connect.js';
import type { TenantTable } from '../../db/schema.js';

export function insertTenant(db: Db, row: TenantTable) {
  return db.insertInto('tenant').values(row).execute();
}

export async function insertAdministrator(
  db: Db,
  admin: {
    userId: string;
    tenantId: string;
    rootUnitId: string;
    email: string;
    name: string;
    passwordHash: string;
    now: string;
  },
) {
  await db
    .insertInto('app_user')
    .values({
      id: admin.userId,
      tenant_id: admin.tenantId,
      email: admin.email,
      name: admin.name,
      password_hash: admin.passwordHash,
      locale: 'nb',
      deactivated_at: null,
      created_at: admin.now,
      updated_at: admin.now,
    })
    .execute();
  await db
    .insertInto('role_grant')
    .values({
      id: uuid(),
      tenant_id: admin.tenantId,
      user_id: admin.userId,
      org_unit_id: admin.rootUnitId,
      role: 'administrator',
      created_at: admin.now,
    })
    .execute();
}

export function countTenants(db: Db) {
  return db
    .selectFrom('tenant')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .executeTakeFirstOrThrow();
}

export function selectTenant(db: Db, tenantId: string) {
  return db.selectFrom('tenant').selectAll().where('id', '=', tenantId).executeTakeFirst();
}

export function updateTenantSettings(db: Db, tenantId: string, settings: string) {
  return db.updateTable('tenant').set({ settings }).where('id', '=', tenantId).execute();
}

export function selectTenantIds(db: Db) {
  return db.selectFrom('tenant').select('id').execute();
}
