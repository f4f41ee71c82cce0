/**
 * The target grid's unsaved edits: what each cell's fields hold, and which of them differ from
 * what is stored, as the changes one save sends.
 */
import type { FieldIssue } from '../../api.js';
import { type TargetField, readTarget } from '../../register/targetInput.js';
import type { GridCell, GridIndicator, TargetChange, TargetValues } from '../../register/types.js';

export type Draft = Record<TargetField, string>;

export const cellKey = (indicatorId: string, orgUnitId: string) => `${indicatorId}:${orgUnitId}`;

/** The unit's own target in a cell, or null when it inherits one or has none. */
export function ownValues(cell: GridCell): TargetValues | null {
  return cell.target && cell.target.inheritedFrom === null ? cell.target.values : null;
}

const same = (a: TargetValues | null, b: TargetValues | null) =>
  JSON.stringify(a) === JSON.stringify(b);

export interface Collected {
  changes: TargetChange[];
  /** The cell of each change, by the change's index, to put refusals back on their cell. */
  keys: string[];
  /** Cells whose fields could not be read, with what is wrong in each field. */
  typing: Map<string, FieldIssue[]>;
}

export function collectChanges(
  indicators: readonly GridIndicator[],
  cells: readonly GridCell[],
  drafts: ReadonlyMap<string, Draft>,
): Collected {
  const collected: Collected = { changes: [], keys: [], typing: new Map() };
  const directionOf = new Map(indicators.map((indicator) => [indicator.id, indicator.direction]));
  for (const cell of cells) {
    const key = cellKey(cell.indicatorId, cell.orgUnitId);
    const draft = drafts.get(key);
    const direction = directionOf.get(cell.indicatorId);
    if (!cell.applies || !draft || !direction) continue;

    const read = readTarget(direction, (field) => draft[field]);
    if (!read.ok) {
      collected.typing.set(key, read.issues);
      continue;
    }
    if (same(read.values, ownValues(cell))) continue;
    collected.changes.push({
      indicatorId: cell.indicatorId,
      orgUnitId: cell.orgUnitId,
      values: read.values,
    });
    collected.keys.push(key);
  }
  return collected;
}
