/** The administrator's dialogs for one unit: create a subunit, edit, move and close. */
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog.js';
import { SelectField } from '../../components/SelectField.js';
import { type UnitForest, indentedName, unitOptions } from '../../components/unitTree.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { todayIso } from '../../format.js';
import { type OrgUnit, type UnitKind, unitKinds } from '../../types.js';
import * as orgUnits from './orgUnitsApi.js';
import { fieldText } from '../../components/formData.js';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  unit: OrgUnit;
  /** Called with a message for the user after the change is saved. */
  onDone: (message: string) => void;
}

const unitFields = ['name', 'code', 'kind', 'validFrom'] as const;

/** The kind a new subunit most likely has, one level below its parent. */
const kindBelow: Record<UnitKind, UnitKind> = {
  municipality: 'sector',
  sector: 'unit',
  unit: 'department',
  department: 'department',
  staff: 'department',
};

function UnitFields({ unit, errors, defaultKind }: {
  unit?: OrgUnit;
  errors: Record<string, string>;
  defaultKind: UnitKind;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Textfield
        label={t('orgUnit.field.name')}
        name="name"
        defaultValue={unit?.name}
        required
        error={errors.name}
      />
      <Textfield
        label={t('orgUnit.field.code')}
        description={t('orgUnit.field.codeHelp')}
        name="code"
        defaultValue={unit?.code}
        required
        error={errors.code}
      />
      <SelectField
        label={t('orgUnit.field.kind')}
        name="kind"
        defaultValue={unit?.kind ?? defaultKind}
        error={errors.kind}
      >
        {unitKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`orgUnit.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <Textfield
        label={t('orgUnit.field.validFrom')}
        description={unit ? undefined : t('orgUnit.field.validFromHelp')}
        name="validFrom"
        type="date"
        defaultValue={unit?.validFrom}
        error={errors.validFrom}
      />
    </>
  );
}

export function CreateUnitDialog({ open, onClose, unit: parent, onDone }: DialogProps) {
  const { t } = useTranslation();
  const errors = useFormErrors(unitFields);
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('orgUnit.create.title', { parent: parent.name })}
      submitLabel={t('orgUnit.create.submit')}
      errors={errors}
      onSubmit={async (form) => {
        const created = await orgUnits.createUnit({
          parentId: parent.id,
          name: fieldText(form, 'name'),
          code: fieldText(form, 'code'),
          kind: fieldText(form, 'kind') as UnitKind,
          validFrom: fieldText(form, 'validFrom') || undefined,
        });
        onDone(t('orgUnit.create.done', { name: created.name }));
      }}
    >
      <UnitFields errors={errors.fields} defaultKind={kindBelow[parent.kind]} />
    </FormDialog>
  );
}

export function EditUnitDialog({ open, onClose, unit, onDone }: DialogProps) {
  const { t } = useTranslation();
  const errors = useFormErrors(unitFields);
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('orgUnit.edit.title', { name: unit.name })}
      submitLabel={t('common.save')}
      errors={errors}
      onSubmit={async (form) => {
        await orgUnits.updateUnit(unit.id, {
          name: fieldText(form, 'name'),
          code: fieldText(form, 'code'),
          kind: fieldText(form, 'kind') as UnitKind,
          validFrom: fieldText(form, 'validFrom') || undefined,
        });
        onDone(t('orgUnit.edit.done'));
      }}
    >
      <UnitFields unit={unit} errors={errors.fields} defaultKind={unit.kind} />
    </FormDialog>
  );
}

export function MoveUnitDialog({
  open,
  onClose,
  unit,
  onDone,
  forest,
}: DialogProps & { forest: UnitForest }) {
  const { t } = useTranslation();
  const errors = useFormErrors(['parentId']);
  const ownSubtree = new Set(forest.subtreeIds(unit.id));
  const candidates = unitOptions(forest).filter(
    (option) => !ownSubtree.has(option.unit.id) && !option.unit.closed,
  );
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('orgUnit.move.title', { name: unit.name })}
      submitLabel={t('orgUnit.move.submit')}
      errors={errors}
      onSubmit={async (form) => {
        await orgUnits.moveUnit(unit.id, fieldText(form, 'parentId'));
        onDone(t('orgUnit.move.done'));
      }}
    >
      <Paragraph>{t('orgUnit.move.help')}</Paragraph>
      <SelectField
        label={t('orgUnit.move.newParent')}
        name="parentId"
        defaultValue={unit.parentId ?? undefined}
        error={errors.fields.parentId}
      >
        {candidates.map((option) => (
          <option key={option.unit.id} value={option.unit.id}>
            {indentedName(option)}
          </option>
        ))}
      </SelectField>
    </FormDialog>
  );
}

export function CloseUnitDialog({ open, onClose, unit, onDone }: DialogProps) {
  const { t } = useTranslation();
  const errors = useFormErrors(['validTo']);
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('orgUnit.close.title', { name: unit.name })}
      submitLabel={t('orgUnit.close.submit')}
      errors={errors}
      danger
      onSubmit={async (form) => {
        await orgUnits.closeUnit(unit.id, fieldText(form, 'validTo') || undefined);
        onDone(t('orgUnit.close.done', { name: unit.name }));
      }}
    >
      <Paragraph>{t('orgUnit.close.help')}</Paragraph>
      <Textfield
        label={t('orgUnit.field.validTo')}
        name="validTo"
        type="date"
        defaultValue={todayIso()}
        required
        error={errors.fields.validTo}
      />
    </FormDialog>
  );
}
