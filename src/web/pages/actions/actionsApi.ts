/** The actions API (tiltak): the shapes it answers with and the calls the pages make. */
import type { ActionLinkKind } from '#domain/actions.js';
import type { ActionStatus } from '#domain/scorecardView.js';
import { api } from '../../api.js';

export type { ActionLinkKind, ActionStatus };

interface Named {
  id: string;
  name: string;
}

export type ActionLink =
  | { kind: 'focus_area' | 'criterion' | 'indicator'; id: string; name: string }
  | {
      kind: 'measurement';
      id: string;
      /** The measured indicator's name. */
      name: string;
      indicatorId: string;
      periodKey: string;
      orgUnitId: string;
    };

export interface Action {
  id: string;
  title: string;
  description: string;
  orgUnit: Named;
  responsible: Named | null;
  startDate: string | null;
  dueDate: string | null;
  /** As shown today: delayed once past the due date and neither done nor cancelled. */
  status: ActionStatus;
  /** As last set by a person. */
  storedStatus: ActionStatus;
  overdue: boolean;
  progress: number;
  cost: number | null;
  link: ActionLink | null;
  /** An action with updates cannot be deleted, only cancelled. */
  updateCount: number;
  version: number;
  createdBy: Named | null;
  createdAt: string;
  updatedAt: string;
}

export interface ActionUpdate {
  id: string;
  text: string;
  /** The status and progress the update set, if it set them. */
  status: ActionStatus | null;
  progress: number | null;
  writtenBy: Named | null;
  writtenAt: string;
}

/** What a form sends: every field of an action, a link or null for one standing alone. */
export interface ActionInput {
  orgUnitId: string;
  title: string;
  description: string;
  responsibleUserId: string | null;
  startDate: string | null;
  dueDate: string | null;
  status: ActionStatus;
  progress: number;
  cost: number | null;
  link: { kind: ActionLinkKind; id: string } | null;
}

export interface ActionListFilter {
  orgUnitId?: string;
  includeSubunits?: boolean;
  status?: ActionStatus;
  linkKind?: 'none' | ActionLinkKind;
  linkId?: string;
  responsibleUserId?: string;
  overdue?: boolean;
  year?: number;
}

/** The filter as query parameters, leaving out what is not set. */
function query(filter: ActionListFilter): Record<string, string | boolean | undefined> {
  return {
    orgUnitId: filter.orgUnitId,
    includeSubunits: filter.orgUnitId && filter.includeSubunits ? true : undefined,
    status: filter.status,
    linkKind: filter.linkKind,
    linkId: filter.linkId,
    responsibleUserId: filter.responsibleUserId,
    overdue: filter.overdue || undefined,
    year: filter.year === undefined ? undefined : String(filter.year),
  };
}

export const listActions = (filter: ActionListFilter) =>
  api.get<{ actions: Action[] }>('/actions', query(filter)).then((reply) => reply.actions);

/** Where the browser downloads the same list as an Excel file. */
export function exportUrl(filter: ActionListFilter, locale: 'nb' | 'en'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query(filter))) {
    if (value !== undefined) params.set(key, String(value));
  }
  params.set('locale', locale);
  return `/api/actions/export.xlsx?${params.toString()}`;
}

export const getAction = (id: string) =>
  api.get<{ action: Action; updates: ActionUpdate[] }>(`/actions/${id}`);

export const createAction = (input: ActionInput) =>
  api.post<{ action: Action }>('/actions', input).then((reply) => reply.action);

/** Refused with 409 stale_write, the current action in its details, when someone saved first. */
export const changeAction = (id: string, changes: Partial<ActionInput> & { version: number }) =>
  api.patch<{ action: Action }>(`/actions/${id}`, changes).then((reply) => reply.action);

/** Refused with 409 action_has_updates: such an action is cancelled instead. */
export const deleteAction = (id: string) => api.delete(`/actions/${id}`);

export const addActionUpdate = (
  id: string,
  input: { text: string; status?: ActionStatus; progress?: number; version?: number },
) => api.post<{ action: Action; update: ActionUpdate }>(`/actions/${id}/updates`, input);
