/** Dialogs for the målekart's structure: a focus area, and a success criterion within one. */
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog.js';
import { fieldText } from '../../components/formData.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import * as register from '../../register/registerApi.js';
import type { FocusArea, SuccessCriterion } from '../../register/types.js';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  /** Called with a message for the user once the change is saved. */
  onDone: (message: string) => void;
}

const nameFields = ['name', 'description'] as const;

const readNames = (form: FormData) => ({
  name: fieldText(form, 'name'),
  description: fieldText(form, 'description'),
});

function NameFields({
  name,
  description,
  errors,
}: {
  name?: string;
  description?: string;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Textfield
        label={t('structure.field.name')}
        name="name"
        defaultValue={name}
        required
        autoComplete="off"
        error={errors.name}
      />
      <Textfield
        label={t('structure.field.description')}
        description={t('structure.field.descriptionHelp')}
        name="description"
        defaultValue={description}
        multiline
        rows={3}
        error={errors.description}
      />
    </>
  );
}

/** Creates a focus area, or edits the one given. */
export function FocusAreaDialog({ area, ...props }: DialogProps & { area?: FocusArea }) {
  const { t } = useTranslation();
  const errors = useFormErrors(nameFields);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={area ? t('focusArea.edit.title', { name: area.name }) : t('focusArea.create.title')}
      submitLabel={area ? t('common.save') : t('focusArea.create.submit')}
      errors={errors}
      onSubmit={async (form) => {
        const input = readNames(form);
        if (area) {
          await register.updateFocusArea(area.id, input);
          props.onDone(t('focusArea.edit.done', { name: input.name }));
        } else {
          await register.createFocusArea(input);
          props.onDone(t('focusArea.create.done', { name: input.name }));
        }
      }}
    >
      <Paragraph data-size="sm">{t('focusArea.help')}</Paragraph>
      <NameFields name={area?.name} description={area?.description} errors={errors.fields} />
    </FormDialog>
  );
}

/** Creates a criterion owned by the unit in a focus area, or edits the one given. */
export function CriterionDialog({
  area,
  unit,
  criterion,
  ...props
}: DialogProps & {
  area: FocusArea;
  unit: { id: string; name: string };
  criterion?: SuccessCriterion;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors(nameFields);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={
        criterion
          ? t('criterion.edit.title', { name: criterion.name })
          : t('criterion.create.title', { area: area.name })
      }
      submitLabel={criterion ? t('common.save') : t('criterion.create.submit')}
      errors={errors}
      onSubmit={async (form) => {
        const input = readNames(form);
        if (criterion) {
          await register.updateCriterion(criterion.id, input);
          props.onDone(t('criterion.edit.done', { name: input.name }));
        } else {
          await register.createCriterion({ ...input, focusAreaId: area.id, orgUnitId: unit.id });
          props.onDone(t('criterion.create.done', { name: input.name }));
        }
      }}
    >
      {!criterion && (
        <Paragraph data-size="sm">{t('criterion.create.help', { unit: unit.name })}</Paragraph>
      )}
      <NameFields
        name={criterion?.name}
        description={criterion?.description}
        errors={errors.fields}
      />
    </FormDialog>
  );
}
