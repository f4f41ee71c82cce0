/**
 * What the user's roles let them do with the register, so its pages offer only what the server
 * would allow: creating and changing an indicator needs planner on its owning unit, importing
 * needs planner on the top unit.
 */
import type { UnitAccess } from '../../register/useUnitAccess.js';

/** Whether the user is planner for some unit, and so may own a new indicator. */
export function canPlanAnywhere(access: UnitAccess | undefined): boolean {
  if (!access) return false;
  return [...access.forest.byId.keys()].some((unitId) => access.can(unitId, 'planner'));
}

/** Whether the user is planner for the whole municipality. */
export function canPlanTop(access: UnitAccess | undefined): boolean {
  return access?.rootId !== undefined && access.can(access.rootId, 'planner');
}
