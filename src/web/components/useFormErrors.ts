/**
 * Error state for one form: a message under each field the server named, focus moved to the
 * first of them (or to the form's alert), so keyboard and screen reader users land on the fault.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { type DescribedError, describeError } from './messages.js';

export interface FormErrors extends DescribedError {
  /** The id to give the form, so the first faulty field can be found by its name. */
  formId: string;
  /** The id to give the form's alert, which takes focus when no single field is at fault. */
  alertId: string;
  fail: (error: unknown) => void;
  clear: () => void;
}

const none: DescribedError = { fields: {}, form: null };

export function useFormErrors(formFields: readonly string[], context?: string): FormErrors {
  const formId = useId();
  const alertId = useId();
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
    const form = document.getElementById(formId);
    const first = Object.keys(errors.fields)[0];
    const field = first && form instanceof HTMLFormElement ? form.elements.namedItem(first) : null;
    if (field instanceof HTMLElement) field.focus();
    else document.getElementById(alertId)?.focus();
  }, [errors, formId, alertId]);

  return { fields: errors.fields, form: errors.form, formId, alertId, fail, clear };
}
