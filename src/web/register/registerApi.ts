/** The register's API: focus areas, success criteria, indicators, targets and settings. */
import { api } from '../api.js';
import type { ImportIssue } from '../types.js';
import type {
  FocusArea,
  Indicator,
  IndicatorImportRow,
  IndicatorInput,
  IndicatorVersion,
  ScorecardStructure,
  Settings,
  SuccessCriterion,
  TargetChange,
  TargetGrid,
  TargetView,
} from './types.js';

export const listFocusAreas = (includeArchived: boolean) =>
  api
    .get<{ focusAreas: FocusArea[] }>('/focus-areas', { includeArchived })
    .then((reply) => reply.focusAreas);

export const createFocusArea = (input: { name: string; description: string }) =>
  api.post<{ focusArea: FocusArea }>('/focus-areas', input).then((reply) => reply.focusArea);

export const updateFocusArea = (
  id: string,
  changes: { name?: string; description?: string; archived?: boolean },
) =>
  api
    .patch<{ focusArea: FocusArea }>(`/focus-areas/${id}`, changes)
    .then((reply) => reply.focusArea);

/** The ids of every active focus area, in the new order. */
export const reorderFocusAreas = (ids: string[]) =>
  api.post<{ focusAreas: FocusArea[] }>('/focus-areas/reorder', { ids });

/** The criteria a unit works with: its own and those of every unit above it. */
export const listCriteria = (orgUnitId: string, includeArchived: boolean) =>
  api
    .get<{ successCriteria: SuccessCriterion[] }>('/success-criteria', {
      orgUnitId,
      includeArchived,
    })
    .then((reply) => reply.successCriteria);

export const createCriterion = (input: {
  focusAreaId: string;
  orgUnitId: string;
  name: string;
  description: string;
}) =>
  api
    .post<{ successCriterion: SuccessCriterion }>('/success-criteria', input)
    .then((reply) => reply.successCriterion);

export const updateCriterion = (
  id: string,
  changes: { name?: string; description?: string; focusAreaId?: string; archived?: boolean },
) =>
  api
    .patch<{ successCriterion: SuccessCriterion }>(`/success-criteria/${id}`, changes)
    .then((reply) => reply.successCriterion);

export const reorderCriteria = (focusAreaId: string, ids: string[]) =>
  api.post<void>(`/focus-areas/${focusAreaId}/criteria-order`, { ids });

export interface IndicatorFilter {
  q?: string;
  focusAreaId?: string;
  criterionId?: string;
  orgUnitId?: string;
  basisKind?: string;
  ownerUserId?: string;
  archived?: 'active' | 'archived' | 'all';
}

export const listIndicators = (filter: IndicatorFilter) =>
  api
    .get<{ indicators: Indicator[] }>('/indicators', { ...filter })
    .then((reply) => reply.indicators);

export const getIndicator = (id: string) =>
  api.get<{ indicator: Indicator; versions: IndicatorVersion[] }>(`/indicators/${id}`);

export const createIndicator = (input: IndicatorInput) =>
  api.post<{ indicator: Indicator }>('/indicators', input).then((reply) => reply.indicator);

export const updateIndicator = (
  id: string,
  changes: Partial<IndicatorInput> & { archived?: boolean },
) =>
  api
    .patch<{ indicator: Indicator }>(`/indicators/${id}`, changes)
    .then((reply) => reply.indicator);

/** Refused with 409 indicator_in_use when the indicator has targets or results. */
export const deleteIndicator = (id: string) => api.delete(`/indicators/${id}`);

/** Where the browser downloads the register as an Excel handbook. */
export const handbookUrl = (locale: 'nb' | 'en') =>
  `/api/indicators/handbook.xlsx?locale=${locale}`;

export interface ImportFile {
  fileName: string;
  contentBase64: string;
}

export const previewIndicatorImport = (file: ImportFile) =>
  api.post<{ rows: IndicatorImportRow[]; issues: ImportIssue[] }>(
    '/indicators/import/preview',
    file,
  );

export const commitIndicatorImport = (file: ImportFile) =>
  api.post<{ created: number; updated: number }>('/indicators/import/commit', file);

export const getStructure = (orgUnitId: string, period: string) =>
  api.get<ScorecardStructure>('/scorecard-structure', { orgUnitId, period });

export const getTargetGrid = (orgUnitId: string, period: string) =>
  api.get<TargetGrid>('/targets/grid', { orgUnitId, period });

/** All or nothing: a refused change answers 422 target_invalid with every issue by index. */
export const saveTargets = (validFrom: string, changes: TargetChange[]) =>
  api
    .put<{ targets: TargetView[] }>('/targets', { validFrom, changes })
    .then((reply) => reply.targets);

export const copyTargetsToYear = (input: { orgUnitId: string; fromYear: number; toYear: number }) =>
  api.post<{ copied: number }>('/targets/copy-year', input);

export const getSettings = () =>
  api.get<{ settings: Settings }>('/settings').then((reply) => reply.settings);

export const updateSettings = (changes: Partial<Settings>) =>
  api.patch<{ settings: Settings }>('/settings', changes).then((reply) => reply.settings);
