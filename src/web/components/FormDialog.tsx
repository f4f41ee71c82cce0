/**
 * A modal dialog holding one form. The native modal dialog keeps focus inside and closes on
 * Escape; the form is rendered only while open, so it starts clean each time.
 */
import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './FormAlert.js';
import { wrapTabInside } from './focusTrap.js';
import type { FormErrors } from './useFormErrors.js';

export function FormDialog({
  open,
  onClose,
  title,
  submitLabel,
  onSubmit,
  errors,
  children,
  danger = false,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  /** Throws to show the error in the form; resolves to close. */
  onSubmit: (form: FormData) => Promise<void>;
  errors: FormErrors;
  children?: ReactNode;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      await onSubmit(new FormData(event.currentTarget));
      onClose();
    } catch (error) {
      errors.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      closeButton={t('common.closeDialog')}
      aria-labelledby={headingId}
      className="form-dialog"
      onKeyDown={wrapTabInside}
    >
      {open && (
        <form
          id={errors.formId}
          onSubmit={(event) => void submit(event)}
          noValidate
          className="stack"
        >
          <Heading level={2} data-size="sm" id={headingId}>
            {title}
          </Heading>
          <FormAlert message={errors.form} id={errors.alertId} />
          {children}
          <div className="button-row">
            <Button type="submit" loading={busy} data-color={danger ? 'danger' : undefined}>
              {submitLabel}
            </Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
