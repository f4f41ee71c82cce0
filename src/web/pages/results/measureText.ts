/** Results in words: a value with its unit ("12,5 %"), and what an indicator takes in a cell. */
import i18next from 'i18next';
import { formatNumber } from '#domain/numbers.js';
import { currentLocale } from '../../i18n/index.js';
import type { ResultIndicator } from '../../results/types.js';
import { numberText } from './entryCells.js';

type Locale = 'nb' | 'en';

/** What a value needs to be written: the indicator's unit of measure and decimals. */
type Measure = Pick<ResultIndicator['definition'], 'unitOfMeasure' | 'decimals'>;

/** A value rounded to the indicator's decimals, with its unit: "12,5 %", "1 234 kr". */
export function valueText(
  value: number,
  indicator: { definition: Measure },
  locale: Locale,
): string {
  const { unitOfMeasure, decimals } = indicator.definition;
  const number = formatNumber(value, decimals, locale);
  switch (unitOfMeasure) {
    case 'percent':
      return i18next.t('results.withUnit.percent', { value: number });
    case 'kroner':
      return i18next.t('results.withUnit.kroner', { value: number });
    case 'days':
      return i18next.t('results.withUnit.days', { value: number });
    case 'count':
    case 'score':
    case 'other':
      return number;
  }
}

/** The line under an indicator's name: its code, unit of measure, scale and how to write it. */
export function indicatorNote(indicator: ResultIndicator): string {
  const { unitOfMeasure, valueType, scaleMin, scaleMax } = indicator.definition;
  const parts = [indicator.code, i18next.t(`indicator.unitOfMeasure.${unitOfMeasure}`)];
  if (scaleMin !== null && scaleMax !== null) {
    const locale = currentLocale();
    const scale = { min: numberText(scaleMin, 0, locale), max: numberText(scaleMax, 0, locale) };
    parts[1] = `${parts[1]} ${i18next.t('indicator.scale', scale)}`;
  }
  if (valueType === 'ratio') parts.push(i18next.t('results.ratioHint'));
  return parts.join(' · ');
}
