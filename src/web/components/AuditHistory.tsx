/**
 * The change history of one unit or one user, newest first: when, who, what happened and which
 * fields changed from what to what.
 */
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { formatDateTime } from '../format.js';
import type { AuditEvent } from '../types.js';
import { type ChangeContext, describeChanges } from './auditChanges.js';
import { LoadError, Loading } from './Loading.js';
import { translateFirst } from './messages.js';
import { useLoad } from './useLoad.js';

type Subject = { orgUnitId: string } | { userId: string };

/** Give it a new `key` after changing the subject, so the history loads again. */
export function AuditHistory({ subject, context }: { subject: Subject; context: ChangeContext }) {
  const { t } = useTranslation();
  const headingId = useId();
  const orgUnitId = 'orgUnitId' in subject ? subject.orgUnitId : undefined;
  const userId = 'userId' in subject ? subject.userId : undefined;
  const load = useCallback(
    () =>
      api
        .get<{ events: AuditEvent[] }>('/audit', { orgUnitId, userId })
        .then((reply) => reply.events),
    [orgUnitId, userId],
  );
  const { data: events, error, reload } = useLoad(load);

  return (
    <div className="history">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('audit.title')}
      </Heading>
      {error ? (
        <LoadError error={error} retry={reload} />
      ) : !events ? (
        <Loading />
      ) : events.length === 0 ? (
        <Paragraph>{t('audit.empty')}</Paragraph>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <Table zebra data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('audit.at')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.actor')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.event')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.changes')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {events.map((event) => (
                <Table.Row key={event.id}>
                  <Table.Cell className="nowrap">{formatDateTime(event.at)}</Table.Cell>
                  <Table.Cell>{event.actor?.name ?? t('audit.system')}</Table.Cell>
                  <Table.Cell>
                    {translateFirst(
                      [
                        `audit.action.${event.entityType}.${event.action}`,
                        `audit.action.${event.action}`,
                      ],
                      'audit.action.other',
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <ChangeList lines={describeChanges(event, context)} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}

function ChangeList({ lines }: { lines: ReturnType<typeof describeChanges> }) {
  const { t } = useTranslation();
  if (lines.length === 0) return null;
  return (
    <ul className="change-list">
      {lines.map((line) => (
        <li key={line.label}>
          <span className="change-list__label">{line.label}: </span>
          {line.before !== undefined && (
            <>
              {line.before}
              <span aria-hidden> → </span>
              <span className="ds-sr-only"> {t('audit.changedTo')} </span>
            </>
          )}
          {line.after}
        </li>
      ))}
    </ul>
  );
}
