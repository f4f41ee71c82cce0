import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type LogEvent, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

/**
 * Opens Kysely over better-sqlite3 or pg; nothing outside db/ needs to know which. `log` sees
 * every query, for the benchmark's count of queries per request.
 */
export function connectDatabase(
  config: DatabaseConfig,
  options: { log?: (event: LogEvent) => void } = {},
): Db {
  const dialect =
    config.kind === 'sqlite'
      ? sqliteDialect(config.file)
      : postgresDialect(config.url, config.schema);
  return new Kysely<Database>({ dialect, ...(options.log ? { log: options.log } : {}) });
}

function sqliteDialect(file: string): SqliteDialect {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database });
}

function postgresDialect(url: string, schema?: string): PostgresDialect {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return new PostgresDialect({ pool });
}
