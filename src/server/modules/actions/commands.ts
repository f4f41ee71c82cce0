/**
 * Writing actions: each command checks access and input, then writes and records the change in
 * one transaction. An action with updates is never deleted; it is cancelled.
 */
import { v7 as uuid } from 'uuid';
import { datesInOrder } from '#domain/actions.js';
import type { ActionStatus } from '#domain/scorecardView.js';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/connect.js';
import type { ActionTable } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { nowIso, todayIso } from '../../time.js';
import { requireRole } from '../access/permissions.js';
import { isActiveUser } from '../access/service.js';
import { recordChange } from '../audit/service.js';
import { isClosed } from '../organisation/service.js';
import { checkLink, linkColumns, storedLink } from './links.js';
import * as queries from './queries.js';
import type { Action, ActionChanges, ActionUpdate, NewAction, NewActionUpdate } from './schemas.js';
import { loadActionRow, toAction, toActionUpdate } from './service.js';

export async function createAction(ctx: RequestContext, input: NewAction): Promise<Action> {
  await requireWritableUnit(ctx, input.orgUnitId);
  await checkResponsible(ctx, input.responsibleUserId);
  if (input.link) await checkLink(ctx, input.orgUnitId, input.link, { allowArchived: false });

  const now = nowIso();
  const row: ActionTable = {
    id: uuid(),
    tenant_id: ctx.actor.tenantId,
    org_unit_id: input.orgUnitId,
    title: input.title,
    description: input.description ?? '',
    responsible_user_id: input.responsibleUserId ?? null,
    start_date: input.startDate ?? null,
    due_date: input.dueDate ?? null,
    status: input.status,
    progress: input.progress,
    cost: input.cost ?? null,
    ...linkColumns(input.link ?? null),
    version: 1,
    created_by: ctx.actor.userId,
    created_at: now,
    updated_at: now,
  };
  return ctx.db.transaction().execute(async (trx) => {
    await queries.insertAction(trx, row);
    await recordChange(trx, ctx, actionChange(row, 'create', undefined, row));
    return toAction(await loadActionRow(trx, ctx, row.id), todayIso());
  });
}

/**
 * Changes an action on top of the version the writer saw. Moving it to another unit needs
 * reporter on both, and its link must make sense for the new unit.
 */
export async function changeAction(
  ctx: RequestContext,
  id: string,
  changes: ActionChanges,
): Promise<Action> {
  const before = await loadActionRow(ctx.db, ctx, id);
  await requireRole(ctx, before.org_unit_id, 'reporter');
  const unitId = changes.orgUnitId ?? before.org_unit_id;
  if (unitId !== before.org_unit_id) await requireWritableUnit(ctx, unitId);
  checkDates(changes.startDate, changes.dueDate, before);
  if (changes.responsibleUserId !== before.responsible_user_id) {
    await checkResponsible(ctx, changes.responsibleUserId);
  }
  const link = changes.link === undefined ? storedLink(before) : changes.link;
  if (link && (changes.link !== undefined || unitId !== before.org_unit_id)) {
    await checkLink(ctx, unitId, link, { allowArchived: changes.link === undefined });
  }

  const after = {
    org_unit_id: unitId,
    title: changes.title,
    description: changes.description,
    responsible_user_id: changes.responsibleUserId,
    start_date: changes.startDate,
    due_date: changes.dueDate,
    status: changes.status,
    progress: changes.progress,
    cost: changes.cost,
    ...(changes.link === undefined ? {} : linkColumns(changes.link)),
    updated_at: nowIso(),
  };
  return ctx.db.transaction().execute(async (trx) => {
    await writeOnVersion(trx, ctx, id, changes.version, after);
    const saved = await loadActionRow(trx, ctx, id);
    await recordChange(trx, ctx, actionChange(saved, 'update', before, saved));
    return toAction(saved, todayIso());
  });
}

/**
 * Adds a dated update in the actor's name. One that sets a status or progress sets it on the
 * action too, on top of the version the writer saw (or the current one when not given).
 */
export async function addActionUpdate(
  ctx: RequestContext,
  actionId: string,
  input: NewActionUpdate,
): Promise<{ action: Action; update: ActionUpdate }> {
  const before = await loadActionRow(ctx.db, ctx, actionId);
  await requireRole(ctx, before.org_unit_id, 'reporter');

  const now = nowIso();
  const update = {
    id: uuid(),
    tenant_id: ctx.actor.tenantId,
    action_id: actionId,
    text: input.text,
    status: input.status ?? null,
    progress: input.progress ?? null,
    written_by: ctx.actor.userId,
    written_at: now,
  };
  return ctx.db.transaction().execute(async (trx) => {
    await queries.insertUpdate(trx, update);
    if (input.status !== undefined || input.progress !== undefined) {
      await writeOnVersion(trx, ctx, actionId, input.version ?? before.version, {
        status: input.status,
        progress: input.progress,
        updated_at: now,
      });
    }
    await recordChange(trx, ctx, {
      entityType: 'action_update',
      entityId: update.id,
      orgUnitId: before.org_unit_id,
      action: 'create',
      after: { actionId, text: update.text, status: update.status, progress: update.progress },
    });
    const saved = await loadActionRow(trx, ctx, actionId);
    const updates = await queries.selectUpdates(trx, ctx.actor.tenantId, actionId);
    const written = updates.find((candidate) => candidate.id === update.id);
    return {
      action: toAction(saved, todayIso()),
      update: toActionUpdate(written as queries.UpdateRow),
    };
  });
}

/** Deletes an action entered by mistake; one with updates is history and must be cancelled. */
export async function deleteAction(ctx: RequestContext, id: string): Promise<void> {
  const before = await loadActionRow(ctx.db, ctx, id);
  await requireRole(ctx, before.org_unit_id, 'reporter');
  await ctx.db.transaction().execute(async (trx) => {
    if ((await queries.countUpdates(trx, ctx.actor.tenantId, id)) > 0) {
      throw new AppError(
        'action_has_updates',
        'The action has updates and is kept as history: cancel it instead of deleting it',
      );
    }
    await queries.deleteAction(trx, ctx.actor.tenantId, id);
    await recordChange(trx, ctx, actionChange(before, 'delete', before, undefined));
  });
}

/** Writing an action needs reporter on its unit, and a closed unit takes no new actions. */
async function requireWritableUnit(ctx: RequestContext, unitId: string): Promise<void> {
  await requireRole(ctx, unitId, 'reporter');
  const unit = (await ctx.tree()).byId.get(unitId);
  if (unit && isClosed(unit.validTo)) {
    throw new AppError('unit_closed', 'The unit is closed', 'orgUnitId');
  }
}

/** A newly named responsible person must be someone in the municipality who can still log in. */
async function checkResponsible(ctx: RequestContext, userId: string | null | undefined) {
  if (userId && !(await isActiveUser(ctx.db, ctx.actor.tenantId, userId))) {
    throw new AppError(
      'validation_failed',
      'No such user, or the user is deactivated',
      'responsibleUserId',
    );
  }
}

/** The due date may not come before the start, as merged with what is stored. */
function checkDates(
  startDate: string | null | undefined,
  dueDate: string | null | undefined,
  before: { start_date: string | null; due_date: string | null },
): void {
  const start = startDate === undefined ? before.start_date : startDate;
  const due = dueDate === undefined ? before.due_date : dueDate;
  if (!datesInOrder(start, due)) {
    throw new AppError('validation_failed', 'The due date comes before the start date', 'dueDate');
  }
}

/** Writes on top of `version`; someone else's write in between refuses it with the current. */
async function writeOnVersion(
  trx: Db,
  ctx: RequestContext,
  id: string,
  version: number,
  changes: Parameters<typeof queries.updateAction>[4],
): Promise<void> {
  if (await queries.updateAction(trx, ctx.actor.tenantId, id, version, changes)) return;
  const current = await loadActionRow(trx, ctx, id);
  throw new AppError(
    'stale_write',
    'Someone else changed this action after you opened it',
    'version',
    { current: toAction(current, todayIso()) },
  );
}

/** The audit record of an action: its stored fields, not the names shown with them. */
function actionChange(
  row: ActionTable,
  action: 'create' | 'update' | 'delete',
  before: ActionTable | undefined,
  after: ActionTable | undefined,
) {
  return {
    entityType: 'action',
    entityId: row.id,
    orgUnitId: row.org_unit_id,
    action,
    before: before && snapshot(before),
    after: after && snapshot(after),
  };
}

function snapshot(row: ActionTable) {
  return {
    orgUnitId: row.org_unit_id,
    title: row.title,
    description: row.description,
    responsibleUserId: row.responsible_user_id,
    startDate: row.start_date,
    dueDate: row.due_date,
    status: row.status as ActionStatus,
    progress: row.progress,
    cost: row.cost,
    link: storedLink(row),
    version: row.version,
  };
}
