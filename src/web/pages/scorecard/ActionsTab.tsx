/**
 * The actions on the scorecard: for each focus area, what the unit and its subunits do about the
 * area, its criteria and its indicators, with red results that nobody acts on flagged first.
 */
import { Alert, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus, CardAction, Scorecard } from '#domain/scorecardView.js';
import { formatDate } from '../../format.js';
import { periodLabel } from '../../register/periods.js';
import {
  type ActionSubject,
  type AreaActions,
  actionsByArea,
  redWithoutAction,
} from './cardView.js';
import { ScrollBox } from './ScrollBox.js';

const statusColour: Record<ActionStatus, 'success' | 'danger' | 'info' | 'neutral'> = {
  not_started: 'neutral',
  in_progress: 'info',
  done: 'success',
  delayed: 'danger',
  cancelled: 'neutral',
};

export const ActionsTab = memo(function ActionsTab({ card }: { card: Scorecard }) {
  const { t } = useTranslation();
  const groups = useMemo(() => actionsByArea(card), [card]);
  const flagged = useMemo(() => redWithoutAction(card), [card]);

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
          <AreaActionsTable key={group.area.id} group={group} />
        ))}
    </div>
  );
});

function AreaActionsTable({ group }: { group: AreaActions }) {
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
            <SubjectRows key={`${subject.kind}-${subject.id}`} subject={subject} />
          ))}
        </Table>
      </ScrollBox>
    </section>
  );
}

/** One subject's actions as a row group, its name heading every row of it. */
function SubjectRows({ subject }: { subject: ActionSubject }) {
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
          <td colSpan={6} className="actions-table__missing">
            {t('scorecard.actions.missing')}
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
        <span className="actions-table__title">{action.title}</span>
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
        <Tag data-color={statusColour[action.status]} data-size="sm">
          {t(`actionStatus.${action.status}`)}
        </Tag>
      </td>
      <td className="nowrap">{t('results.withUnit.percent', { value: action.progress })}</td>
    </>
  );
}
