/**
 * The demo municipality's scorecard: Løten kommune's published focus areas, indicators, targets
 * and results (data/README.md) placed on two of Sande's units, with success criteria of our own.
 * Everything goes through the services, so the change log tells how it was built, and each step
 * is a fixed number of service calls whatever the number of results.
 */
import { formatNumber } from '#domain/numbers.js';
import type { RequestContext } from '../context.js';
import { type Definition, definitionSchema } from '../modules/register/definition.js';
import { createCriterion, createFocusArea } from '../modules/register/focusAreas.js';
import { type Indicator, createIndicator } from '../modules/register/indicators.js';
import { type TargetChange, saveTargets } from '../modules/register/targets.js';
import { type ValueEntry, enterValues, listMeasurements } from '../modules/measurement/entry.js';
import { createSeries } from '../modules/measurement/points.js';
import {
  type CriterionKey,
  type DemoUnit,
  type IndicatorTexts,
  demoCriteria,
  displayName,
  foldedFocusAreas,
  indicatorTexts,
} from './demoTexts.js';
import {
  type Measure,
  type PublishedIndicator,
  type PublishedScorecard,
  type PublishedVersion,
  directionOf,
  measureOf,
  publishedValue,
  targetValuesOf,
} from './lotenScorecards.js';

/** One published scorecard and the Sande unit its figures are shown on. */
export interface Placement {
  scorecard: PublishedScorecard;
  unit: Exclude<DemoUnit, 'top'>;
  /** Who enters its results: a reporter or planner of the unit. */
  enteredBy: RequestContext;
}

/** One scorecard's row for an indicator. */
interface Row {
  published: PublishedIndicator;
  placement: Placement;
}

/** An indicator of the register with its rows, from one scorecard or (if common) from both. */
interface Planned {
  /** The first row: its name, focus area and direction stand for the indicator. */
  published: PublishedIndicator;
  rows: Row[];
  measure: Measure;
  texts: IndicatorTexts;
  indicator: Indicator;
}

/** The periods the sources cover: results 2013 and 2014, the target and results for 2015. */
const firstYear = '2013';
const lastYear = '2015';
const targetYear = '2015';
/** 15 February the year after: the last day of the year plus 46 days. */
const dueDaysAfterEnd = 46;

/** What the demo's actions link to: indicators by code and success criteria by key. */
export interface DemoRegister {
  indicatorIdOf: (code: string) => string;
  criterionIdOf: (key: CriterionKey) => string;
}

/** Builds the register, targets, measurement points and results, as `planner`. */
export async function addDemoScorecard(
  planner: RequestContext,
  placements: Placement[],
  unitIdOf: (unit: DemoUnit) => string,
): Promise<DemoRegister> {
  const { planned, criterionIds } = await addRegister(planner, placements, unitIdOf);

  // Each scorecard's own target on its own unit: the two publish different common targets.
  const targets: TargetChange[] = planned.flatMap((item) =>
    item.rows.flatMap(({ published, placement }) => {
      const values = targetValuesOf(published, item.measure);
      return values
        ? [{ indicatorId: item.indicator.id, orgUnitId: unitIdOf(placement.unit), values }]
        : [];
    }),
  );
  await saveTargets(planner, targetYear, targets);

  for (const item of planned) {
    await createSeries(planner, {
      indicatorId: item.indicator.id,
      from: firstYear,
      to: lastYear,
      dueDaysAfterEnd,
      unitIds: item.rows.map((row) => unitIdOf(row.placement.unit)),
    });
  }

  for (const placement of placements) {
    await enterPublishedResults(placement, unitIdOf(placement.unit), planned);
  }
  planner.log.info({ indicators: planned.length, targets: targets.length }, 'demo scorecard built');
  return {
    indicatorIdOf: (code) => idOf(planned.find((item) => item.texts.code === code)?.indicator.id),
    criterionIdOf: (key) => idOf(criterionIds.get(key)),
  };
}

function idOf(id: string | undefined): string {
  if (!id) throw new Error('The demo names an indicator or criterion it has not made');
  return id;
}

/** Focus areas as published, our criteria, and one indicator per published indicator. */
async function addRegister(
  planner: RequestContext,
  placements: Placement[],
  unitIdOf: (unit: DemoUnit) => string,
): Promise<{ planned: Planned[]; criterionIds: Map<string, string> }> {
  const rows: Row[] = placements.flatMap((placement) =>
    placement.scorecard.indicators.map((published) => ({ published, placement })),
  );
  const focusAreaIds = new Map<string, string>();
  for (const { published } of rows) {
    const name = foldedFocusAreas.get(published.focusArea) ?? published.focusArea;
    if (!focusAreaIds.has(name)) {
      focusAreaIds.set(name, (await createFocusArea(planner, { name })).id);
    }
  }
  const criterionIds = new Map<string, string>();
  for (const [key, criterion] of Object.entries(demoCriteria)) {
    const created = await createCriterion(planner, {
      focusAreaId: focusAreaIdOf(focusAreaIds, criterion.focusArea),
      orgUnitId: unitIdOf(criterion.unit),
      name: criterion.name,
    });
    criterionIds.set(key, created.id);
  }

  const planned: Planned[] = [];
  for (const group of groupByIndicator(rows)) {
    const criterion = demoCriteria[group.texts.criterion];
    const owner = group.published.common ? 'top' : (group.rows[0]?.placement.unit ?? 'top');
    const indicator = await createIndicator(planner, {
      code: group.texts.code,
      name: displayName(group.published.name),
      focusAreaId: focusAreaIdOf(focusAreaIds, criterion.focusArea),
      criterionIds: [criterionIds.get(group.texts.criterion) as string],
      ownerUnitId: unitIdOf(owner),
      ownerUserId: planner.actor.userId,
      definition: definitionOf(group),
      effectiveFrom: `${firstYear}-01-01`,
    });
    planned.push({ ...group, indicator });
  }
  return { planned, criterionIds };
}

function focusAreaIdOf(ids: Map<string, string>, name: string): string {
  const id = ids.get(name);
  if (!id) throw new Error(`The demo names a focus area the sources do not have: ${name}`);
  return id;
}

/** One entry per indicator: a common indicator gathers its rows from every scorecard. */
function groupByIndicator(rows: Row[]): Omit<Planned, 'indicator'>[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    groups.set(row.published.name, [...(groups.get(row.published.name) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const published = (group[0] as Row).published;
    // Every publication of the indicator, so its decimals fit every figure printed.
    const versions = group.flatMap((row) => row.published.versions);
    return {
      published,
      rows: group,
      measure: measureOf({ ...published, versions }),
      texts: textsOf(published),
    };
  });
}

/** Our texts for a published indicator; a source indicator without them is a demo bug. */
function textsOf(published: PublishedIndicator): IndicatorTexts {
  const texts = indicatorTexts[published.name];
  if (!texts) throw new Error(`The demo has no texts for the indicator ${published.name}`);
  const area = foldedFocusAreas.get(published.focusArea) ?? published.focusArea;
  if (demoCriteria[texts.criterion].focusArea !== area) {
    throw new Error(`The demo puts ${published.name} under a criterion outside ${area}`);
  }
  return texts;
}

function definitionOf(item: Omit<Planned, 'indicator'>): Definition {
  const sources = item.rows.map((row) => row.placement.scorecard.unitName).join(' og ');
  return definitionSchema.parse({
    definition: item.texts.definition,
    purpose: item.texts.purpose,
    weaknesses: item.texts.weaknesses ?? '',
    basis: {
      kind: 'free_text',
      text: `Tal frå Løten kommune sitt publiserte målekort for ${sources} (sjå data/README.md).`,
    },
    ...item.measure,
    valueType: 'number',
    direction: directionOf(item.published),
    // The sources give percentages and scores only, no numerators or denominators.
    unitAggregation: item.measure.unitOfMeasure === 'count' ? 'sum' : 'mean',
    periodAggregation: 'last',
    frequency: 'year',
    publication: 'public',
  });
}

/**
 * Enters one scorecard's published results for its unit, one call per publication, oldest
 * first. A later publication's different figure for the same year is entered as a correction
 * naming that publication, so the history shows the revision; the same figure printed again
 * is not entered twice. Cells published blank, "-" or "Ikke målt" stay without a value.
 */
async function enterPublishedResults(
  placement: Placement,
  unitId: string,
  planned: Planned[],
): Promise<void> {
  const ctx = placement.enteredBy;
  const measurementIds = new Map(
    (await listMeasurements(ctx, { orgUnitId: unitId, includeSubunits: false })).map((row) => [
      `${row.indicatorId}|${row.periodKey}`,
      row.id,
    ]),
  );
  const entered: Entered = new Map();

  for (const sourceUrl of placement.scorecard.sourceUrls) {
    const entries = placement.scorecard.indicators.flatMap((published) => {
      const item = planned.find((candidate) => candidate.published.name === published.name);
      const version = published.versions.find((candidate) => candidate.sourceUrl === sourceUrl);
      if (!item || !version) return [];
      return entriesOf(
        item,
        version,
        (period) => measurementIds.get(`${item.indicator.id}|${period}`),
        entered,
      );
    });
    if (entries.length > 0) await enterValues(ctx, entries);
  }
}

/** What is entered so far, by measurement: the value and its version. */
type Entered = Map<string, { value: number; version: number }>;

/** One publication's figures for one indicator: new values, or corrections of earlier ones. */
function entriesOf(
  item: Planned,
  version: PublishedVersion,
  measurementOf: (period: string) => string | undefined,
  entered: Entered,
): ValueEntry[] {
  const entries: ValueEntry[] = [];
  for (const cell of version.results) {
    const value = publishedValue(cell.text);
    if (value === null) continue;
    const measurementId = measurementOf(cell.period);
    if (!measurementId) throw new Error(`No measurement for ${item.published.name} ${cell.period}`);
    const before = entered.get(measurementId);
    if (before?.value === value) continue;
    const expectedVersion = before?.version ?? 0;
    const comment = before
      ? correctionNote(before.value, value, item.measure.decimals, version.sourceUrl)
      : undefined;
    entries.push({ measurementId, value, expectedVersion, comment });
    entered.set(measurementId, { value, version: expectedVersion + 1 });
  }
  return entries;
}

function correctionNote(before: number, after: number, decimals: number, sourceUrl: string) {
  const shown = (value: number) => formatNumber(value, decimals, 'nb');
  return (
    `Retta frå ${shown(before)} til ${shown(after)}: Løten kommune publiserte eit anna tal ` +
    `for same år i ein seinare versjon av målekortet, ${sourceUrl}`
  );
}
