/**
 * The scorecard's numbers in words, with the indicator's decimals and unit in the user's
 * language: results, targets and the sparkline's text alternative.
 */
import i18next from 'i18next';
import type { CardIndicatorInfo, PeriodOutcome } from '#domain/scorecardView.js';
import type { TargetValues } from '#domain/status.js';
import { currentLocale } from '../../i18n/index.js';
import { periodLabel } from '../../register/periods.js';
import { valueText } from '../results/measureText.js';

/** "78,1 %", "1 234 kr": a value as the indicator shows it. */
export function resultText(value: number, indicator: CardIndicatorInfo): string {
  return valueText(value, { definition: indicator }, currentLocale());
}

/** The target in one short line: "77,0 %", or "2,0–5,0" for a range. */
export function targetText(values: TargetValues, indicator: CardIndicatorInfo): string {
  if (values.kind === 'value') return resultText(values.target, indicator);
  return i18next.t('scorecard.target.range', {
    low: resultText(values.low, indicator),
    high: resultText(values.high, indicator),
  });
}

/** Where yellow turns red: "grense 70,0 %", or the range's tolerance. */
export function targetLimitText(values: TargetValues, indicator: CardIndicatorInfo): string {
  return values.kind === 'value'
    ? i18next.t('scorecard.target.threshold', { value: resultText(values.threshold, indicator) })
    : i18next.t('scorecard.target.tolerance', { value: resultText(values.tolerance, indicator) });
}

/** The sparkline as text: "2013: 75,2 %, 2014: ikke målt, 2015: 78,1 %". */
export function sparklineText(points: readonly PeriodOutcome[], indicator: CardIndicatorInfo) {
  return points
    .map((point) => {
      const value = point.result
        ? resultText(point.result.value, indicator)
        : i18next.t(`status.${point.status}`).toLocaleLowerCase(currentLocale());
      return `${periodLabel(point.periodKey)}: ${value}`;
    })
    .join(', ');
}
