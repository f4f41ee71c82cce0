/**
 * The fields of an action: what it is and where it belongs, what it is linked to, who answers for
 * it and when, and how far it has come. Mistakes are shown under their fields before sending, and
 * the server's refusals land on the same fields.
 */
import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionStatuses } from '#domain/actions.js';
import { FormAlert } from '../../components/FormAlert.js';
import { SelectField } from '../../components/SelectField.js';
import { indentedName, unitOptions } from '../../components/unitTree.js';
import type { FormErrors } from '../../components/useFormErrors.js';
import type { Person } from '../../register/useRegisterData.js';
import type { UnitAccess } from '../../register/useUnitAccess.js';
import { useMe } from '../../session/SessionProvider.js';
import type { ActionDraft } from './actionDraft.js';
import type { ActionStatus } from './actionsApi.js';
import { LinkPicker } from './LinkPicker.js';

export function ActionForm({
  start,
  access,
  people,
  errors,
  submitLabel,
  onSubmit,
  cancel,
  conflict,
}: {
  start: ActionDraft;
  access: UnitAccess;
  people: Person[];
  errors: FormErrors;
  submitLabel: string;
  /** Throws to show the error in the form. */
  onSubmit: (draft: ActionDraft) => Promise<void>;
  cancel: ReactNode;
  /** Someone else's newer version, when saving met it. */
  conflict?: ReactNode;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const [draft, setDraft] = useState(start);
  const [busy, setBusy] = useState(false);
  const set = (changes: Partial<ActionDraft>) =>
    setDraft((current) => ({ ...current, ...changes }));
  const fieldError = (field: string) => errors.fields[field];

  const units = unitOptions(access.forest).filter(
    (option) =>
      (access.can(option.unit.id, 'reporter') && !option.unit.closed) ||
      option.unit.id === start.orgUnitId,
  );
  const choosable = people.some((person) => person.id === me.user.id)
    ? people
    : [...people, { id: me.user.id, name: me.user.name }];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      await onSubmit(draft);
    } catch (error) {
      errors.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      id={errors.formId}
      noValidate
      onSubmit={(event) => void submit(event)}
      className="action-form"
    >
      <FormAlert message={errors.form} id={errors.alertId} />
      {conflict}
      <section className="action-form__section" aria-labelledby="action-form-about">
        <Heading level={2} data-size="xs" id="action-form-about">
          {t('actions.form.about')}
        </Heading>
        <SelectField
          label={t('actions.field.orgUnit')}
          name="orgUnitId"
          value={draft.orgUnitId}
          error={fieldError('orgUnitId')}
          onChange={(event) =>
            set({ orgUnitId: event.target.value, linkId: '', linkIndicatorId: '' })
          }
        >
          {units.map((option) => (
            <option key={option.unit.id} value={option.unit.id}>
              {indentedName(option)}
            </option>
          ))}
        </SelectField>
        <Textfield
          label={t('actions.field.title')}
          name="title"
          value={draft.title}
          required
          autoComplete="off"
          error={fieldError('title')}
          onChange={(event) => set({ title: event.target.value })}
        />
        <Textfield
          label={t('actions.field.description')}
          description={t('actions.help.description')}
          name="description"
          multiline
          rows={4}
          value={draft.description}
          error={fieldError('description')}
          onChange={(event) => set({ description: event.target.value })}
        />
        <LinkPicker draft={draft} set={set} errors={errors.fields} unitName={access.unitName} />
      </section>
      <section className="action-form__section" aria-labelledby="action-form-plan">
        <Heading level={2} data-size="xs" id="action-form-plan">
          {t('actions.form.plan')}
        </Heading>
        <div className="form-columns">
          <SelectField
            label={t('actions.field.responsible')}
            name="responsibleUserId"
            value={draft.responsibleUserId}
            error={fieldError('responsibleUserId')}
            onChange={(event) => set({ responsibleUserId: event.target.value })}
          >
            <option value="">{t('actions.nobody')}</option>
            {choosable.map((person) => (
              <option key={person.id} value={person.id}>
                {person.id === me.user.id ? t('actions.me', { name: person.name }) : person.name}
              </option>
            ))}
          </SelectField>
          <Textfield
            label={t('actions.field.startDate')}
            type="date"
            name="startDate"
            value={draft.startDate}
            error={fieldError('startDate')}
            onChange={(event) => set({ startDate: event.target.value })}
          />
          <Textfield
            label={t('actions.field.dueDate')}
            type="date"
            name="dueDate"
            value={draft.dueDate}
            error={fieldError('dueDate')}
            onChange={(event) => set({ dueDate: event.target.value })}
          />
        </div>
        <div className="form-columns">
          <SelectField
            label={t('actions.field.status')}
            description={t('actions.help.status')}
            name="status"
            value={draft.status}
            error={fieldError('status')}
            onChange={(event) => set({ status: event.target.value as ActionStatus })}
          >
            {actionStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`actions.status.${status}`)}
              </option>
            ))}
          </SelectField>
          <Textfield
            label={t('actions.field.progress')}
            description={t('actions.help.progress')}
            name="progress"
            inputMode="numeric"
            suffix="%"
            value={draft.progress}
            error={fieldError('progress')}
            onChange={(event) => set({ progress: event.target.value })}
          />
          <Textfield
            label={t('actions.field.costOptional')}
            description={t('actions.help.cost')}
            name="cost"
            inputMode="decimal"
            suffix="kr"
            value={draft.cost}
            error={fieldError('cost')}
            onChange={(event) => set({ cost: event.target.value })}
          />
        </div>
      </section>
      <div className="button-row">
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
        {cancel}
      </div>
    </form>
  );
}
