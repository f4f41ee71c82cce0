/**
 * What the indicator chart looks and reads like in the browser: colours from the Designsystemet
 * theme in use, and numbers, periods and labels in the user's language.
 */
import type { TFunction } from 'i18next';
import { parsePeriod } from '#domain/periods.js';
import type { CardIndicatorInfo } from '#domain/scorecardView.js';
import { formatDate, formatNumber } from '../../format.js';
import { currentLocale } from '../../i18n/index.js';
import { periodLabel } from '../../register/periods.js';
import { resultText, targetLimitText, targetText } from './cardText.js';
import type { ChartColours, ChartWords } from './indicatorChart.js';

/** Subunit lines: distinct hues, each at least 3:1 against white, none the unit's own blue. */
const subunitPalette = [
  '#7b3294',
  '#c2410c',
  '#0f766e',
  '#a21caf',
  '#4d7c0f',
  '#9f1239',
  '#1e3a8a',
  '#92400e',
];

/** The theme's colours as they are right now; ECharts draws with values, not CSS variables. */
export function readChartColours(): ChartColours {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string, fallback: string) =>
    style.getPropertyValue(`--ds-color-${name}`).trim() || fallback;
  const neutral = token('neutral-border-strong', '#6b7280');
  return {
    status: {
      green: token('success-border-strong', '#068718'),
      yellow: token('warning-border-strong', '#b35f00'),
      red: token('danger-border-strong', '#c01b1b'),
      no_target: neutral,
      not_measured: neutral,
      overdue: token('info-border-strong', '#0860a3'),
    },
    unitLine: token('accent-base-default', '#0062ba'),
    target: token('neutral-text-default', '#1e2b3c'),
    yellowZone: token('warning-surface-tinted', '#fdeacc'),
    greenZone: token('success-surface-tinted', '#dcf1e0'),
    pin: token('accent-text-default', '#002c54'),
    text: token('neutral-text-subtle', '#4b5563'),
    axis: token('neutral-border-default', '#9ca3af'),
    subunits: subunitPalette,
  };
}

/** A period short enough for the axis: "2014", "2014 T2", "mar. 2025". */
export function axisPeriodLabel(key: string): string {
  const period = parsePeriod(key);
  if (!period) return key;
  switch (period.kind) {
    case 'year':
    case 'school_year':
      return key;
    case 'tertial':
    case 'quarter':
    case 'half_year':
      return key.replace('-', ' ');
    case 'month': {
      const locale = currentLocale() === 'en' ? 'en-GB' : 'nb-NO';
      const options = { month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
      return new Intl.DateTimeFormat(locale, options).format(new Date(`${period.start}T00:00:00Z`));
    }
    case 'single_date':
      return formatDate(key);
  }
}

/** The chart's words; `t` changes with the language, so a new `t` means new words. */
export function chartWords(t: TFunction, indicator: CardIndicatorInfo): ChartWords {
  return {
    period: periodLabel,
    axisPeriod: axisPeriodLabel,
    value: (value) => resultText(value, indicator),
    coverage: (covered, total) =>
      t('results.coverage', { covered: formatNumber(covered), total: formatNumber(total) }),
    target: (values) =>
      t('indicatorDetail.chart.target', {
        target: targetText(values, indicator),
        limit: targetLimitText(values, indicator),
      }),
    status: (status) => t(`status.${status}`),
    targetLine: t('indicatorDetail.chart.targetLine'),
    thresholdBand: t('indicatorDetail.chart.thresholdBand'),
    range: t('indicatorDetail.chart.range'),
    tolerance: t('indicatorDetail.chart.tolerance'),
    comment: t('indicatorDetail.chart.comment'),
  };
}
