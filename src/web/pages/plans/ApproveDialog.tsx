/**
 * Approving a plan asks once more, since it cannot be undone: the plan is locked with its
 * scorecard and actions as they stand, and a later change starts a new version.
 */
import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog.js';
import { useFormErrors } from '../../components/useFormErrors.js';

const noFields: readonly string[] = [];

export function ApproveDialog({
  open,
  unitName,
  year,
  onClose,
  approve,
}: {
  open: boolean;
  unitName: string;
  year: number;
  onClose: () => void;
  /** Throws to show the refusal in the dialog. */
  approve: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors(noFields, 'plan');
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={t('plans.approve.title', { unit: unitName, year })}
      submitLabel={t('plans.approve.submit')}
      onSubmit={approve}
      errors={errors}
    >
      <Paragraph>{t('plans.approve.intro')}</Paragraph>
    </FormDialog>
  );
}
