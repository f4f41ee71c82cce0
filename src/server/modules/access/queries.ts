import type { Db } from '../../db/connect.js';
import type { AppUserTable, RoleGrantRow } from '../../db/schema.js';

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUser(db: Db, tenantId: string, userId: string) {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
}

export function listUsers(db: Db, tenantId: string) {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .execute();
}

export function insertUser(db: Db, row: AppUserTable) {
  return db.insertInto('app_user').values(row).execute();
}

export function updateUser(
  db: Db,
  tenantId: string,
  userId: string,
  changes: Partial<Omit<AppUserTable, 'id' | 'tenant_id' | 'created_at'>>,
) {
  return db
    .updateTable('app_user')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .execute();
}

/** Grants with the name of the unit they are on, for one user or for a whole tenant. */
export function listGrants(db: Db, tenantId: string, userId?: string) {
  let query = db
    .selectFrom('role_grant')
    .innerJoin('org_unit', 'org_unit.id', 'role_grant.org_unit_id')
    .select([
      'role_grant.id',
      'role_grant.user_id',
      'role_grant.org_unit_id',
      'role_grant.role',
      'role_grant.created_at',
      'org_unit.name as org_unit_name',
    ])
    .where('role_grant.tenant_id', '=', tenantId);
  if (userId) query = query.where('role_grant.user_id', '=', userId);
  return query.orderBy('org_unit.name').orderBy('role_grant.role').execute();
}

export function findGrant(db: Db, tenantId: string, grantId: string) {
  return db
    .selectFrom('role_grant')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', grantId)
    .executeTakeFirst();
}

export function insertGrant(db: Db, row: RoleGrantRow) {
  return db.insertInto('role_grant').values(row).execute();
}

export function deleteGrant(db: Db, grantId: string) {
  return db.deleteFrom('role_grant').where('id', '=', grantId).execute();
}

export function insertSession(
  db: Db,
  row: { id: string; tenant_id: string; user_id: string; created_at: string; expires_at: string },
) {
  return db
    .insertInto('session')
    .values({ ...row, last_seen_at: row.created_at })
    .execute();
}

export function findLiveSession(db: Db, sessionId: string, now: string) {
  return db
    .selectFrom('session')
    .innerJoin('app_user', 'app_user.id', 'session.user_id')
    .select([
      'session.id',
      'session.tenant_id',
      'session.user_id',
      'session.expires_at',
      'session.last_seen_at',
      'app_user.deactivated_at',
    ])
    .where('session.id', '=', sessionId)
    .where('session.expires_at', '>', now)
    .executeTakeFirst();
}

export function extendSession(db: Db, sessionId: string, now: string, expiresAt: string) {
  return db
    .updateTable('session')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', sessionId)
    .execute();
}

export function deleteSession(db: Db, sessionId: string) {
  return db.deleteFrom('session').where('id', '=', sessionId).execute();
}

export function deleteSessionsOfUser(db: Db, userId: string, exceptSessionId?: string) {
  let query = db.deleteFrom('session').where('user_id', '=', userId);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  return query.execute();
}

export function deleteExpiredSessions(db: Db, now: string) {
  return db.deleteFrom('session').where('expires_at', '<=', now).execute();
}

export function findTenant(db: Db, tenantId: string) {
  return db.selectFrom('tenant').selectAll().where('id', '=', tenantId).executeTakeFirst();
}
