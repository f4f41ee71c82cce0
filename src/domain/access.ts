/**
 * Roles are granted on a unit and hold for its whole subtree. They form a ladder: a planner may
 * do what a reporter may, and an administrator may do everything.
 */
import { type OrgTree, selfAndAncestorIds, subtreeIds } from './orgTree.js';

export const roles = ['reader', 'reporter', 'planner', 'administrator'] as const;
export type Role = (typeof roles)[number];

export interface Grant {
  orgUnitId: string;
  role: Role;
}

export function roleCovers(held: Role, needed: Role): boolean {
  return roles.indexOf(held) >= roles.indexOf(needed);
}

/** The strongest role the grants give on a unit, or null when the unit is out of reach. */
export function effectiveRole(
  tree: OrgTree,
  grants: readonly Grant[],
  unitId: string,
): Role | null {
  const path = new Set(selfAndAncestorIds(tree, unitId));
  let best: Role | null = null;
  for (const grant of grants) {
    if (!path.has(grant.orgUnitId)) continue;
    if (best === null || roleCovers(grant.role, best)) best = grant.role;
  }
  return best;
}

export function mayActOn(
  tree: OrgTree,
  grants: readonly Grant[],
  unitId: string,
  needed: Role,
): boolean {
  const role = effectiveRole(tree, grants, unitId);
  return role !== null && roleCovers(role, needed);
}

/** Every unit where the grants give at least the needed role. */
export function unitsInReach(tree: OrgTree, grants: readonly Grant[], needed: Role): Set<string> {
  const reach = new Set<string>();
  for (const grant of grants) {
    if (!roleCovers(grant.role, needed)) continue;
    for (const id of subtreeIds(tree, grant.orgUnitId)) reach.add(id);
  }
  return reach;
}
