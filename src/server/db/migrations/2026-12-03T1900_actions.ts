import type { Kysely } from 'kysely';

/**
 * Actions (tiltak) and their dated updates. An action links to at most one thing on the
 * scorecard: a focus area, a success criterion, an indicator or one measurement. Nothing with
 * updates is deleted; it is cancelled.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('action')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('responsible_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('start_date', 'text')
    .addColumn('due_date', 'text')
    /** not_started, in_progress, done, delayed or cancelled, as set by a person. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cost', 'double precision')
    /** none, focus_area, criterion, indicator or measurement. */
    .addColumn('link_kind', 'text', (c) => c.notNull())
    .addColumn('focus_area_id', 'text', (c) => c.references('focus_area.id'))
    .addColumn('criterion_id', 'text', (c) => c.references('success_criterion.id'))
    .addColumn('indicator_id', 'text', (c) => c.references('indicator.id'))
    .addColumn('measurement_id', 'text', (c) => c.references('measurement.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('action_unit_idx')
    .on('action')
    .columns(['tenant_id', 'org_unit_id'])
    .execute();

  await db.schema
    .createTable('action_update')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('action_id', 'text', (c) => c.notNull().references('action.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('progress', 'integer')
    .addColumn('written_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('written_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('action_update_action_idx')
    .on('action_update')
    .columns(['action_id', 'written_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('action_update').execute();
  await db.schema.dropTable('action').execute();
}
