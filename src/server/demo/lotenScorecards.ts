/**
 * Løten kommune's published scorecards (data/README.md), read into one shape whatever the file's
 * layout, and our reading of them: unit of measure, decimals, direction and target values. Results
 * and targets are read from the `raw` text as published; the transcriber's other fields are not
 * trusted beyond the inferred direction, which the source never states.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseNorwegianNumber, roundTo } from '#domain/numbers.js';
import type { Direction, TargetValues } from '#domain/status.js';
import type { Definition } from '../modules/register/definition.js';

export const lotenFiles = {
  tekniskDrift: 'scorecard_loten_teknisk_drift_2013-2015.json',
  renhold: 'scorecard_loten_renholdsseksjonen_2013-2015.json',
} as const;

interface RawCell {
  period: string;
  raw: string;
}

interface RawIndicator {
  indicator_group: string;
  focus_area: string;
  indicator: string;
  unit_of_measure: string;
  polarity_inferred: string;
  /** Teknisk drift: one entry per published version. */
  by_version?: { source_url: string; target_2015?: { raw: string } | null; results: RawCell[] }[];
  /** Renholdsseksjonen: one version, at the top level. */
  target?: { raw: string } | null;
  results?: RawCell[];
}

interface RawScorecard {
  source_url?: string;
  versions?: { source_url: string }[];
  org_unit: { name: string };
  indicators: RawIndicator[];
}

export interface PublishedVersion {
  sourceUrl: string;
  /** "Mål 2015" as printed, e.g. "> 4,6" or "<4,0%". */
  targetText: string | null;
  results: { period: string; text: string }[];
}

export interface PublishedIndicator {
  name: string;
  focusArea: string;
  /** "Felles indikatorer": the same indicator in every unit's scorecard. */
  common: boolean;
  group: string;
  unitOfMeasureText: string;
  polarity: string;
  /** In order of publication. */
  versions: PublishedVersion[];
}

export interface PublishedScorecard {
  unitName: string;
  /** Every publication of the scorecard, oldest first. */
  sourceUrls: string[];
  indicators: PublishedIndicator[];
}

export function readLotenScorecard(dataDir: string, file: string): PublishedScorecard {
  const raw = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as RawScorecard;
  const sourceUrls = raw.versions?.map((version) => version.source_url) ?? [raw.source_url ?? ''];
  return {
    unitName: raw.org_unit.name,
    sourceUrls,
    indicators: raw.indicators.map((row) => ({
      name: row.indicator,
      focusArea: row.focus_area,
      common: row.indicator_group === 'Felles indikatorer',
      group: row.indicator_group,
      unitOfMeasureText: row.unit_of_measure,
      polarity: row.polarity_inferred,
      versions: (
        row.by_version ?? [
          { source_url: sourceUrls[0] ?? '', target_2015: row.target, results: row.results ?? [] },
        ]
      ).map((version) => ({
        sourceUrl: version.source_url,
        targetText: version.target_2015?.raw ?? null,
        results: version.results.map((cell) => ({ period: cell.period, text: cell.raw })),
      })),
    })),
  };
}

/** A published cell as a number; blank, "-" and "Ikke målt" are no value at all, never 0. */
export function publishedValue(text: string): number | null {
  const parsed = parseNorwegianNumber(text);
  return parsed.ok ? parsed.value : null;
}

/** Digits after the decimal comma, as printed. */
function printedDecimals(text: string): number {
  return /,(\d+)/.exec(text)?.[1]?.length ?? 0;
}

/** The target of the latest publication that prints one: "> 4,6" is read as at least 4.6. */
export function publishedTarget(indicator: PublishedIndicator): number | null {
  const text = indicator.versions.findLast((version) => version.targetText)?.targetText;
  return text ? publishedValue(text.replace(/^[<>]=?\s*/, '')) : null;
}

export type Measure = Pick<Definition, 'unitOfMeasure' | 'scaleMin' | 'scaleMax' | 'decimals'>;

/** Unit of measure and scale from the source, decimals as the most any printed figure has. */
export function measureOf(indicator: PublishedIndicator): Measure {
  const texts = indicator.versions.flatMap((version) => [
    version.targetText ?? '',
    ...version.results.map((cell) => cell.text),
  ]);
  const decimals = Math.max(
    0,
    ...texts.filter((text) => publishedValue(text) !== null).map(printedDecimals),
  );
  const scale = /^score (\d+)-(\d+)/.exec(indicator.unitOfMeasureText);
  if (scale) {
    return {
      unitOfMeasure: 'score',
      scaleMin: Number(scale[1]),
      scaleMax: Number(scale[2]),
      decimals,
    };
  }
  const unitOfMeasure = indicator.unitOfMeasureText.startsWith('percent') ? 'percent' : 'count';
  return { unitOfMeasure, scaleMin: null, scaleMax: null, decimals };
}

/** The transcriber's inferred direction; a target with no clear direction becomes a range. */
export function directionOf(indicator: PublishedIndicator): Direction {
  if (indicator.polarity === 'higher_is_better' || indicator.polarity === 'lower_is_better') {
    return indicator.polarity;
  }
  return 'range';
}

/** How far a threshold lies from the target: 10 % of it, or one for counts. */
const thresholdShare = 0.1;
/** A range around a target of unclear direction, and its tolerance, in the indicator's unit. */
const rangeHalfWidth = 2;

/**
 * Our target values for a published target; no thresholds were published. The threshold is 10 %
 * worse than the target (rounded to the indicator's decimals), and for counts one worse, so a
 * count with target 0 turns red from 2. A target with no clear direction is a range of ±2 around
 * it with a tolerance of 2.
 */
export function targetValuesOf(
  indicator: PublishedIndicator,
  measure: Measure = measureOf(indicator),
): TargetValues | null {
  const target = publishedTarget(indicator);
  if (target === null) return null;
  const direction = directionOf(indicator);
  if (direction === 'range') {
    return {
      kind: 'range',
      low: target - rangeHalfWidth,
      high: target + rangeHalfWidth,
      tolerance: rangeHalfWidth,
    };
  }
  const { unitOfMeasure, decimals } = measure;
  const sign = direction === 'higher_is_better' ? -1 : 1;
  const step = unitOfMeasure === 'count' ? 1 : Math.abs(target) * thresholdShare;
  return { kind: 'value', target, threshold: roundTo(target + sign * step, decimals) };
}
