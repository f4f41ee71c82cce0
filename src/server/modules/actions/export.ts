/** The action list as an Excel workbook a person can read: statuses in words, dates as dates. */
import ExcelJS from 'exceljs';
import type { ActionLinkKind } from '#domain/actions.js';
import { kronerDecimals } from '#domain/numbers.js';
import type { ActionStatus } from '#domain/scorecardView.js';
import type { RequestContext } from '../../context.js';
import type { Action, ActionListQuery } from './schemas.js';
import { listActions } from './service.js';

export type Locale = 'nb' | 'en';

const columns = [
  'title',
  'description',
  'orgUnit',
  'responsible',
  'startDate',
  'dueDate',
  'status',
  'progress',
  'cost',
  'linkKind',
  'linkedTo',
  'updates',
] as const;
type Column = (typeof columns)[number];

const headings: Record<Locale, Record<Column, string>> = {
  nb: {
    title: 'Tiltak',
    description: 'Beskrivelse',
    orgUnit: 'Enhet',
    responsible: 'Ansvarlig',
    startDate: 'Start',
    dueDate: 'Frist',
    status: 'Status',
    progress: 'Framdrift (%)',
    cost: 'Kostnad (kr)',
    linkKind: 'Koblingstype',
    linkedTo: 'Knyttet til',
    updates: 'Oppdateringer',
  },
  en: {
    title: 'Action',
    description: 'Description',
    orgUnit: 'Unit',
    responsible: 'Responsible',
    startDate: 'Start',
    dueDate: 'Due',
    status: 'Status',
    progress: 'Progress (%)',
    cost: 'Cost (NOK)',
    linkKind: 'Link kind',
    linkedTo: 'Linked to',
    updates: 'Updates',
  },
};

/** The status words of actions in exports, shared by the action list and the business plan. */
export const actionStatusLabels: Record<Locale, Record<ActionStatus, string>> = {
  nb: {
    not_started: 'Ikke startet',
    in_progress: 'Pågår',
    done: 'Fullført',
    delayed: 'Forsinket',
    cancelled: 'Avbrutt',
  },
  en: {
    not_started: 'Not started',
    in_progress: 'In progress',
    done: 'Done',
    delayed: 'Delayed',
    cancelled: 'Cancelled',
  },
};

const linkLabels: Record<Locale, Record<ActionLinkKind, string>> = {
  nb: {
    focus_area: 'Fokusområde',
    criterion: 'Suksesskriterium',
    indicator: 'Indikator',
    measurement: 'Måling',
  },
  en: {
    focus_area: 'Focus area',
    criterion: 'Success criterion',
    indicator: 'Indicator',
    measurement: 'Measurement',
  },
};

const widths: Partial<Record<Column, number>> = { title: 36, description: 50, linkedTo: 36 };
const dateColumns: Column[] = ['startDate', 'dueDate'];
const dateFormat: Record<Locale, string> = { nb: 'dd.mm.yyyy', en: 'yyyy-mm-dd' };

/** The actions the same filters list, one per row, in the same order. */
export async function exportActions(
  ctx: RequestContext,
  filter: ActionListQuery,
  locale: Locale,
): Promise<Buffer> {
  const actions = await listActions(ctx, filter);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Balanse';
  const sheet = workbook.addWorksheet(locale === 'nb' ? 'Tiltak' : 'Actions', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({
    header: headings[locale][column],
    key: column,
    width: widths[column] ?? 16,
    ...(dateColumns.includes(column) ? { style: { numFmt: dateFormat[locale] } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const action of actions) {
    const row = sheet.addRow(rowOf(action, locale));
    // Whole kroner as they are, øre with two digits, as the web app writes them.
    const cost = action.cost;
    if (cost !== null) row.getCell('cost').numFmt = kronerDecimals(cost) ? '#,##0.00' : '#,##0';
  }
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function rowOf(action: Action, locale: Locale): Record<Column, string | number | Date | null> {
  const link = action.link;
  return {
    title: action.title,
    description: action.description,
    orgUnit: action.orgUnit.name,
    responsible: action.responsible?.name ?? '',
    startDate: asDate(action.startDate),
    dueDate: asDate(action.dueDate),
    status: actionStatusLabels[locale][action.status],
    progress: action.progress,
    cost: action.cost,
    linkKind: link ? linkLabels[locale][link.kind] : '',
    linkedTo: !link
      ? ''
      : link.kind === 'measurement'
        ? `${link.name} ${link.periodKey}`
        : link.name,
    updates: action.updateCount,
  };
}

/** A calendar date at midnight UTC, which Excel shows as that day whatever the time zone. */
const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
