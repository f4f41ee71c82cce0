/**
 * Every field of an indicator's definition, in the order a planner thinks about them: what it is
 * called and where it belongs, what it means, what it is measured from, how it is measured, how
 * values combine, and who owns it and sees it.
 */
import { Button, Heading } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert.js';
import { indentedName, unitOptions } from '../../components/unitTree.js';
import type { FormErrors } from '../../components/useFormErrors.js';
import {
  basisKinds,
  directions,
  frequencies,
  periodAggregations,
  publicationLevels,
  unitsOfMeasure,
  valueTypes,
} from '../../register/types.js';
import type { RegisterData } from '../../register/useRegisterData.js';
import type { UnitAccess } from '../../register/useUnitAccess.js';
import {
  type Binding,
  CheckboxGroup,
  ChoiceSelect,
  RadioGroup,
  TextInput,
} from './formFields.js';
import { type IndicatorDraft, aggregationsFor } from './indicatorDraft.js';

export function IndicatorForm({
  start,
  editing,
  access,
  names,
  errors,
  onOwnerChange,
  onSubmit,
  cancel,
}: {
  start: IndicatorDraft;
  editing: boolean;
  access: UnitAccess;
  names: RegisterData;
  errors: FormErrors;
  /** Criteria are those the owning unit sees, so the page loads them again for a new owner. */
  onOwnerChange: (ownerUnitId: string) => void;
  onSubmit: (draft: IndicatorDraft) => Promise<void>;
  cancel: ReactNode;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(start);
  const [busy, setBusy] = useState(false);
  const bind: Binding = {
    draft,
    errors: errors.fields,
    set: (changes) => setDraft((current) => ({ ...current, ...changes })),
  };

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
      onSubmit={(event) => void submit(event)}
      noValidate
      className="indicator-form"
    >
      <FormAlert message={errors.form} id={errors.alertId} />
      <IdentitySection bind={bind} names={names} />
      <Section title={t('indicator.section.meaning')}>
        <TextInput
          bind={bind}
          draftKey="definition"
          field="definition.definition"
          label={t('indicator.field.definition')}
          description={t('indicator.help.definition')}
          multiline
        />
        <TextInput
          bind={bind}
          draftKey="purpose"
          field="definition.purpose"
          label={t('indicator.field.purpose')}
          multiline
        />
        <TextInput
          bind={bind}
          draftKey="weaknesses"
          field="definition.weaknesses"
          label={t('indicator.field.weaknesses')}
          description={t('indicator.help.weaknesses')}
          multiline
        />
      </Section>
      <BasisSection bind={bind} />
      <MeasureSection bind={bind} />
      <CombineSection bind={bind} />
      <OwnershipSection
        bind={bind}
        access={access}
        names={names}
        onOwnerChange={(ownerUnitId) => {
          bind.set({ ownerUnitId, unitIds: [ownerUnitId] });
          onOwnerChange(ownerUnitId);
        }}
      />
      <Section
        title={t(editing ? 'indicator.section.effectiveEdit' : 'indicator.section.effective')}
      >
        <TextInput
          bind={bind}
          draftKey="effectiveFrom"
          field="effectiveFrom"
          type="date"
          label={t('indicator.field.effectiveFrom')}
          description={t('indicator.help.effectiveFrom')}
        />
      </Section>
      <div className="button-row">
        <Button type="submit" loading={busy}>
          {t(editing ? 'common.save' : 'indicator.create.submit')}
        </Button>
        {cancel}
      </div>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="panel stack indicator-form__section" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function IdentitySection({ bind, names }: { bind: Binding; names: RegisterData }) {
  const { t } = useTranslation();
  const { draft } = bind;
  const areas = names.focusAreas.filter(
    (area) => !area.archivedAt || area.id === draft.focusAreaId,
  );
  const criteria = names.criteria.filter(
    (criterion) =>
      criterion.focusAreaId === draft.focusAreaId &&
      (!criterion.archivedAt || draft.criterionIds.includes(criterion.id)),
  );
  return (
    <Section title={t('indicator.section.identity')}>
      <div className="form-columns">
        <TextInput
          bind={bind}
          draftKey="code"
          field="code"
          label={t('indicator.field.code')}
          description={t('indicator.help.code')}
          required
        />
        <TextInput
          bind={bind}
          draftKey="name"
          field="name"
          label={t('indicator.field.name')}
          required
        />
      </div>
      <ChoiceSelect
        bind={bind}
        draftKey="focusAreaId"
        field="focusAreaId"
        label={t('indicator.field.focusAreaId')}
        choices={areas.map((area) => ({ value: area.id, label: area.name }))}
      />
      <CheckboxGroup
        bind={bind}
        draftKey="criterionIds"
        field="criterionIds"
        legend={t('indicator.field.criterionIds')}
        description={t('indicator.help.criterionIds')}
        choices={criteria.map((criterion) => ({ value: criterion.id, label: criterion.name }))}
        empty={t('indicator.help.noCriteria')}
      />
    </Section>
  );
}

function BasisSection({ bind }: { bind: Binding }) {
  const { t } = useTranslation();
  const kind = bind.draft.basisKind;
  return (
    <Section title={t('indicator.field.basis')}>
      <RadioGroup
        bind={bind}
        draftKey="basisKind"
        field="definition.basis.kind"
        legend={t('indicator.field.basisKind')}
        choices={basisKinds.map((value) => ({
          value,
          label: t(`indicator.basisKind.${value}`),
          description: t(`indicator.basisHelp.${value}`),
        }))}
      />
      {kind === 'question' && (
        <TextInput
          bind={bind}
          draftKey="questions"
          field="definition.basis.questions"
          label={t('indicator.field.questions')}
          description={t('indicator.help.questions')}
          multiline
          required
        />
      )}
      {kind === 'register' && (
        <TextInput
          bind={bind}
          draftKey="system"
          field="definition.basis.system"
          label={t('indicator.field.system')}
          description={t('indicator.help.system')}
          required
        />
      )}
      {kind === 'external_statistic' && (
        <div className="form-columns">
          <TextInput
            bind={bind}
            draftKey="source"
            field="definition.basis.source"
            label={t('indicator.field.source')}
            description={t('indicator.help.source')}
            required
          />
          <TextInput
            bind={bind}
            draftKey="table"
            field="definition.basis.table"
            label={t('indicator.field.table')}
            description={t('indicator.help.table')}
            required
          />
          <TextInput
            bind={bind}
            draftKey="figure"
            field="definition.basis.figure"
            label={t('indicator.field.figure')}
            description={t('indicator.help.figure')}
          />
        </div>
      )}
      {kind === 'free_text' && (
        <TextInput
          bind={bind}
          draftKey="freeText"
          field="definition.basis.text"
          label={t('indicator.field.freeText')}
          multiline
          required
        />
      )}
    </Section>
  );
}

function MeasureSection({ bind }: { bind: Binding }) {
  const { t } = useTranslation();
  const { draft } = bind;
  return (
    <Section title={t('indicator.section.measure')}>
      <div className="form-columns">
        <ChoiceSelect
          bind={bind}
          draftKey="unitOfMeasure"
          field="definition.unitOfMeasure"
          label={t('indicator.field.unitOfMeasure')}
          choices={unitsOfMeasure.map((value) => ({
            value,
            label: t(`indicator.unitOfMeasure.${value}`),
          }))}
        />
        <ChoiceSelect
          bind={bind}
          draftKey="decimals"
          field="definition.decimals"
          label={t('indicator.field.decimals')}
          description={t('indicator.help.decimals')}
          choices={['0', '1', '2', '3', '4'].map((value) => ({ value, label: value }))}
        />
      </div>
      {draft.unitOfMeasure === 'score' && (
        <div className="form-columns">
          <TextInput
            bind={bind}
            draftKey="scaleMin"
            field="definition.scaleMin"
            label={t('indicator.field.scaleMin')}
            description={t('indicator.help.scale')}
            inputMode="decimal"
            required
          />
          <TextInput
            bind={bind}
            draftKey="scaleMax"
            field="definition.scaleMax"
            label={t('indicator.field.scaleMax')}
            inputMode="decimal"
            required
          />
        </div>
      )}
      <RadioGroup
        bind={bind}
        draftKey="valueType"
        field="definition.valueType"
        legend={t('indicator.field.valueType')}
        choices={valueTypes.map((value) => ({
          value,
          label: t(`indicator.valueType.${value}`),
          description: t(`indicator.valueTypeHelp.${value}`),
        }))}
        onChoose={(value) => {
          const valueType = value === 'ratio' ? 'ratio' : 'number';
          const allowed = aggregationsFor(valueType);
          const unitAggregation = allowed.includes(draft.unitAggregation)
            ? draft.unitAggregation
            : (allowed[0] ?? 'none');
          bind.set({ valueType, unitAggregation });
        }}
      />
      <RadioGroup
        bind={bind}
        draftKey="direction"
        field="definition.direction"
        legend={t('indicator.field.direction')}
        choices={directions.map((value) => ({
          value,
          label: t(`indicator.direction.${value}`),
          description: t(`indicator.directionHelp.${value}`),
        }))}
      />
    </Section>
  );
}

function CombineSection({ bind }: { bind: Binding }) {
  const { t } = useTranslation();
  return (
    <Section title={t('indicator.section.combine')}>
      <div className="form-columns">
        <ChoiceSelect
          bind={bind}
          draftKey="unitAggregation"
          field="definition.unitAggregation"
          label={t('indicator.field.unitAggregation')}
          description={t('indicator.help.unitAggregation')}
          choices={aggregationsFor(bind.draft.valueType).map((value) => ({
            value,
            label: t(`indicator.unitAggregation.${value}`),
          }))}
        />
        <ChoiceSelect
          bind={bind}
          draftKey="periodAggregation"
          field="definition.periodAggregation"
          label={t('indicator.field.periodAggregation')}
          description={t('indicator.help.periodAggregation')}
          choices={periodAggregations.map((value) => ({
            value,
            label: t(`indicator.periodAggregation.${value}`),
          }))}
        />
        <ChoiceSelect
          bind={bind}
          draftKey="frequency"
          field="definition.frequency"
          label={t('indicator.field.frequency')}
          choices={frequencies.map((value) => ({
            value,
            label: t(`indicator.frequency.${value}`),
          }))}
        />
        <TextInput
          bind={bind}
          draftKey="dataCapture"
          field="definition.dataCapture"
          label={t('indicator.field.dataCapture')}
          description={t('indicator.help.dataCapture')}
        />
      </div>
    </Section>
  );
}

function OwnershipSection({
  bind,
  access,
  names,
  onOwnerChange,
}: {
  bind: Binding;
  access: UnitAccess;
  names: RegisterData;
  onOwnerChange: (ownerUnitId: string) => void;
}) {
  const { t } = useTranslation();
  const { draft } = bind;
  const owners = unitOptions(access.forest).filter(
    (option) => access.can(option.unit.id, 'planner') || option.unit.id === draft.ownerUnitId,
  );
  const inside = new Set(access.forest.subtreeIds(draft.ownerUnitId));
  const applies = unitOptions(access.forest).filter((option) => inside.has(option.unit.id));

  return (
    <Section title={t('indicator.section.ownership')}>
      <div className="form-columns">
        <ChoiceSelect
          bind={{
            ...bind,
            set: (changes) => changes.ownerUnitId && onOwnerChange(changes.ownerUnitId),
          }}
          draftKey="ownerUnitId"
          field="ownerUnitId"
          label={t('indicator.field.ownerUnitId')}
          description={t('indicator.help.ownerUnitId')}
          choices={owners.map((option) => ({ value: option.unit.id, label: indentedName(option) }))}
        />
        <ChoiceSelect
          bind={bind}
          draftKey="ownerUserId"
          field="ownerUserId"
          label={t('indicator.field.ownerUserId')}
          choices={[
            { value: '', label: t('indicator.noOwner') },
            ...names.people.map((person) => ({ value: person.id, label: person.name })),
          ]}
        />
        <ChoiceSelect
          bind={bind}
          draftKey="publication"
          field="definition.publication"
          label={t('indicator.field.publication')}
          description={t('indicator.help.publication')}
          choices={publicationLevels.map((value) => ({
            value,
            label: t(`indicator.publication.${value}`),
          }))}
        />
      </div>
      <CheckboxGroup
        bind={bind}
        draftKey="unitIds"
        field="unitIds"
        legend={t('indicator.field.unitIds')}
        description={t('indicator.help.unitIds')}
        choices={applies.map((option) => ({ value: option.unit.id, label: indentedName(option) }))}
        empty={t('indicator.help.noUnits')}
      />
    </Section>
  );
}
