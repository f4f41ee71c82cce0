/**
 * A unit's actions over one year, Gantt-like: months as columns, each action a bar from its start
 * to its due date, and a line for today. Every bar says in words what it shows, and the table
 * holds the same facts, so nothing here is said by position or colour alone. On a narrow screen
 * the timeline scrolls sideways inside its own labelled region. Actions without any dates are
 * listed below it, as nothing says where on the year they belong.
 */
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { type CSSProperties, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDate, todayIso } from '../../format.js';
import { currentLocale } from '../../i18n/index.js';
import { statusLook } from './ActionMarks.js';
import type { Action } from './actionsApi.js';
import {
  type Bar,
  actionSpan,
  barOnYear,
  isUndated,
  monthColumns,
  todayOnYear,
} from './timeline.js';

interface Row {
  action: Action;
  bar: Bar;
  start: string;
}

/** Below this share of the year a bar is too short to hold its words, which go beside it. */
const narrow = 22;

export function ActionTimeline({ actions, year }: { actions: Action[]; year: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const today = todayIso();
  const todayAt = todayOnYear(today, year);
  const rows = useMemo(() => timelineRows(actions, year), [actions, year]);
  const undated = useMemo(() => actions.filter(isUndated), [actions]);
  const months = useMemo(() => monthNames(year), [year]);

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('actions.timeline.heading', { year })}
      </Heading>
      <Paragraph data-size="sm">
        {t('actions.timeline.intro')}{' '}
        {todayAt !== null && t('actions.timeline.todayIs', { date: formatDate(today) })}
      </Paragraph>
      {rows.length === 0 ? (
        <Paragraph>
          {undated.length === 0
            ? t('actions.timeline.empty', { year })
            : t('actions.timeline.noneDated', { year })}
        </Paragraph>
      ) : (
        <div
          className="timeline-scroll"
          role="region"
          aria-label={t('actions.timeline.label', { year })}
          tabIndex={0}
        >
          <div className="timeline">
            <span className="timeline__grid" aria-hidden>
              {months.map((month) => (
                <span
                  key={month.index}
                  className="timeline__line"
                  style={{ left: `${month.left}%` }}
                />
              ))}
              {todayAt !== null && (
                <span className="timeline__today" style={{ left: `${todayAt}%` }} />
              )}
            </span>
            <div className="timeline__head" aria-hidden>
              <span className="timeline__corner">{t('actions.field.title')}</span>
              <span className="timeline__months">
                {months.map((month) => (
                  <span key={month.index} className="timeline__month" style={place(month)}>
                    {month.name}
                  </span>
                ))}
                {todayAt !== null && (
                  <span className="timeline__today-label" style={{ left: `${todayAt}%` }}>
                    {t('actions.timeline.today')}
                  </span>
                )}
              </span>
            </div>
            <ol className="timeline__rows">
              {rows.map((row) => (
                <TimelineRow key={row.action.id} row={row} />
              ))}
            </ol>
          </div>
        </div>
      )}
      {undated.length > 0 && <UndatedList actions={undated} />}
    </section>
  );
}

function UndatedList({ actions }: { actions: Action[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="timeline-undated stack" aria-labelledby={headingId}>
      <Heading level={3} data-size="2xs" id={headingId}>
        {t('actions.timeline.undated.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('actions.timeline.undated.intro')}</Paragraph>
      <ul className="timeline-undated__list">
        {actions.map((action) => (
          <li key={action.id} className="timeline-undated__item">
            <Link asChild>
              <RouterLink to={`/actions/${action.id}`}>{action.title}</RouterLink>
            </Link>
            <span className="timeline-undated__facts">
              {action.orgUnit.name} ·{' '}
              <span aria-hidden className="timeline__symbol">
                {statusLook[action.status].symbol}
              </span>{' '}
              {t('actions.timeline.undated.state', {
                status: t(`actions.status.${action.status}`),
                progress: t('actions.percent', { value: action.progress }),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function TimelineRow({ row }: { row: Row }) {
  const { t } = useTranslation();
  const { action, bar } = row;
  const look = statusLook[action.status];
  const from = formatDate(row.start);
  const to = action.dueDate ? formatDate(action.dueDate) : t('actions.timeline.noDue');
  const classes = [
    'timeline__bar',
    `timeline__bar--${action.status}`,
    bar.width < narrow
      ? bar.left > 100 - 2 * narrow
        ? 'timeline__bar--left'
        : 'timeline__bar--right'
      : '',
    bar.startsBefore ? 'timeline__bar--before' : '',
    bar.endsAfter ? 'timeline__bar--after' : '',
    bar.open ? 'timeline__bar--open' : '',
  ].filter(Boolean);

  return (
    <li className="timeline__row">
      <span className="timeline__label">
        <Link asChild>
          <RouterLink to={`/actions/${action.id}`}>{action.title}</RouterLink>
        </Link>
        <span className="timeline__unit">{action.orgUnit.name}</span>
      </span>
      <span className="timeline__track">
        <span className={classes.join(' ')} style={place(bar)}>
          <span className="timeline__bar-text">
            <span aria-hidden className="timeline__symbol">
              {look.symbol}
            </span>{' '}
            {t('actions.timeline.bar', {
              status: t(`actions.status.${action.status}`),
              progress: t('actions.percent', { value: action.progress }),
              from,
              to,
            })}
          </span>
        </span>
      </span>
    </li>
  );
}

const place = (box: { left: number; width: number }): CSSProperties => ({
  left: `${box.left}%`,
  width: `${box.width}%`,
});

function timelineRows(actions: Action[], year: number): Row[] {
  return actions
    .flatMap((action) => {
      if (isUndated(action)) return [];
      const span = actionSpan(action);
      const bar = barOnYear(span, year);
      return bar ? [{ action, bar, start: span.start }] : [];
    })
    .sort(
      (a, b) =>
        a.start.localeCompare(b.start) ||
        (a.action.dueDate ?? '9999').localeCompare(b.action.dueDate ?? '9999') ||
        a.action.title.localeCompare(b.action.title, 'nb'),
    );
}

function monthNames(year: number) {
  const format = new Intl.DateTimeFormat(currentLocale() === 'en' ? 'en-GB' : 'nb-NO', {
    month: 'short',
    timeZone: 'UTC',
  });
  return monthColumns(year).map((month) => ({
    ...month,
    name: capitalised(format.format(new Date(Date.UTC(year, month.index, 1))).replace('.', '')),
  }));
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
