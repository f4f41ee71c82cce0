/**
 * The assembled views leaders read: a unit's scorecard for a period, its subunits side by side,
 * and one indicator over time. Each reads its data in a fixed number of queries, whatever the
 * number of indicators, units or periods, and leaves the rules to the domain.
 */
import { dealsWithPeriod } from '#domain/actions.js';
import { isInSubtree, selfAndAncestorIds, subtreeIds } from '#domain/orgTree.js';
import {
  type Period,
  type PeriodKind,
  parsePeriod,
  periodContaining,
  periodsBetween,
  previousPeriod,
  yearOf,
} from '#domain/periods.js';
import {
  assembleRow,
  candidatePeriods,
  comparisonKind,
  groupScorecard,
  outcomeFor,
  periodOptions,
} from '#domain/scorecard.js';
import type {
  CardAction,
  CardRow,
  CardComment,
  CardIndicatorInfo,
  CardTarget,
  CardUnit,
  IndicatorTimeline,
  PeriodOutcome,
  Scorecard,
  StatusCounts,
  SubunitMatrix,
} from '#domain/scorecardView.js';
import type { RequestContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { todayIso } from '../../time.js';
import { requireRole } from '../access/permissions.js';
import { linkedActionsOfUnits } from '../actions/service.js';
import {
  type WindowMeasurement,
  latestEnteredPeriodEnd,
  measurementsBetween,
  rulesOf,
} from '../measurement/results.js';
import { isClosed, unitsByIds } from '../organisation/service.js';
import { type FocusArea, listCriteriaForUnit, listFocusAreas } from '../register/focusAreas.js';
import {
  type Indicator,
  appliesTo,
  loadIndicator,
  loadIndicators,
} from '../register/indicators.js';
import { targetResolver } from '../register/targets.js';
import { readSettings } from '../tenants/settings.js';

const indicatorInfo = (indicator: Indicator): CardIndicatorInfo => ({
  id: indicator.id,
  code: indicator.code,
  name: indicator.name,
  direction: indicator.definition.direction,
  decimals: indicator.definition.decimals,
  unitOfMeasure: indicator.definition.unitOfMeasure,
  valueType: indicator.definition.valueType,
  frequency: indicator.definition.frequency,
});

const cardUnit = (unit: { id: string; code: string; name: string }): CardUnit => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
});

function requirePeriod(key: string): Period {
  const period = parsePeriod(key);
  if (!period) throw new AppError('validation_failed', `Not a period: ${key}`, 'period');
  return period;
}

/** The frequency most of the indicators use, years when there are none. */
function mainFrequency(indicators: readonly Indicator[]): PeriodKind {
  const tally = new Map<PeriodKind, number>();
  for (const indicator of indicators) {
    const kind = indicator.definition.frequency;
    if (kind !== 'single_date') tally.set(kind, (tally.get(kind) ?? 0) + 1);
  }
  let best: PeriodKind = 'year';
  for (const [kind, count] of tally) if (count > (tally.get(best) ?? 0)) best = kind;
  return best;
}

/**
 * Which indicators a view reads: those that apply to the unit, or to the unit or any of its open
 * children (for their status counts), optionally only one of them.
 */
interface IndicatorScope {
  reach: 'unit' | 'unit_and_children';
  only?: string;
}

/**
 * What one unit's views read, once: the tree, its names, the indicators in scope, their
 * targets, and the measurements of the unit's subtree inside the window the periods need.
 */
async function readUnitData(
  ctx: RequestContext,
  unitId: string,
  scope: IndicatorScope = { reach: 'unit' },
) {
  await requireRole(ctx, unitId, 'reader');
  const tree = await ctx.tree();
  const path = selfAndAncestorIds(tree, unitId);
  const children = (tree.childrenOf.get(unitId) ?? []).filter((unit) => !isClosed(unit.validTo));
  const paths = [
    path,
    ...(scope.reach === 'unit_and_children'
      ? children.map((child) => selfAndAncestorIds(tree, child.id))
      : []),
  ];
  const indicators = (await loadIndicators(ctx.db, ctx.actor.tenantId)).filter(
    (indicator) =>
      !indicator.archivedAt &&
      (!scope.only || indicator.id === scope.only) &&
      paths.some((each) => appliesTo(indicator, each)),
  );
  const indicatorIds = indicators.map((indicator) => indicator.id);
  const [units, resolver] = await Promise.all([
    unitsByIds(ctx.db, ctx.actor.tenantId, [...path, ...children.map((child) => child.id)]),
    targetResolver(ctx.db, ctx.actor.tenantId, tree, indicatorIds),
  ]);
  const names = new Map(units.map((unit) => [unit.id, unit]));
  const unitOf = (id: string): CardUnit => cardUnit(names.get(id) ?? { id, code: '', name: '' });
  const today = todayIso();

  const targetAt = (indicatorId: string, atUnitId: string, period: Period): CardTarget | null => {
    const view = resolver.resolve(indicatorId, atUnitId, period.start);
    if (!view) return null;
    return {
      values: view.values,
      validFromPeriod: view.validFromPeriod,
      inheritedFrom: view.inheritedFrom ? unitOf(view.inheritedFrom) : null,
    };
  };

  return {
    tree,
    path,
    children: children.map((child) => unitOf(child.id)),
    unit: unitOf(unitId),
    ancestors: path.slice(1).reverse().map(unitOf),
    indicators,
    today,
    targetAt,
    subtree: subtreeIds(tree, unitId),
    /** Measurements of the subtree inside [from, to], grouped by indicator. */
    async measurements(from: string, to: string) {
      const rows = await measurementsBetween(ctx, {
        unitIds: subtreeIds(tree, unitId),
        indicatorIds,
        from,
        to,
      });
      const byIndicator = new Map<string, WindowMeasurement[]>();
      for (const row of rows) {
        const list = byIndicator.get(row.indicatorId);
        if (list) list.push(row);
        else byIndicator.set(row.indicatorId, [row]);
      }
      return byIndicator;
    },
  };
}

type UnitData = Awaited<ReturnType<typeof readUnitData>>;

/** The chosen period, or the latest with a result in the unit's subtree, or today's. */
async function choosePeriod(
  ctx: RequestContext,
  data: UnitData,
  periodKey: string | undefined,
): Promise<Period> {
  if (periodKey) return requirePeriod(periodKey);
  const kind = mainFrequency(data.indicators);
  const latestEnd = await latestEnteredPeriodEnd(ctx, {
    unitIds: data.subtree,
    indicatorIds: data.indicators.map((indicator) => indicator.id),
  });
  const today = periodContaining(kind, data.today);
  if (!latestEnd) return today;
  const latest = periodContaining(kind, latestEnd);
  return latest.end < today.end ? latest : today;
}

/** A comment as the scorecard shows it, or null for a measurement without one. */
const commentOf = (row: WindowMeasurement): CardComment | null =>
  row.comment.trim() && row.enteredAt
    ? { periodKey: row.periodKey, text: row.comment, author: row.enteredBy, at: row.enteredAt }
    : null;

/** An indicator with the periods its row compares on a scorecard for the chosen period. */
interface RowPlan {
  indicator: Indicator;
  kind: Period['kind'];
  periods: Period[];
}

/**
 * Each indicator's comparison periods, and the earliest date any of them reaches back to. With
 * `history: false` an indicator compared in the chosen period's own kind reads only that period:
 * enough for its outcome, without the comparisons and sparkline.
 */
function planRows(
  indicators: readonly Indicator[],
  chosen: Period,
  { history = true }: { history?: boolean } = {},
) {
  const plans = indicators.map((indicator): RowPlan => {
    const kind = comparisonKind(indicator.definition.frequency, chosen);
    const periods = !history && kind === chosen.kind ? [chosen] : candidatePeriods(kind, chosen);
    return { indicator, kind, periods };
  });
  // Single dates are found in the data, so for them the window reaches back a fixed span.
  const from = plans.reduce((earliest, plan) => {
    const start =
      plan.kind === 'single_date' ? `${yearOf(chosen) - 7}-01-01` : plan.periods[0]?.start;
    return start && start < earliest ? start : earliest;
  }, chosen.start);
  return { plans, from };
}

/** One unit's scorecard rows by indicator, from data read for it or for its parent. */
function cardRows(input: {
  data: UnitData;
  unitId: string;
  chosen: Period;
  plans: readonly RowPlan[];
  measurements: ReadonlyMap<string, WindowMeasurement[]>;
  actions: readonly CardAction[];
}): Map<string, CardRow> {
  const { data, unitId, chosen } = input;
  return new Map(
    input.plans.map(({ indicator, kind, periods: planned }) => {
      const own = input.measurements.get(indicator.id) ?? [];
      const periods =
        kind === 'single_date'
          ? candidatePeriods(
              kind,
              chosen,
              // The unit's own dates: read with its parent's data, a sibling's are there too.
              own
                .filter((row) => isInSubtree(data.tree, unitId, row.orgUnitId))
                .map((row) => row.periodKey),
            )
          : planned;
      const outcomes = new Map(
        periods.map((period) => [
          period.key,
          outcomeFor({
            tree: data.tree,
            unitId,
            period,
            rules: rulesOf(indicator),
            rows: own,
            target: data.targetAt(indicator.id, unitId, period),
            today: data.today,
          }),
        ]),
      );
      const comments = own
        .filter((row) => row.orgUnitId === unitId)
        .flatMap((row) => commentOf(row) ?? []);
      const row = assembleRow({
        indicator: indicatorInfo(indicator),
        chosen,
        periods,
        outcomes,
        comments,
        actions: input.actions,
      });
      return [indicator.id, row] as const;
    }),
  );
}

const structureAreas = (areas: readonly FocusArea[]) =>
  areas.map((area) => ({ id: area.id, name: area.name, description: area.description }));

/** The unit's scorecard for a period: every indicator with outcome, comparisons and actions. */
export async function getScorecard(
  ctx: RequestContext,
  unitId: string,
  periodKey?: string,
): Promise<Scorecard> {
  const data = await readUnitData(ctx, unitId);
  const chosen = await choosePeriod(ctx, data, periodKey);
  const { plans, from } = planRows(data.indicators, chosen);
  const [measurements, areas, criteria, settings, actions] = await Promise.all([
    data.measurements(from, chosen.end),
    listFocusAreas(ctx, { includeArchived: false }),
    listCriteriaForUnit(ctx, unitId, { includeArchived: false }),
    readSettings(ctx.db, ctx.actor.tenantId),
    linkedActionsOfUnits(ctx, data.subtree),
  ]);

  const rows = cardRows({ data, unitId, chosen, plans, measurements, actions });
  const grouped = groupScorecard({
    areas: structureAreas(areas),
    criteria,
    indicators: data.indicators,
    rows,
  });
  const onCard = onScorecard(grouped.focusAreas);
  const thisYear = Number(data.today.slice(0, 4));
  return {
    unit: data.unit,
    ancestors: data.ancestors,
    children: data.children,
    period: { key: chosen.key, kind: chosen.kind, start: chosen.start, end: chosen.end },
    counts: grouped.counts,
    focusAreas: grouped.focusAreas,
    actions: actions.filter(
      (action) => dealsWithPeriod(action, chosen) && onCard.has(linkTarget(action)),
    ),
    periodOptions: periodOptions(
      data.indicators.map((indicator) => indicator.definition.frequency),
      Math.min(yearOf(chosen), thisYear) - 5,
      Math.max(yearOf(chosen), thisYear),
    ),
    indicatorCount: data.indicators.length,
    maxIndicators: settings.maxIndicatorsPerScorecard,
  };
}

/**
 * Each open child's status counts for a period, as the child's own scorecard counts them, read
 * once with the unit's data instead of a scorecard per child.
 */
export async function childStatusCounts(
  ctx: RequestContext,
  unitId: string,
  periodKey: string,
): Promise<Map<string, StatusCounts>> {
  const data = await readUnitData(ctx, unitId, { reach: 'unit_and_children' });
  const chosen = requirePeriod(periodKey);
  const { plans, from } = planRows(data.indicators, chosen);
  const [measurements, areas] = await Promise.all([
    data.measurements(from, chosen.end),
    listFocusAreas(ctx, { includeArchived: false }),
  ]);

  return new Map(
    data.children.map((child) => {
      const { own, rows } = childRows({ data, child, chosen, plans, measurements });
      const { counts } = groupScorecard({
        areas: structureAreas(areas),
        criteria: [],
        indicators: own.map((plan) => plan.indicator),
        rows,
      });
      return [child.id, counts] as const;
    }),
  );
}

/** A child's rows, read with its parent's data, for the indicators that apply to the child. */
function childRows(input: {
  data: UnitData;
  child: CardUnit;
  chosen: Period;
  plans: readonly RowPlan[];
  measurements: ReadonlyMap<string, WindowMeasurement[]>;
}) {
  const { data, child } = input;
  const path = selfAndAncestorIds(data.tree, child.id);
  const own = input.plans.filter((plan) => appliesTo(plan.indicator, path));
  const rows = cardRows({ ...input, unitId: child.id, plans: own, actions: [] });
  return { own, rows };
}

/** The ids of every focus area, criterion and indicator the scorecard shows. */
function onScorecard(areas: Scorecard['focusAreas']): Set<string> {
  const ids = new Set<string>();
  for (const area of areas) {
    ids.add(area.id);
    for (const criterion of area.criteria) {
      ids.add(criterion.id);
      for (const row of criterion.rows) ids.add(row.indicator.id);
    }
    for (const row of area.otherRows) ids.add(row.indicator.id);
  }
  return ids;
}

const linkTarget = (action: CardAction) =>
  action.link.kind === 'measurement' ? action.link.indicatorId : action.link.id;

/**
 * The unit's open children against its indicators for one period, each cell as the child's own
 * scorecard shows it: a yearly indicator on a tertial shows its latest year.
 */
export async function getSubunitMatrix(
  ctx: RequestContext,
  unitId: string,
  periodKey: string,
): Promise<SubunitMatrix> {
  const data = await readUnitData(ctx, unitId);
  const chosen = requirePeriod(periodKey);
  const { plans, from } = planRows(data.indicators, chosen, { history: false });
  const measurements = await data.measurements(from, chosen.end);

  const cells = data.children.flatMap((child) => {
    const { rows } = childRows({ data, child, chosen, plans, measurements });
    return [...rows].map(([indicatorId, row]) => ({
      orgUnitId: child.id,
      indicatorId,
      ...row.outcome,
    }));
  });
  return {
    unit: data.unit,
    period: { key: chosen.key, kind: chosen.kind, start: chosen.start, end: chosen.end },
    indicators: data.indicators.map(indicatorInfo),
    units: data.children,
    cells,
  };
}

const scaleOf = ({ definition }: Indicator) =>
  definition.scaleMin !== null && definition.scaleMax !== null
    ? { min: definition.scaleMin, max: definition.scaleMax }
    : null;

/** How many periods of its frequency an indicator's timeline shows, the last one included. */
export const timelineLength = 12;

/** One indicator over time on a unit and each of its children, with comments and actions. */
export async function getIndicatorTimeline(
  ctx: RequestContext,
  unitId: string,
  indicatorId: string,
  periodKey?: string,
): Promise<IndicatorTimeline> {
  const asked = periodKey ? requirePeriod(periodKey) : null;
  const indicator = await loadIndicator(ctx.db, ctx.actor.tenantId, indicatorId);
  const data = await readUnitData(ctx, unitId, { reach: 'unit', only: indicatorId });
  if (data.indicators.length === 0) {
    throw new AppError(
      'not_applicable',
      'The indicator does not apply to this unit.',
      'indicatorId',
    );
  }
  const kind =
    indicator.definition.frequency === 'single_date' ? 'year' : indicator.definition.frequency;
  const last = periodContaining(kind, asked ? asked.end : data.today);
  let first = last;
  for (let step = 1; step < timelineLength; step++) first = previousPeriod(first);
  const [measurements, actions] = await Promise.all([
    data.measurements(first.start, last.end),
    linkedActionsOfUnits(ctx, data.subtree),
  ]);
  const own = measurements.get(indicatorId) ?? [];
  const periods =
    indicator.definition.frequency === 'single_date'
      ? candidatePeriods(
          'single_date',
          last,
          own.map((row) => row.periodKey),
        )
      : periodsBetween(first, last);

  const seriesOf = (atUnitId: string): PeriodOutcome[] =>
    periods.map((period) =>
      outcomeFor({
        tree: data.tree,
        unitId: atUnitId,
        period,
        rules: rulesOf(indicator),
        rows: own,
        target: data.targetAt(indicatorId, atUnitId, period),
        today: data.today,
      }),
    );
  const shownUnits = new Set([unitId, ...data.children.map((child) => child.id)]);
  return {
    unit: data.unit,
    indicator: {
      ...indicatorInfo(indicator),
      focusAreaId: indicator.focusAreaId,
      definition: indicator.definition.definition,
      purpose: indicator.definition.purpose,
      weaknesses: indicator.definition.weaknesses,
      scale: scaleOf(indicator),
    },
    periods: periods.map((period) => period.key),
    series: seriesOf(unitId),
    subunits: data.children
      .filter((child) => appliesTo(indicator, selfAndAncestorIds(data.tree, child.id)))
      .map((child) => ({ unit: child, series: seriesOf(child.id) })),
    comments: own
      .filter((row) => shownUnits.has(row.orgUnitId))
      .flatMap((row) => {
        const comment = commentOf(row);
        return comment ? [{ ...comment, orgUnitId: row.orgUnitId }] : [];
      })
      .sort((a, b) => (a.periodKey < b.periodKey ? -1 : a.periodKey > b.periodKey ? 1 : 0)),
    actions: actions.filter(
      (action) =>
        dealsWithPeriod(action, { start: first.start, end: last.end }) &&
        linkTarget(action) === indicatorId,
    ),
  };
}
