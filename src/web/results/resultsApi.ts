/** The measurement API: points, entry, history, roll-up results, approval, import and tokens. */
import { ApiError, api } from '../api.js';
import type {
  ApiToken,
  Approval,
  EntryIssue,
  HistoryEntry,
  Measurement,
  MeasurementPoint,
  ResultIndicator,
  ResultSettings,
  ResultsImportFile,
  ResultsImportPreview,
  SeriesInput,
  UnitResult,
  ValueEntry,
} from './types.js';

/** Archived ones too: their results stay and still need names. */
export const listIndicators = () =>
  api
    .get<{ indicators: ResultIndicator[] }>('/indicators', { archived: 'all' })
    .then((reply) => reply.indicators);

export const getSettings = () =>
  api.get<{ settings: ResultSettings }>('/settings').then((reply) => reply.settings);

export const createSeries = (input: SeriesInput) =>
  api.post<{ created: MeasurementPoint[]; skipped: string[] }>('/measurement-points/series', input);

export const listPoints = (indicatorId: string) =>
  api
    .get<{ points: MeasurementPoint[] }>('/measurement-points', { indicatorId })
    .then((reply) => reply.points);

export const inbox = (includeEntered: boolean) =>
  api
    .get<{ measurements: Measurement[] }>('/measurements/inbox', { includeEntered })
    .then((reply) => reply.measurements);

/** The measurements of a unit and everything below it, for one period or every period. */
export const listMeasurements = (orgUnitId: string, periodKey?: string) =>
  api
    .get<{ measurements: Measurement[] }>('/measurements', {
      orgUnitId,
      periodKey,
      includeSubunits: true,
    })
    .then((reply) => reply.measurements);

export const dueLists = (orgUnitId: string) =>
  api.get<{ dueSoon: Measurement[]; overdue: Measurement[] }>('/measurements/due', { orgUnitId });

/** Saves every entry or none; see `entryIssues` and `staleWrite` for the refusals. */
export const enterValues = (entries: ValueEntry[]) =>
  api
    .post<{ measurements: Measurement[] }>('/measurements/values', { entries })
    .then((reply) => reply.measurements);

export const valueHistory = (measurementId: string) =>
  api
    .get<{ history: HistoryEntry[] }>(`/measurements/${measurementId}/history`)
    .then((reply) => reply.history);

export const unitResults = (orgUnitId: string, period: string) =>
  api
    .get<{ results: UnitResult[] }>('/results', { orgUnitId, period })
    .then((reply) => reply.results);

export const approvalState = (orgUnitId: string, periodKey: string) =>
  api
    .get<{ approval: Approval }>('/approvals', { orgUnitId, periodKey })
    .then((reply) => reply.approval);

export const approvePeriod = (orgUnitId: string, periodKey: string) =>
  api.post<{ approval: Approval }>('/approvals', { orgUnitId, periodKey });

export const reopenPeriod = (orgUnitId: string, periodKey: string, reason: string) =>
  api.post<{ approval: Approval }>('/approvals/reopen', { orgUnitId, periodKey, reason });

export const previewResultsImport = (file: ResultsImportFile) =>
  api.post<ResultsImportPreview>('/results/import/preview', file);

export const commitResultsImport = (file: ResultsImportFile) =>
  api.post<{ entered: number; corrected: number; unchanged: number }>(
    '/results/import/commit',
    file,
  );

export const listApiTokens = () =>
  api.get<{ apiTokens: ApiToken[] }>('/api-tokens').then((reply) => reply.apiTokens);

export const createApiToken = (input: { name: string; orgUnitId: string }) =>
  api.post<{ token: string; apiToken: ApiToken }>('/api-tokens', input);

export const revokeApiToken = (tokenId: string) => api.delete(`/api-tokens/${tokenId}`);

/** The entries a save refused for their values, each by its place in the list sent. */
export function entryIssues(error: unknown): EntryIssue[] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'result_invalid') return undefined;
  const details = error.details as { issues?: EntryIssue[] } | undefined;
  return details?.issues;
}

/** When someone else saved first: the measurement as it now stands. */
export function staleWrite(error: unknown): Measurement | undefined {
  if (!(error instanceof ApiError) || error.code !== 'stale_write') return undefined;
  const details = error.details as { current?: Measurement | null } | undefined;
  return details?.current ?? undefined;
}
