import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode, SelectHTMLAttributes } from 'react';

/** A labelled native select with its error message, wired together by Designsystemet's Field. */
export function SelectField({
  label,
  error,
  description,
  children,
  ...select
}: {
  label: ReactNode;
  error?: string;
  description?: ReactNode;
  children: ReactNode;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'size' | 'multiple'>) {
  return (
    <Field>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select {...select} aria-invalid={error ? true : undefined}>
        {children}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
