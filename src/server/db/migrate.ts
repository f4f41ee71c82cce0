import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './connect.js';
import { migrations } from './migrations/index.js';

const listedMigrations: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => migrations,
};

/**
 * Runs every migration not yet applied, in name (timestamp) order. On PostgreSQL Kysely holds
 * an advisory lock meanwhile, so several app processes starting together migrate once.
 */
export async function migrateToLatest(db: Db, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: listedMigrations,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error instanceof Error) throw error;
  if (error) throw new Error(`Migration failed: ${JSON.stringify(error)}`);
}
