import type { Db } from '../../db/connect.js';
import type { AuditEventTable } from '../../db/schema.js';

export function insertEvent(db: Db, row: AuditEventTable) {
  return db.insertInto('audit_event').values(row).execute();
}

export function listEvents(
  db: Db,
  tenantId: string,
  filter: { orgUnitId?: string; subjectUserId?: string; limit: number },
) {
  let query = db
    .selectFrom('audit_event')
    .leftJoin('app_user as actor', 'actor.id', 'audit_event.actor_user_id')
    .selectAll('audit_event')
    .select('actor.name as actor_name')
    .where('audit_event.tenant_id', '=', tenantId);
  if (filter.orgUnitId) query = query.where('audit_event.org_unit_id', '=', filter.orgUnitId);
  if (filter.subjectUserId) {
    query = query.where('audit_event.subject_user_id', '=', filter.subjectUserId);
  }
  return query.orderBy('audit_event.id', 'desc').limit(filter.limit).execute();
}
