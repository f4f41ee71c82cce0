/**
 * Loading indicators into the register from a handbook file (Excel or CSV, the same columns the
 * export writes). The server says what it would do with every row and lists every bad one;
 * nothing is written until a clean file is confirmed. Built like the organisation import. It
 * takes planner on the top unit; anyone else is told so instead of being shown the form.
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
  Table,
  Tag,
} from '@digdir/designsystemet-react';
import { ArrowLeftIcon } from '@navikt/aksel-icons';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../../api.js';
import { FormAlert } from '../../components/FormAlert.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { readAsBase64, tableFiles } from '../../components/readFile.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { formatNumber } from '../../format.js';
import { currentLocale } from '../../i18n/index.js';
import {
  type ImportFile,
  commitIndicatorImport,
  handbookUrl,
  previewIndicatorImport,
} from '../../register/registerApi.js';
import type { IndicatorImportRow } from '../../register/types.js';
import { useUnitAccess } from '../../register/useUnitAccess.js';
import type { ImportIssue } from '../../types.js';
import { ImportIssuesTable } from '../organisation/ImportTables.js';
import { canPlanTop } from './indicatorAccess.js';

interface Preview {
  rows: IndicatorImportRow[];
  issues: ImportIssue[];
}

type Stage =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'preview'; file: ImportFile; preview: Preview }
  | { step: 'done'; created: number; updated: number };

export function IndicatorImportPage() {
  const { t } = useTranslation();
  const { access, error, reload } = useUnitAccess();

  const back = (
    <Link asChild>
      <RouterLink to="/indicators">
        <ArrowLeftIcon aria-hidden />
        {t('indicator.backToList')}
      </RouterLink>
    </Link>
  );

  return (
    <Page title={t('indicatorImport.title')} actions={back}>
      {error ? (
        <LoadError error={error} retry={reload} />
      ) : !access ? (
        <Loading />
      ) : canPlanTop(access) ? (
        <ImportView />
      ) : (
        <Alert data-color="info">
          <Paragraph>{t('indicatorImport.needsPlanner')}</Paragraph>
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
      setStage({ step: 'preview', file, preview: await previewIndicatorImport(file) });
    } catch (error) {
      setStage({ step: 'choose' });
      errors.fail(error);
    }
  }

  async function commit(file: ImportFile, preview: Preview) {
    setCommitting(true);
    errors.clear();
    try {
      setStage({ step: 'done', ...(await commitIndicatorImport(file)) });
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
      <Paragraph>{t('indicatorImport.intro')}</Paragraph>
      <Paragraph data-size="sm">
        {t('indicatorImport.columns')}{' '}
        <Link href={handbookUrl(currentLocale())} download>
          {t('indicatorImport.template')}
        </Link>
      </Paragraph>
      <form id={errors.formId} onSubmit={(event) => event.preventDefault()} className="stack">
        <FormAlert message={errors.form} id={errors.alertId} />
        <Field>
          <Label>{t('indicatorImport.file')}</Label>
          <Field.Description>{t('import.fileHelp')}</Field.Description>
          <Input
            type="file"
            name="file"
            accept={tableFiles}
            onChange={(event) => void choose(event)}
          />
        </Field>
      </form>
      <div role="status" className="notice">
        {stage.step === 'reading' && <Paragraph>{t('import.reading')}</Paragraph>}
        {stage.step === 'done' && (
          <Alert data-color="success">
            <Paragraph>
              {t('indicatorImport.done', {
                created: formatNumber(stage.created),
                updated: formatNumber(stage.updated),
              })}
            </Paragraph>
            <Link asChild>
              <RouterLink to="/indicators">{t('indicator.backToList')}</RouterLink>
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
  return (error.details as { issues?: ImportIssue[] } | undefined)?.issues;
}

function PreviewView({
  preview,
  committing,
  onCommit,
}: {
  preview: Preview;
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
        {t('indicatorImport.summary', {
          count: rows.length,
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
            {rows.length === 0 && issues.length === 0
              ? t('indicatorImport.nothing')
              : t('import.blocked')}
          </Paragraph>
        )}
      </div>
      {issues.length > 0 && <ImportIssuesTable issues={issues} rows={[]} />}
      {rows.length > 0 && <RowsTable rows={rows} />}
    </section>
  );
}

const actionColour = { create: 'success', update: 'warning', unchanged: 'neutral' } as const;

function RowsTable({ rows }: { rows: IndicatorImportRow[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <div>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('indicatorImport.rows')}
      </Heading>
      <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <Table data-size="sm" zebra>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('import.column.line')}</Table.HeaderCell>
              <Table.HeaderCell>{t('indicator.field.code')}</Table.HeaderCell>
              <Table.HeaderCell>{t('indicator.field.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('import.column.action')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.line}>
                <Table.Cell>{formatNumber(row.line)}</Table.Cell>
                <Table.Cell>{row.code}</Table.Cell>
                <Table.Cell>{row.name}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={actionColour[row.action]} data-size="sm">
                    {t(`import.action.${row.action}`)}
                  </Tag>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}
