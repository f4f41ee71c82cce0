import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from './connect.js';
import { migrateToLatest } from './migrate.js';

describe('the embedded SQLite database', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'balanse-db-'));
  const db = connectDatabase({ kind: 'sqlite', file: path.join(folder, 'data', 'balanse.sqlite') });
  afterAll(async () => {
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is created in its folder, in WAL mode with foreign keys enforced', async () => {
    await migrateToLatest(db);
    const journal = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(db);
    const keys = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(db);
    expect(journal.rows[0]?.journal_mode).toBe('wal');
    expect(keys.rows[0]?.foreign_keys).toBe(1);
  });

  it('refuses a row that points at nothing', async () => {
    const orphan = db
      .insertInto('org_unit')
      .values({
        id: 'orphan',
        tenant_id: 'no-such-tenant',
        parent_id: null,
        code: 'X',
        name: 'Foreldreløs',
        kind: 'unit',
        valid_from: '2026-01-01',
        valid_to: null,
        leader_user_id: null,
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
      })
      .execute();
    await expect(orphan).rejects.toThrow(/FOREIGN KEY/);
  });

  it('migrates a second time without change', async () => {
    await expect(migrateToLatest(db)).resolves.toBeUndefined();
  });
});
