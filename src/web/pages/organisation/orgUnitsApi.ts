import { api } from '../../api.js';
import type { ImportPreview, OrgUnit, UnitDetails, UnitKind } from '../../types.js';

export const listUnits = (includeClosed: boolean) =>
  api.get<{ units: OrgUnit[] }>('/org-units', { includeClosed }).then((reply) => reply.units);

export const getUnit = (unitId: string) => api.get<UnitDetails>(`/org-units/${unitId}`);

export interface UnitInput {
  code: string;
  name: string;
  kind: UnitKind;
  validFrom?: string;
}

export const createUnit = (input: UnitInput & { parentId: string }) =>
  api.post<{ unit: OrgUnit }>('/org-units', input).then((reply) => reply.unit);

export const updateUnit = (unitId: string, changes: Partial<UnitInput>) =>
  api.patch<{ unit: OrgUnit }>(`/org-units/${unitId}`, changes).then((reply) => reply.unit);

export const moveUnit = (unitId: string, parentId: string) =>
  api.post<{ unit: OrgUnit }>(`/org-units/${unitId}/move`, { parentId });

export const closeUnit = (unitId: string, validTo: string | undefined) =>
  api.post<{ unit: OrgUnit }>(`/org-units/${unitId}/close`, validTo ? { validTo } : {});

export const reopenUnit = (unitId: string) =>
  api.post<{ unit: OrgUnit }>(`/org-units/${unitId}/reopen`);

export interface ImportFile {
  fileName: string;
  contentBase64: string;
}

export const previewImport = (file: ImportFile) =>
  api.post<ImportPreview>('/org-units/import/preview', file);

export const commitImport = (file: ImportFile) =>
  api.post<{ created: number; updated: number }>('/org-units/import/commit', file);
