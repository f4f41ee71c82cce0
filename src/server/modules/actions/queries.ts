/** The only place the actions module builds SQL. */
import { sql } from 'kysely';
import type { ActionLinkKind } from '#domain/actions.js';
import type { Db } from '../../db/connect.js';
import type { ActionTable, ActionUpdateTable } from '../../db/schema.js';

export interface ActionFilter {
  ids?: readonly string[];
  unitIds?: readonly string[];
  linkKind?: ActionLinkKind | 'none';
  /** The focus area, criterion, indicator or measurement an action is linked to. */
  linkId?: string;
  responsibleUserId?: string;
  /**
   * Actions whose span touches the year. A span runs from the start date to the due date; without
   * a start it begins when the action was entered (or on its due date, if that came first), and
   * without a due date it stays open.
   */
  year?: number;
}

/**
 * Actions with the names a list shows (unit, people, what they are linked to) and how many
 * updates each has, in one read however many.
 */
export function selectActions(db: Db, tenantId: string, filter: ActionFilter) {
  if (filter.unitIds?.length === 0 || filter.ids?.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('action')
    .innerJoin('org_unit', 'org_unit.id', 'action.org_unit_id')
    .leftJoin('app_user as responsible', 'responsible.id', 'action.responsible_user_id')
    .leftJoin('app_user as creator', 'creator.id', 'action.created_by')
    .leftJoin('focus_area', 'focus_area.id', 'action.focus_area_id')
    .leftJoin('success_criterion as criterion', 'criterion.id', 'action.criterion_id')
    .leftJoin('indicator as linked_indicator', 'linked_indicator.id', 'action.indicator_id')
    .leftJoin('measurement', 'measurement.id', 'action.measurement_id')
    .leftJoin(
      'indicator as measured_indicator',
      'measured_indicator.id',
      'measurement.indicator_id',
    )
    .selectAll('action')
    .select((eb) => [
      'org_unit.name as org_unit_name',
      'responsible.name as responsible_name',
      'creator.name as created_by_name',
      'focus_area.name as focus_area_name',
      'criterion.name as criterion_name',
      'linked_indicator.name as indicator_name',
      'measurement.indicator_id as measurement_indicator_id',
      'measurement.period_key as measurement_period_key',
      'measurement.org_unit_id as measurement_org_unit_id',
      'measured_indicator.name as measurement_indicator_name',
      eb
        .selectFrom('action_update')
        .select((sub) => sub.fn.countAll().as('n'))
        .whereRef('action_update.action_id', '=', 'action.id')
        .as('update_count'),
    ])
    .where('action.tenant_id', '=', tenantId);
  if (filter.ids) query = query.where('action.id', 'in', filter.ids);
  if (filter.unitIds) query = query.where('action.org_unit_id', 'in', filter.unitIds);
  if (filter.linkKind) query = query.where('action.link_kind', '=', filter.linkKind);
  if (filter.responsibleUserId) {
    query = query.where('action.responsible_user_id', '=', filter.responsibleUserId);
  }
  const linkId = filter.linkId;
  if (linkId) {
    query = query.where((eb) =>
      eb.or([
        eb('action.focus_area_id', '=', linkId),
        eb('action.criterion_id', '=', linkId),
        eb('action.indicator_id', '=', linkId),
        eb('action.measurement_id', '=', linkId),
      ]),
    );
  }
  if (filter.year !== undefined) {
    const first = `${filter.year}-01-01`;
    const last = `${filter.year}-12-31`;
    const entered = sql<string>`substr(action.created_at, 1, 10)`;
    const begins = sql<string>`coalesce(
      action.start_date,
      case when action.due_date < ${entered} then action.due_date else ${entered} end
    )`;
    query = query
      .where(sql<boolean>`${begins} <= ${last}`)
      .where((eb) =>
        eb.or([eb('action.due_date', 'is', null), eb('action.due_date', '>=', first)]),
      );
  }
  return (
    query
      // Both databases then put actions without a due date last.
      .orderBy(sql`case when action.due_date is null then 1 else 0 end`)
      .orderBy('action.due_date')
      .orderBy('action.created_at')
      .orderBy('action.id')
      .execute()
  );
}

export type ActionRow = Awaited<ReturnType<typeof selectActions>>[number];

export function insertAction(db: Db, row: ActionTable) {
  return db.insertInto('action').values(row).execute();
}

/** Writes changes on top of the version the writer saw; false when someone wrote in between. */
export async function updateAction(
  db: Db,
  tenantId: string,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<ActionTable, 'id' | 'tenant_id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('action')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteAction(db: Db, tenantId: string, id: string): Promise<void> {
  await db.deleteFrom('action').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function countIndicatorActions(
  db: Db,
  tenantId: string,
  indicatorId: string,
): Promise<number> {
  const row = await db
    .selectFrom('action')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('indicator_id', '=', indicatorId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function countUpdates(db: Db, tenantId: string, actionId: string): Promise<number> {
  const row = await db
    .selectFrom('action_update')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('action_id', '=', actionId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function insertUpdate(db: Db, row: ActionUpdateTable) {
  return db.insertInto('action_update').values(row).execute();
}

/** The dated updates of one action with their authors' names, newest first. */
export function selectUpdates(db: Db, tenantId: string, actionId: string) {
  return db
    .selectFrom('action_update')
    .leftJoin('app_user as author', 'author.id', 'action_update.written_by')
    .selectAll('action_update')
    .select('author.name as written_by_name')
    .where('action_update.tenant_id', '=', tenantId)
    .where('action_update.action_id', '=', actionId)
    .orderBy('action_update.written_at', 'desc')
    .orderBy('action_update.id', 'desc')
    .execute();
}

export type UpdateRow = Awaited<ReturnType<typeof selectUpdates>>[number];
