/** A status as symbol and words, never by colour alone: ✓ Nådd, ▲ Nesten, ✕ Ikke nådd … */
import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { type Status, statusPresentation } from '#domain/status.js';

const colours = {
  success: 'success',
  warning: 'warning',
  danger: 'danger',
  neutral: 'neutral',
  info: 'info',
} as const;

export function StatusMark({ status }: { status: Status }) {
  const { t } = useTranslation();
  const { symbol, tone } = statusPresentation[status];
  return (
    <Tag data-color={colours[tone]} data-size="sm" className="status-mark">
      <span aria-hidden className="status-mark__symbol">
        {symbol}
      </span>
      {t(`status.${status}`)}
    </Tag>
  );
}
