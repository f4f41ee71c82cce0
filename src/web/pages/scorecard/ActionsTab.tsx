/**
 * The actions on the scorecard: for each focus area, what the unit and its subunits do about the
 * area, its criteria and its indicators, with red results that nobody acts on flagged first.
 */
import { Alert, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CardAction, Scorecard } from '#domain/scorecardView.js';
import { formatDate } from '../../format.js';
import { periodLabel } from '../../register/periods.js';
import { ActionProgress, ActionStatusMark } from '../actions/ActionMarks.js';
import '../actions/actions.css';
import { AddActionLink } from './CardRow.js';
import {
  type ActionSubject,
  type AreaActions,
  actionsByArea,
  redWithoutAction,
} from './cardView.js';
import { ScrollBox } from './ScrollBox.js';

/** Where a new action starts: on the unit, and back on this view once saved. */
interface ActionContext {
  unitId: string;
  canAct: boolean;
  returnTo: string;
}

export const ActionsTab = memo(function ActionsTab({
  card,
  canAct,
  returnTo,
}: {
  card: Scorecard;
  canAct: boolean;
  returnTo: string;
}) {
  const { t } = useTranslation();
  const groups = useMemo(() => actionsByArea(card), [card]);
  const flagged = useMemo(() => redWithoutAction(card), [card]);
  const context = useMemo(
    () => ({ unitId: card.unit.id, canAct, returnTo }),
    [card, canAct, returnTo],
  );

  return (
    <div className="stack">
      {flagged.length > 0 && (
        <Alert data-color="warning">
          <Heading level={2} data-size="2xs">
            {t('scorecard.actions.flaggedTitle', { count: flagged.length })}
          </Heading>
          <ul className="card-flagged">
            {flagged.map((row) => (
              <li key={row.indicator.id}>{row.indicator.name}</li>
            ))}
          </ul>
        </Alert>
      )}
      {card.actions.length === 0 && <Paragraph>{t('scorecard.actions.none')}</Paragraph>}
      {groups
        .filter((group) => group.subjects.length > 0)
        .map((group) => (
          <AreaActionsTable key={group.area.id} group={group} context={context} />
        ))}
    </div>
  );
});

function AreaActionsTable({ group, context }: { group: AreaActions; context: ActionContext }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <section className="card-area">
      <ScrollBox labelledBy={captionId}>
        <Table className="actions-table" data-size="sm">
          <caption id={captionId} className="actions-table__caption">
            {group.area.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('scorecard.actions.column.subject')}</th>
              <th scope="col">{t('scorecard.actions.column.title')}</th>
              <th scope="col">{t('scorecard.actions.column.owner')}</th>
              <th scope="col">{t('scorecard.actions.column.responsible')}</th>
              <th scope="col">{t('scorecard.actions.column.due')}</th>
              <th scope="col">{t('scorecard.actions.column.status')}</th>
              <th scope="col">{t('scorecard.actions.column.progress')}</th>
            </tr>
          </thead>
          {group.subjects.map((subject) => (
            <SubjectRows
              key={`${subject.kind}-${subject.id}`}
              subject={subject}
              context={context}
            />
          ))}
        </Table>
      </ScrollBox>
    </section>
  );
}

/** One subject's actions as a row group, its name heading every row of it. */
function SubjectRows({ subject, context }: { subject: ActionSubject; context: ActionContext }) {
  const { t } = useTranslation();
  const [first, ...rest] = subject.actions;
  const header = (
    <th scope="rowgroup" rowSpan={Math.max(1, subject.actions.length)}>
      <span className="card-row__meta">{t(`scorecard.actions.kind.${subject.kind}`)}</span>
      <span className="actions-table__subject">{subject.name}</span>
      {subject.redWithoutAction && first && (
        <span className="card-cell__flag">
          <span aria-hidden>⚑ </span>
          {t('scorecard.redWithoutAction')}
        </span>
      )}
    </th>
  );

  if (!first) {
    return (
      <tbody>
        <tr>
          {header}
          <td colSpan={6}>
            <span className="actions-table__missing">{t('scorecard.actions.missing')}</span>{' '}
            {context.canAct && (
              <AddActionLink
                unitId={context.unitId}
                indicator={subject}
                returnTo={context.returnTo}
              />
            )}
          </td>
        </tr>
      </tbody>
    );
  }
  return (
    <tbody>
      <tr>
        {header}
        <ActionCells action={first} />
      </tr>
      {rest.map((action) => (
        <tr key={action.id}>
          <ActionCells action={action} />
        </tr>
      ))}
    </tbody>
  );
}

function ActionCells({ action }: { action: CardAction }) {
  const { t } = useTranslation();
  const link = action.link;
  return (
    <>
      <td>
        <Link asChild className="actions-table__title">
          <RouterLink to={`/actions/${action.id}`}>{action.title}</RouterLink>
        </Link>
        {link.kind === 'measurement' && (
          <span className="card-cell__note">
            {t('scorecard.actions.forPeriod', { period: periodLabel(link.periodKey) })}
          </span>
        )}
      </td>
      <td>{action.orgUnit.name}</td>
      <td>{action.responsible?.name ?? <span className="muted">–</span>}</td>
      <td className="nowrap">{action.dueDate ? formatDate(action.dueDate) : '–'}</td>
      <td>
        <ActionStatusMark status={action.status} />
      </td>
      <td>
        <ActionProgress action={action} />
      </td>
    </>
  );
}
