/**
 * The action list's filters as the address keeps them: /actions?unit=…&sub=1&status=delayed&
 * link=indicator&linkId=…&person=…&overdue=1&year=2026&view=timeline. A link or a reload opens
 * the same list.
 */
import { actionLinkKinds, actionStatuses } from '#domain/actions.js';
import type { ActionListFilter, ActionStatus } from './actionsApi.js';

export const actionViews = ['table', 'timeline'] as const;
export type ActionView = (typeof actionViews)[number];

export const linkFilters = ['none', ...actionLinkKinds] as const;
export type LinkFilter = (typeof linkFilters)[number];

export interface ActionListState extends ActionListFilter {
  view: ActionView;
}

const oneOf = <T extends string>(choices: readonly T[], text: string | null): T | undefined =>
  choices.find((choice) => choice === text);

function readYear(text: string | null): number | undefined {
  const year = Number(text);
  return text && Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : undefined;
}

const uuidLike = /^[0-9a-f-]{36}$/i;
const readId = (text: string | null) => (text && uuidLike.test(text) ? text : undefined);

/** Reads the address; anything it does not understand is left out rather than refused. */
export function filterFromParams(params: URLSearchParams): ActionListState {
  const orgUnitId = readId(params.get('unit'));
  return {
    orgUnitId,
    includeSubunits: orgUnitId !== undefined && params.get('sub') === '1',
    status: oneOf<ActionStatus>(actionStatuses, params.get('status')),
    linkKind: oneOf(linkFilters, params.get('link')),
    linkId: readId(params.get('linkId')),
    responsibleUserId: readId(params.get('person')),
    overdue: params.get('overdue') === '1',
    year: readYear(params.get('year')),
    view: oneOf(actionViews, params.get('view')) ?? 'table',
  };
}

/** The address for a filter, with only what is set, in a fixed order. */
export function paramsFromFilter(state: ActionListState): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined | false) => {
    if (value) params.set(key, value);
  };
  set('unit', state.orgUnitId);
  set('sub', state.orgUnitId !== undefined && state.includeSubunits && '1');
  set('status', state.status);
  set('link', state.linkKind);
  set('linkId', state.linkKind && state.linkKind !== 'none' && state.linkId);
  set('person', state.responsibleUserId);
  set('overdue', state.overdue && '1');
  set('year', state.year === undefined ? undefined : String(state.year));
  set('view', state.view !== 'table' && state.view);
  return params;
}

/** What the list asks the server for; the timeline always shows one year. */
export function listQuery(state: ActionListState, thisYear: number): ActionListFilter {
  const { view, ...filter } = state;
  if (filter.linkKind === 'none' || !filter.linkKind) delete filter.linkId;
  return view === 'timeline' ? { ...filter, year: filter.year ?? thisYear } : filter;
}
