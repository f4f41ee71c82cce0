/**
 * Turns the rows of an organisation file into a plan: which units to create or update, and every
 * row that cannot be used, with its line and the reason. Pure, so every rule is easy to test.
 */
import type { TableRow } from '../imports/readTable.js';
import type { UnitKind } from './service.js';

export interface ExistingUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  closed: boolean;
}

export interface ImportIssue {
  line: number;
  field: string;
  code: string;
  message: string;
}

export interface PlannedUnit {
  line: number;
  code: string;
  name: string;
  parentCode: string | null;
  kind: UnitKind;
  action: 'create' | 'update' | 'unchanged';
  existingId: string | null;
}

export interface ImportPlan {
  /** Parents before children, so a commit can write them in this order. */
  rows: PlannedUnit[];
  issues: ImportIssue[];
}

const columnAliases = {
  code: ['code', 'kode', 'enhetskode', 'unit code'],
  name: ['name', 'navn', 'enhetsnavn', 'unit name'],
  parentCode: ['parent code', 'parent', 'parent_code', 'overordnet', 'overordnet kode', 'forelder'],
  kind: ['kind', 'type', 'nivå', 'level'],
} as const;

const kindAliases: Record<string, UnitKind> = {
  municipality: 'municipality',
  kommune: 'municipality',
  sector: 'sector',
  sektor: 'sector',
  tjenesteområde: 'sector',
  unit: 'unit',
  enhet: 'unit',
  virksomhet: 'unit',
  department: 'department',
  avdeling: 'department',
  staff: 'staff',
  stab: 'staff',
};

type Column = keyof typeof columnAliases;

export function planImport(
  header: readonly string[],
  rows: readonly TableRow[],
  existing: readonly ExistingUnit[],
  administeredUnitIds: ReadonlySet<string>,
): ImportPlan {
  const columns = locateColumns(header);
  const missing = (Object.keys(columnAliases) as Column[]).filter((key) => columns[key] === -1);
  if (missing.length > 0) {
    return {
      rows: [],
      issues: missing.map((field) => ({
        line: 1,
        field,
        code: 'missing_column',
        message: `The file has no column for ${field}`,
      })),
    };
  }

  const issues: ImportIssue[] = [];
  const byCode = new Map(existing.map((unit) => [unit.code, unit]));
  const root = existing.find((unit) => unit.parentId === null);
  const parsed = readRows(rows, columns, issues);
  const fileCodes = new Map(parsed.map((row) => [row.code, row]));

  for (const row of parsed) {
    const fail = (field: string, code: string, message: string) =>
      issues.push({ line: row.line, field, code, message });
    const current = byCode.get(row.code);

    if (row.parentCode === null) {
      if (!current || current.id !== root?.id) {
        fail('parentCode', 'second_root', 'Only the top unit may be without a parent');
      }
      continue;
    }
    const parentInFile = fileCodes.get(row.parentCode);
    const parentExisting = byCode.get(row.parentCode);
    if (!parentInFile && !parentExisting) {
      fail('parentCode', 'unknown_parent', `No unit has the code ${row.parentCode}`);
      continue;
    }
    if (parentExisting?.closed) {
      fail('parentCode', 'parent_closed', `The unit ${row.parentCode} is closed`);
      continue;
    }
    if (leadsToCycle(row.code, fileCodes, byCode)) {
      fail('parentCode', 'cycle', 'The parent codes go round in a circle');
      continue;
    }
    const guarded = current ?? nearestExisting(row.parentCode, fileCodes, byCode);
    const movedUnder = current ? parentExisting : undefined;
    const outside = [guarded, movedUnder].some(
      (unit) => unit !== undefined && !administeredUnitIds.has(unit.id),
    );
    if (outside) {
      fail('parentCode', 'forbidden', 'You are not an administrator for this part of the tree');
    }
  }

  const planned = parsed.map((row) => plannedUnit(row, byCode));
  return { rows: parentsFirst(planned, byCode), issues: issues.sort((a, b) => a.line - b.line) };
}

interface ParsedRow {
  line: number;
  code: string;
  name: string;
  parentCode: string | null;
  kind: UnitKind;
}

function locateColumns(header: readonly string[]): Record<Column, number> {
  const normalised = header.map((cell) => cell.trim().toLowerCase());
  const find = (key: Column) =>
    normalised.findIndex((cell) => (columnAliases[key] as readonly string[]).includes(cell));
  return {
    code: find('code'),
    name: find('name'),
    parentCode: find('parentCode'),
    kind: find('kind'),
  };
}

function readRows(
  rows: readonly TableRow[],
  columns: Record<Column, number>,
  issues: ImportIssue[],
): ParsedRow[] {
  const seen = new Map<string, number>();
  const parsed: ParsedRow[] = [];
  for (const { line, cells } of rows) {
    const cell = (key: Column) => (cells[columns[key]] ?? '').trim();
    const rowIssues: ImportIssue[] = [];
    const fail = (field: string, code: string, message: string) =>
      rowIssues.push({ line, field, code, message });

    const code = cell('code');
    const name = cell('name');
    const kindText = cell('kind').toLowerCase();
    const kind = kindAliases[kindText];
    if (code === '') fail('code', 'required', 'The code is missing');
    else if (code.length > 40) fail('code', 'too_long', 'The code is longer than 40 characters');
    else if (seen.has(code)) {
      fail('code', 'duplicate', `The code ${code} is also on line ${seen.get(code)}`);
    }
    if (name === '') fail('name', 'required', 'The name is missing');
    else if (name.length > 200) fail('name', 'too_long', 'The name is longer than 200 characters');
    if (!kind) fail('kind', 'unknown_kind', `Unknown kind "${cell('kind')}"`);
    if (code !== '' && !seen.has(code)) seen.set(code, line);

    issues.push(...rowIssues);
    if (rowIssues.length === 0 && kind) {
      parsed.push({ line, code, name, parentCode: cell('parentCode') || null, kind });
    }
  }
  return parsed;
}

/** Follows parent codes, preferring the file's, and reports whether the walk comes back. */
function leadsToCycle(
  code: string,
  fileCodes: ReadonlyMap<string, ParsedRow>,
  byCode: ReadonlyMap<string, ExistingUnit>,
): boolean {
  const existingCodeById = new Map([...byCode.values()].map((unit) => [unit.id, unit.code]));
  const visited = new Set<string>();
  let current: string | null = code;
  while (current !== null) {
    if (visited.has(current)) return true;
    visited.add(current);
    const inFile = fileCodes.get(current);
    if (inFile) current = inFile.parentCode;
    else {
      const parentId: string | null = byCode.get(current)?.parentId ?? null;
      current = parentId === null ? null : (existingCodeById.get(parentId) ?? null);
    }
  }
  return false;
}

/** The first unit up the file's parent chain that already exists. */
function nearestExisting(
  parentCode: string,
  fileCodes: ReadonlyMap<string, ParsedRow>,
  byCode: ReadonlyMap<string, ExistingUnit>,
): ExistingUnit | undefined {
  let code: string | null = parentCode;
  const visited = new Set<string>();
  while (code !== null && !visited.has(code)) {
    visited.add(code);
    const existing = byCode.get(code);
    if (existing) return existing;
    code = fileCodes.get(code)?.parentCode ?? null;
  }
  return undefined;
}

function plannedUnit(row: ParsedRow, byCode: ReadonlyMap<string, ExistingUnit>): PlannedUnit {
  const current = byCode.get(row.code);
  if (!current) return { ...row, action: 'create', existingId: null };
  const currentParentCode =
    [...byCode.values()].find((unit) => unit.id === current.parentId)?.code ?? null;
  const unchanged =
    current.name === row.name && current.kind === row.kind && currentParentCode === row.parentCode;
  return { ...row, action: unchanged ? 'unchanged' : 'update', existingId: current.id };
}

function parentsFirst(
  rows: PlannedUnit[],
  byCode: ReadonlyMap<string, ExistingUnit>,
): PlannedUnit[] {
  const ordered: PlannedUnit[] = [];
  const placed = new Set<string>(byCode.keys());
  let remaining = rows;
  while (remaining.length > 0) {
    const ready = remaining.filter((row) => row.parentCode === null || placed.has(row.parentCode));
    if (ready.length === 0) return [...ordered, ...remaining];
    for (const row of ready) {
      ordered.push(row);
      placed.add(row.code);
    }
    remaining = remaining.filter((row) => !ready.includes(row));
  }
  return ordered;
}
