import ExcelJS from 'exceljs';
import type { RequestContext } from '../../context.js';
import * as queries from './queries.js';
import {
  type HandbookColumn,
  type Locale,
  basisDetail,
  columnHeadings,
  handbookColumns,
  valueLabels,
} from './handbookColumns.js';
import { type Indicator, loadIndicators } from './indicators.js';

const columnWidths: Partial<Record<HandbookColumn, number>> = {
  name: 36,
  focusArea: 20,
  criteria: 30,
  definition: 50,
  purpose: 40,
  weaknesses: 30,
  basisDetail: 40,
};

/** The register as an Excel workbook a person can read: one indicator per row, labels in words. */
export async function exportHandbook(ctx: RequestContext, locale: Locale): Promise<Buffer> {
  const [indicators, areas, criteria] = await Promise.all([
    loadIndicators(ctx.db, ctx.actor.tenantId),
    queries.selectFocusAreas(ctx.db, ctx.actor.tenantId),
    queries.selectCriteria(ctx.db, ctx.actor.tenantId),
  ]);
  const areaName = new Map(areas.map((area) => [area.id, area.name]));
  const criterionName = new Map(criteria.map((criterion) => [criterion.id, criterion.name]));
  const areaOrder = new Map(areas.map((area) => [area.id, area.sort_order]));
  const sorted = [...indicators].sort(
    (a, b) =>
      (areaOrder.get(a.focusAreaId) ?? 0) - (areaOrder.get(b.focusAreaId) ?? 0) ||
      a.code.localeCompare(b.code, 'nb'),
  );

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Balanse';
  const sheet = workbook.addWorksheet(
    locale === 'nb' ? 'Indikatorregister' : 'Indicator register',
    {
      views: [{ state: 'frozen', ySplit: 1 }],
    },
  );
  sheet.columns = handbookColumns.map((column) => ({
    header: columnHeadings[locale][column],
    key: column,
    width: columnWidths[column] ?? 16,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const indicator of sorted) {
    sheet.addRow(
      rowOf(indicator, locale, areaName.get(indicator.focusAreaId) ?? '', (id) =>
        criterionName.get(id),
      ),
    );
  }
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function rowOf(
  indicator: Indicator,
  locale: Locale,
  focusArea: string,
  criterionName: (id: string) => string | undefined,
): Record<HandbookColumn, string | number | null> {
  const definition = indicator.definition;
  const labels = valueLabels[locale];
  return {
    code: indicator.code,
    name: indicator.name,
    focusArea,
    criteria: indicator.criterionIds.map(criterionName).filter(Boolean).join('; '),
    definition: definition.definition,
    purpose: definition.purpose,
    weaknesses: definition.weaknesses,
    basisKind: labels.basisKind[definition.basis.kind],
    basisDetail: basisDetail(definition.basis),
    unitOfMeasure: labels.unitOfMeasure[definition.unitOfMeasure],
    scaleMin: definition.scaleMin,
    scaleMax: definition.scaleMax,
    decimals: definition.decimals,
    valueType: labels.valueType[definition.valueType],
    direction: labels.direction[definition.direction],
    unitAggregation: labels.unitAggregation[definition.unitAggregation],
    periodAggregation: labels.periodAggregation[definition.periodAggregation],
    frequency: labels.frequency[definition.frequency],
    dataCapture: definition.dataCapture,
    publication: labels.publication[definition.publication],
    archived: indicator.archivedAt ? (locale === 'nb' ? 'Ja' : 'Yes') : '',
  };
}
