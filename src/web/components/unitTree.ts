/** The flat list of units from the API, arranged as the tree the user can see. */
import { forestRoots, indexTree, subtreeIds } from '#domain/orgTree.js';
import type { OrgUnit } from '../types.js';

const byName = (a: OrgUnit, b: OrgUnit) => a.name.localeCompare(b.name, 'nb');

export interface UnitForest {
  roots: OrgUnit[];
  childrenOf: (unitId: string) => OrgUnit[];
  byId: ReadonlyMap<string, OrgUnit>;
  /** The unit's ancestors that are in the list, nearest first. */
  ancestorIds: (unitId: string) => string[];
  subtreeIds: (unitId: string) => string[];
}

export function arrangeUnits(units: readonly OrgUnit[]): UnitForest {
  const tree = indexTree(units);
  const roots = forestRoots(units).sort(byName);
  return {
    roots,
    byId: tree.byId,
    childrenOf: (unitId) => [...(tree.childrenOf.get(unitId) ?? [])].sort(byName),
    ancestorIds: (unitId) => {
      const ids: string[] = [];
      let parentId = tree.byId.get(unitId)?.parentId ?? null;
      while (parentId !== null && tree.byId.has(parentId) && !ids.includes(parentId)) {
        ids.push(parentId);
        parentId = tree.byId.get(parentId)?.parentId ?? null;
      }
      return ids;
    },
    subtreeIds: (unitId) => subtreeIds(tree, unitId),
  };
}

export interface UnitOption {
  unit: OrgUnit;
  depth: number;
}

/** Every unit in tree order with its depth, for selects that indent by level. */
export function unitOptions(forest: UnitForest): UnitOption[] {
  const options: UnitOption[] = [];
  const visit = (unit: OrgUnit, depth: number) => {
    options.push({ unit, depth });
    for (const child of forest.childrenOf(unit.id)) visit(child, depth + 1);
  };
  for (const root of forest.roots) visit(root, 0);
  return options;
}

/** An option's text, indented with non-breaking spaces so the tree shows in a native select. */
export const indentedName = ({ unit, depth }: UnitOption) =>
  `${'\u00a0\u00a0\u00a0'.repeat(depth)}${unit.name} (${unit.code})`;
