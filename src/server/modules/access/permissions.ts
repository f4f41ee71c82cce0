import { type Role, effectiveRole, roleCovers, unitsInReach } from '#domain/access.js';
import type { RequestContext } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';

/**
 * Refuses unless the actor holds `role` on the unit. A unit outside every grant answers as if it
 * did not exist, so nobody learns what lies beyond their reach.
 */
export async function requireRole(ctx: RequestContext, unitId: string, role: Role): Promise<void> {
  const tree = await ctx.tree();
  const held = tree.byId.has(unitId) ? effectiveRole(tree, ctx.actor.grants, unitId) : null;
  if (held === null) throw notFound('Unit');
  if (!roleCovers(held, role)) throw forbidden();
}

/** The units where the actor holds at least `role`. */
export async function reachOf(ctx: RequestContext, role: Role): Promise<Set<string>> {
  return unitsInReach(await ctx.tree(), ctx.actor.grants, role);
}

export function requireAdministratorSomewhere(ctx: RequestContext): void {
  if (!ctx.actor.grants.some((grant) => grant.role === 'administrator')) throw forbidden();
}

/** The top unit of the tenant: tenant-wide setup (focus areas, settings) is granted there. */
export async function rootUnitId(ctx: RequestContext): Promise<string> {
  const tree = await ctx.tree();
  const root = tree.childrenOf.get(null)?.[0];
  if (!root) throw notFound('Top unit');
  return root.id;
}

export async function requireRoleOnRoot(ctx: RequestContext, role: Role): Promise<void> {
  const tree = await ctx.tree();
  const rootId = await rootUnitId(ctx);
  if (!roleCovers(effectiveRole(tree, ctx.actor.grants, rootId) ?? 'reader', role)) {
    throw forbidden();
  }
}
