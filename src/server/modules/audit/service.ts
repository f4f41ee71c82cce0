import { v7 as uuid } from 'uuid';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/connect.js';
import { nowIso } from '../../time.js';
import * as queries from './queries.js';

export interface Change {
  entityType: string;
  entityId: string;
  action: string;
  orgUnitId?: string | null;
  subjectUserId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Records who changed what, with the values before and after. Call it inside the write's transaction. */
export async function recordChange(db: Db, ctx: RequestContext, change: Change): Promise<void> {
  await queries.insertEvent(db, {
    id: uuid(),
    tenant_id: ctx.actor.tenantId,
    at: nowIso(),
    actor_user_id: ctx.actor.userId,
    entity_type: change.entityType,
    entity_id: change.entityId,
    org_unit_id: change.orgUnitId ?? null,
    subject_user_id: change.subjectUserId ?? null,
    action: change.action,
    before_json: change.before === undefined ? null : JSON.stringify(change.before),
    after_json: change.after === undefined ? null : JSON.stringify(change.after),
    request_id: ctx.requestId,
  });
}

export interface AuditEvent {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

export async function listHistory(
  ctx: RequestContext,
  filter: { orgUnitId?: string; subjectUserId?: string; limit: number },
): Promise<AuditEvent[]> {
  const rows = await queries.listEvents(ctx.db, ctx.actor.tenantId, filter);
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor_user_id ? { id: row.actor_user_id, name: row.actor_name ?? '' } : null,
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
  }));
}
