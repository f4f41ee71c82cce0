/**
 * The indicator over time: the chart, the subunits to draw in it, the comments numbered as the
 * chart's pins, and the same figures as tables, so nothing is only in the picture.
 */
import { Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  Component,
  type ReactNode,
  Suspense,
  lazy,
  useCallback,
  useId,
  useMemo,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorTimeline } from '#domain/scorecardView.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { formatDate } from '../../format.js';
import { periodLabel } from '../../register/periods.js';
import { resultText } from './cardText.js';
import { chartWords, readChartColours } from './chartLook.js';
import { indicatorChartOption, numberedComments } from './indicatorChart.js';
import { TimelineTables } from './TimelineTables.js';

const IndicatorChart = lazy(() => import('./IndicatorChart.js'));

const prefersReducedMotion = () =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function IndicatorTrend({ timeline }: { timeline: IndicatorTimeline }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [colours] = useState(readChartColours);
  const [animate] = useState(() => !prefersReducedMotion());
  const label = useChartLabel(timeline);

  const option = useMemo(() => {
    const words = chartWords(t, timeline.indicator);
    return indicatorChartOption({ timeline, selected, hidden, colours, words, animate });
  }, [t, timeline, selected, hidden, colours, animate]);

  const onLegendChange = useCallback(
    (legend: Record<string, boolean>) => {
      const subunitNames = new Set(timeline.subunits.map(({ unit }) => unit.name));
      const chosen = timeline.subunits.filter(({ unit }) => legend[unit.name]);
      const off = Object.keys(legend).filter((name) => !legend[name] && !subunitNames.has(name));
      setSelected(new Set(chosen.map(({ unit }) => unit.id)));
      setHidden(new Set(off));
    },
    [timeline.subunits],
  );

  function toggle(unitId: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(unitId);
      else next.delete(unitId);
      return next;
    });
  }

  return (
    <section className="panel stack indicator-trend" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('indicatorDetail.chart.heading')}
      </Heading>
      {timeline.subunits.length > 0 && (
        <Fieldset className="indicator-trend__subunits" data-size="sm">
          <Fieldset.Legend>{t('indicatorDetail.chart.subunits')}</Fieldset.Legend>
          <div className="indicator-trend__choices">
            {timeline.subunits.map(({ unit }) => (
              <Checkbox
                key={unit.id}
                label={unit.name}
                checked={selected.has(unit.id)}
                onChange={(event) => toggle(unit.id, event.target.checked)}
              />
            ))}
          </div>
        </Fieldset>
      )}
      <Suspense fallback={<Loading />}>
        <ChartErrorBoundary>
          <IndicatorChart option={option} label={label} onLegendChange={onLegendChange} />
        </ChartErrorBoundary>
      </Suspense>
      <CommentList timeline={timeline} />
      <TimelineTables timeline={timeline} />
    </section>
  );
}

/** The chart in one sentence: what, for whom, over which periods, and the latest result. */
function useChartLabel(timeline: IndicatorTimeline): string {
  const { t } = useTranslation();
  const { indicator, unit, periods, series } = timeline;
  const latest = [...series].reverse().find((outcome) => outcome.result !== null);
  const latestText = latest?.result
    ? t('indicatorDetail.chart.latest', {
        value: resultText(latest.result.value, indicator),
        period: periodLabel(latest.periodKey),
        status: t(`status.${latest.status}`),
      })
    : t('indicatorDetail.chart.noResults');
  return t('indicatorDetail.chart.label', {
    indicator: indicator.name,
    unit: unit.name,
    from: periodLabel(periods[0] ?? ''),
    to: periodLabel(periods[periods.length - 1] ?? ''),
    latest: latestText,
  });
}

function CommentList({ timeline }: { timeline: IndicatorTimeline }) {
  const { t } = useTranslation();
  const headingId = useId();
  const comments = numberedComments(timeline);
  const unitNames = new Map(
    [timeline.unit, ...timeline.subunits.map(({ unit }) => unit)].map((u) => [u.id, u.name]),
  );

  return (
    <div className="stack indicator-comments">
      <Heading level={3} data-size="2xs" id={headingId}>
        {t('indicatorDetail.comments.heading')}
      </Heading>
      {comments.length === 0 ? (
        <Paragraph data-size="sm">{t('indicatorDetail.comments.none')}</Paragraph>
      ) : (
        <ol className="indicator-comments__list" aria-labelledby={headingId}>
          {comments.map((comment) => (
            <li key={comment.number} value={comment.number}>
              <span className="indicator-comments__meta">
                {[
                  periodLabel(comment.periodKey),
                  unitNames.get(comment.orgUnitId),
                  comment.author,
                  formatDate(comment.at),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span className="indicator-comments__text">{comment.text}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** A chart that fails to load or draw leaves the comments and tables below it standing. */
class ChartErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    return this.state.error ? <LoadError error={this.state.error} /> : this.props.children;
  }
}
