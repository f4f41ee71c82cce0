/**
 * The shape of the entry grid for one period: a row per indicator, a column per unit that takes
 * part, and the measurement (if one is planned) where they cross. Moving and pasting work on
 * row and column numbers, so they are plain functions here.
 */
import type { Measurement, ResultIndicator } from '../../results/types.js';

export interface GridUnit {
  id: string;
  name: string;
  code: string;
}

export interface Grid {
  rows: ResultIndicator[];
  columns: GridUnit[];
  /** The measurement at a row and column, if the unit takes part for the indicator. */
  at: (row: number, column: number) => Measurement | undefined;
  /** Where a measurement sits. */
  positionOf: (measurementId: string) => { row: number; column: number } | undefined;
}

const byCode = (a: ResultIndicator, b: ResultIndicator) =>
  a.code.localeCompare(b.code, 'nb', { numeric: true }) || a.name.localeCompare(b.name, 'nb');

/**
 * Builds the grid from the period's measurements. Units come in `unitOrder` (tree order), and
 * only those with a measurement; measurements of indicators the user cannot see are left out.
 */
export function buildGrid(
  measurements: readonly Measurement[],
  indicators: readonly ResultIndicator[],
  unitOrder: readonly GridUnit[],
): Grid {
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const shown = measurements.filter((measurement) => indicatorById.has(measurement.indicatorId));
  const rowIds = new Set(shown.map((measurement) => measurement.indicatorId));
  const columnIds = new Set(shown.map((measurement) => measurement.orgUnitId));

  const rows = indicators.filter((indicator) => rowIds.has(indicator.id)).sort(byCode);
  const columns = unitOrder.filter((unit) => columnIds.has(unit.id));
  const rowOf = new Map(rows.map((indicator, index) => [indicator.id, index]));
  const columnOf = new Map(columns.map((unit, index) => [unit.id, index]));

  const cells = new Map<string, Measurement>();
  const positions = new Map<string, { row: number; column: number }>();
  for (const measurement of shown) {
    const row = rowOf.get(measurement.indicatorId);
    const column = columnOf.get(measurement.orgUnitId);
    if (row === undefined || column === undefined) continue;
    cells.set(`${row}:${column}`, measurement);
    positions.set(measurement.id, { row, column });
  }

  return {
    rows,
    columns,
    at: (row, column) => cells.get(`${row}:${column}`),
    positionOf: (measurementId) => positions.get(measurementId),
  };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

const steps: Record<Direction, [number, number]> = {
  up: [-1, 0],
  down: [1, 0],
  left: [0, -1],
  right: [0, 1],
};

/**
 * The next cell with a measurement from a position in a direction, skipping cells where the
 * unit does not take part; undefined at the edge of the grid.
 */
export function nextCell(
  grid: Grid,
  from: { row: number; column: number },
  direction: Direction,
): { row: number; column: number } | undefined {
  const [rowStep, columnStep] = steps[direction];
  let row = from.row + rowStep;
  let column = from.column + columnStep;
  while (row >= 0 && row < grid.rows.length && column >= 0 && column < grid.columns.length) {
    if (grid.at(row, column)) return { row, column };
    row += rowStep;
    column += columnStep;
  }
  return undefined;
}

/**
 * Where each value of a pasted block lands: from the focused cell to the right and down, one
 * value per grid cell. Values that fall outside the grid or on a cell without a measurement are
 * counted as left out.
 */
export function placeBlock(
  grid: Grid,
  from: { row: number; column: number },
  block: readonly (readonly string[])[],
): { placed: { measurement: Measurement; text: string }[]; leftOut: number } {
  const placed: { measurement: Measurement; text: string }[] = [];
  let leftOut = 0;
  block.forEach((values, rowOffset) => {
    values.forEach((text, columnOffset) => {
      const measurement = grid.at(from.row + rowOffset, from.column + columnOffset);
      if (measurement) placed.push({ measurement, text });
      else if (text.trim() !== '') leftOut += 1;
    });
  });
  return { placed, leftOut };
}
