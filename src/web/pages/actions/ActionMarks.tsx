/**
 * How an action's status, progress and link read wherever actions are shown: status as symbol
 * and words (never colour alone), progress as a number and a bar with its value, the link by name.
 */
import { Tag } from '@digdir/designsystemet-react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../register/periods.js';
import type { Action, ActionLink, ActionStatus } from './actionsApi.js';

export const statusLook: Record<
  ActionStatus,
  { symbol: string; colour: 'neutral' | 'info' | 'success' | 'danger' }
> = {
  not_started: { symbol: '○', colour: 'neutral' },
  in_progress: { symbol: '→', colour: 'info' },
  done: { symbol: '✓', colour: 'success' },
  delayed: { symbol: '!', colour: 'danger' },
  cancelled: { symbol: '⊘', colour: 'neutral' },
};

export function ActionStatusMark({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  const look = statusLook[status];
  return (
    <Tag
      data-color={look.colour}
      data-size="sm"
      className={`action-status action-status--${status}`}
    >
      <span aria-hidden className="action-status__symbol">
        {look.symbol}
      </span>
      {t(`actions.status.${status}`)}
    </Tag>
  );
}

/** "40 %" and a bar; the bar is named after the action so a screen reader knows whose it is. */
export function ActionProgress({ action }: { action: Pick<Action, 'progress' | 'title'> }) {
  const { t } = useTranslation();
  const text = t('actions.percent', { value: action.progress });
  return (
    <span className="action-progress">
      <span className="action-progress__text">{text}</span>
      <progress
        className="action-progress__bar"
        max={100}
        value={action.progress}
        aria-label={t('actions.progressOf', { title: action.title })}
        aria-valuetext={text}
      />
    </span>
  );
}

/** The name of what an action is linked to: "Sjukefråvær", or "Sjukefråvær, 2. tertial 2026". */
export function linkName(link: ActionLink): string {
  return link.kind === 'measurement'
    ? i18next.t('actions.link.measurementName', {
        name: link.name,
        period: periodLabel(link.periodKey),
      })
    : link.name;
}

/** "Indikator: Sjukefråvær", or words for an action standing alone. */
export function ActionLinkText({ link }: { link: ActionLink | null }) {
  const { t } = useTranslation();
  if (!link) return <span className="muted">{t('actions.link.none')}</span>;
  return (
    <span className="action-link">
      <span className="action-link__kind">
        {t('actions.link.labelled', { kind: t(`actions.linkKind.${link.kind}`) })}
      </span>{' '}
      {linkName(link)}
    </span>
  );
}
