/**
 * Imports indicators into the register from Excel or CSV, with the handbook's columns (in bokmål
 * or English, by heading or by code). A preview lists every bad row by line and reason; a commit
 * writes all rows in one transaction, or nothing when any row is bad.
 */
import type { RequestContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { requireRoleOnRoot, rootUnitId } from '../access/permissions.js';
import { type Table, readTable } from '../imports/readTable.js';
import type { ImportFile } from '../organisation/import.js';
import { type Definition, definitionSchema } from './definition.js';
import {
  type EnumLabels,
  type HandbookColumn,
  columnHeadings,
  handbookColumns,
  valueLabels,
} from './handbookColumns.js';
import {
  type Indicator,
  loadIndicators,
  writeIndicatorUpdate,
  writeNewIndicator,
} from './indicators.js';
import * as queries from './queries.js';

export interface IndicatorImportIssue {
  line: number;
  field: string;
  code: string;
  message: string;
}

export interface IndicatorImportRow {
  line: number;
  code: string;
  name: string;
  action: 'create' | 'update' | 'unchanged';
}

interface PlannedRow extends IndicatorImportRow {
  focusAreaId: string;
  criterionIds: string[];
  definition: Definition;
  archived: boolean;
  existing: Indicator | undefined;
}

const required: HandbookColumn[] = [
  'code',
  'name',
  'focusArea',
  'criteria',
  'unitOfMeasure',
  'direction',
  'frequency',
];

type Lookup = {
  areas: Map<string, string>;
  criteria: Map<string, string>;
  existing: Map<string, Indicator>;
};

async function plan(ctx: RequestContext, file: ImportFile) {
  await requireRoleOnRoot(ctx, 'planner');
  const table = await readTable(file.fileName, Buffer.from(file.contentBase64, 'base64'));
  const rootId = await rootUnitId(ctx);
  const [areas, criteria, indicators] = await Promise.all([
    queries.selectFocusAreas(ctx.db, ctx.actor.tenantId),
    queries.selectCriteria(ctx.db, ctx.actor.tenantId),
    loadIndicators(ctx.db, ctx.actor.tenantId),
  ]);
  const lookup: Lookup = {
    areas: new Map(areas.filter((a) => !a.archived_at).map((a) => [fold(a.name), a.id])),
    criteria: new Map(
      criteria
        .filter((c) => !c.archived_at && c.org_unit_id === rootId)
        .map((c) => [`${c.focus_area_id}|${fold(c.name)}`, c.id]),
    ),
    existing: new Map(indicators.map((indicator) => [indicator.code, indicator])),
  };
  return { ...planRows(table, lookup), rootId };
}

/** Reads the file and says what a commit would do; writes nothing. */
export async function previewIndicatorImport(ctx: RequestContext, file: ImportFile) {
  const { rows, issues } = await plan(ctx, file);
  return {
    rows: rows.map(({ line, code, name, action }) => ({ line, code, name, action })),
    issues,
  };
}

export async function commitIndicatorImport(
  ctx: RequestContext,
  file: ImportFile,
): Promise<{ created: number; updated: number }> {
  const { rows, issues, rootId } = await plan(ctx, file);
  if (issues.length > 0) {
    throw new AppError('import_invalid', 'The file has rows that cannot be imported', 'file', {
      issues,
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    for (const row of rows.filter((candidate) => candidate.action !== 'unchanged')) {
      const fields = {
        code: row.code,
        name: row.name,
        focusAreaId: row.focusAreaId,
        criterionIds: row.criterionIds,
        definition: row.definition,
      };
      if (row.existing) {
        await writeIndicatorUpdate(trx, ctx, row.existing, { ...fields, archived: row.archived });
      } else {
        const created = await writeNewIndicator(trx, ctx, {
          ...fields,
          ownerUnitId: rootId,
          unitIds: [rootId],
        });
        if (row.archived) await writeIndicatorUpdate(trx, ctx, created, { archived: true });
      }
    }
    const created = rows.filter((row) => row.action === 'create').length;
    const updated = rows.filter((row) => row.action === 'update').length;
    ctx.log.info({ rows: rows.length, created, updated }, 'indicators imported');
    return { created, updated };
  });
}

const fold = (text: string) => text.trim().toLowerCase();

function planRows(table: Table, lookup: Lookup) {
  const issues: IndicatorImportIssue[] = [];
  const columns = locate(table.header);
  const missing = required.filter((column) => columns.get(column) === undefined);
  if (missing.length > 0) {
    const problems = missing.map((field) => ({
      line: 1,
      field,
      code: 'missing_column',
      message: `The file has no column for ${columnHeadings.nb[field]} (${field})`,
    }));
    return { rows: [], issues: problems };
  }

  const rows: PlannedRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const cell = (column: HandbookColumn) => (cells[columns.get(column) ?? -1] ?? '').trim();
    const fail = (field: string, code: string, message: string) =>
      issues.push({ line, field, code, message });
    const before = issues.length;
    const row = readRow(cell, lookup, fail);
    const code = cell('code');
    if (seen.has(code))
      fail('code', 'duplicate', `The code ${code} is also on line ${seen.get(code)}`);
    seen.set(code, line);
    if (row && issues.length === before) rows.push({ ...row, line });
  }
  return { rows, issues };
}

/** Finds each column by its heading in either language, or by its code. */
function locate(header: readonly string[]): Map<HandbookColumn, number> {
  const found = new Map<HandbookColumn, number>();
  header.forEach((heading, index) => {
    const key = fold(heading);
    const column = handbookColumns.find(
      (candidate) =>
        fold(candidate) === key ||
        fold(columnHeadings.nb[candidate]) === key ||
        fold(columnHeadings.en[candidate]) === key,
    );
    if (column && !found.has(column)) found.set(column, index);
  });
  return found;
}

function readRow(
  cell: (column: HandbookColumn) => string,
  lookup: Lookup,
  fail: (field: string, code: string, message: string) => void,
): Omit<PlannedRow, 'line'> | null {
  const code = cell('code');
  const name = cell('name');
  if (!code) fail('code', 'required', 'The code is missing');
  if (!name) fail('name', 'required', 'The name is missing');

  const focusAreaId = lookup.areas.get(fold(cell('focusArea')));
  if (!focusAreaId) fail('focusArea', 'unknown_focus_area', `No focus area "${cell('focusArea')}"`);
  const criterionNames = cell('criteria')
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (criterionNames.length === 0)
    fail('criteria', 'required', 'Name at least one success criterion');
  const criterionIds: string[] = [];
  for (const criterionName of criterionNames) {
    const id = focusAreaId
      ? lookup.criteria.get(`${focusAreaId}|${fold(criterionName)}`)
      : undefined;
    if (id) criterionIds.push(id);
    else if (focusAreaId) {
      fail(
        'criteria',
        'unknown_criterion',
        `No success criterion "${criterionName}" in the focus area`,
      );
    }
  }

  const definition = readDefinition(cell, fail);
  if (!definition || !focusAreaId || !code || !name) return null;
  const existing = lookup.existing.get(code);
  const archived = ['ja', 'yes', 'true', 'x'].includes(fold(cell('archived')));
  const row = { code, name, focusAreaId, criterionIds, definition, archived, existing };
  return { ...row, action: !existing ? 'create' : sameAs(existing, row) ? 'unchanged' : 'update' };
}

/** Whether a row says exactly what the register already holds. */
function sameAs(
  existing: Indicator,
  row: Pick<PlannedRow, 'name' | 'focusAreaId' | 'criterionIds' | 'definition' | 'archived'>,
): boolean {
  const shape = (
    value: Pick<PlannedRow, 'name' | 'focusAreaId' | 'criterionIds' | 'definition' | 'archived'>,
  ) =>
    JSON.stringify([
      value.name,
      value.focusAreaId,
      [...value.criterionIds].sort(),
      value.definition,
      value.archived,
    ]);
  return (
    shape(row) ===
    shape({
      ...existing,
      criterionIds: existing.criterionIds,
      archived: existing.archivedAt !== null,
    })
  );
}

function readDefinition(
  cell: (column: HandbookColumn) => string,
  reportFailure: (field: string, code: string, message: string) => void,
): Definition | null {
  const failed = new Set<string>();
  const fail = (field: string, code: string, message: string) => {
    failed.add(field);
    reportFailure(field, code, message);
  };
  const label = <F extends keyof EnumLabels>(field: F, fallback?: string) => {
    const text = fold(cell(field));
    if (!text && fallback) return fallback;
    for (const locale of ['nb', 'en'] as const) {
      const labels = valueLabels[locale][field] as Record<string, string>;
      const match = Object.entries(labels).find(
        ([key, value]) => fold(key) === text || fold(value) === text,
      );
      if (match) return match[0];
    }
    fail(field, 'unknown_value', `Unknown value "${cell(field)}"`);
    return undefined;
  };
  const number = (column: HandbookColumn) => {
    const text = cell(column).replace(',', '.');
    if (text === '') return null;
    if (Number.isNaN(Number(text)))
      fail(column, 'not_a_number', `"${cell(column)}" is not a number`);
    return Number(text);
  };

  const valueType = label('valueType', 'number');
  const parsed = definitionSchema.safeParse({
    definition: cell('definition'),
    purpose: cell('purpose'),
    weaknesses: cell('weaknesses'),
    basis: readBasis(
      label('basisKind', 'free_text'),
      cell('basisDetail') || cell('definition') || '-',
    ),
    unitOfMeasure: label('unitOfMeasure'),
    scaleMin: number('scaleMin'),
    scaleMax: number('scaleMax'),
    decimals: number('decimals') ?? 0,
    valueType,
    direction: label('direction'),
    unitAggregation: label('unitAggregation', valueType === 'ratio' ? 'ratio_of_sums' : 'mean'),
    periodAggregation: label('periodAggregation', 'last'),
    frequency: label('frequency'),
    dataCapture: cell('dataCapture'),
    publication: label('publication', 'internal'),
  });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'definition');
    if (!failed.has(field)) fail(field, issue.code, issue.message);
  }
  return null;
}

function readBasis(kind: string | undefined, detail: string): unknown {
  switch (kind ?? 'free_text') {
    case 'question':
      return {
        kind,
        questions: detail
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      };
    case 'register':
      return { kind, system: detail };
    case 'external_statistic': {
      const [source = '', table = '', figure = ''] = detail.split('|').map((part) => part.trim());
      return { kind, source, table, figure };
    }
    default:
      return { kind: 'free_text', text: detail };
  }
}
