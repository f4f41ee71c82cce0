/**
 * Archived focus areas and success criteria, out of the målekart but not gone: a planner can
 * bring them back. Criteria are those the unit sees, as in the målekart.
 */
import { Button, Details, Paragraph } from '@digdir/designsystemet-react';
import { ArrowUndoIcon } from '@navikt/aksel-icons';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../components/useLoad.js';
import { listCriteria, listFocusAreas } from '../../register/registerApi.js';
import type { FocusArea, SuccessCriterion } from '../../register/types.js';

export function ArchivedSection({
  unitId,
  canPlanTop,
  canPlan,
  restoreArea,
  restoreCriterion,
}: {
  unitId: string;
  canPlanTop: boolean;
  canPlan: (unitId: string) => boolean;
  restoreArea: (area: FocusArea) => void;
  restoreCriterion: (criterion: SuccessCriterion) => void;
}) {
  const { t } = useTranslation();
  const load = useCallback(
    () => Promise.all([listFocusAreas(true), listCriteria(unitId, true)]),
    [unitId],
  );
  const { data } = useLoad(load);
  if (!data) return null;
  const [areas, criteria] = data;
  const archivedAreas = areas.filter((area) => area.archivedAt && canPlanTop);
  const archivedCriteria = criteria.filter(
    (criterion) => criterion.archivedAt && canPlan(criterion.orgUnitId),
  );
  const count = archivedAreas.length + archivedCriteria.length;
  if (count === 0) return null;
  const areaName = (id: string) => areas.find((area) => area.id === id)?.name ?? '';

  return (
    <Details className="sc-archived">
      <Details.Summary>{t('structure.archived.title', { count })}</Details.Summary>
      <Details.Content>
        <ul className="plain-list sc-archived__list">
          {archivedAreas.map((area) => (
            <ArchivedItem
              key={area.id}
              text={t('structure.archived.area', { name: area.name })}
              name={area.name}
              onRestore={() => restoreArea(area)}
            />
          ))}
          {archivedCriteria.map((criterion) => (
            <ArchivedItem
              key={criterion.id}
              text={t('structure.archived.criterion', {
                name: criterion.name,
                area: areaName(criterion.focusAreaId),
              })}
              name={criterion.name}
              onRestore={() => restoreCriterion(criterion)}
            />
          ))}
        </ul>
      </Details.Content>
    </Details>
  );
}

function ArchivedItem({
  text,
  name,
  onRestore,
}: {
  text: string;
  name: string;
  onRestore: () => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="sc-archived__item">
      <Paragraph data-size="sm">{text}</Paragraph>
      <Button variant="tertiary" data-size="sm" onClick={onRestore}>
        <ArrowUndoIcon aria-hidden />
        {t('structure.archived.restore')}
        <span className="ds-sr-only"> {name}</span>
      </Button>
    </li>
  );
}
