/**
 * Assembling the scorecard (styringskort): which periods an indicator is compared in, its outcome
 * for each of them computed from entered results, and the grouping into focus areas and success
 * criteria with a count per status. Pure, so the API, the exports and the tests agree.
 */
import { dealsWithPeriod } from './actions.js';
import type { OrgTree } from './orgTree.js';
import {
  type Period,
  type PeriodKind,
  parsePeriod,
  periodContaining,
  periodsBetween,
  periodsInYear,
  previousPeriod,
  samePeriodLastYear,
} from './periods.js';
import {
  type PeriodAggregation,
  type ResultValue,
  type UnitAggregation,
  combinePeriodValues,
  rollUp,
} from './rollup.js';
import type {
  CardAction,
  CardComment,
  CardCriterion,
  CardFocusArea,
  CardIndicatorInfo,
  CardRow,
  CardTarget,
  Comparison,
  PeriodOutcome,
  StatusCounts,
} from './scorecardView.js';
import { type Status, evaluateStatus } from './status.js';
import { countStatuses, trendBetween } from './trend.js';

/** How many periods a sparkline shows, the one on the scorecard included. */
export const sparklineLength = 6;

/** Months a period of each kind usually spans; a single date spans none. */
const months: Record<PeriodKind, number> = {
  single_date: 0,
  month: 1,
  quarter: 3,
  tertial: 4,
  half_year: 6,
  year: 12,
  school_year: 12,
};

/**
 * Whether every period of kind `whole` is made of whole periods of kind `part`, so that values
 * entered for the parts can be combined into it. Months make up every longer period, quarters a
 * half-year or a year, tertials and half-years a year. A quarter straddles two tertials and a
 * tertial two half-years, so those never make each other up; a school year (August to June) is
 * made of months only.
 */
function makesUp(part: PeriodKind, whole: PeriodKind): boolean {
  if (part === 'single_date' || part === 'school_year' || whole === 'single_date') return false;
  if (months[part] >= months[whole]) return false;
  return whole === 'school_year' ? part === 'month' : months[whole] % months[part] === 0;
}

/**
 * The kind of period an indicator is shown and compared in on a scorecard for `chosen`: the chosen
 * period's kind when the indicator's periods make it up (a monthly indicator on a tertial), whose
 * values are then combined from those parts; else the indicator's own frequency, as when it is
 * measured less often, on single dates, or in periods that straddle the chosen one's.
 */
export function comparisonKind(frequency: PeriodKind, chosen: Period): PeriodKind {
  return makesUp(frequency, chosen.kind) ? chosen.kind : frequency;
}

/**
 * The periods of `kind` worth reading for a scorecard on `chosen`, oldest first: enough for a
 * sparkline ending a year back, so the same period last year and the sparkline are both there.
 * Only periods that have ended by the end of `chosen` count. Single dates are not a series: the
 * dates found in the data are the candidates.
 */
export function candidatePeriods(
  kind: PeriodKind,
  chosen: Period,
  keysInData: readonly string[] = [],
): Period[] {
  if (kind === 'single_date') {
    return [...new Set(keysInData)]
      .map(parsePeriod)
      .filter((period): period is Period => period?.kind === kind && period.end <= chosen.end)
      .sort((a, b) => (a.start < b.start ? -1 : 1))
      .slice(-(sparklineLength + 1));
  }
  const anchor = kind === chosen.kind ? chosen : periodContaining(kind, chosen.end);
  let from = samePeriodLastYear(anchor);
  for (let step = 1; step < sparklineLength; step++) from = previousPeriod(from);
  return periodsBetween(from, anchor).filter((period) => period.end <= chosen.end);
}

const partKinds = ['tertial', 'quarter', 'half_year', 'month'] as const;

/**
 * The period keys whose values can make up `period`: the period itself and every period of a kind
 * that makes it up (see `makesUp`), whatever the indicator's usual frequency. For a year that is
 * every tertial, quarter, half-year and month in it; for a tertial, its four months.
 */
export function componentPeriodKeys(period: Period): string[] {
  const known = componentsByKey.get(period.key);
  if (known) return known;
  const keys = listComponents(period);
  componentsByKey.set(period.key, keys);
  return keys;
}

// A scorecard asks for the same few periods hundreds of times; their parts never change.
const componentsByKey = new Map<string, string[]>();
const kindsByKey = new Map<string, PeriodKind | undefined>();

const kindOfKey = (key: string) => {
  if (!kindsByKey.has(key)) kindsByKey.set(key, parsePeriod(key)?.kind);
  return kindsByKey.get(key);
};

function listComponents(period: Period): string[] {
  const years = new Set([period.start, period.end].map((date) => Number(date.slice(0, 4))));
  const parts = partKinds
    .filter((kind) => makesUp(kind, period.kind))
    .flatMap((kind) => [...years].flatMap((year) => periodsInYear(kind, year)))
    .filter((part) => part.start >= period.start && part.end <= period.end);
  return [period.key, ...parts.map((part) => part.key)];
}

/** A unit's measurement as stored: planned (value null) or entered. */
export interface EnteredRow {
  orgUnitId: string;
  periodKey: string;
  dueDate: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  weight: number | null;
}

export interface IndicatorRules {
  frequency: PeriodKind;
  direction: CardIndicatorInfo['direction'];
  decimals: number;
  unitAggregation: UnitAggregation;
  periodAggregation: PeriodAggregation;
  /** 100 for percent ratios, else 1 (see `ratioScale`). */
  scale: number;
}

/**
 * Each unit's value for a period: its value for the period itself when entered, otherwise its
 * values for parts of it combined with the indicator's period method. Parts of one kind only are
 * combined, the indicator's own frequency first, so tertials and months never count twice.
 * `rows` are the indicator's rows for the period and its parts.
 */
export function unitValuesFor(
  rows: readonly EnteredRow[],
  rules: IndicatorRules,
  periodKey: string,
): Map<string, ResultValue> {
  const entered = rows.filter((row) => row.value !== null);
  const kinds = [rules.frequency, ...partKinds];
  const combined = new Map<string, ResultValue>();
  for (const unitId of new Set(entered.map((row) => row.orgUnitId))) {
    const own = entered.filter((row) => row.orgUnitId === unitId);
    const whole = own.find((row) => row.periodKey === periodKey);
    if (whole) {
      combined.set(unitId, resultValueOf(whole));
      continue;
    }
    const parts = kinds
      .map((kind) => own.filter((row) => kindOfKey(row.periodKey) === kind))
      .find((list) => list.length > 0);
    if (!parts) continue;
    const ordered = [...parts].sort((a, b) => a.periodKey.localeCompare(b.periodKey));
    const value = combinePeriodValues(
      rules.periodAggregation,
      ordered.map(resultValueOf),
      rules.scale,
    );
    if (value) combined.set(unitId, value);
  }
  return combined;
}

const resultValueOf = (row: EnteredRow): ResultValue => ({
  value: row.value as number,
  numerator: row.numerator,
  denominator: row.denominator,
  weight: row.weight,
});

/**
 * An indicator's outcome on a unit for one period: the unit's own value or its subunits' values
 * rolled up (with coverage), judged against the target, overdue when its own measurement is late.
 */
export function outcomeFor(input: {
  tree: OrgTree;
  unitId: string;
  period: Period;
  rules: IndicatorRules;
  /** The indicator's rows in the unit's subtree; rows of other periods are ignored. */
  rows: readonly EnteredRow[];
  target: CardTarget | null;
  today: string;
}): PeriodOutcome {
  const { tree, unitId, period, rules } = input;
  const keys = new Set(componentPeriodKeys(period));
  const rows = input.rows.filter((row) => keys.has(row.periodKey));
  const participants = new Set(rows.map((row) => row.orgUnitId));
  const result = rollUp(
    tree,
    unitId,
    unitValuesFor(rows, rules, period.key),
    (id) => participants.has(id),
    rules.unitAggregation,
    rules.scale,
  );
  const own = rows.find((row) => row.orgUnitId === unitId && row.periodKey === period.key);
  const status = evaluateStatus({
    direction: rules.direction,
    decimals: rules.decimals,
    target: input.target?.values ?? null,
    value: result?.value ?? null,
    dueDate: own && !result ? own.dueDate : null,
    today: input.today,
  });
  return { periodKey: period.key, result, target: input.target, status };
}

/** An outcome with nothing entered and nothing planned. */
export const emptyOutcome = (periodKey: string, target: CardTarget | null): PeriodOutcome => ({
  periodKey,
  result: null,
  target,
  status: 'not_measured',
});

/**
 * One indicator's row on the scorecard from its outcomes in `periods` (oldest first, all of the
 * comparison kind): the chosen period's outcome, or for a less frequent indicator the latest
 * one with a result; the previous period and the same period last year with trends; the
 * sparkline; the latest comment; and whether a red result is left without an action.
 */
export function assembleRow(input: {
  indicator: CardIndicatorInfo;
  chosen: Period;
  periods: readonly Period[];
  outcomes: ReadonlyMap<string, PeriodOutcome>;
  comments: readonly CardComment[];
  actions: readonly CardAction[];
}): CardRow {
  const { indicator, chosen, periods, outcomes } = input;
  const outcomeOf = (period: Period) => outcomes.get(period.key) ?? emptyOutcome(period.key, null);

  const shown = shownPeriod(chosen, periods, outcomes);
  const outcome = outcomeOf(shown);
  const compare = (earlier: Period): Comparison => {
    const value = outcomes.get(earlier.key)?.result?.value ?? null;
    return {
      periodKey: earlier.key,
      value,
      trend: trendBetween(
        indicator.direction,
        indicator.decimals,
        outcome.result?.value ?? null,
        value,
        outcome.target?.values ?? null,
      ),
    };
  };
  const comparable = shown.kind !== 'single_date';
  const position = periods.findIndex((period) => period.key === shown.key);
  const sparkline =
    position < 0
      ? [outcome]
      : periods.slice(Math.max(0, position - sparklineLength + 1), position + 1).map(outcomeOf);

  const actionCount = input.actions.filter(
    (action) => dealsWithPeriod(action, shown) && answersRow(action.link, indicator.id, shown),
  ).length;

  return {
    indicator,
    outcome,
    latestAvailable: shown.key !== chosen.key,
    previous: comparable ? compare(previousPeriod(shown)) : previousDate(periods, position),
    lastYear: comparable ? compare(samePeriodLastYear(shown)) : null,
    sparkline,
    comment: latestComment(input.comments, chosen),
    actionCount,
    redWithoutAction: outcome.status === 'red' && actionCount === 0,
  };

  function previousDate(list: readonly Period[], at: number): Comparison | null {
    const before = at > 0 ? list[at - 1] : undefined;
    return before ? compare(before) : null;
  }
}

/**
 * Whether an action's link answers the indicator's result for `shown`: a link to the indicator
 * answers every period, a link to one measurement only the period that measurement lies in.
 */
function answersRow(link: CardAction['link'], indicatorId: string, shown: Period): boolean {
  if (link.kind === 'indicator') return link.id === indicatorId;
  if (link.kind !== 'measurement' || link.indicatorId !== indicatorId) return false;
  const measured = parsePeriod(link.periodKey);
  return measured !== null && measured.start >= shown.start && measured.end <= shown.end;
}

/**
 * The period a row shows: the chosen one when the indicator is compared in its kind, else the
 * latest candidate with a result or overdue, else the latest candidate at all.
 */
function shownPeriod(
  chosen: Period,
  periods: readonly Period[],
  outcomes: ReadonlyMap<string, PeriodOutcome>,
): Period {
  const last = periods.at(-1);
  if (!last || last.kind === chosen.kind) return chosen;
  // A late result shows as overdue rather than leaving the row on an older colour.
  const measured = periods.filter((period) => {
    const outcome = outcomes.get(period.key);
    return outcome?.result || outcome?.status === 'overdue';
  });
  return measured.at(-1) ?? last;
}

/** The comment of the latest period up to the end of `chosen`, the newest when several. */
function latestComment(comments: readonly CardComment[], chosen: Period): CardComment | null {
  let latest: CardComment | null = null;
  let latestEnd = '';
  for (const comment of comments) {
    if (!comment.text.trim()) continue;
    const end = parsePeriod(comment.periodKey)?.end;
    if (!end || end > chosen.end) continue;
    if (end > latestEnd || (end === latestEnd && latest !== null && comment.at > latest.at)) {
      latest = comment;
      latestEnd = end;
    }
  }
  return latest;
}

export interface StructureArea {
  id: string;
  name: string;
  description: string;
}

export interface StructureCriterion {
  id: string;
  name: string;
  focusAreaId: string;
  orgUnitId: string;
}

/**
 * Focus areas as sections, the criteria the unit sees inside them, and each indicator under every
 * criterion it supports (or under "other" when it supports none the unit sees). Each area and
 * criterion counts its indicators per status; an indicator under two criteria counts once in
 * its area. Areas keep their order, and so do criteria and indicators.
 */
export function groupScorecard(input: {
  areas: readonly StructureArea[];
  criteria: readonly StructureCriterion[];
  indicators: readonly { id: string; focusAreaId: string; criterionIds: readonly string[] }[];
  rows: ReadonlyMap<string, CardRow>;
}): { focusAreas: CardFocusArea[]; counts: StatusCounts } {
  const rowsOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const row = input.rows.get(id);
      return row ? [row] : [];
    });
  const countOf = (rows: readonly CardRow[]) =>
    countStatuses(rows.map((row): Status => row.outcome.status));

  const focusAreas = input.areas.map((area): CardFocusArea => {
    const indicators = input.indicators.filter((indicator) => indicator.focusAreaId === area.id);
    const criteria = input.criteria.filter((criterion) => criterion.focusAreaId === area.id);
    const seen = new Set(criteria.map((criterion) => criterion.id));
    return {
      id: area.id,
      name: area.name,
      description: area.description,
      counts: countOf(rowsOf(indicators.map((indicator) => indicator.id))),
      criteria: criteria.map((criterion): CardCriterion => {
        const rows = rowsOf(
          indicators
            .filter((indicator) => indicator.criterionIds.includes(criterion.id))
            .map((indicator) => indicator.id),
        );
        return { ...criterion, counts: countOf(rows), rows };
      }),
      otherRows: rowsOf(
        indicators
          .filter((indicator) => !indicator.criterionIds.some((id) => seen.has(id)))
          .map((indicator) => indicator.id),
      ),
    };
  });
  const shown = new Set(input.areas.map((area) => area.id));
  return {
    focusAreas,
    counts: countOf(
      rowsOf(
        input.indicators
          .filter((indicator) => shown.has(indicator.focusAreaId))
          .map((indicator) => indicator.id),
      ),
    ),
  };
}

/**
 * Periods to offer in a picker, newest first: every period of the given kinds (years always)
 * from `fromYear` to `toYear`.
 */
export function periodOptions(kinds: readonly PeriodKind[], fromYear: number, toYear: number) {
  const wanted = new Set<PeriodKind>(['year', ...kinds.filter((kind) => kind !== 'single_date')]);
  const options: Period[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const kind of wanted) options.push(...periodsInYear(kind, year));
  }
  return options
    .sort((a, b) => (a.end !== b.end ? (a.end < b.end ? 1 : -1) : months[b.kind] - months[a.kind]))
    .map((period) => period.key);
}
