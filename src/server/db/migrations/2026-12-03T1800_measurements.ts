import type { Kysely } from 'kysely';

/**
 * Measurement points, the planned measurement of each participating unit, and every value
 * entered for it. A correction adds a value row with the next version; nothing is overwritten.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('measurement_point')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('measurement_point_unique', ['indicator_id', 'period_key'])
    .execute();

  await db.schema
    .createTable('measurement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('measurement_point_id', 'text', (c) =>
      c.notNull().references('measurement_point.id'),
    )
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id'))
    .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    /** The number of values entered so far; the latest value row carries this version. */
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('measurement_unique', ['measurement_point_id', 'org_unit_id'])
    .execute();
  await db.schema
    .createIndex('measurement_unit_idx')
    .on('measurement')
    .columns(['tenant_id', 'org_unit_id', 'period_key'])
    .execute();

  await db.schema
    .createTable('measurement_value')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('measurement_id', 'text', (c) => c.notNull().references('measurement.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('numerator', 'double precision')
    .addColumn('denominator', 'double precision')
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('measurement_value_unique', ['measurement_id', 'version'])
    .execute();

  await db.schema
    .createTable('period_approval')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addColumn('reopened_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('reopened_at', 'text')
    .addColumn('reopen_reason', 'text')
    .execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute();

  await db.schema
    .createTable('reminder')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenant.id'))
    .addColumn('measurement_id', 'text', (c) => c.notNull().references('measurement.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('reminder_once', ['measurement_id', 'kind', 'recipient_user_id'])
    .execute();

  await db.schema.alterTable('org_unit').addColumn('leader_user_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('org_unit').dropColumn('leader_user_id').execute();
  for (const table of [
    'reminder',
    'api_token',
    'period_approval',
    'measurement_value',
    'measurement',
    'measurement_point',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
