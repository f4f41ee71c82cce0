import { createHash, randomBytes } from 'node:crypto';
import { v7 as uuid } from 'uuid';
import { mayActOn, unitsInReach } from '#domain/access.js';
import type { Actor, RequestContext } from '../../context.js';
import type { Db } from '../../db/connect.js';
import { notFound } from '../../errors.js';
import { nowIso } from '../../time.js';
import { requireAdministratorSomewhere, requireRole } from '../access/permissions.js';
import { grantsOf, isActiveUser } from '../access/service.js';
import { recordChange } from '../audit/service.js';
import { loadOrgTree } from '../organisation/service.js';
import * as queries from './queries.js';

export interface ApiToken {
  id: string;
  name: string;
  orgUnitId: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A token for another system to post results, limited to one unit's subtree and to entering
 * results. The token is shown once; only its hash is kept.
 */
export async function createToken(
  ctx: RequestContext,
  input: { name: string; orgUnitId: string },
): Promise<{ token: string; apiToken: ApiToken }> {
  await requireRole(ctx, input.orgUnitId, 'administrator');
  const token = `bal_${randomBytes(32).toString('base64url')}`;
  const row = {
    id: uuid(),
    tenant_id: ctx.actor.tenantId,
    name: input.name,
    token_hash: hashOf(token),
    org_unit_id: input.orgUnitId,
    created_by: ctx.actor.userId,
    created_at: nowIso(),
    revoked_at: null,
    last_used_at: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await queries.insertToken(trx, row);
    await recordChange(trx, ctx, {
      entityType: 'api_token',
      entityId: row.id,
      orgUnitId: input.orgUnitId,
      action: 'create',
      after: { name: input.name },
    });
  });
  return { token, apiToken: toApiToken(row) };
}

function toApiToken(row: Awaited<ReturnType<typeof queries.selectTokens>>[number]): ApiToken {
  return {
    id: row.id,
    name: row.name,
    orgUnitId: row.org_unit_id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}

export async function listTokens(ctx: RequestContext): Promise<ApiToken[]> {
  requireAdministratorSomewhere(ctx);
  const reach = unitsInReach(await ctx.tree(), ctx.actor.grants, 'administrator');
  const rows = await queries.selectTokens(ctx.db, ctx.actor.tenantId);
  return rows.filter((row) => reach.has(row.org_unit_id)).map(toApiToken);
}

export async function revokeToken(ctx: RequestContext, tokenId: string): Promise<void> {
  const row = (await queries.selectTokens(ctx.db, ctx.actor.tenantId)).find(
    (t) => t.id === tokenId,
  );
  if (!row) throw notFound('API token');
  await requireRole(ctx, row.org_unit_id, 'administrator');
  await ctx.db.transaction().execute(async (trx) => {
    await queries.updateToken(trx, ctx.actor.tenantId, tokenId, { revoked_at: nowIso() });
    await recordChange(trx, ctx, {
      entityType: 'api_token',
      entityId: tokenId,
      orgUnitId: row.org_unit_id,
      action: 'revoke',
    });
  });
}

/**
 * The actor behind a bearer token: a reporter on the token's unit, acting in the name of the
 * administrator who created it, so the history says who let the system in.
 */
export async function resolveApiToken(db: Db, token: string): Promise<Actor | null> {
  const row = await queries.selectLiveTokenByHash(db, hashOf(token));
  if (!row?.created_by) return null;
  // The token is only as good as its creator: deactivated, or no longer administrator of the
  // unit, and the token stops working.
  if (!(await isActiveUser(db, row.tenant_id, row.created_by))) return null;
  const tree = await loadOrgTree(db, row.tenant_id);
  const grants = (await grantsOf(db, row.tenant_id, row.created_by)) ?? [];
  if (!mayActOn(tree, grants, row.org_unit_id, 'administrator')) return null;
  await queries.updateToken(db, row.tenant_id, row.id, { last_used_at: nowIso() });
  return {
    tenantId: row.tenant_id,
    userId: row.created_by,
    sessionId: null,
    grants: [{ orgUnitId: row.org_unit_id, role: 'reporter' }],
  };
}
