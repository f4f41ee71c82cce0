import { useTranslation } from 'react-i18next';

/** An empty cell: a dash to the eye, "none" to a screen reader. */
export function Missing() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden className="muted">
        –
      </span>
      <span className="ds-sr-only">{t('scorecard.none')}</span>
    </>
  );
}
