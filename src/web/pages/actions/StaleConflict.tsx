/**
 * Someone else saved the action after this user opened it: their version in full, and the two
 * ways on: save one's own changes on top of it (the fields one left alone keep theirs), or take
 * theirs and start again from it.
 */
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatKroner } from '../../format.js';
import { ActionLinkText, ActionStatusMark } from './ActionMarks.js';
import type { Action } from './actionsApi.js';

export function StaleConflict({
  theirs,
  onUseTheirs,
}: {
  theirs: Action;
  onUseTheirs: () => void;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [theirs]);

  return (
    <Alert data-color="warning" className="stale-conflict">
      <Heading level={2} data-size="xs" ref={headingRef} tabIndex={-1}>
        {t('actions.stale.heading')}
      </Heading>
      <Paragraph>{t('actions.stale.intro', { at: formatDateTime(theirs.updatedAt) })}</Paragraph>
      <dl className="facts stale-conflict__facts">
        <dt>{t('actions.field.title')}</dt>
        <dd>{theirs.title}</dd>
        <dt>{t('actions.field.orgUnit')}</dt>
        <dd>{theirs.orgUnit.name}</dd>
        <dt>{t('actions.field.link')}</dt>
        <dd>
          <ActionLinkText link={theirs.link} />
        </dd>
        <dt>{t('actions.field.responsible')}</dt>
        <dd>{theirs.responsible?.name ?? t('actions.nobody')}</dd>
        <dt>{t('actions.field.startDate')}</dt>
        <dd>{theirs.startDate ? formatDate(theirs.startDate) : '–'}</dd>
        <dt>{t('actions.field.dueDate')}</dt>
        <dd>{theirs.dueDate ? formatDate(theirs.dueDate) : '–'}</dd>
        <dt>{t('actions.field.status')}</dt>
        <dd>
          <ActionStatusMark status={theirs.storedStatus} />
        </dd>
        <dt>{t('actions.field.progress')}</dt>
        <dd>{t('actions.percent', { value: theirs.progress })}</dd>
        <dt>{t('actions.field.cost')}</dt>
        <dd>
          {theirs.cost === null ? '–' : t('actions.kroner', { value: formatKroner(theirs.cost) })}
        </dd>
        <dt>{t('actions.field.description')}</dt>
        <dd className="pre-line">{theirs.description || '–'}</dd>
      </dl>
      <div className="button-row">
        <Button type="submit" data-size="sm">
          {t('actions.stale.keepMine')}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={onUseTheirs}>
          {t('actions.stale.useTheirs')}
        </Button>
      </div>
    </Alert>
  );
}
