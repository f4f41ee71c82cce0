/**
 * The text sections every business plan of the municipality has, in the order plans show them.
 * Planners on the top unit add, rename, move and archive them; everyone else sees the list.
 */
import {
  Alert,
  Button,
  Card,
  Heading,
  Paragraph,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert.js';
import { FormDialog } from '../../components/FormDialog.js';
import { fieldText } from '../../components/formData.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { errorMessage } from '../../components/messages.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useLoad } from '../../components/useLoad.js';
import {
  type PlanSectionDefinition,
  addPlanSection,
  changePlanSection,
  listPlanSections,
} from '../plans/plansApi.js';

const titleFields = ['title'] as const;

const inOrder = (sections: PlanSectionDefinition[]) =>
  [...sections].sort((a, b) => a.sortOrder - b.sortOrder || a.title.localeCompare(b.title, 'nb'));

export function PlanSectionSettings({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const failedId = useId();
  const { data, error, reload } = useLoad(listPlanSections);
  const [done, setDone] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<PlanSectionDefinition | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const sections = inOrder(data ?? []);
  const active = sections.filter((section) => !section.archivedAt);
  const archived = sections.filter((section) => section.archivedAt);

  async function run(change: () => Promise<unknown>, message: string) {
    setDone(null);
    setFailed(null);
    try {
      await change();
      setDone(message);
    } catch (caught) {
      setFailed(caught);
    }
    reload();
  }

  /** Swaps the places of two neighbours; numbering them by position mends any equal orders. */
  function move(index: number, by: -1 | 1) {
    const section = active[index];
    const other = active[index + by];
    if (!section || !other) return;
    const message = t(
      by < 0 ? 'settings.planSections.movedUp' : 'settings.planSections.movedDown',
      {
        title: section.title,
      },
    );
    void run(async () => {
      await changePlanSection(section.id, { sortOrder: index + by + 1 });
      await changePlanSection(other.id, { sortOrder: index + 1 });
    }, message);
  }

  return (
    <Card role="region" aria-labelledby={headingId}>
      <div className="stack">
        <Heading level={2} data-size="xs" id={headingId}>
          {t('settings.planSections.title')}
        </Heading>
        <Paragraph data-size="sm">{t('settings.planSections.help')}</Paragraph>
        {error ? (
          <LoadError error={error} retry={reload} />
        ) : !data ? (
          <Loading />
        ) : (
          <>
            <ol className="plan-sections">
              {active.map((section, index) => (
                <li key={section.id} className="plan-sections__item">
                  <span className="plan-sections__title">{section.title}</span>
                  {editable && (
                    <span className="plan-sections__actions">
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        disabled={index === 0}
                        aria-label={t('settings.planSections.moveUp', { title: section.title })}
                        onClick={() => move(index, -1)}
                      >
                        ↑
                      </Button>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        disabled={index === active.length - 1}
                        aria-label={t('settings.planSections.moveDown', { title: section.title })}
                        onClick={() => move(index, 1)}
                      >
                        ↓
                      </Button>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('settings.planSections.rename', { title: section.title })}
                        onClick={() => setRenaming(section)}
                      >
                        {t('settings.planSections.renameShort')}
                      </Button>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('settings.planSections.archive', { title: section.title })}
                        onClick={() =>
                          void run(
                            () => changePlanSection(section.id, { archived: true }),
                            t('settings.planSections.archived', { title: section.title }),
                          )
                        }
                      >
                        {t('settings.planSections.archiveShort')}
                      </Button>
                    </span>
                  )}
                </li>
              ))}
            </ol>
            {archived.length > 0 && (
              <>
                <Heading level={3} data-size="2xs">
                  {t('settings.planSections.archivedHeading')}
                </Heading>
                <ul className="plan-sections">
                  {archived.map((section) => (
                    <li key={section.id} className="plan-sections__item">
                      <span className="plan-sections__title">
                        {section.title}{' '}
                        <Tag data-size="sm" data-color="neutral">
                          {t('settings.planSections.archivedTag')}
                        </Tag>
                      </span>
                      {editable && (
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('settings.planSections.restore', { title: section.title })}
                          onClick={() =>
                            void run(
                              () => changePlanSection(section.id, { archived: false }),
                              t('settings.planSections.restored', { title: section.title }),
                            )
                          }
                        >
                          {t('settings.planSections.restoreShort')}
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
        <div role="status">
          {done && (
            <Alert data-color="success">
              <Paragraph>{done}</Paragraph>
            </Alert>
          )}
        </div>
        {failed !== null && <FormAlert message={errorMessage(failed)} id={failedId} />}
        {editable ? (
          <AddSectionForm
            onAdded={(title) => {
              setFailed(null);
              setDone(t('settings.planSections.added', { title }));
              reload();
            }}
          />
        ) : (
          <Paragraph data-size="sm" className="muted">
            {t('settings.planSections.readOnly')}
          </Paragraph>
        )}
      </div>
      {renaming && (
        <RenameDialog
          section={renaming}
          onClose={() => setRenaming(null)}
          onRenamed={(title) => {
            setFailed(null);
            setDone(t('settings.planSections.renamed', { from: renaming.title, title }));
            reload();
          }}
        />
      )}
    </Card>
  );
}

function AddSectionForm({ onAdded }: { onAdded: (title: string) => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors(titleFields, 'planSection');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    errors.clear();
    setBusy(true);
    try {
      const { section } = await addPlanSection(fieldText(new FormData(form), 'title'));
      form.reset();
      onAdded(section.title);
    } catch (error) {
      errors.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form id={errors.formId} noValidate className="stack" onSubmit={(event) => void submit(event)}>
      <Heading level={3} data-size="2xs">
        {t('settings.planSections.addHeading')}
      </Heading>
      <FormAlert message={errors.form} id={errors.alertId} />
      <Textfield
        label={t('settings.planSections.titleLabel')}
        name="title"
        autoComplete="off"
        required
        error={errors.fields.title}
      />
      <div>
        <Button type="submit" loading={busy}>
          {t('settings.planSections.add')}
        </Button>
      </div>
    </form>
  );
}

function RenameDialog({
  section,
  onClose,
  onRenamed,
}: {
  section: PlanSectionDefinition;
  onClose: () => void;
  onRenamed: (title: string) => void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors(titleFields, 'planSection');

  return (
    <FormDialog
      open
      onClose={onClose}
      title={t('settings.planSections.renameTitle', { title: section.title })}
      submitLabel={t('common.save')}
      errors={errors}
      onSubmit={async (form) => {
        const { section: renamed } = await changePlanSection(section.id, {
          title: fieldText(form, 'title'),
        });
        onRenamed(renamed.title);
      }}
    >
      <Textfield
        label={t('settings.planSections.titleLabel')}
        name="title"
        defaultValue={section.title}
        autoComplete="off"
        required
        error={errors.fields.title}
      />
    </FormDialog>
  );
}
