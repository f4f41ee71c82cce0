/**
 * Which target holds for a unit at a date. Targets are set per indicator and unit and hold from
 * a date until a later row of the same unit replaces them; a unit without one of its own takes
 * its nearest ancestor's. A row without values ("inherit") ends the unit's own target, so the
 * ancestor's holds again from that date.
 */
import type { TargetValues } from './status.js';

export interface TargetEntry {
  id: string;
  orgUnitId: string;
  /** First date the row holds, ISO. */
  validFrom: string;
  /** The period key the planner chose, e.g. "2026" or "2026-T2". */
  validFromPeriod: string;
  /** null marks a return to the inherited target. */
  values: TargetValues | null;
}

export interface ResolvedTarget {
  entry: TargetEntry & { values: TargetValues };
  /** The unit the target was set on, when that is an ancestor rather than the unit itself. */
  inheritedFrom: string | null;
}

/** The unit's own row in force at a date, if any (an "inherit" row counts as a row). */
export function ownEntryAt(entries: readonly TargetEntry[], date: string): TargetEntry | null {
  let best: TargetEntry | null = null;
  for (const entry of entries) {
    if (entry.validFrom > date) continue;
    if (best === null || entry.validFrom > best.validFrom) best = entry;
  }
  return best;
}

/**
 * Resolves the target for the first unit of `selfAndAncestorIds` at `date`, walking up the tree
 * until a unit has values of its own in force.
 */
export function resolveTarget(
  entriesByUnit: ReadonlyMap<string, readonly TargetEntry[]>,
  selfAndAncestorIds: readonly string[],
  date: string,
): ResolvedTarget | null {
  const [self] = selfAndAncestorIds;
  for (const unitId of selfAndAncestorIds) {
    const entry = ownEntryAt(entriesByUnit.get(unitId) ?? [], date);
    if (entry?.values) {
      return {
        entry: { ...entry, values: entry.values },
        inheritedFrom: unitId === self ? null : unitId,
      };
    }
  }
  return null;
}

/** Groups entries by unit, the shape resolveTarget reads. */
export function entriesByUnit(entries: readonly TargetEntry[]): Map<string, TargetEntry[]> {
  const grouped = new Map<string, TargetEntry[]>();
  for (const entry of entries) {
    const list = grouped.get(entry.orgUnitId) ?? [];
    list.push(entry);
    grouped.set(entry.orgUnitId, list);
  }
  return grouped;
}
