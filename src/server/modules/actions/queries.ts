/** The only place the actions module builds SQL. */
import type { Db } from '../../db/connect.js';

/** Actions owned by the given units, with the names and measurement facts a list shows. */
export function selectActions(db: Db, tenantId: string, filter: { unitIds: readonly string[] }) {
  if (filter.unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('action')
    .innerJoin('org_unit', 'org_unit.id', 'action.org_unit_id')
    .leftJoin('app_user as responsible', 'responsible.id', 'action.responsible_user_id')
    .leftJoin('measurement', 'measurement.id', 'action.measurement_id')
    .selectAll('action')
    .select([
      'org_unit.name as org_unit_name',
      'responsible.name as responsible_name',
      'measurement.indicator_id as measurement_indicator_id',
      'measurement.period_key as measurement_period_key',
    ])
    .where('action.tenant_id', '=', tenantId)
    .where('action.org_unit_id', 'in', filter.unitIds)
    .orderBy('action.due_date')
    .orderBy('action.created_at')
    .execute();
}

export type ActionRow = Awaited<ReturnType<typeof selectActions>>[number];
