/**
 * Setting one indicator's target for one unit from the chosen year. Overriding starts from the
 * inherited values, so the planner changes only what differs.
 */
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog.js';
import { fieldText } from '../../components/formData.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { saveTargets } from '../../register/registerApi.js';
import { type TargetField, fieldsFor, readTarget } from '../../register/targetInput.js';
import { asFieldError, fieldTexts, typingError } from '../../register/targetValues.js';
import type { StructureIndicator } from '../../register/types.js';

export type TargetMode = 'override' | 'edit' | 'set';

export function TargetDialog({
  open,
  onClose,
  item,
  mode,
  unit,
  year,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  item: StructureIndicator;
  mode: TargetMode;
  unit: { id: string; name: string };
  year: number;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { indicator, target } = item;
  const direction = indicator.definition.direction;
  const fields = fieldsFor(direction);
  const errors = useFormErrors(fields, direction);
  const start = fieldTexts(mode === 'set' ? undefined : target?.values);

  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t(`target.dialog.${mode}`, { indicator: indicator.name })}
      submitLabel={t('target.dialog.submit')}
      errors={errors}
      onSubmit={async (form) => {
        const read = readTarget(direction, (field) => fieldText(form, field));
        if (!read.ok) throw typingError(read.issues);
        if (!read.values) {
          throw typingError([{ field: fields[0] ?? 'target', code: 'required', message: '' }]);
        }
        const change = { indicatorId: indicator.id, orgUnitId: unit.id, values: read.values };
        try {
          await saveTargets(String(year), [change]);
        } catch (error) {
          throw asFieldError(error);
        }
        onDone(t('target.saved', { indicator: indicator.name, unit: unit.name }));
      }}
    >
      <Paragraph data-size="sm">
        {t('target.dialog.scope', { unit: unit.name, year })}{' '}
        {t(`indicator.directionHelp.${direction}`)}
      </Paragraph>
      {fields.map((field) => (
        <TargetInput key={field} field={field} start={start[field]} error={errors.fields[field]} />
      ))}
    </FormDialog>
  );
}

function TargetInput({
  field,
  start,
  error,
}: {
  field: TargetField;
  start: string;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const helped = field === 'threshold' || field === 'tolerance';
  const help = helped ? t(`target.help.${field}`) : undefined;
  return (
    <Textfield
      label={t(`target.field.${field}`)}
      description={help}
      name={field}
      defaultValue={start}
      inputMode="decimal"
      autoComplete="off"
      required={field !== 'tolerance'}
      error={error}
    />
  );
}
