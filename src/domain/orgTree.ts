/** The organisation tree as plain data: who is above and below whom. */

export interface TreeUnit {
  id: string;
  parentId: string | null;
}

export interface OrgTree<U extends TreeUnit = TreeUnit> {
  byId: ReadonlyMap<string, U>;
  childrenOf: ReadonlyMap<string | null, readonly U[]>;
}

export function indexTree<U extends TreeUnit>(units: readonly U[]): OrgTree<U> {
  const byId = new Map<string, U>();
  const childrenOf = new Map<string | null, U[]>();
  for (const unit of units) byId.set(unit.id, unit);
  for (const unit of units) {
    const siblings = childrenOf.get(unit.parentId) ?? [];
    siblings.push(unit);
    childrenOf.set(unit.parentId, siblings);
  }
  return { byId, childrenOf };
}

/** The unit itself followed by its parent, grandparent and so on up to the root. */
export function selfAndAncestorIds(tree: OrgTree, unitId: string): string[] {
  const path: string[] = [];
  const seen = new Set<string>();
  let current = tree.byId.get(unitId);
  while (current && !seen.has(current.id)) {
    path.push(current.id);
    seen.add(current.id);
    current = current.parentId === null ? undefined : tree.byId.get(current.parentId);
  }
  return path;
}

/** The unit and everything below it, parents before children. */
export function subtreeIds(tree: OrgTree, rootId: string): string[] {
  if (!tree.byId.has(rootId)) return [];
  const ids: string[] = [];
  const queue = [rootId];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    ids.push(id);
    for (const child of tree.childrenOf.get(id) ?? []) queue.push(child.id);
  }
  return ids;
}

export function isInSubtree(tree: OrgTree, rootId: string, unitId: string): boolean {
  return selfAndAncestorIds(tree, unitId).includes(rootId);
}

/** Units whose parent is absent from the list: the tops of the forest a user can see. */
export function forestRoots<U extends TreeUnit>(units: readonly U[]): U[] {
  const ids = new Set(units.map((unit) => unit.id));
  return units.filter((unit) => unit.parentId === null || !ids.has(unit.parentId));
}
