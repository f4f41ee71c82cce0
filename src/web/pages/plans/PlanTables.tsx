/**
 * What a plan shows besides its texts: the scorecard as one compact table per focus area, the
 * unit's actions, and for a parent each subunit's plan in short. Statuses are symbol and words,
 * as on the styringskort.
 */
import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { type MouseEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { PlanStatus } from '#domain/plans.js';
import type { CardFocusArea, CardRow, Scorecard } from '#domain/scorecardView.js';
import { formatDate } from '../../format.js';
import { periodLabel } from '../../register/periods.js';
import { StatusMark } from '../results/StatusMark.js';
import { resultText, targetText } from '../scorecard/cardText.js';
import { ScrollBox } from '../scorecard/ScrollBox.js';
import { StatusCountList } from '../scorecard/StatusCountList.js';
import type { PlanAction, SubunitSummary } from './plansApi.js';

/** The area's indicators once each, criteria first, in the order the scorecard gives them. */
function rowsOf(area: CardFocusArea): CardRow[] {
  const seen = new Set<string>();
  return [...area.criteria.flatMap((criterion) => criterion.rows), ...area.otherRows].filter(
    (row) => !seen.has(row.indicator.id) && seen.add(row.indicator.id),
  );
}

export function PlanScorecard({ card }: { card: Scorecard }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="plan-part" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('plans.scorecard.heading')}
      </Heading>
      {card.focusAreas.length === 0 ? (
        <Paragraph>{t('scorecard.noAreas')}</Paragraph>
      ) : (
        card.focusAreas.map((area) => (
          <AreaTable key={area.id} area={area} period={card.period.key} />
        ))
      )}
    </section>
  );
}

function AreaTable({ area, period }: { area: CardFocusArea; period: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  const rows = rowsOf(area);
  return (
    <div className="plan-area">
      <Heading level={3} data-size="2xs">
        {area.name}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph data-size="sm">{t('scorecard.noIndicators')}</Paragraph>
      ) : (
        <ScrollBox labelledBy={captionId}>
          <Table className="plan-table" data-size="sm">
            <caption id={captionId} className="ds-sr-only">
              {t('plans.scorecard.caption', { name: area.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('scorecard.column.indicator')}</th>
                <th scope="col">{t('scorecard.column.target')}</th>
                <th scope="col">{t('scorecard.column.result', { period: periodLabel(period) })}</th>
                <th scope="col">{t('scorecard.column.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.indicator.id}>
                  <th scope="row">{row.indicator.name}</th>
                  <td className="nowrap">
                    {row.outcome.target
                      ? targetText(row.outcome.target.values, row.indicator)
                      : '–'}
                  </td>
                  <td className="nowrap">
                    {row.outcome.result ? resultText(row.outcome.result.value, row.indicator) : '–'}
                    {row.latestAvailable && (
                      <span className="plan-table__note">
                        {t('scorecard.latestOf', { period: periodLabel(row.outcome.periodKey) })}
                      </span>
                    )}
                  </td>
                  <td>
                    <StatusMark status={row.outcome.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </ScrollBox>
      )}
    </div>
  );
}

export function PlanActions({ actions }: { actions: PlanAction[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  return (
    <section className="plan-part" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('plans.actions.heading')}
      </Heading>
      {actions.length === 0 ? (
        <Paragraph>{t('plans.actions.none')}</Paragraph>
      ) : (
        <ScrollBox labelledBy={captionId}>
          <Table className="plan-table plan-table--actions" data-size="sm">
            <caption id={captionId} className="ds-sr-only">
              {t('plans.actions.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.actions.column.title')}</th>
                <th scope="col">{t('plans.actions.column.responsible')}</th>
                <th scope="col">{t('plans.actions.column.due')}</th>
                <th scope="col">{t('plans.actions.column.status')}</th>
                <th scope="col">{t('plans.actions.column.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row">{action.title}</th>
                  <td>{action.responsible?.name ?? '–'}</td>
                  <td className="nowrap">{action.dueDate ? formatDate(action.dueDate) : '–'}</td>
                  <td className="nowrap">{t(`actions.status.${action.status}`)}</td>
                  <td className="nowrap">
                    {t('results.withUnit.percent', { value: action.progress })}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </ScrollBox>
      )}
    </section>
  );
}

/**
 * The address of a unit's plan for the year, as the plans page reads it: the version summarised
 * when there is one, so the link opens what the summary was made from.
 */
function planPath(unitId: string, year: number, versionId?: string): string {
  const query = new URLSearchParams({ unit: unitId, year: String(year) });
  if (versionId) query.set('version', versionId);
  return `/plans?${query.toString()}`;
}

/**
 * The plans page stays mounted when the address moves to another unit's plan, so the link that
 * was followed goes away with the old plan: focus goes to the page's heading, which names the
 * plan opened, as it would after moving to another page.
 */
function focusPageHeading(event: MouseEvent) {
  // With a modifier key the plan opens elsewhere and this page stays as it was.
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.page-heading')?.focus());
}

export function PlanSubunits({ subunits, year }: { subunits: SubunitSummary[]; year: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (subunits.length === 0) return null;
  return (
    <section className="plan-part" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('plans.subunits.heading')}
      </Heading>
      <ul className="plan-subunits">
        {subunits.map((subunit) => (
          <li key={subunit.unit.id} className="plan-subunit">
            <Heading level={3} data-size="2xs">
              <Link asChild>
                <RouterLink
                  to={planPath(subunit.unit.id, year, subunit.plan?.id)}
                  onClick={focusPageHeading}
                >
                  {subunit.unit.name}
                </RouterLink>
              </Link>
            </Heading>
            <Paragraph data-size="sm">
              {subunit.plan ? (
                <Tag data-size="sm" data-color={statusColour[subunit.plan.status]}>
                  {t('plans.subunits.plan', {
                    version: subunit.plan.versionNumber,
                    status: t(`plans.status.${subunit.plan.status}`),
                  })}
                </Tag>
              ) : (
                t('plans.subunits.noPlan')
              )}
            </Paragraph>
            {subunit.summary && (
              // Plain text from the server, a heading ended by a full stop; named by its section.
              <Paragraph data-size="sm" className="plan-subunit__summary">
                <strong>{subunit.summary.sectionTitle}:</strong> {subunit.summary.text}
              </Paragraph>
            )}
            <StatusCountList
              counts={subunit.counts}
              label={t('scorecard.countsOf', { name: subunit.unit.name })}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

const statusColour: Record<PlanStatus, 'neutral' | 'info' | 'success'> = {
  draft: 'neutral',
  submitted: 'info',
  approved: 'success',
};
