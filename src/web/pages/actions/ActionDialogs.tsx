/**
 * Ending an action: cancelling keeps it as history (with the reason as a dated update, when one
 * is given); deleting is only for an action entered by mistake, before anyone wrote an update.
 */
import { Alert, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.js';
import { FormDialog } from '../../components/FormDialog.js';
import { fieldText } from '../../components/formData.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { type Action, addActionUpdate, changeAction, deleteAction } from './actionsApi.js';

interface DialogProps {
  action: Action;
  open: boolean;
  onClose: () => void;
}

const cancelFields = ['text'] as const;

export function CancelDialog({
  action,
  open,
  onClose,
  onDone,
  refused,
}: DialogProps & {
  onDone: () => void;
  /** Opened because deleting was refused: say why cancelling is offered instead. */
  refused: boolean;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors(cancelFields, 'actionUpdate');

  async function submit(form: FormData) {
    const text = fieldText(form, 'text');
    const version = action.version;
    if (text) await addActionUpdate(action.id, { text, status: 'cancelled', version });
    else await changeAction(action.id, { status: 'cancelled', version });
    onDone();
  }

  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('actions.cancel.title', { title: action.title })}
      submitLabel={t('actions.cancel.submit')}
      onSubmit={submit}
      errors={errors}
      danger
    >
      {refused && (
        <Alert data-color="info">
          <Paragraph>{t('actions.cancel.insteadOfDelete')}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t('actions.cancel.intro')}</Paragraph>
      <Textfield
        label={t('actions.cancel.reason')}
        description={t('actions.cancel.reasonHelp')}
        name="text"
        multiline
        rows={3}
        error={errors.fields.text}
      />
    </FormDialog>
  );
}

export function DeleteDialog({
  action,
  open,
  onClose,
  onDeleted,
  onRefused,
}: DialogProps & {
  onDeleted: () => void;
  /** Someone wrote an update since the page was opened: the action can only be cancelled. */
  onRefused: () => void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors([]);

  async function submit() {
    try {
      await deleteAction(action.id);
      onDeleted();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'action_has_updates') {
        onRefused();
        return;
      }
      throw error;
    }
  }

  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('actions.delete.title', { title: action.title })}
      submitLabel={t('actions.delete.submit')}
      onSubmit={submit}
      errors={errors}
      danger
    >
      <Paragraph>{t('actions.delete.intro')}</Paragraph>
    </FormDialog>
  );
}
