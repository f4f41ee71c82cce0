import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.js';
import { errorMessage } from './messages.js';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <Spinner aria-label={t('app.loading')} data-size="md" />
    </div>
  );
}

/**
 * A failed load, in words, with a way to try again where trying again can help: not when the
 * server has answered that the thing is missing or out of reach.
 */
export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  const final = error instanceof ApiError && error.status >= 400 && error.status < 500;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{errorMessage(error)}</Paragraph>
      {retry && !final && (
        <Button variant="secondary" data-size="sm" onClick={retry} className="alert-action">
          {t('common.tryAgain')}
        </Button>
      )}
    </Alert>
  );
}
