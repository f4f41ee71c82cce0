import { describe, expect, it } from 'vitest';
import { type TargetEntry, entriesByUnit, ownEntryAt, resolveTarget } from './targets.js';

const value = (target: number, threshold: number) => ({
  kind: 'value' as const,
  target,
  threshold,
});

let serial = 0;
const entry = (
  orgUnitId: string,
  validFrom: string,
  values: TargetEntry['values'],
): TargetEntry => ({
  id: `t${++serial}`,
  orgUnitId,
  validFrom,
  validFromPeriod: validFrom.slice(0, 4),
  values,
});

// kommune → sektor → enhet
const path = ['enhet', 'sektor', 'kommune'];

describe('target inheritance', () => {
  it('gives a unit its own target when it has one', () => {
    const entries = entriesByUnit([
      entry('kommune', '2025-01-01', value(80, 70)),
      entry('enhet', '2025-01-01', value(90, 85)),
    ]);
    const resolved = resolveTarget(entries, path, '2025-05-01');
    expect(resolved?.entry.values).toEqual(value(90, 85));
    expect(resolved?.inheritedFrom).toBeNull();
  });

  it('inherits the nearest ancestor’s target across three levels', () => {
    const onlyTop = entriesByUnit([entry('kommune', '2025-01-01', value(80, 70))]);
    expect(resolveTarget(onlyTop, path, '2025-05-01')?.inheritedFrom).toBe('kommune');

    const sectorToo = entriesByUnit([
      entry('kommune', '2025-01-01', value(80, 70)),
      entry('sektor', '2025-01-01', value(85, 75)),
    ]);
    const resolved = resolveTarget(sectorToo, path, '2025-05-01');
    expect(resolved?.inheritedFrom).toBe('sektor');
    expect(resolved?.entry.values).toEqual(value(85, 75));
  });

  it('keeps a target entered once for later years until a new one replaces it', () => {
    const entries = entriesByUnit([
      entry('kommune', '2024-01-01', value(80, 70)),
      entry('kommune', '2027-01-01', value(82, 72)),
    ]);
    expect(resolveTarget(entries, path, '2026-09-01')?.entry.values).toEqual(value(80, 70));
    expect(resolveTarget(entries, path, '2027-01-01')?.entry.values).toEqual(value(82, 72));
  });

  it('has no target before the first one starts', () => {
    const entries = entriesByUnit([entry('kommune', '2025-01-01', value(80, 70))]);
    expect(resolveTarget(entries, path, '2024-12-31')).toBeNull();
  });

  it('lets an own target that starts later leave earlier periods to the ancestor', () => {
    const entries = entriesByUnit([
      entry('kommune', '2024-01-01', value(80, 70)),
      entry('enhet', '2026-01-01', value(90, 85)),
    ]);
    expect(resolveTarget(entries, path, '2025-06-01')?.inheritedFrom).toBe('kommune');
    expect(resolveTarget(entries, path, '2026-06-01')?.inheritedFrom).toBeNull();
  });

  it('returns to the inherited target from the date an inherit row starts', () => {
    const entries = entriesByUnit([
      entry('kommune', '2024-01-01', value(80, 70)),
      entry('enhet', '2024-01-01', value(90, 85)),
      entry('enhet', '2026-01-01', null),
    ]);
    expect(resolveTarget(entries, path, '2025-06-01')?.inheritedFrom).toBeNull();
    expect(resolveTarget(entries, path, '2026-06-01')?.inheritedFrom).toBe('kommune');
  });

  it('finds nothing when no unit on the path has a target', () => {
    expect(resolveTarget(new Map(), path, '2025-01-01')).toBeNull();
  });

  it('picks the latest own row that has started', () => {
    const rows = [
      entry('enhet', '2024-01-01', value(1, 0)),
      entry('enhet', '2025-05-01', value(2, 1)),
      entry('enhet', '2026-01-01', value(3, 2)),
    ];
    expect(ownEntryAt(rows, '2025-12-31')?.values).toEqual(value(2, 1));
    expect(ownEntryAt(rows, '2023-12-31')).toBeNull();
  });
});
