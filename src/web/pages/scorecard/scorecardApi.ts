/** The styringskort from the server: one call for a whole unit and period, and its Excel export. */
import type { Scorecard } from '#domain/scorecardView.js';
import { api } from '../../api.js';

/** Without a period the server picks the latest one with results; `period.key` says which. */
export const getScorecard = (orgUnitId: string, period: string | undefined) =>
  api.get<Scorecard>('/scorecard', { orgUnitId, period });

/** Where the browser downloads the scorecard as an Excel workbook, in the user's language. */
export function exportUrl(orgUnitId: string, period: string, locale: 'nb' | 'en'): string {
  const query = new URLSearchParams({ orgUnitId, period, locale });
  return `/api/scorecard/export.xlsx?${query.toString()}`;
}
