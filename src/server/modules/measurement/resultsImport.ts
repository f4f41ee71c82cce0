/**
 * Imports results from CSV or Excel: indicator code, unit code, period key, and a value or a
 * numerator and denominator, with an optional comment. Columns are found by their usual
 * headings or by the mapping the user chose. A preview lists every bad row by line and reason;
 * a commit writes every row in one transaction, or nothing.
 */
import { v7 as uuid } from 'uuid';
import { mayActOn, roleCovers } from '#domain/access.js';
import { parseNorwegianNumber } from '#domain/numbers.js';
import { selfAndAncestorIds } from '#domain/orgTree.js';
import { parsePeriod } from '#domain/periods.js';
import { checkResult } from '#domain/results.js';
import type { RequestContext } from '../../context.js';
import type { MeasurementPointTable, MeasurementTable } from '../../db/schema.js';
import { AppError, forbidden } from '../../errors.js';
import { nowIso } from '../../time.js';
import { readTable } from '../imports/readTable.js';
import { allUnits } from '../organisation/service.js';
import { appliesTo, loadIndicators } from '../register/indicators.js';
import {
  type CheckedEntry,
  approvalCovers,
  lacksRedComment,
  resultMessages,
  writeValues,
} from './entry.js';
import { targetResolver } from '../register/targets.js';
import { readSettings } from '../tenants/settings.js';
import * as queries from './queries.js';

export const resultFields = [
  'indicatorCode',
  'unitCode',
  'periodKey',
  'value',
  'numerator',
  'denominator',
  'weight',
  'comment',
] as const;
export type ResultField = (typeof resultFields)[number];
export type ColumnMapping = Partial<Record<ResultField, string>>;

const usualHeadings: Record<ResultField, string[]> = {
  indicatorCode: ['indikator', 'indikatorkode', 'indicator', 'indicator code'],
  unitCode: ['enhet', 'enhetskode', 'unit', 'unit code'],
  periodKey: ['periode', 'period'],
  value: ['verdi', 'value', 'resultat', 'result'],
  numerator: ['teller', 'numerator'],
  denominator: ['nevner', 'denominator'],
  weight: ['vekt', 'weight', 'antall svar', 'respondents'],
  comment: ['kommentar', 'comment', 'analyse'],
};

export interface ResultsImportFile {
  fileName: string;
  contentBase64: string;
  mapping?: ColumnMapping;
}

export interface ImportedResult {
  line: number;
  indicatorCode: string;
  unitCode: string;
  periodKey: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  weight: number | null;
  comment: string;
  action: 'enter' | 'correct' | 'unchanged';
}

interface Issue {
  line: number;
  field: string;
  code: string;
  message: string;
}

interface Planned extends ImportedResult {
  indicatorId: string;
  unitId: string;
}

async function plan(ctx: RequestContext, file: ResultsImportFile) {
  if (!ctx.actor.grants.some((grant) => roleCovers(grant.role, 'reporter'))) throw forbidden();
  const table = await readTable(file.fileName, Buffer.from(file.contentBase64, 'base64'));
  const mapping = mapColumns(table.header, file.mapping ?? {});
  const issues: Issue[] = [];
  const missing = (['indicatorCode', 'unitCode', 'periodKey'] as const).filter(
    (f) => mapping[f] === undefined,
  );
  if (mapping.value === undefined && mapping.numerator === undefined)
    missing.push('value' as never);
  if (missing.length > 0) {
    return {
      header: table.header,
      mapping,
      rows: [] as Planned[],
      issues: missing.map((field) => ({
        line: 1,
        field,
        code: 'missing_column',
        message: `No column for ${field}`,
      })),
    };
  }

  const tree = await ctx.tree();
  const [indicators, units] = await Promise.all([
    loadIndicators(ctx.db, ctx.actor.tenantId),
    allUnits(ctx.db, ctx.actor.tenantId),
  ]);
  const indicatorByCode = new Map(indicators.filter((i) => !i.archivedAt).map((i) => [i.code, i]));
  const unitByCode = new Map(units.map((unit) => [unit.code, unit]));
  const existing = await queries.selectMeasurements(ctx.db, ctx.actor.tenantId, {
    indicatorIds: indicators.map((indicator) => indicator.id),
  });
  const current = new Map(
    existing.map((row) => [`${row.indicator_id}|${row.org_unit_id}|${row.period_key}`, row]),
  );
  const approvals = await queries.selectApprovals(ctx.db, ctx.actor.tenantId, {});
  const settings = await readSettings(ctx.db, ctx.actor.tenantId);
  const resolver = await targetResolver(
    ctx.db,
    ctx.actor.tenantId,
    tree,
    indicators.map((indicator) => indicator.id),
  );
  const seen = new Map<string, number>();
  const rows: Planned[] = [];

  for (const { line, cells } of table.rows) {
    const cell = (field: ResultField) => {
      const index = mapping[field];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const before = issues.length;
    const fail = (field: string, code: string, message: string) =>
      issues.push({ line, field, code, message });
    const indicator = indicatorByCode.get(cell('indicatorCode'));
    const unit = unitByCode.get(cell('unitCode'));
    const period = parsePeriod(cell('periodKey'));
    if (!indicator)
      fail(
        'indicatorCode',
        'unknown_indicator',
        `No indicator has the code "${cell('indicatorCode')}"`,
      );
    if (!unit || !mayActOn(tree, ctx.actor.grants, unit.id, 'reader')) {
      fail('unitCode', 'unknown_unit', `No unit you can see has the code "${cell('unitCode')}"`);
    } else if (!mayActOn(tree, ctx.actor.grants, unit.id, 'reporter')) {
      fail('unitCode', 'forbidden', 'You do not report for this unit');
    }
    if (!period)
      fail('periodKey', 'invalid_period', `"${cell('periodKey')}" is not a period such as 2025-T2`);
    if (!indicator || !unit || !period || issues.length > before) continue;
    if (!appliesTo(indicator, selfAndAncestorIds(tree, unit.id))) {
      fail('indicatorCode', 'not_applicable', `${indicator.name} does not apply to ${unit.name}`);
      continue;
    }
    const numbers = readNumbers(cell, fail);
    if (!numbers) continue;
    const checked = checkResult(indicator.definition, numbers);
    if (!checked.ok) {
      fail(checked.field, checked.code, resultMessages[checked.code]);
      continue;
    }
    const comment = cell('comment');
    const target = resolver.resolve(indicator.id, unit.id, period.start);
    if (
      settings.requireCommentWhenRed &&
      lacksRedComment(indicator, target, checked.value, comment)
    ) {
      fail('comment', 'comment_required', 'Explain a red result in a comment');
      continue;
    }
    const key = `${indicator.id}|${unit.id}|${period.key}`;
    if (seen.has(key)) {
      fail('periodKey', 'duplicate', `The same result is also on line ${seen.get(key)}`);
      continue;
    }
    seen.set(key, line);
    const row = { org_unit_id: unit.id, period_key: period.key };
    const locked = approvals.some((approval) => approvalCovers(tree, approval, row));
    if (locked && !mayActOn(tree, ctx.actor.grants, unit.id, 'planner')) {
      fail('periodKey', 'period_approved', 'The results of this period are approved and locked');
      continue;
    }
    const weight = readWeight(cell('weight'), fail);
    if (weight === undefined) continue;
    const was = current.get(key);
    const same =
      was &&
      was.version > 0 &&
      was.value === checked.value &&
      was.numerator === checked.numerator &&
      was.denominator === checked.denominator &&
      (was.comment ?? '') === comment &&
      was.weight === weight;
    rows.push({
      line,
      indicatorId: indicator.id,
      unitId: unit.id,
      indicatorCode: indicator.code,
      unitCode: unit.code,
      periodKey: period.key,
      value: checked.value,
      numerator: checked.numerator,
      denominator: checked.denominator,
      weight,
      comment,
      action: same ? 'unchanged' : was && was.version > 0 ? 'correct' : 'enter',
    });
  }
  return { header: table.header, mapping, rows, issues };
}

function mapColumns(
  header: readonly string[],
  chosen: ColumnMapping,
): Partial<Record<ResultField, number>> {
  const folded = header.map((heading) => heading.trim().toLowerCase());
  const mapping: Partial<Record<ResultField, number>> = {};
  for (const field of resultFields) {
    const wanted = chosen[field];
    const index = wanted
      ? folded.indexOf(wanted.trim().toLowerCase())
      : folded.findIndex((heading) => usualHeadings[field].includes(heading));
    if (index !== -1) mapping[field] = index;
  }
  return mapping;
}

/** An optional weight: empty is none, anything else must be a positive number. */
function readWeight(
  text: string,
  fail: (field: string, code: string, message: string) => void,
): number | null | undefined {
  if (text === '') return null;
  const parsed = parseNorwegianNumber(text);
  if (parsed.ok && parsed.value > 0) return parsed.value;
  fail('weight', 'not_a_weight', `"${text}" is not a positive number`);
  return undefined;
}

function readNumbers(
  cell: (field: ResultField) => string,
  fail: (field: string, code: string, message: string) => void,
): { value: number } | { numerator: number; denominator: number } | null {
  const read = (field: ResultField) => {
    const parsed = parseNorwegianNumber(cell(field));
    if (parsed.ok) return parsed.value;
    fail(
      field,
      parsed.reason === 'empty' ? 'required' : 'not_a_number',
      `"${cell(field)}" is not a number`,
    );
    return null;
  };
  if (cell('numerator') !== '' || cell('denominator') !== '') {
    const numerator = read('numerator');
    const denominator = read('denominator');
    return numerator === null || denominator === null ? null : { numerator, denominator };
  }
  const value = read('value');
  return value === null ? null : { value };
}

export async function previewResultsImport(ctx: RequestContext, file: ResultsImportFile) {
  const { header, mapping, rows, issues } = await plan(ctx, file);
  return {
    columns: header,
    mapping: Object.fromEntries(
      Object.entries(mapping).map(([field, index]) => [field, header[index] ?? '']),
    ),
    rows: rows.map(({ indicatorId: _i, unitId: _u, ...row }) => row),
    issues,
  };
}

/** Writes a clean file's results in one transaction, creating missing measurement points. */
export async function commitResultsImport(
  ctx: RequestContext,
  file: ResultsImportFile,
): Promise<{ entered: number; corrected: number; unchanged: number }> {
  const { rows, issues } = await plan(ctx, file);
  if (issues.length > 0) {
    throw new AppError('import_invalid', 'The file has rows that cannot be imported', 'file', {
      issues,
    });
  }
  const changed = rows.filter((row) => row.action !== 'unchanged');
  await ctx.db.transaction().execute(async (trx) => {
    const measurementIds = await ensureMeasurements(trx, ctx, changed);
    const stored = await queries.selectMeasurements(trx, ctx.actor.tenantId, {
      ids: measurementIds,
    });
    const byId = new Map(stored.map((row) => [row.id, row]));
    const checked: CheckedEntry[] = changed.map((row, index) => {
      const measurement = byId.get(measurementIds[index] as string);
      if (!measurement) throw new AppError('internal_error', 'Measurement vanished during import');
      return {
        entry: {
          measurementId: measurement.id,
          value: row.value,
          comment: row.comment,
          expectedVersion: measurement.version,
        },
        row: measurement,
        result: {
          value: row.value,
          numerator: row.numerator,
          denominator: row.denominator,
          weight: row.weight,
        },
      };
    });
    await writeValues(trx, ctx, checked, 'import');
  });
  ctx.log.info({ rows: rows.length, changed: changed.length }, 'results imported');
  return {
    entered: changed.filter((row) => row.action === 'enter').length,
    corrected: changed.filter((row) => row.action === 'correct').length,
    unchanged: rows.length - changed.length,
  };
}

/**
 * The measurement of each row, planning a point and a measurement where none exists yet. Reads
 * what exists once and writes what is missing in two inserts, however many rows there are.
 */
async function ensureMeasurements(
  trx: RequestContext['db'],
  ctx: RequestContext,
  rows: Planned[],
): Promise<string[]> {
  const indicatorIds = [...new Set(rows.map((row) => row.indicatorId))];
  const [measurements, points] = await Promise.all([
    queries.selectMeasurements(trx, ctx.actor.tenantId, { indicatorIds }),
    queries.selectPointsOf(trx, ctx.actor.tenantId, indicatorIds),
  ]);
  const measurementId = new Map(
    measurements.map((m) => [`${m.indicator_id}|${m.org_unit_id}|${m.period_key}`, m.id]),
  );
  const pointOf = new Map(
    points.map((point) => [`${point.indicator_id}|${point.period_key}`, point]),
  );
  const newPoints: MeasurementPointTable[] = [];
  const newMeasurements: MeasurementTable[] = [];

  const ids = rows.map((row) => {
    const existing = measurementId.get(`${row.indicatorId}|${row.unitId}|${row.periodKey}`);
    if (existing) return existing;
    const period = parsePeriod(row.periodKey);
    if (!period) throw new AppError('validation_failed', 'Not a period', 'periodKey');
    let point = pointOf.get(`${row.indicatorId}|${period.key}`);
    if (!point) {
      point = {
        id: uuid(),
        tenant_id: ctx.actor.tenantId,
        indicator_id: row.indicatorId,
        period_key: period.key,
        period_start: period.start,
        period_end: period.end,
        due_date: period.end,
        created_by: ctx.actor.userId,
        created_at: nowIso(),
      };
      pointOf.set(`${row.indicatorId}|${period.key}`, point);
      newPoints.push(point);
    }
    const id = uuid();
    newMeasurements.push({
      id,
      tenant_id: ctx.actor.tenantId,
      measurement_point_id: point.id,
      indicator_id: row.indicatorId,
      org_unit_id: row.unitId,
      period_key: period.key,
      due_date: point.due_date,
      version: 0,
    });
    return id;
  });
  await queries.insertPoints(trx, newPoints);
  await queries.insertMeasurements(trx, newMeasurements);
  return ids;
}
