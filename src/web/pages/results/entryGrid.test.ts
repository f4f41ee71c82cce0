import { describe, expect, it } from 'vitest';
import type { Measurement, ResultIndicator } from '../../results/types.js';
import { buildGrid, nextCell, placeBlock } from './entryGrid.js';

const indicator = (id: string, code: string): ResultIndicator => ({
  id,
  code,
  name: `Indikator ${code}`,
  ownerUnitId: 'root',
  unitIds: ['root'],
  archivedAt: null,
  definition: {
    unitOfMeasure: 'count',
    valueType: 'number',
    scaleMin: null,
    scaleMax: null,
    decimals: 0,
    direction: 'higher_is_better',
    frequency: 'tertial',
  },
});

const measurement = (indicatorId: string, orgUnitId: string): Measurement => ({
  id: `${indicatorId}@${orgUnitId}`,
  indicatorId,
  orgUnitId,
  periodKey: '2025-T2',
  dueDate: '2025-09-15',
  version: 0,
  current: null,
});

const units = ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), code: id }));
// Indicator 2 is not measured for unit b; unit c has no measurement at all.
const grid = buildGrid(
  [
    measurement('i2', 'a'),
    measurement('i1', 'a'),
    measurement('i1', 'b'),
    measurement('i10', 'a'),
    measurement('i10', 'b'),
    measurement('hidden', 'a'),
  ],
  [indicator('i10', 'K-10'), indicator('i2', 'K-2'), indicator('i1', 'K-1')],
  units,
);

describe('the entry grid', () => {
  it('has a row per measured indicator in code order and a column per unit taking part', () => {
    expect(grid.rows.map((row) => row.code)).toEqual(['K-1', 'K-2', 'K-10']);
    expect(grid.columns.map((unit) => unit.id)).toEqual(['a', 'b']);
    expect(grid.at(1, 1)).toBeUndefined();
    expect(grid.positionOf('i10@b')).toEqual({ row: 2, column: 1 });
  });

  it('moves past cells where the unit does not take part, and stops at the edge', () => {
    expect(nextCell(grid, { row: 0, column: 1 }, 'down')).toEqual({ row: 2, column: 1 });
    expect(nextCell(grid, { row: 0, column: 0 }, 'up')).toBeUndefined();
    expect(nextCell(grid, { row: 0, column: 0 }, 'right')).toEqual({ row: 0, column: 1 });
  });

  it('places a pasted block to the right and down, counting what falls outside', () => {
    const { placed, leftOut } = placeBlock(grid, { row: 0, column: 0 }, [
      ['1', '2', '3'],
      ['4', '5'],
      ['6', '7'],
      ['8'],
    ]);
    expect(placed.map((place) => [place.measurement.id, place.text])).toEqual([
      ['i1@a', '1'],
      ['i1@b', '2'],
      ['i2@a', '4'],
      ['i10@a', '6'],
      ['i10@b', '7'],
    ]);
    // "3" has no column, "5" lands where unit b is not measured, "8" has no row.
    expect(leftOut).toBe(3);
  });
});
