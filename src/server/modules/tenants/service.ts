import { v7 as uuid } from 'uuid';
import type { Db } from '../../db/connect.js';
import { nowIso } from '../../time.js';
import { hashPassword } from '../access/sessions.js';
import { insertRootUnit } from '../organisation/service.js';
import * as queries from './queries.js';

export interface NewTenant {
  name: string;
  rootUnit: { code: string; name: string };
  administrator: { email: string; name: string; password: string };
}

export interface CreatedTenant {
  tenantId: string;
  rootUnitId: string;
  administratorId: string;
}

/**
 * A new municipality: its top unit and a first administrator over all of it. This is an
 * installation-level step (start-up, the command line, tests), not something a tenant's own
 * users can do.
 */
export async function createTenant(db: Db, input: NewTenant): Promise<CreatedTenant> {
  const passwordHash = await hashPassword(input.administrator.password);
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const tenantId = uuid();
    await queries.insertTenant(trx, {
      id: tenantId,
      name: input.name,
      settings: '{}',
      created_at: now,
    });
    const rootUnitId = await insertRootUnit(trx, tenantId, input.rootUnit);
    const administratorId = uuid();
    await queries.insertAdministrator(trx, {
      userId: administratorId,
      tenantId,
      rootUnitId,
      email: input.administrator.email.trim().toLowerCase(),
      name: input.administrator.name,
      passwordHash,
      now,
    });
    return { tenantId, rootUnitId, administratorId };
  });
}

export async function countTenants(db: Db): Promise<number> {
  return Number((await queries.countTenants(db)).count);
}

export async function listTenantIds(db: Db): Promise<string[]> {
  return (await queries.selectTenantIds(db)).map((row) => row.id);
}
