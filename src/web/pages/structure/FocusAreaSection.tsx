/**
 * One focus area of the målekart as a branch of the tree: its success criteria, and under each
 * the indicators that support it, with the menus a planner needs to shape them.
 */
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import {
  ArchiveIcon,
  ArrowDownIcon,
  ArrowUpIcon,
  PencilIcon,
  PlusIcon,
} from '@navikt/aksel-icons';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionMenu, type MenuAction } from '../../register/ActionMenu.js';
import type {
  StructureCriterion,
  StructureFocusArea,
  StructureIndicator,
} from '../../register/types.js';
import { IndicatorRow, type TargetActions } from './IndicatorRow.js';

export interface StructureActions {
  /** Whether the user plans the whole organisation, which focus areas need. */
  canPlanTop: boolean;
  /** Whether the user may plan the unit shown, which new criteria and targets need. */
  canPlanUnit: boolean;
  canPlanCriterion: (criterion: StructureCriterion) => boolean;
  unitId: string;
  rootId: string | undefined;
  unitName: (unitId: string) => string | undefined;
  editArea: (area: StructureFocusArea) => void;
  moveArea: (area: StructureFocusArea, step: -1 | 1) => void;
  archiveArea: (area: StructureFocusArea) => void;
  addCriterion: (area: StructureFocusArea) => void;
  editCriterion: (area: StructureFocusArea, criterion: StructureCriterion) => void;
  moveCriterion: (area: StructureFocusArea, criterion: StructureCriterion, step: -1 | 1) => void;
  archiveCriterion: (criterion: StructureCriterion) => void;
  targets: TargetActions;
}

export function FocusAreaSection({
  area,
  position,
  count,
  actions,
}: {
  area: StructureFocusArea;
  position: number;
  count: number;
  actions: StructureActions;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const menu: MenuAction[] = !actions.canPlanTop
    ? []
    : [
        {
          label: t('structure.action.edit'),
          icon: <PencilIcon aria-hidden />,
          onSelect: () => actions.editArea(area),
        },
        ...moves(t, position, count, (step) => actions.moveArea(area, step)),
        {
          label: t('structure.action.archive'),
          icon: <ArchiveIcon aria-hidden />,
          onSelect: () => actions.archiveArea(area),
          danger: true,
        },
      ];
  const empty = area.criteria.length === 0 && area.otherIndicators.length === 0;

  return (
    <section className="panel sc-area" aria-labelledby={headingId}>
      <div className="sc-head">
        <Heading level={2} data-size="sm" id={headingId}>
          {area.name}
        </Heading>
        <ActionMenu
          label={t('structure.action.menu')}
          context={t('focusArea.menuFor', { name: area.name })}
          actions={menu}
        />
      </div>
      {area.description && <Paragraph data-size="sm">{area.description}</Paragraph>}
      {empty && (
        <Paragraph data-size="sm" className="muted">
          {t('focusArea.empty')}
        </Paragraph>
      )}
      {area.criteria.length > 0 && (
        <ul className="sc-branch">
          {area.criteria.map((criterion, index) => (
            <CriterionBranch
              key={criterion.id}
              area={area}
              criterion={criterion}
              position={index}
              actions={actions}
            />
          ))}
        </ul>
      )}
      {area.otherIndicators.length > 0 && (
        <div className="sc-other">
          <Heading level={3} data-size="2xs">
            {t('focusArea.otherIndicators')}
          </Heading>
          <IndicatorList items={area.otherIndicators} actions={actions.targets} />
        </div>
      )}
      {actions.canPlanUnit && (
        <div>
          <Button variant="tertiary" data-size="sm" onClick={() => actions.addCriterion(area)}>
            <PlusIcon aria-hidden />
            {t('criterion.create.open')}
            <span className="ds-sr-only"> {t('criterion.create.in', { area: area.name })}</span>
          </Button>
        </div>
      )}
    </section>
  );
}

function moves(
  t: TFunction,
  position: number,
  count: number,
  move: (step: -1 | 1) => void,
): MenuAction[] {
  const list: MenuAction[] = [];
  if (position > 0) {
    const icon = <ArrowUpIcon aria-hidden />;
    list.push({ label: t('structure.action.up'), icon, onSelect: () => move(-1) });
  }
  if (position < count - 1) {
    const icon = <ArrowDownIcon aria-hidden />;
    list.push({ label: t('structure.action.down'), icon, onSelect: () => move(1) });
  }
  return list;
}

function CriterionBranch({
  area,
  criterion,
  position,
  actions,
}: {
  area: StructureFocusArea;
  criterion: StructureCriterion;
  position: number;
  actions: StructureActions;
}) {
  const { t } = useTranslation();
  const canPlan = actions.canPlanCriterion(criterion);
  // Reordering names every criterion the unit sees, so it needs planning rights on all of them.
  const canReorder = area.criteria.every((other) => actions.canPlanCriterion(other));
  const menu: MenuAction[] = !canPlan
    ? []
    : [
        {
          label: t('structure.action.edit'),
          icon: <PencilIcon aria-hidden />,
          onSelect: () => actions.editCriterion(area, criterion),
        },
        ...(canReorder
          ? moves(t, position, area.criteria.length, (step) =>
              actions.moveCriterion(area, criterion, step),
            )
          : []),
        {
          label: t('structure.action.archive'),
          icon: <ArchiveIcon aria-hidden />,
          onSelect: () => actions.archiveCriterion(criterion),
          danger: true,
        },
      ];

  return (
    <li className="sc-criterion">
      <div className="sc-head">
        <Heading level={3} data-size="xs">
          {criterion.name}
        </Heading>
        <OwnerTag criterion={criterion} actions={actions} />
        <ActionMenu
          label={t('structure.action.menu')}
          context={t('criterion.menuFor', { name: criterion.name })}
          actions={menu}
        />
      </div>
      {criterion.description && <Paragraph data-size="sm">{criterion.description}</Paragraph>}
      {criterion.indicators.length > 0 ? (
        <IndicatorList items={criterion.indicators} actions={actions.targets} />
      ) : (
        <Paragraph data-size="sm" className="muted">
          {t('criterion.noIndicators')}
        </Paragraph>
      )}
    </li>
  );
}

/** Who a criterion belongs to: the whole municipality, this unit, or a unit above it. */
function OwnerTag({
  criterion,
  actions,
}: {
  criterion: StructureCriterion;
  actions: StructureActions;
}) {
  const { t } = useTranslation();
  const text =
    criterion.orgUnitId === actions.rootId
      ? t('criterion.owner.shared')
      : criterion.orgUnitId === actions.unitId
        ? t('criterion.owner.own')
        : t('criterion.owner.from', {
            unit: actions.unitName(criterion.orgUnitId) ?? t('criterion.owner.above'),
          });
  return (
    <Tag data-color="neutral" data-size="sm">
      {text}
    </Tag>
  );
}

function IndicatorList({
  items,
  actions,
}: {
  items: StructureIndicator[];
  actions: TargetActions;
}) {
  return (
    <ul className="sc-indicators">
      {items.map((item) => (
        <IndicatorRow key={item.indicator.id} item={item} actions={actions} />
      ))}
    </ul>
  );
}
