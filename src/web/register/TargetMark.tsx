/**
 * Whether a unit's target is its own or inherited, in words with an icon; never by colour alone.
 */
import { Tag } from '@digdir/designsystemet-react';
import { ArrowDownRightIcon, PushPinIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import type { TargetView } from './types.js';

export function TargetMark({
  target,
  unitName,
}: {
  target: TargetView;
  unitName: (unitId: string) => string | undefined;
}) {
  const { t } = useTranslation();
  if (target.inheritedFrom === null) {
    return (
      <Tag data-color="info" data-size="sm" className="target-mark">
        <PushPinIcon aria-hidden />
        {t('target.own')}
      </Tag>
    );
  }
  const from = unitName(target.inheritedFrom);
  return (
    <Tag data-color="neutral" data-size="sm" className="target-mark">
      <ArrowDownRightIcon aria-hidden />
      {from ? t('target.inheritedFrom', { unit: from }) : t('target.inheritedFromAbove')}
    </Tag>
  );
}
