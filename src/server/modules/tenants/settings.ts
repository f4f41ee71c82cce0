import { z } from 'zod';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/connect.js';
import { requireRoleOnRoot } from '../access/permissions.js';
import { recordChange } from '../audit/service.js';
import * as queries from './queries.js';

const fields = {
  /** Above this many indicators a unit's scorecard warns that fewer is better. */
  maxIndicatorsPerScorecard: z.number().int().min(1).max(500),
  /** A red result needs an explanation before it can be saved. */
  requireCommentWhenRed: z.boolean(),
  /** Unit leaders approve a period's results, which locks them. */
  approvalRequired: z.boolean(),
  /** Reporters are reminded this many days before results are due. */
  reminderDaysBefore: z.number().int().min(0).max(60),
  /** The unit leader hears of results still missing this many days after the due date. */
  overdueGraceDays: z.number().int().min(0).max(60),
};

/** A municipality's own settings; every one has a default, so old rows read as new ones. */
export const settingsSchema = z.object({
  maxIndicatorsPerScorecard: fields.maxIndicatorsPerScorecard.default(25),
  requireCommentWhenRed: fields.requireCommentWhenRed.default(false),
  approvalRequired: fields.approvalRequired.default(false),
  reminderDaysBefore: fields.reminderDaysBefore.default(7),
  overdueGraceDays: fields.overdueGraceDays.default(3),
});

/** A change to some settings; what is left out stays as it is. */
export const settingsChangeSchema = z.strictObject(fields).partial();

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
