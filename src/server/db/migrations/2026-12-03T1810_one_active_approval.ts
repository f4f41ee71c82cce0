import { type Kysely, sql } from 'kysely';

/** At most one active approval per unit and period, even when two leaders approve at once. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('period_approval_active_unique')
    .on('period_approval')
    .columns(['org_unit_id', 'period_key'])
    .unique()
    .where(sql.ref('reopened_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('period_approval_active_unique').execute();
}
