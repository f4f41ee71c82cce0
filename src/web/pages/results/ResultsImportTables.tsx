/** The two tables of a results import preview: every bad row by line, and every row's action. */
import { Heading, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { translateFirst } from '../../components/messages.js';
import { formatNumber } from '../../format.js';
import { periodLabel } from '../../register/periods.js';
import type { ResultsImportPreview, ResultsImportRow } from '../../results/types.js';

const actionColour = { enter: 'success', correct: 'warning', unchanged: 'neutral' } as const;

export function ResultsImportIssues({ issues }: { issues: ResultsImportPreview['issues'] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <div>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('import.issues')}
      </Heading>
      <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <Table data-size="sm" zebra>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('import.column.line')}</Table.HeaderCell>
              <Table.HeaderCell>{t('import.column.field')}</Table.HeaderCell>
              <Table.HeaderCell>{t('import.column.problem')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {issues.map((issue, index) => (
              <Table.Row key={`${issue.line}-${issue.field}-${index}`}>
                <Table.Cell>{formatNumber(issue.line)}</Table.Cell>
                <Table.Cell>
                  {translateFirst(
                    [`resultsImport.field.${issue.field}`],
                    'resultsImport.field.other',
                  )}
                </Table.Cell>
                <Table.Cell>
                  {translateFirst(
                    [`resultsImport.issue.${issue.code}`],
                    'resultsImport.issue.other',
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}

export function ResultsImportRows({ rows }: { rows: ResultsImportRow[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const value = (row: ResultsImportRow) =>
    row.numerator !== null && row.denominator !== null
      ? `${formatNumber(row.numerator)}/${formatNumber(row.denominator)}`
      : formatNumber(row.value);

  return (
    <div>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('import.rows')}
      </Heading>
      <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <Table data-size="sm" zebra>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('import.column.line')}</Table.HeaderCell>
              <Table.HeaderCell>{t('resultsImport.field.indicatorCode')}</Table.HeaderCell>
              <Table.HeaderCell>{t('resultsImport.field.unitCode')}</Table.HeaderCell>
              <Table.HeaderCell>{t('resultsImport.field.periodKey')}</Table.HeaderCell>
              <Table.HeaderCell>{t('resultsImport.field.value')}</Table.HeaderCell>
              <Table.HeaderCell>{t('resultsImport.field.comment')}</Table.HeaderCell>
              <Table.HeaderCell>{t('import.column.action')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.line}>
                <Table.Cell>{formatNumber(row.line)}</Table.Cell>
                <Table.Cell>{row.indicatorCode}</Table.Cell>
                <Table.Cell>{row.unitCode}</Table.Cell>
                <Table.Cell className="nowrap">{periodLabel(row.periodKey)}</Table.Cell>
                <Table.Cell className="nowrap">{value(row)}</Table.Cell>
                <Table.Cell className="break">{row.comment || '–'}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={actionColour[row.action]} data-size="sm">
                    {t(`resultsImport.action.${row.action}`)}
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
