import type { Kysely } from 'kysely';

/**
 * Targets per indicator and unit, valid from a period until a later row replaces them. Rows are
 * never deleted: reverting to the inherited target marks the unit's own row as removed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('target')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
    .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('valid_from_period', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('target_value', 'double precision')
    .addColumn('threshold_value', 'double precision')
    .addColumn('range_low', 'double precision')
    .addColumn('range_high', 'double precision')
    .addColumn('range_tolerance', 'double precision')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .addColumn('removed_by', 'text', (c) => c.references('app_user.id'))
    .execute();
  await db.schema
    .createIndex('target_lookup_idx')
    .on('target')
    .columns(['tenant_id', 'indicator_id', 'org_unit_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('target').execute();
}
