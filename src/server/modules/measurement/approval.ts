import { v7 as uuid } from 'uuid';
import { mayActOn } from '#domain/access.js';
import { parsePeriod } from '#domain/periods.js';
import type { RequestContext } from '../../context.js';
import { AppError, forbidden } from '../../errors.js';
import { nowIso } from '../../time.js';
import { requireRole } from '../access/permissions.js';
import { recordChange } from '../audit/service.js';
import { unitsByIds } from '../organisation/service.js';
import { readSettings } from '../tenants/settings.js';
import * as queries from './queries.js';

export interface ApprovalState {
  orgUnitId: string;
  periodKey: string;
  approved: boolean;
  approvedAt: string | null;
  approvedBy: string | null;
}

/** The unit's leader approves; so may a planner of the unit or above. */
async function requireApprover(ctx: RequestContext, orgUnitId: string): Promise<void> {
  await requireRole(ctx, orgUnitId, 'reader');
  const [unit] = await unitsByIds(ctx.db, ctx.actor.tenantId, [orgUnitId]);
  const isLeader = unit?.leaderUserId === ctx.actor.userId;
  if (!isLeader && !mayActOn(await ctx.tree(), ctx.actor.grants, orgUnitId, 'planner')) {
    throw forbidden();
  }
}

export async function approvalState(
  ctx: RequestContext,
  orgUnitId: string,
  periodKey: string,
): Promise<ApprovalState> {
  await requireRole(ctx, orgUnitId, 'reader');
  const [approval] = await queries.selectApprovals(ctx.db, ctx.actor.tenantId, {
    unitIds: [orgUnitId],
    periodKeys: [periodKey],
  });
  return {
    orgUnitId,
    periodKey,
    approved: approval !== undefined,
    approvedAt: approval?.approved_at ?? null,
    approvedBy: approval?.approved_by ?? null,
  };
}

/** Approves a unit's results for a period, which locks them for reporters. */
export async function approvePeriod(
  ctx: RequestContext,
  orgUnitId: string,
  periodKey: string,
): Promise<ApprovalState> {
  if (!parsePeriod(periodKey)) throw new AppError('validation_failed', 'Not a period', 'periodKey');
  await requireApprover(ctx, orgUnitId);
  if (!(await readSettings(ctx.db, ctx.actor.tenantId)).approvalRequired) {
    throw new AppError('approval_disabled', 'This municipality does not approve results');
  }
  if ((await approvalState(ctx, orgUnitId, periodKey)).approved) {
    throw new AppError('already_approved', 'The period is already approved');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const id = uuid();
    await queries.insertApproval(trx, {
      id,
      tenant_id: ctx.actor.tenantId,
      org_unit_id: orgUnitId,
      period_key: periodKey,
      approved_by: ctx.actor.userId,
      approved_at: nowIso(),
      reopened_by: null,
      reopened_at: null,
      reopen_reason: null,
    });
    await recordChange(trx, ctx, {
      entityType: 'period_approval',
      entityId: id,
      orgUnitId,
      action: 'approve',
      after: { periodKey },
    });
  });
  return approvalState(ctx, orgUnitId, periodKey);
}

/** Opens an approved period again, on record with the reason. */
export async function reopenPeriod(
  ctx: RequestContext,
  orgUnitId: string,
  periodKey: string,
  reason: string,
): Promise<ApprovalState> {
  await requireApprover(ctx, orgUnitId);
  const [approval] = await queries.selectApprovals(ctx.db, ctx.actor.tenantId, {
    unitIds: [orgUnitId],
    periodKeys: [periodKey],
  });
  if (!approval) return approvalState(ctx, orgUnitId, periodKey);
  await ctx.db.transaction().execute(async (trx) => {
    await queries.reopenApproval(trx, approval.id, ctx.actor.userId, nowIso(), reason);
    await recordChange(trx, ctx, {
      entityType: 'period_approval',
      entityId: approval.id,
      orgUnitId,
      action: 'reopen',
      after: { periodKey, reason },
    });
  });
  return approvalState(ctx, orgUnitId, periodKey);
}
