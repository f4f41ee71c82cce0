import { describe, expect, it } from 'vitest';
import { forestRoots, indexTree, isInSubtree, selfAndAncestorIds, subtreeIds } from './orgTree.js';

// kommune → helse → sjukeheim, heim ; kommune → oppvekst → skule
const units = [
  { id: 'kommune', parentId: null },
  { id: 'helse', parentId: 'kommune' },
  { id: 'sjukeheim', parentId: 'helse' },
  { id: 'heim', parentId: 'helse' },
  { id: 'oppvekst', parentId: 'kommune' },
  { id: 'skule', parentId: 'oppvekst' },
];
const tree = indexTree(units);

describe('the organisation tree', () => {
  it('lists a unit and its ancestors from the unit up to the top', () => {
    expect(selfAndAncestorIds(tree, 'sjukeheim')).toEqual(['sjukeheim', 'helse', 'kommune']);
  });

  it('lists a subtree with parents before children', () => {
    expect(subtreeIds(tree, 'helse')).toEqual(['helse', 'sjukeheim', 'heim']);
    expect(subtreeIds(tree, 'kommune')).toHaveLength(6);
  });

  it('knows an unknown unit has neither ancestors nor subtree', () => {
    expect(selfAndAncestorIds(tree, 'nowhere')).toEqual([]);
    expect(subtreeIds(tree, 'nowhere')).toEqual([]);
  });

  it('counts a unit as inside its own subtree and not inside a sibling’s', () => {
    expect(isInSubtree(tree, 'helse', 'helse')).toBe(true);
    expect(isInSubtree(tree, 'helse', 'heim')).toBe(true);
    expect(isInSubtree(tree, 'helse', 'skule')).toBe(false);
    expect(isInSubtree(tree, 'heim', 'helse')).toBe(false);
  });

  it('stops walking up when the data has a cycle instead of looping forever', () => {
    const broken = indexTree([
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ]);
    expect(selfAndAncestorIds(broken, 'a')).toEqual(['a', 'b']);
  });

  it('finds the tops of the part of the tree a user can see', () => {
    const visible = units.filter((unit) => ['helse', 'sjukeheim', 'skule'].includes(unit.id));
    expect(forestRoots(visible).map((unit) => unit.id)).toEqual(['helse', 'skule']);
  });
});
