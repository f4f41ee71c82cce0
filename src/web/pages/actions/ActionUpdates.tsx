/**
 * An action's dated updates (who wrote what, when), newest first, and the form for a new one,
 * which may also move the status and progress on.
 */
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionStatuses } from '#domain/actions.js';
import { ApiError } from '../../api.js';
import { FormAlert } from '../../components/FormAlert.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { formatDateTime } from '../../format.js';
import { draftError, readProgress } from './actionDraft.js';
import {
  type Action,
  type ActionStatus,
  type ActionUpdate,
  addActionUpdate,
} from './actionsApi.js';
import { ActionStatusMark } from './ActionMarks.js';

const updateFields = ['text', 'status', 'progress'] as const;

export function ActionUpdates({
  action,
  updates,
  mayWrite,
  onAdded,
}: {
  action: Action;
  updates: ActionUpdate[];
  mayWrite: boolean;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('actions.update.heading', { count: updates.length })}
      </Heading>
      {mayWrite && <UpdateForm action={action} onAdded={onAdded} />}
      {updates.length === 0 ? (
        <Paragraph>{t('actions.update.none')}</Paragraph>
      ) : (
        <ol className="action-updates">
          {updates.map((update) => (
            <UpdateItem key={update.id} update={update} />
          ))}
        </ol>
      )}
    </section>
  );
}

function UpdateItem({ update }: { update: ActionUpdate }) {
  const { t } = useTranslation();
  return (
    <li className="action-update">
      <p className="action-update__meta">
        <strong>{update.writtenBy?.name ?? t('actions.update.unknownWriter')}</strong>{' '}
        <time dateTime={update.writtenAt}>{formatDateTime(update.writtenAt)}</time>
      </p>
      <p className="action-update__text">{update.text}</p>
      {(update.status || update.progress !== null) && (
        <p className="action-update__set">
          {update.status && (
            <span>
              {t('actions.update.setStatus')} <ActionStatusMark status={update.status} />
            </span>
          )}
          {update.progress !== null && (
            <span>{t('actions.update.setProgress', { value: update.progress })}</span>
          )}
        </p>
      )}
    </li>
  );
}

function UpdateForm({ action, onAdded }: { action: Action; onAdded: () => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors(updateFields, 'actionUpdate');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'' | ActionStatus>('');
  const [progress, setProgress] = useState('');
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);
  const headingId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    errors.clear();
    setStale(false);
    const read = progress.trim() === '' ? undefined : readProgress(progress);
    const issues = [
      ...(text.trim() === '' ? [{ field: 'text', code: 'too_small', message: '' }] : []),
      ...(typeof read === 'string' ? [{ field: 'progress', code: read, message: '' }] : []),
    ];
    if (issues.length > 0) {
      errors.fail(draftError(issues));
      return;
    }
    setBusy(true);
    try {
      await addActionUpdate(action.id, {
        text: text.trim(),
        status: status || undefined,
        progress: typeof read === 'number' ? read : undefined,
        version: action.version,
      });
      setText('');
      setStatus('');
      setProgress('');
      onAdded();
    } catch (error) {
      // Someone else moved status or progress meanwhile: show theirs, keep the text to send again.
      if (error instanceof ApiError && error.code === 'stale_write') {
        setStale(true);
        onAdded();
      } else {
        errors.fail(error);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      id={errors.formId}
      noValidate
      onSubmit={(event) => void submit(event)}
      className="action-update-form"
      aria-labelledby={headingId}
    >
      <Heading level={3} data-size="2xs" id={headingId}>
        {t('actions.update.add')}
      </Heading>
      <FormAlert message={errors.form} id={errors.alertId} />
      <FormAlert
        message={stale ? t('actions.update.stale') : null}
        id={`${errors.alertId}-stale`}
      />
      <Textfield
        label={t('actions.update.text')}
        description={t('actions.update.textHelp')}
        name="text"
        multiline
        rows={3}
        value={text}
        required
        error={errors.fields.text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="form-columns">
        <SelectField
          label={t('actions.update.newStatus')}
          name="status"
          value={status}
          error={errors.fields.status}
          onChange={(event) =>
            setStatus(actionStatuses.find((known) => known === event.target.value) ?? '')
          }
        >
          <option value="">
            {t('actions.update.unchanged', { status: t(`actions.status.${action.storedStatus}`) })}
          </option>
          {actionStatuses.map((known) => (
            <option key={known} value={known}>
              {t(`actions.status.${known}`)}
            </option>
          ))}
        </SelectField>
        <Textfield
          label={t('actions.update.newProgress')}
          description={t('actions.update.progressHelp', { value: action.progress })}
          name="progress"
          inputMode="numeric"
          suffix="%"
          value={progress}
          error={errors.fields.progress}
          onChange={(event) => setProgress(event.target.value)}
        />
      </div>
      <div className="button-row">
        <Button type="submit" loading={busy}>
          {t('actions.update.submit')}
        </Button>
      </div>
    </form>
  );
}
