import { describe, expect, it } from 'vitest';
import type { GridCell, GridIndicator } from '../../register/types.js';
import { type Draft, cellKey, collectChanges } from './targetDraft.js';

const indicator: GridIndicator = {
  id: 'ind',
  code: 'BRU-01',
  name: 'Brukertilfredshet',
  direction: 'higher_is_better',
  decimals: 1,
};

const own = (orgUnitId: string, target: number, threshold: number): GridCell => ({
  indicatorId: 'ind',
  orgUnitId,
  applies: true,
  target: {
    indicatorId: 'ind',
    orgUnitId,
    values: { kind: 'value', target, threshold },
    validFromPeriod: '2026',
    inheritedFrom: null,
  },
});

const inherited = (orgUnitId: string): GridCell => {
  const cell = own(orgUnitId, 80, 70);
  return { ...cell, target: cell.target && { ...cell.target, inheritedFrom: 'top' } };
};

const draft = (target: string, threshold: string): Draft => ({
  target,
  threshold,
  low: '',
  high: '',
  tolerance: '',
});

describe('the changes a target grid save sends', () => {
  it('sends nothing for cells as they were loaded', () => {
    const cells = [own('top', 80, 70), inherited('child')];
    const drafts = new Map([
      [cellKey('ind', 'top'), draft('80', '70')],
      [cellKey('ind', 'child'), draft('', '')],
    ]);
    expect(collectChanges([indicator], cells, drafts).changes).toEqual([]);
  });

  it('sets a target typed into an inheriting cell, and remembers which cell it came from', () => {
    const drafts = new Map([[cellKey('ind', 'child'), draft('85,5', '75')]]);
    const collected = collectChanges([indicator], [inherited('child')], drafts);
    expect(collected.changes).toEqual([
      {
        indicatorId: 'ind',
        orgUnitId: 'child',
        values: { kind: 'value', target: 85.5, threshold: 75 },
      },
    ]);
    expect(collected.keys).toEqual([cellKey('ind', 'child')]);
  });

  it('reverts a unit to the inherited target when its fields are emptied', () => {
    const drafts = new Map([[cellKey('ind', 'child'), draft('', '')]]);
    const collected = collectChanges([indicator], [own('child', 90, 80)], drafts);
    expect(collected.changes).toEqual([{ indicatorId: 'ind', orgUnitId: 'child', values: null }]);
  });

  it('holds back a cell whose fields cannot be read and says why', () => {
    const drafts = new Map([[cellKey('ind', 'child'), draft('mye', '70')]]);
    const collected = collectChanges([indicator], [inherited('child')], drafts);
    expect(collected.changes).toEqual([]);
    expect(collected.typing.get(cellKey('ind', 'child'))).toEqual([
      { field: 'target', code: 'not_a_number', message: 'not_a_number' },
    ]);
  });

  it('leaves out cells where the indicator does not apply', () => {
    const cell: GridCell = { indicatorId: 'ind', orgUnitId: 'x', applies: false, target: null };
    const drafts = new Map([[cellKey('ind', 'x'), draft('1', '1')]]);
    expect(collectChanges([indicator], [cell], drafts).changes).toEqual([]);
  });
});
