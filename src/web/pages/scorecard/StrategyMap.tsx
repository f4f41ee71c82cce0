/**
 * The strategy map: each focus area a band, its success criteria boxes in it, each box coloured
 * by the worst measured result under it and saying so in words, with its counts. Small enough to
 * see the whole municipality's picture at once; a box's name leads to its rows in the table.
 */
import { Heading, Link, Tag } from '@digdir/designsystemet-react';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CardFocusArea, Scorecard } from '#domain/scorecardView.js';
import { statusPresentation } from '#domain/status.js';
import { StatusMark } from '../results/StatusMark.js';
import { type MapBox, mapBoxes, scorecardPath } from './cardView.js';
import { StatusCountList, StatusLegend } from './StatusCountList.js';

export const StrategyMap = memo(function StrategyMap({ card }: { card: Scorecard }) {
  const { t } = useTranslation();
  const tablePath = scorecardPath(card.unit.id, card.period.key, 'table');
  return (
    <div className="strategy-map">
      <StatusLegend />
      {card.focusAreas.length === 0 && <p>{t('scorecard.noAreas')}</p>}
      {card.focusAreas.map((area) => (
        <Band key={area.id} area={area} tablePath={tablePath} />
      ))}
    </div>
  );
});

function Band({ area, tablePath }: { area: CardFocusArea; tablePath: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const boxes = mapBoxes(area);
  return (
    <section className="strategy-map__band" aria-labelledby={headingId}>
      <div className="strategy-map__area">
        <Heading level={2} data-size="2xs" id={headingId}>
          {area.name}
        </Heading>
        <StatusCountList
          counts={area.counts}
          label={t('scorecard.countsOf', { name: area.name })}
          compact
        />
      </div>
      {boxes.length === 0 ? (
        <p className="muted">{t('scorecard.noIndicators')}</p>
      ) : (
        <ul className="strategy-map__boxes">
          {boxes.map((box) => (
            <Box
              key={box.id}
              box={box}
              name={
                box.name ??
                (area.criteria.length > 0
                  ? t('scorecard.otherIndicators')
                  : t('scorecard.indicators'))
              }
              href={`${tablePath}#criterion-${box.id}`}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function Box({ box, name, href }: { box: MapBox; name: string; href: string }) {
  const { t } = useTranslation();
  const tone = box.status ? statusPresentation[box.status].tone : 'neutral';
  return (
    <li className={`strategy-box strategy-box--${tone}`}>
      <Link asChild className="strategy-box__name">
        <RouterLink to={href}>{name}</RouterLink>
      </Link>
      <div className="strategy-box__status">
        {box.label ? (
          <span>
            {box.status && <span className="ds-sr-only">{t('scorecard.map.worst')} </span>}
            <StatusMark status={box.label} />
          </span>
        ) : (
          <Tag data-color="neutral" data-size="sm">
            {t('scorecard.noIndicators')}
          </Tag>
        )}
        <StatusCountList counts={box.counts} label={t('scorecard.countsOf', { name })} compact />
      </div>
    </li>
  );
}
