/**
 * The cell the user last stood on, below the grid: its saved value, who entered it and when,
 * the comment that goes with the value, and every earlier version. A correction never
 * overwrites; the history shows what was there before.
 */
import {
  Button,
  Dialog,
  Field,
  Heading,
  Label,
  Table,
  Textarea,
} from '@digdir/designsystemet-react';
import { ClockDashedIcon } from '@navikt/aksel-icons';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/Loading.js';
import { wrapTabInside } from '../../components/focusTrap.js';
import { useLoad } from '../../components/useLoad.js';
import { formatDate, formatDateTime } from '../../format.js';
import { currentLocale } from '../../i18n/index.js';
import { valueHistory } from '../../results/resultsApi.js';
import type { HistoryEntry, Measurement, ResultIndicator } from '../../results/types.js';
import { type CellState, savedText } from './entryCells.js';
import { valueText } from './measureText.js';

/** The comment field's id, so Alt+Enter in a cell can reach it. */
export const commentFieldId = 'entry-comment';

export function CellDetails({
  measurement,
  indicator,
  unitName,
  state,
  editable,
  onComment,
  onBack,
}: {
  measurement: Measurement;
  indicator: ResultIndicator;
  unitName: string;
  state: CellState;
  editable: boolean;
  onComment: (comment: string) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [historyOpen, setHistoryOpen] = useState(false);
  const current = measurement.current;
  const empty = state.check.state === 'empty';

  return (
    <section className="panel stack cell-details" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('entry.details.title', { indicator: indicator.name, unit: unitName })}
      </Heading>
      <dl className="facts">
        <dt>{t('entry.details.saved')}</dt>
        <dd>
          {current
            ? t('entry.details.savedBy', {
                value: savedShown(measurement, indicator),
                name: current.enteredBy?.name ?? t('entry.someoneElse'),
                at: formatDateTime(current.enteredAt),
              })
            : t('entry.details.nothingSaved')}
        </dd>
        <dt>{t('entry.details.due')}</dt>
        <dd>{formatDate(measurement.dueDate)}</dd>
      </dl>
      <Field>
        <Label>{t('entry.details.comment')}</Label>
        <Field.Description>
          {empty && editable
            ? t('entry.details.commentNeedsValue')
            : t('entry.details.commentHelp')}
        </Field.Description>
        <Textarea
          id={commentFieldId}
          rows={3}
          value={state.draft.comment}
          readOnly={!editable}
          maxLength={4000}
          onChange={(event) => onComment(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            onBack();
          }}
        />
      </Field>
      {measurement.version > 0 && (
        <div>
          <Button variant="secondary" data-size="sm" onClick={() => setHistoryOpen(true)}>
            <ClockDashedIcon aria-hidden />
            {t('entry.history.open')}
          </Button>
          <HistoryDialog
            open={historyOpen}
            onClose={() => setHistoryOpen(false)}
            measurement={measurement}
            indicator={indicator}
            title={t('entry.history.title', { indicator: indicator.name, unit: unitName })}
          />
        </div>
      )}
    </section>
  );
}

/** "3/40 (7,50 %)" for a ratio, "4,5" for a plain number. */
function savedShown(measurement: Measurement, indicator: ResultIndicator): string {
  const current = measurement.current;
  if (!current) return '';
  const locale = currentLocale();
  const text = savedText(current, indicator.definition, locale);
  return current.numerator === null
    ? valueText(current.value, indicator, locale)
    : `${text} (${valueText(current.value, indicator, locale)})`;
}

function HistoryDialog({
  open,
  onClose,
  measurement,
  indicator,
  title,
}: {
  open: boolean;
  onClose: () => void;
  measurement: Measurement;
  indicator: ResultIndicator;
  title: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      closeButton={t('common.closeDialog')}
      aria-labelledby={headingId}
      className="history-dialog"
      onKeyDown={wrapTabInside}
    >
      <div className="stack">
        <Heading level={2} data-size="sm" id={headingId}>
          {title}
        </Heading>
        {open && <HistoryTable measurement={measurement} indicator={indicator} />}
      </div>
    </Dialog>
  );
}

function HistoryTable({
  measurement,
  indicator,
}: {
  measurement: Measurement;
  indicator: ResultIndicator;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  const load = useCallback(() => valueHistory(measurement.id), [measurement.id]);
  const { data: history, error, reload } = useLoad(load);
  const locale = currentLocale();

  if (error) return <LoadError error={error} retry={reload} />;
  if (!history) return <Loading />;
  const shown = (entry: HistoryEntry) =>
    entry.numerator !== null && entry.denominator !== null
      ? `${savedText({ ...entry, enteredBy: null }, indicator.definition, locale)} (${valueText(entry.value, indicator, locale)})`
      : valueText(entry.value, indicator, locale);

  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table zebra data-size="sm" className="stacking-table">
        <caption id={captionId} className="ds-sr-only">
          {t('entry.history.caption')}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('entry.history.version')}</Table.HeaderCell>
            <Table.HeaderCell>{t('entry.history.value')}</Table.HeaderCell>
            <Table.HeaderCell>{t('entry.history.comment')}</Table.HeaderCell>
            <Table.HeaderCell>{t('entry.history.by')}</Table.HeaderCell>
            <Table.HeaderCell>{t('entry.history.source')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {history.map((entry) => (
            <Table.Row key={entry.version}>
              <Table.Cell data-label={t('entry.history.version')}>{entry.version}</Table.Cell>
              <Table.Cell data-label={t('entry.history.value')} className="nowrap">
                {shown(entry)}
              </Table.Cell>
              <Table.Cell data-label={t('entry.history.comment')} className="break">
                {entry.comment || '–'}
              </Table.Cell>
              <Table.Cell data-label={t('entry.history.by')}>
                {t('entry.history.byAt', {
                  name: entry.enteredBy?.name ?? t('entry.someoneElse'),
                  at: formatDateTime(entry.enteredAt),
                })}
              </Table.Cell>
              <Table.Cell data-label={t('entry.history.source')}>
                {t(`entry.history.sources.${entry.source}`)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
