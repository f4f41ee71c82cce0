/**
 * The controls of the indicator form, bound to the draft: text, choice lists, radio groups and
 * checkbox groups, each with its label, help and the message the server gave for it.
 */
import {
  Checkbox,
  Fieldset,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { SelectField } from '../../components/SelectField.js';
import type { IndicatorDraft } from './indicatorDraft.js';

export interface Binding {
  draft: IndicatorDraft;
  errors: Record<string, string>;
  set: (changes: Partial<IndicatorDraft>) => void;
}

type TextKey = {
  [K in keyof IndicatorDraft]: IndicatorDraft[K] extends string ? K : never;
}[keyof IndicatorDraft];

export function TextInput({
  bind,
  draftKey,
  field,
  label,
  description,
  multiline = false,
  required = false,
  type,
  inputMode,
}: {
  bind: Binding;
  draftKey: TextKey;
  /** The API's name for the field, which its error messages use. */
  field: string;
  label: string;
  description?: ReactNode;
  multiline?: boolean;
  required?: boolean;
  type?: 'date';
  inputMode?: 'decimal';
}) {
  const common = {
    label,
    description,
    name: field,
    value: bind.draft[draftKey],
    required,
    error: bind.errors[field],
    autoComplete: 'off',
  };
  return multiline ? (
    <Textfield
      {...common}
      multiline
      rows={3}
      onChange={(event) => bind.set({ [draftKey]: event.target.value })}
    />
  ) : (
    <Textfield
      {...common}
      type={type}
      inputMode={inputMode}
      onChange={(event) => bind.set({ [draftKey]: event.target.value })}
    />
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function ChoiceSelect({
  bind,
  draftKey,
  field,
  label,
  description,
  choices,
}: {
  bind: Binding;
  draftKey: TextKey;
  field: string;
  label: string;
  description?: ReactNode;
  choices: Choice[];
}) {
  return (
    <SelectField
      label={label}
      description={description}
      name={field}
      value={bind.draft[draftKey]}
      onChange={(event) => bind.set({ [draftKey]: event.target.value })}
      error={bind.errors[field]}
    >
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * Radio buttons in a fieldset. The fieldset carries the API's field name and can take focus, so
 * a refused choice is where focus lands; the radios share a name of their own.
 */
export function RadioGroup({
  bind,
  draftKey,
  field,
  legend,
  description,
  choices,
  onChoose,
}: {
  bind: Binding;
  draftKey: TextKey;
  field: string;
  legend: string;
  description?: ReactNode;
  choices: (Choice & { description?: string })[];
  onChoose?: (value: string) => void;
}) {
  const error = bind.errors[field];
  return (
    <Fieldset name={field} tabIndex={-1} className="choice-group">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {choices.map((choice) => (
        <Radio
          key={choice.value}
          name={`${field}:choice`}
          value={choice.value}
          label={choice.label}
          description={choice.description}
          checked={bind.draft[draftKey] === choice.value}
          aria-invalid={error ? true : undefined}
          onChange={() =>
            onChoose ? onChoose(choice.value) : bind.set({ [draftKey]: choice.value })
          }
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/** Checkboxes for a list of ids, such as the criteria an indicator supports. */
export function CheckboxGroup({
  bind,
  draftKey,
  field,
  legend,
  description,
  choices,
  empty,
}: {
  bind: Binding;
  draftKey: 'criterionIds' | 'unitIds';
  field: string;
  legend: string;
  description?: ReactNode;
  choices: Choice[];
  /** Said instead of the checkboxes when there is nothing to choose. */
  empty: string;
}) {
  const error = bind.errors[field];
  const chosen = bind.draft[draftKey];
  const toggle = (value: string, on: boolean) =>
    bind.set({
      [draftKey]: on ? [...chosen, value] : chosen.filter((id) => id !== value),
    });
  return (
    <Fieldset name={field} tabIndex={-1} className="choice-group">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {choices.length === 0 && <p className="muted choice-group__empty">{empty}</p>}
      {choices.map((choice) => (
        <Checkbox
          key={choice.value}
          value={choice.value}
          label={choice.label}
          checked={chosen.includes(choice.value)}
          aria-invalid={error ? true : undefined}
          onChange={(event) => toggle(choice.value, event.target.checked)}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
