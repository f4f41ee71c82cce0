/**
 * Which way a result moved since an earlier one, as an arrow and a word: "↑ bedre", "↓ dårligere",
 * "→ uendret". When better or worse cannot be told, the word says only the way it moved. The
 * colour only repeats what the word says.
 */
import { useTranslation } from 'react-i18next';
import type { Trend } from '#domain/trend.js';

const arrows = { up: '\u2191', down: '\u2193', flat: '\u2192' } as const; // ↑ ↓ →

export function TrendMark({ trend }: { trend: Trend }) {
  const { t } = useTranslation();
  // A range result that moved but stays as far from the range says only which way it moved.
  const { movement, assessment } = trend;
  const word =
    assessment === 'unknown' || assessment === 'same'
      ? t(`scorecard.trend.${movement}`)
      : t(`scorecard.trend.${assessment}`);
  return (
    <span className={`trend trend--${trend.assessment}`}>
      <span aria-hidden className="trend__arrow">
        {arrows[trend.movement]}
      </span>
      {word}
    </span>
  );
}
