import { describe, expect, it } from 'vitest';
import { type Grant, effectiveRole, mayActOn, roleCovers, unitsInReach } from './access.js';
import { indexTree } from './orgTree.js';

const tree = indexTree([
  { id: 'kommune', parentId: null },
  { id: 'helse', parentId: 'kommune' },
  { id: 'sjukeheim', parentId: 'helse' },
  { id: 'oppvekst', parentId: 'kommune' },
]);

describe('roles', () => {
  it('form a ladder where a stronger role covers every weaker one', () => {
    expect(roleCovers('administrator', 'reader')).toBe(true);
    expect(roleCovers('planner', 'reporter')).toBe(true);
    expect(roleCovers('reporter', 'reporter')).toBe(true);
    expect(roleCovers('reporter', 'planner')).toBe(false);
    expect(roleCovers('reader', 'reporter')).toBe(false);
  });

  it('are inherited by every unit below the granted one', () => {
    const grants: Grant[] = [{ orgUnitId: 'helse', role: 'reporter' }];
    expect(effectiveRole(tree, grants, 'sjukeheim')).toBe('reporter');
    expect(effectiveRole(tree, grants, 'helse')).toBe('reporter');
  });

  it('give nothing on the parent or on a sibling of the granted unit', () => {
    const grants: Grant[] = [{ orgUnitId: 'helse', role: 'administrator' }];
    expect(effectiveRole(tree, grants, 'kommune')).toBeNull();
    expect(effectiveRole(tree, grants, 'oppvekst')).toBeNull();
  });

  it('take the strongest of several grants that reach a unit', () => {
    const grants: Grant[] = [
      { orgUnitId: 'kommune', role: 'reader' },
      { orgUnitId: 'helse', role: 'planner' },
    ];
    expect(effectiveRole(tree, grants, 'sjukeheim')).toBe('planner');
    expect(effectiveRole(tree, grants, 'oppvekst')).toBe('reader');
    expect(mayActOn(tree, grants, 'oppvekst', 'reporter')).toBe(false);
    expect(mayActOn(tree, grants, 'sjukeheim', 'reporter')).toBe(true);
  });

  it('reach only the subtrees where the role is strong enough', () => {
    const grants: Grant[] = [
      { orgUnitId: 'helse', role: 'administrator' },
      { orgUnitId: 'oppvekst', role: 'reader' },
    ];
    expect([...unitsInReach(tree, grants, 'administrator')].sort()).toEqual(['helse', 'sjukeheim']);
    expect(unitsInReach(tree, grants, 'reader').size).toBe(3);
  });

  it('give no reach without grants', () => {
    expect(unitsInReach(tree, [], 'reader').size).toBe(0);
    expect(effectiveRole(tree, [], 'kommune')).toBeNull();
  });
});
