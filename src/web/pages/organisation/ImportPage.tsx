/**
 * Loading the organisation from a CSV or Excel file: the server reads the file and says what it
 * would do, row by row, with every problem; nothing is written until a clean file is confirmed.
 * Only administrators get the form; anyone else is told which role it takes.
 */
import {
  Alert,
  Button,
  Field,
  Heading,
  Input,
  Label,
  Link,
  Paragraph,
} from '@digdir/designsystemet-react';
import { ArrowLeftIcon } from '@navikt/aksel-icons';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../../api.js';
import { FormAlert } from '../../components/FormAlert.js';
import { Page } from '../../components/Page.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { formatNumber } from '../../format.js';
import { isAdministrator, useMe } from '../../session/SessionProvider.js';
import type { ImportIssue, ImportPreview } from '../../types.js';
import { ImportIssuesTable, ImportRowsTable } from './ImportTables.js';
import { type ImportFile, commitImport, previewImport } from './orgUnitsApi.js';

const acceptedFiles = [
  '.csv',
  '.xlsx',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

type Stage =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'preview'; file: ImportFile; preview: ImportPreview }
  | { step: 'done'; created: number; updated: number };

/** The file's bytes as base64, which is how the API takes files. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.replace(/^data:[^,]*,/, ''));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

export function ImportPage() {
  const { t } = useTranslation();
  const me = useMe();

  return (
    <Page
      title={t('import.title')}
      actions={
        <Link asChild>
          <RouterLink to="/organisation">
            <ArrowLeftIcon aria-hidden />
            {t('import.back')}
          </RouterLink>
        </Link>
      }
    >
      {isAdministrator(me) ? (
        <ImportView />
      ) : (
        <Alert data-color="info">
          <Paragraph>{t('import.needsAdministrator')}</Paragraph>
        </Alert>
      )}
    </Page>
  );
}

function ImportView() {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [committing, setCommitting] = useState(false);
  const errors = useFormErrors(['file']);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    errors.clear();
    setStage({ step: 'reading' });
    try {
      const file = { fileName: chosen.name, contentBase64: await readAsBase64(chosen) };
      setStage({ step: 'preview', file, preview: await previewImport(file) });
    } catch (error) {
      setStage({ step: 'choose' });
      errors.fail(error);
    }
  }

  async function commit(file: ImportFile, preview: ImportPreview) {
    setCommitting(true);
    errors.clear();
    try {
      const result = await commitImport(file);
      setStage({ step: 'done', ...result });
    } catch (error) {
      const issues = importIssues(error);
      if (issues) setStage({ step: 'preview', file, preview: { ...preview, issues } });
      else errors.fail(error);
    } finally {
      setCommitting(false);
    }
  }

  return (
    <div className="stack import">
      <Paragraph>{t('import.intro')}</Paragraph>
      <Paragraph data-size="sm">{t('import.columns')}</Paragraph>
      <form id={errors.formId} onSubmit={(event) => event.preventDefault()} className="stack">
        <FormAlert message={errors.form} id={errors.alertId} />
        <Field>
          <Label>{t('import.file')}</Label>
          <Field.Description>{t('import.fileHelp')}</Field.Description>
          <Input
            type="file"
            name="file"
            accept={acceptedFiles}
            onChange={(event) => void choose(event)}
          />
        </Field>
      </form>
      <div role="status" className="notice">
        {stage.step === 'reading' && <Paragraph>{t('import.reading')}</Paragraph>}
        {stage.step === 'done' && (
          <Alert data-color="success">
            <Paragraph>
              {t('import.done', {
                created: formatNumber(stage.created),
                updated: formatNumber(stage.updated),
              })}
            </Paragraph>
            <Link asChild>
              <RouterLink to="/organisation">{t('import.back')}</RouterLink>
            </Link>
          </Alert>
        )}
      </div>
      {stage.step === 'preview' && (
        <PreviewView
          preview={stage.preview}
          committing={committing}
          onCommit={() => void commit(stage.file, stage.preview)}
        />
      )}
    </div>
  );
}

function importIssues(error: unknown): ImportIssue[] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'import_invalid') return undefined;
  const details = error.details as { issues?: ImportIssue[] } | undefined;
  return details?.issues;
}

function PreviewView({
  preview,
  committing,
  onCommit,
}: {
  preview: ImportPreview;
  committing: boolean;
  onCommit: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const blockedId = useId();
  const { rows, issues } = preview;
  const count = (action: string) =>
    formatNumber(rows.filter((row) => row.action === action).length);
  const clean = issues.length === 0 && rows.length > 0;

  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('import.preview')}
      </Heading>
      <Paragraph>
        {t('import.summary', {
          rows: formatNumber(rows.length),
          create: count('create'),
          update: count('update'),
          unchanged: count('unchanged'),
        })}
      </Paragraph>
      {issues.length > 0 && (
        <Alert data-color="danger">
          <Paragraph>
            {t('import.hasIssues', { count: issues.length, shown: formatNumber(issues.length) })}
          </Paragraph>
        </Alert>
      )}
      <div className="button-row">
        <Button
          onClick={onCommit}
          disabled={!clean}
          loading={committing}
          aria-describedby={clean ? undefined : blockedId}
        >
          {t('import.commit')}
        </Button>
        {!clean && (
          <Paragraph id={blockedId} data-size="sm" className="muted">
            {rows.length === 0 && issues.length === 0 ? t('import.nothing') : t('import.blocked')}
          </Paragraph>
        )}
      </div>
      {issues.length > 0 && <ImportIssuesTable issues={issues} rows={rows} />}
      {rows.length > 0 && <ImportRowsTable rows={rows} issues={issues} />}
    </section>
  );
}
