/**
 * Error state for one form: a message under each field the server named, focus moved to the
 * first of them (or to the form's alert), so keyboard and screen reader users land on the fault.
 */
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { type DescribedError, describeError } from './messages.js';

export interface FormErrors extends DescribedError {
  formRef: RefObject<HTMLFormElement | null>;
  alertRef: RefObject<HTMLDivElement | null>;
  /** Shows the error; returns nothing so it can end a catch. */
  fail(error: unknown): void;
  clear(): void;
}

const none: DescribedError = { fields: {}, form: null };

export function useFormErrors(formFields: readonly string[], context?: string): FormErrors {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<DescribedError & { shownAt: number }>({
    ...none,
    shownAt: 0,
  });
  const fieldsKey = formFields.join(',');

  const fail = useCallback(
    (error: unknown) =>
      setErrors({ ...describeError(error, fieldsKey.split(','), context), shownAt: Date.now() }),
    [fieldsKey, context],
  );
  const clear = useCallback(() => setErrors({ ...none, shownAt: 0 }), []);

  useEffect(() => {
    if (errors.shownAt === 0) return;
    const first = Object.keys(errors.fields)[0];
    const element = first ? formRef.current?.elements.namedItem(first) : null;
    if (element instanceof HTMLElement) element.focus();
    else alertRef.current?.focus();
  }, [errors]);

  return { fields: errors.fields, form: errors.form, formRef, alertRef, fail, clear };
}
