/**
 * What came of the last paste or save in the entry grid, in words: a notice in a live region,
 * or a refusal. When someone else saved first, it names them and their value, and offers to
 * load the grid again.
 */
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { ArrowsCirclepathIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format.js';
import type { Measurement } from '../../results/types.js';
import type { Outcome } from './useEntryDrafts.js';

export function EntryOutcome({
  outcome,
  describe,
  onReload,
}: {
  outcome: Outcome;
  describe: (measurement: Measurement) => { indicator: string; unit: string; value: string };
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const conflict = outcome.conflict;
  return (
    <>
      <div role="status" className="notice">
        {outcome.notice && (
          <Alert data-color="success" data-size="sm">
            <Paragraph>{outcome.notice}</Paragraph>
          </Alert>
        )}
        {outcome.warning && (
          <Alert data-color="warning" data-size="sm" className="entry__warning">
            <Paragraph>{outcome.warning}</Paragraph>
          </Alert>
        )}
      </div>
      {outcome.failure && (
        <Alert data-color="danger" role="alert" data-size="sm">
          <Paragraph>{outcome.failure}</Paragraph>
        </Alert>
      )}
      {conflict && (
        <Alert data-color="danger" role="alert" data-size="sm">
          <Paragraph>
            {t('entry.conflict', {
              ...describe(conflict),
              name: conflict.current?.enteredBy?.name ?? t('entry.someoneElse'),
              at: conflict.current ? formatDateTime(conflict.current.enteredAt) : '',
            })}
          </Paragraph>
          <Button variant="secondary" data-size="sm" className="alert-action" onClick={onReload}>
            <ArrowsCirclepathIcon aria-hidden />
            {t('entry.reload')}
          </Button>
        </Alert>
      )}
    </>
  );
}
