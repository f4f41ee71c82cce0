/**
 * The grid itself: one row per indicator, one column per unit, and in each cell the fields for
 * the unit's own target beside where its current target comes from.
 */
import {
  Field,
  Input,
  Label,
  Paragraph,
  Table,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TargetMark } from '../../register/TargetMark.js';
import { type TargetField, fieldsFor } from '../../register/targetInput.js';
import { describeTarget } from '../../register/targetValues.js';
import type { GridCell, GridIndicator, TargetGrid } from '../../register/types.js';
import { type Draft, cellKey } from './targetDraft.js';

export interface CellError {
  field: TargetField;
  message: string;
}

export function TargetTable({
  grid,
  drafts,
  errors,
  unitName,
  onEdit,
}: {
  grid: TargetGrid;
  drafts: ReadonlyMap<string, Draft>;
  errors: ReadonlyMap<string, CellError>;
  unitName: (unitId: string) => string | undefined;
  onEdit: (key: string, field: TargetField, text: string) => void;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  const cellOf = new Map(
    grid.cells.map((cell) => [cellKey(cell.indicatorId, cell.orgUnitId), cell]),
  );

  return (
    <div
      className="table-scroll target-grid"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <Table className="target-grid__table" data-size="sm">
        <caption id={captionId} className="ds-sr-only">
          {t('targetGrid.caption')}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('targetGrid.indicator')}</Table.HeaderCell>
            {grid.units.map((unit) => (
              <Table.HeaderCell scope="col" key={unit.id}>
                {unit.name}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {grid.indicators.map((indicator) => (
            <Table.Row key={indicator.id}>
              <Table.HeaderCell scope="row">
                <span className="target-grid__name">{indicator.name}</span>
                <span className="target-grid__meta">
                  {indicator.code} · {t(`indicator.direction.${indicator.direction}`)}
                </span>
              </Table.HeaderCell>
              {grid.units.map((unit) => {
                const key = cellKey(indicator.id, unit.id);
                const cell = cellOf.get(key);
                return (
                  <Table.Cell key={unit.id}>
                    {cell?.applies ? (
                      <CellFields
                        cellId={key}
                        indicator={indicator}
                        unit={unit}
                        cell={cell}
                        draft={drafts.get(key)}
                        error={errors.get(key)}
                        unitName={unitName}
                        onEdit={(field, text) => onEdit(key, field, text)}
                      />
                    ) : (
                      <span className="muted">{t('targetGrid.notApplicable')}</span>
                    )}
                  </Table.Cell>
                );
              })}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function CellFields({
  cellId,
  indicator,
  unit,
  cell,
  draft,
  error,
  unitName,
  onEdit,
}: {
  cellId: string;
  indicator: GridIndicator;
  unit: { id: string; name: string };
  cell: GridCell;
  draft: Draft | undefined;
  error: CellError | undefined;
  unitName: (unitId: string) => string | undefined;
  onEdit: (field: TargetField, text: string) => void;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const target = cell.target;
  const inherited = target && target.inheritedFrom !== null ? target : null;

  return (
    <div className="target-grid__cell">
      <div className="target-grid__fields">
        {fieldsFor(indicator.direction).map((field) => (
          <Field key={field} data-size="sm" className="target-grid__field">
            <Label>
              {t(`target.short.${field}`)}
              <span className="ds-sr-only">
                {' '}
                {t('targetGrid.fieldFor', { indicator: indicator.name, unit: unit.name })}
              </span>
            </Label>
            <Input
              data-cell={cellId}
              data-field={field}
              value={draft?.[field] ?? ''}
              onChange={(event) => onEdit(field, event.target.value)}
              inputMode="decimal"
              autoComplete="off"
              aria-invalid={error?.field === field ? true : undefined}
              aria-describedby={error?.field === field ? errorId : undefined}
            />
          </Field>
        ))}
      </div>
      {/* Below both fields, so the message has the cell's width and not one field's. */}
      {error && <ValidationMessage id={errorId}>{error.message}</ValidationMessage>}
      {target && target.inheritedFrom === null && (
        <TargetMark target={target} unitName={unitName} />
      )}
      {inherited && (
        <div className="target-grid__inherited">
          <TargetMark target={inherited} unitName={unitName} />
          <Paragraph data-size="xs">
            {describeTarget(inherited.values, indicator.decimals)}
          </Paragraph>
        </div>
      )}
      {!target && (
        <Paragraph data-size="xs" className="muted">
          {t('target.none')}
        </Paragraph>
      )}
    </div>
  );
}
