/** The action list as a table: one row per action, delayed ones marked in words and symbol. */
import { Link, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '../../format.js';
import { ActionLinkText, ActionProgress, ActionStatusMark } from './ActionMarks.js';
import type { Action } from './actionsApi.js';

export function ActionTable({ actions, caption }: { actions: Action[]; caption: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" className="action-table">
        <caption id={captionId} className="action-table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('actions.field.title')}</th>
            <th scope="col">{t('actions.field.orgUnit')}</th>
            <th scope="col">{t('actions.field.link')}</th>
            <th scope="col">{t('actions.field.responsible')}</th>
            <th scope="col">{t('actions.field.dueDate')}</th>
            <th scope="col">{t('actions.field.status')}</th>
            <th scope="col">{t('actions.field.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <ActionRow key={action.id} action={action} />
          ))}
        </tbody>
      </Table>
    </div>
  );
}

function ActionRow({ action }: { action: Action }) {
  const { t } = useTranslation();
  return (
    <tr className={action.status === 'delayed' ? 'action-row--delayed' : undefined}>
      <th scope="row" className="action-table__title">
        <Link asChild>
          <RouterLink to={`/actions/${action.id}`}>{action.title}</RouterLink>
        </Link>
      </th>
      <td>{action.orgUnit.name}</td>
      <td>
        <ActionLinkText link={action.link} />
      </td>
      <td>{action.responsible?.name ?? <span className="muted">{t('actions.nobody')}</span>}</td>
      <td className="nowrap">
        {action.dueDate ? formatDate(action.dueDate) : <span className="muted">–</span>}
        {action.overdue && <span className="action-table__overdue">{t('actions.pastDue')}</span>}
      </td>
      <td>
        <ActionStatusMark status={action.status} />
      </td>
      <td>
        <ActionProgress action={action} />
      </td>
    </tr>
  );
}
