/**
 * Loading results from a CSV or Excel file. The server finds the columns by their usual headings;
 * the user can point each field at another column and preview again. Every bad row is listed by
 * line and reason, and nothing is written until a clean file is confirmed, all in one go.
 */
import {
  Alert,
  Button,
  Field,
  Heading,
  Input,
  Label,
  Paragraph,
} from '@digdir/designsystemet-react';
import { ArrowsCirclepathIcon } from '@navikt/aksel-icons';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.js';
import { FormAlert } from '../../components/FormAlert.js';
import { Page } from '../../components/Page.js';
import { readAsBase64, tableFiles } from '../../components/readFile.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { formatNumber } from '../../format.js';
import * as results from '../../results/resultsApi.js';
import { ResultsNav } from '../../results/ResultsNav.js';
import {
  type ColumnMapping,
  type ResultsImportFile,
  type ResultsImportPreview,
  resultFields,
} from '../../results/types.js';
import { ResultsImportIssues, ResultsImportRows } from './ResultsImportTables.js';
import './results.css';

type Stage =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'preview'; file: ResultsImportFile; preview: ResultsImportPreview }
  | { step: 'done'; entered: number; corrected: number; unchanged: number };

export function ResultsImportPage() {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [committing, setCommitting] = useState(false);
  const errors = useFormErrors(['file']);

  async function preview(file: ResultsImportFile) {
    errors.clear();
    setStage({ step: 'reading' });
    try {
      setStage({ step: 'preview', file, preview: await results.previewResultsImport(file) });
    } catch (error) {
      setStage({ step: 'choose' });
      errors.fail(error);
    }
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    // A corrected file usually has the same columns, so the columns chosen last time stay.
    const mapping = stage.step === 'preview' ? stage.file.mapping : undefined;
    try {
      const contentBase64 = await readAsBase64(chosen);
      await preview({ fileName: chosen.name, contentBase64, ...(mapping ? { mapping } : {}) });
    } catch (error) {
      errors.fail(error);
    }
  }

  async function commit(file: ResultsImportFile, shown: ResultsImportPreview) {
    setCommitting(true);
    errors.clear();
    try {
      setStage({ step: 'done', ...(await results.commitResultsImport(file)) });
    } catch (error) {
      const issues = importIssues(error);
      if (issues) setStage({ step: 'preview', file, preview: { ...shown, issues } });
      else errors.fail(error);
    } finally {
      setCommitting(false);
    }
  }

  return (
    <Page title={t('resultsImport.title')}>
      <div className="stack import">
        <ResultsNav />
        <Paragraph>{t('resultsImport.intro')}</Paragraph>
        <Paragraph data-size="sm">{t('resultsImport.columns')}</Paragraph>
        <form id={errors.formId} onSubmit={(event) => event.preventDefault()} className="stack">
          <FormAlert message={errors.form} id={errors.alertId} />
          <Field>
            <Label>{t('resultsImport.file')}</Label>
            <Field.Description>{t('import.fileHelp')}</Field.Description>
            <Input type="file" name="file" accept={tableFiles} onChange={(e) => void choose(e)} />
          </Field>
        </form>
        <div role="status" className="notice">
          {stage.step === 'reading' && <Paragraph>{t('import.reading')}</Paragraph>}
          {stage.step === 'done' && (
            <Alert data-color="success">
              <Paragraph>
                {t('resultsImport.done', {
                  entered: formatNumber(stage.entered),
                  corrected: formatNumber(stage.corrected),
                  unchanged: formatNumber(stage.unchanged),
                })}
              </Paragraph>
            </Alert>
          )}
        </div>
        {stage.step === 'preview' && (
          <PreviewView
            key={JSON.stringify(stage.preview.mapping)}
            preview={stage.preview}
            committing={committing}
            onRemap={(mapping) => void preview({ ...stage.file, mapping })}
            onCommit={() => void commit(stage.file, stage.preview)}
          />
        )}
      </div>
    </Page>
  );
}

function importIssues(error: unknown): ResultsImportPreview['issues'] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'import_invalid') return undefined;
  const details = error.details as { issues?: ResultsImportPreview['issues'] } | undefined;
  return details?.issues;
}

function PreviewView({
  preview,
  committing,
  onRemap,
  onCommit,
}: {
  preview: ResultsImportPreview;
  committing: boolean;
  onRemap: (mapping: ColumnMapping) => void;
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
      <ColumnChoice preview={preview} onRemap={onRemap} />
      <Paragraph>
        {t('resultsImport.summary', {
          count: rows.length,
          rows: formatNumber(rows.length),
          enter: count('enter'),
          correct: count('correct'),
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
          {t('resultsImport.commit')}
        </Button>
        {!clean && (
          <Paragraph id={blockedId} data-size="sm" className="muted">
            {rows.length === 0 && issues.length === 0
              ? t('resultsImport.nothing')
              : t('import.blocked')}
          </Paragraph>
        )}
      </div>
      {issues.length > 0 && <ResultsImportIssues issues={issues} />}
      {rows.length > 0 && <ResultsImportRows rows={rows} />}
    </section>
  );
}

/** Which column holds each field: found by its heading, or as the user points it out. */
function ColumnChoice({
  preview,
  onRemap,
}: {
  preview: ResultsImportPreview;
  onRemap: (mapping: ColumnMapping) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [mapping, setMapping] = useState<ColumnMapping>(preview.mapping);
  const changed = JSON.stringify(mapping) !== JSON.stringify(preview.mapping);

  return (
    <section aria-labelledby={headingId} className="panel stack">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('resultsImport.mapping.title')}
      </Heading>
      <Paragraph data-size="sm">
        {t('resultsImport.mapping.found', {
          columns: preview.columns.map((column) => `«${column}»`).join(', '),
        })}
      </Paragraph>
      <div className="mapping-fields">
        {resultFields.map((field) => (
          <SelectField
            key={field}
            label={t(`resultsImport.field.${field}`)}
            value={mapping[field] ?? ''}
            onChange={(event) => {
              const column = event.target.value;
              setMapping((current) => {
                const next = { ...current };
                if (column) next[field] = column;
                else delete next[field];
                return next;
              });
            }}
          >
            <option value="">{t('resultsImport.mapping.none')}</option>
            {preview.columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <div className="button-row">
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => onRemap(mapping)}
          disabled={!changed}
        >
          <ArrowsCirclepathIcon aria-hidden />
          {t('resultsImport.mapping.apply')}
        </Button>
      </div>
    </section>
  );
}
