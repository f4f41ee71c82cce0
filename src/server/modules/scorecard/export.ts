/**
 * The scorecard as an Excel workbook: one row per indicator under its focus area and criterion,
 * with values as numbers beside their unit of measure, targets with the limit (or a range's
 * tolerance) that separates yellow from red, and status in words, so it reads without colour.
 * The status words are the web app's (src/web/i18n), so the file and the screen say the same.
 */
import ExcelJS from 'exceljs';
import { roundTo } from '#domain/numbers.js';
import type { CardRow, Scorecard } from '#domain/scorecardView.js';
import type { Status, TargetValues } from '#domain/status.js';
import { valueLabels } from '../register/handbookColumns.js';

export type Locale = 'nb' | 'en';

const wording = {
  nb: {
    sheet: 'Styringskort',
    title: (unit: string, period: string) => `Styringskort for ${unit}, ${period}`,
    headings: [
      'Fokusområde',
      'Suksesskriterium',
      'Kode',
      'Indikator',
      'Måleenhet',
      'Periode',
      'Resultat',
      'Mål',
      'Grense / toleranse',
      'Status',
      'Forrige periode',
      'Samme periode i fjor',
      'Dekning',
      'Kommentar',
    ],
    inherited: (from: string) => `arvet fra ${from}`,
    computed: (covered: number, total: number) => `beregnet, ${covered} av ${total}`,
    range: (t: Extract<TargetValues, { kind: 'range' }>) => `${t.low}–${t.high}`,
    status: {
      green: 'Nådd',
      yellow: 'Nesten nådd',
      red: 'Ikke nådd',
      no_target: 'Uten mål',
      not_measured: 'Ikke målt',
      overdue: 'Forfalt',
    } satisfies Record<Status, string>,
  },
  en: {
    sheet: 'Scorecard',
    title: (unit: string, period: string) => `Scorecard for ${unit}, ${period}`,
    headings: [
      'Focus area',
      'Success criterion',
      'Code',
      'Indicator',
      'Unit of measure',
      'Period',
      'Result',
      'Target',
      'Limit / tolerance',
      'Status',
      'Previous period',
      'Same period last year',
      'Coverage',
      'Comment',
    ],
    inherited: (from: string) => `inherited from ${from}`,
    computed: (covered: number, total: number) => `computed, ${covered} of ${total}`,
    range: (t: Extract<TargetValues, { kind: 'range' }>) => `${t.low}–${t.high}`,
    status: {
      green: 'Reached',
      yellow: 'Nearly reached',
      red: 'Not reached',
      no_target: 'No target',
      not_measured: 'Not measured',
      overdue: 'Overdue',
    } satisfies Record<Status, string>,
  },
} as const;

/** The status words the export uses, so a test can read them back. */
export const exportStatusLabel = (locale: Locale, status: Status) => wording[locale].status[status];

/** The workbook for one scorecard, in bokmål or English. */
export async function scorecardWorkbook(card: Scorecard, locale: Locale): Promise<Buffer> {
  const words = wording[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Balanse';
  const sheet = workbook.addWorksheet(words.sheet, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1 },
  });
  sheet.addRow([words.title(card.unit.name, card.period.key)]).font = { bold: true, size: 14 };
  const header = sheet.addRow([...words.headings]);
  header.font = { bold: true };
  sheet.columns = [24, 28, 10, 44, 16, 10, 12, 12, 14, 16, 14, 18, 22, 50].map((width) => ({
    width,
  }));

  const addRow = (area: string, criterion: string, row: CardRow) => {
    const { outcome, indicator } = row;
    const round = (value: number | null | undefined) =>
      value === null || value === undefined ? null : roundTo(value, indicator.decimals);
    const target = outcome.target?.values;
    const result = outcome.result;
    const notes = [
      result?.computed ? words.computed(result.covered, result.total) : null,
      outcome.target?.inheritedFrom ? words.inherited(outcome.target.inheritedFrom.name) : null,
    ].filter(Boolean);
    const added = sheet.addRow([
      area,
      criterion,
      indicator.code,
      indicator.name,
      valueLabels[locale].unitOfMeasure[indicator.unitOfMeasure],
      outcome.periodKey,
      round(result?.value),
      target ? (target.kind === 'value' ? round(target.target) : words.range(target)) : null,
      target ? round(target.kind === 'value' ? target.threshold : target.tolerance) : null,
      words.status[outcome.status],
      round(row.previous?.value),
      round(row.lastYear?.value),
      notes.join('; ') || null,
      row.comment?.text ?? null,
    ]);
    const format = indicator.decimals > 0 ? `0.${'0'.repeat(indicator.decimals)}` : '0';
    for (const column of [7, 8, 9, 11, 12]) added.getCell(column).numFmt = format;
  };

  for (const area of card.focusAreas) {
    for (const criterion of area.criteria) {
      for (const row of criterion.rows) addRow(area.name, criterion.name, row);
    }
    for (const row of area.otherRows) addRow(area.name, '', row);
  }
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: words.headings.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
