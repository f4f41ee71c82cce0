/**
 * The units the user can see and what their roles let them do on each, so pages show only the
 * buttons the user can use. The server checks every call again; this only spares people from
 * buttons that would be refused.
 */
import { useCallback, useMemo } from 'react';
import { mayActOn } from '#domain/access.js';
import { indexTree } from '#domain/orgTree.js';
import { type UnitForest, arrangeUnits } from '../components/unitTree.js';
import { useLoad } from '../components/useLoad.js';
import { listUnits } from '../pages/organisation/orgUnitsApi.js';
import { useMe } from '../session/SessionProvider.js';
import type { Role } from '../types.js';

export interface UnitAccess {
  forest: UnitForest;
  /** The top of the organisation, when the user can see it. */
  rootId: string | undefined;
  /** The unit a page starts with: the top of what the user can see. */
  firstUnitId: string | undefined;
  can: (unitId: string, role: Role) => boolean;
  unitName: (unitId: string) => string | undefined;
}

export function useUnitAccess(): {
  access: UnitAccess | undefined;
  error: unknown;
  reload: () => void;
} {
  const me = useMe();
  const load = useCallback(() => listUnits(false), []);
  const { data: units, error, reload } = useLoad(load);

  const access = useMemo<UnitAccess | undefined>(() => {
    if (!units) return undefined;
    const forest = arrangeUnits(units);
    const tree = indexTree(units);
    const grants = me.user.grants;
    return {
      forest,
      rootId: units.find((unit) => unit.parentId === null)?.id,
      firstUnitId: forest.roots[0]?.id,
      can: (unitId, role) => mayActOn(tree, grants, unitId, role),
      unitName: (unitId) => forest.byId.get(unitId)?.name,
    };
  }, [units, me]);

  return { access, error, reload };
}
