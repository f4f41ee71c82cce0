import { z } from 'zod';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/connect.js';
import { requireRoleOnRoot } from '../access/permissions.js';
import { recordChange } from '../audit/service.js';
import * as queries from './queries.js';

/** A municipality's own settings; every one has a default, so old rows read as new ones. */
export const settingsSchema = z.object({
  /** Above this many indicators a unit's scorecard warns that fewer is better. */
  maxIndicatorsPerScorecard: z.number().int().min(1).max(500).default(25),
});

export type TenantSettings = z.infer<typeof settingsSchema>;

export async function readSettings(db: Db, tenantId: string): Promise<TenantSettings> {
  const row = await queries.selectTenant(db, tenantId);
  return settingsSchema.parse(JSON.parse(row?.settings ?? '{}'));
}

export async function getSettings(ctx: RequestContext): Promise<TenantSettings> {
  return readSettings(ctx.db, ctx.actor.tenantId);
}

export async function updateSettings(
  ctx: RequestContext,
  changes: Partial<TenantSettings>,
): Promise<TenantSettings> {
  await requireRoleOnRoot(ctx, 'administrator');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await readSettings(trx, ctx.actor.tenantId);
    const after = settingsSchema.parse({ ...before, ...changes });
    await queries.updateTenantSettings(trx, ctx.actor.tenantId, JSON.stringify(after));
    await recordChange(trx, ctx, {
      entityType: 'tenant',
      entityId: ctx.actor.tenantId,
      action: 'settings',
      before,
      after,
    });
    return after;
  });
}
