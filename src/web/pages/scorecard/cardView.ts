/**
 * What the styringskort page derives from one scorecard response, as plain functions: the view
 * in the address, the strategy map's boxes and the actions grouped by what they deal with.
 */
import type { Status } from '#domain/status.js';
import type {
  CardAction,
  CardFocusArea,
  CardRow,
  Scorecard,
  StatusCounts,
} from '#domain/scorecardView.js';
import { countStatuses } from '#domain/trend.js';

export const views = ['table', 'map', 'actions', 'subunits'] as const;
export type View = (typeof views)[number];

/** The view named in the address; the table when it names none we know. */
export function readView(text: string | null): View {
  return views.find((view) => view === text) ?? 'table';
}

/** The address of a scorecard; the view is left out when it is the table. */
export function scorecardPath(unitId: string, period: string | undefined, view: View): string {
  const query = new URLSearchParams({ unit: unitId });
  if (period) query.set('period', period);
  if (view !== 'table') query.set('view', view);
  return `/scorecard?${query.toString()}`;
}

/** The address of one indicator's page on the unit, for the chosen period. */
export function indicatorPath(unitId: string, indicatorId: string, period: string): string {
  const query = new URLSearchParams({ unit: unitId, indicator: indicatorId, period });
  return `/scorecard/indicator?${query.toString()}`;
}

/** The action form for an indicator on the unit, returning to `returnTo` once saved. */
export function newActionPath(unitId: string, indicatorId: string, returnTo: string): string {
  const query = new URLSearchParams({
    unit: unitId,
    linkKind: 'indicator',
    linkId: indicatorId,
    returnTo,
  });
  return `/actions/new?${query.toString()}`;
}

/** Measured results from worst to best; the other statuses carry no colour on the map. */
const measuredWorstFirst: readonly Status[] = ['red', 'yellow', 'green'];

/** The worst status among measured results, or null when nothing is measured. */
export function worstMeasured(counts: StatusCounts): Status | null {
  return measuredWorstFirst.find((status) => counts[status] > 0) ?? null;
}

export const countRows = (rows: readonly CardRow[]): StatusCounts =>
  countStatuses(rows.map((row) => row.outcome.status));

export interface MapBox {
  /** A criterion's id, or the area's id for the indicators outside every criterion. */
  id: string;
  /** null for the indicators that support none of the area's criteria. */
  name: string | null;
  counts: StatusCounts;
  /** The worst measured result, which gives the box its colour; null leaves it grey. */
  status: Status | null;
  /** What the box says it is: its colour's status, or why it has none. */
  label: Status | null;
}

/** Why a box without measured results has no colour, the most pressing reason first. */
const unmeasuredFirst: readonly Status[] = ['overdue', 'no_target', 'not_measured'];

function box(id: string, name: string | null, counts: StatusCounts): MapBox {
  const status = worstMeasured(counts);
  const label = status ?? unmeasuredFirst.find((each) => counts[each] > 0) ?? null;
  return { id, name, counts, status, label };
}

/**
 * One box per success criterion, coloured by its worst measured result. Indicators outside every
 * criterion get a box of their own, so an area without criteria still shows where it stands.
 */
export function mapBoxes(area: CardFocusArea): MapBox[] {
  const boxes = area.criteria.map((criterion) =>
    box(criterion.id, criterion.name, criterion.counts),
  );
  if (area.otherRows.length > 0) boxes.push(box(area.id, null, countRows(area.otherRows)));
  return boxes;
}

export interface ActionSubject {
  kind: 'focus_area' | 'criterion' | 'indicator';
  id: string;
  name: string;
  actions: CardAction[];
  /** Only indicators: red, and no action anywhere in the unit's subtree deals with it. */
  redWithoutAction: boolean;
}

export interface AreaActions {
  area: CardFocusArea;
  subjects: ActionSubject[];
}

/** The id of the scorecard item an action is about: a measurement counts for its indicator. */
function subjectId(action: CardAction): string {
  return action.link.kind === 'measurement' ? action.link.indicatorId : action.link.id;
}

/** Each area's rows in scorecard order, an indicator once even when it supports two criteria. */
function areaRows(area: CardFocusArea): CardRow[] {
  const seen = new Set<string>();
  const rows = [...area.criteria.flatMap((criterion) => criterion.rows), ...area.otherRows];
  return rows.filter((row) => !seen.has(row.indicator.id) && seen.add(row.indicator.id));
}

/**
 * The actions by focus area, then by what they deal with in scorecard order: the area itself, each
 * criterion, and the indicators under it. Subjects without actions are left out, except red
 * indicators nobody acts on, which are what a leader must see.
 */
export function actionsByArea(card: Scorecard): AreaActions[] {
  const bySubject = new Map<string, CardAction[]>();
  for (const action of card.actions) {
    const id = subjectId(action);
    bySubject.set(id, [...(bySubject.get(id) ?? []), action]);
  }
  const actionsOf = (id: string) => bySubject.get(id) ?? [];

  return card.focusAreas.map((area) => {
    const seen = new Set<string>();
    const indicators = (rows: readonly CardRow[]) =>
      rows
        .filter((row) => !seen.has(row.indicator.id) && seen.add(row.indicator.id))
        .map((row) => ({
          ...subject(
            'indicator',
            row.indicator.id,
            row.indicator.name,
            actionsOf(row.indicator.id),
          ),
          redWithoutAction: row.redWithoutAction,
        }));
    const subjects: ActionSubject[] = [
      subject('focus_area', area.id, area.name, actionsOf(area.id)),
      ...area.criteria.flatMap((criterion) => [
        subject('criterion', criterion.id, criterion.name, actionsOf(criterion.id)),
        ...indicators(criterion.rows),
      ]),
      ...indicators(area.otherRows),
    ];
    return {
      area,
      subjects: subjects.filter((each) => each.actions.length > 0 || each.redWithoutAction),
    };
  });
}

function subject(
  kind: ActionSubject['kind'],
  id: string,
  name: string,
  actions: CardAction[],
): ActionSubject {
  return { kind, id, name, actions, redWithoutAction: false };
}

/** The red results no action deals with, once each, in scorecard order. */
export function redWithoutAction(card: Scorecard): CardRow[] {
  return card.focusAreas.flatMap((area) => areaRows(area).filter((row) => row.redWithoutAction));
}
