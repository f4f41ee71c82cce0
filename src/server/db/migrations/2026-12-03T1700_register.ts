import type { Kysely } from 'kysely';

/** Focus areas, success criteria and the indicator register with its version history. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('focus_area')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('success_criterion')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('focus_area_id', 'text', (c) => c.notNull().references('focus_area.id'))
    .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('success_criterion_focus_area_idx')
    .on('success_criterion')
    .column('focus_area_id')
    .execute();

  await db.schema
    .createTable('indicator')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('focus_area_id', 'text', (c) => c.notNull().references('focus_area.id'))
    .addColumn('owner_unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('owner_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('indicator_tenant_code_unique', ['tenant_id', 'code'])
    .execute();

  await db.schema
    .createTable('indicator_criterion')
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
    .addColumn('success_criterion_id', 'text', (c) =>
      c.notNull().references('success_criterion.id'),
    )
    .addPrimaryKeyConstraint('indicator_criterion_pk', ['indicator_id', 'success_criterion_id'])
    .execute();

  await db.schema
    .createTable('indicator_unit')
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
    .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addPrimaryKeyConstraint('indicator_unit_pk', ['indicator_id', 'org_unit_id'])
    .execute();

  await db.schema
    .createTable('indicator_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('snapshot_json', 'text', (c) => c.notNull())
    .addUniqueConstraint('indicator_version_unique', ['indicator_id', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'indicator_version',
    'indicator_unit',
    'indicator_criterion',
    'indicator',
    'success_criterion',
    'focus_area',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
