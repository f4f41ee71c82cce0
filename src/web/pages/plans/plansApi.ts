/**
 * The business plan (virksomhetsplan) from the server: a unit's versions for a year, one version
 * with its texts, scorecard, actions and subunits, and the steps from draft to approved.
 */
import type { PlanStatus } from '#domain/plans.js';
import type { ActionStatus, Scorecard, StatusCounts } from '#domain/scorecardView.js';
import { api } from '../../api.js';

interface Named {
  id: string;
  name: string;
}

export interface PlanVersion {
  id: string;
  orgUnit: { id: string; code: string; name: string };
  year: number;
  versionNumber: number;
  status: PlanStatus;
  /** Only the newest version for the year can change. */
  isLatest: boolean;
  createdAt: string;
  submittedBy: Named | null;
  submittedAt: string | null;
  approvedBy: Named | null;
  approvedAt: string | null;
}

export interface PlanSectionText {
  sectionId: string;
  title: string;
  archived: boolean;
  /** Markdown without HTML. */
  text: string;
  /** 0 before the first write; sent back with a write. */
  version: number;
  updatedBy: Named | null;
  updatedAt: string | null;
}

export interface PlanAction {
  id: string;
  title: string;
  orgUnit: Named;
  responsible: Named | null;
  dueDate: string | null;
  status: ActionStatus;
  progress: number;
}

export interface SubunitSummary {
  unit: { id: string; code: string; name: string };
  plan: { id: string; versionNumber: number; status: PlanStatus } | null;
  summary: { sectionTitle: string; text: string; shortened: boolean } | null;
  counts: StatusCounts;
}

export interface PlanDetail {
  plan: PlanVersion;
  /** True while the scorecard and actions are read as they are now; false once approved. */
  live: boolean;
  asOf: string;
  sections: PlanSectionText[];
  scorecard: Scorecard;
  actions: PlanAction[];
  subunits: SubunitSummary[];
}

/** Every version of the unit's plan for the year, newest first; `not_found` when none. */
export const listPlanVersions = (orgUnitId: string, year: number) =>
  api.get<{ plans: PlanVersion[] }>('/plans', { orgUnitId, year: String(year) });

export const getPlan = (id: string) => api.get<PlanDetail>(`/plans/${id}`);

export const createPlan = (orgUnitId: string, year: number) =>
  api.post<{ plan: PlanVersion }>('/plans', { orgUnitId, year });

export const writeSectionText = (
  planId: string,
  sectionId: string,
  body: { text: string; version: number },
) => api.put<{ section: PlanSectionText }>(`/plans/${planId}/sections/${sectionId}`, body);

export type PlanStepPath = 'submit' | 'reopen' | 'approve' | 'new-version';

export const takePlanStep = (planId: string, step: PlanStepPath) =>
  api.post<{ plan: PlanVersion }>(`/plans/${planId}/${step}`);

/** Where the browser downloads the version as a Word document in the given language. */
export const exportUrl = (planId: string, locale: 'nb' | 'en') =>
  `/api/plans/${planId}/export.docx?locale=${locale}`;

/** A text section every plan of the municipality has; archived ones keep their old texts. */
export interface PlanSectionDefinition {
  id: string;
  title: string;
  sortOrder: number;
  archivedAt: string | null;
}

export const listPlanSections = () =>
  api
    .get<{ sections: PlanSectionDefinition[] }>('/plan-sections', { includeArchived: 'true' })
    .then((reply) => reply.sections);

export const addPlanSection = (title: string) =>
  api.post<{ section: PlanSectionDefinition }>('/plan-sections', { title });

export const changePlanSection = (
  id: string,
  changes: { title?: string; sortOrder?: number; archived?: boolean },
) => api.patch<{ section: PlanSectionDefinition }>(`/plan-sections/${id}`, changes);
