/**
 * The organisation as a nested list of links, each unit with a button that shows or hides its
 * subunits. Plain links and buttons keep it usable with the keyboard and any screen reader.
 */
import { Button, Tag } from '@digdir/designsystemet-react';
import { ChevronRightIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { UnitForest } from '../../components/unitTree.js';
import type { OrgUnit } from '../../types.js';

export function UnitTree({
  forest,
  selectedId,
  labelledBy,
}: {
  forest: UnitForest;
  selectedId: string | undefined;
  labelledBy: string;
}) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(forest.roots.map((unit) => unit.id)),
  );

  // When another unit is selected (from a link or the address), open the way down to it.
  const [openedFor, setOpenedFor] = useState<string | undefined>(undefined);
  if (selectedId !== openedFor) {
    setOpenedFor(selectedId);
    if (selectedId) {
      const path = [selectedId, ...forest.ancestorIds(selectedId)];
      if (!path.every((id) => expanded.has(id))) setExpanded(new Set([...expanded, ...path]));
    }
  }

  function toggle(unitId: string) {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(unitId)) next.add(unitId);
      return next;
    });
  }

  const props = { forest, selectedId, expanded, toggle };
  return (
    <ul className="unit-tree" aria-labelledby={labelledBy}>
      {forest.roots.map((unit) => (
        <TreeNode key={unit.id} unit={unit} {...props} />
      ))}
    </ul>
  );
}

interface NodeProps {
  unit: OrgUnit;
  forest: UnitForest;
  selectedId: string | undefined;
  expanded: ReadonlySet<string>;
  toggle: (unitId: string) => void;
}

function TreeNode({ unit, forest, selectedId, expanded, toggle }: NodeProps) {
  const { t } = useTranslation();
  const children = forest.childrenOf(unit.id);
  const open = expanded.has(unit.id);
  const selected = unit.id === selectedId;

  return (
    <li className="unit-tree__item">
      <div className="unit-tree__row" data-selected={selected || undefined}>
        {children.length > 0 ? (
          <Button
            variant="tertiary"
            icon
            data-size="sm"
            className="unit-tree__toggle"
            aria-expanded={open}
            aria-label={t('orgUnit.tree.subunitsOf', { name: unit.name })}
            onClick={() => toggle(unit.id)}
          >
            <ChevronRightIcon aria-hidden />
          </Button>
        ) : (
          <span className="unit-tree__spacer" data-size="sm" />
        )}
        <RouterLink
          to={`/organisation/${unit.id}`}
          className="unit-tree__link"
          aria-current={selected ? 'page' : undefined}
        >
          <span className="unit-tree__name">{unit.name}</span>
          <span className="unit-tree__meta">
            {unit.code} · {t(`orgUnit.kind.${unit.kind}`)}
            {unit.closed && (
              <Tag data-color="neutral" data-size="sm" className="unit-tree__closed">
                {t('orgUnit.status.closed')}
              </Tag>
            )}
          </span>
        </RouterLink>
      </div>
      {children.length > 0 && open && (
        <ul className="unit-tree__children">
          {children.map((child) => (
            <TreeNode
              key={child.id}
              unit={child}
              forest={forest}
              selectedId={selectedId}
              expanded={expanded}
              toggle={toggle}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
