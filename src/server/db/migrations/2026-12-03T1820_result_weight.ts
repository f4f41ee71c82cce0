import type { Kysely } from 'kysely';

/** A result's weight (for example the number of respondents), for weighted means up the tree. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('measurement_value').addColumn('weight', 'double precision').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('measurement_value').dropColumn('weight').execute();
}
