/** The two tables of an import preview: every problem by line, and every row with its action. */
import { Heading, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { translateFirst } from '../../components/messages.js';
import { formatNumber } from '../../format.js';
import type { ImportIssue, ImportRow } from '../../types.js';

const actionColour = { create: 'success', update: 'warning', unchanged: 'neutral' } as const;

export function ImportIssuesTable({ issues, rows }: { issues: ImportIssue[]; rows: ImportRow[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rowByLine = new Map(rows.map((row) => [row.line, row]));

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
            {issues.map((issue, index) => {
              const row = rowByLine.get(issue.line);
              return (
                <Table.Row key={`${issue.line}-${issue.field}-${index}`}>
                  <Table.Cell>{formatNumber(issue.line)}</Table.Cell>
                  <Table.Cell>
                    {translateFirst([`import.field.${issue.field}`], 'import.field.other')}
                  </Table.Cell>
                  <Table.Cell>
                    {translateFirst([`import.issue.${issue.code}`], 'import.issue.other')}
                    {row?.parentCode && issue.field === 'parentCode' && (
                      <> ({t('import.parentCodeWas', { code: row.parentCode })})</>
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}

export function ImportRowsTable({ rows, issues }: { rows: ImportRow[]; issues: ImportIssue[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const faultyLines = new Set(issues.map((issue) => issue.line));

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
              <Table.HeaderCell>{t('orgUnit.field.code')}</Table.HeaderCell>
              <Table.HeaderCell>{t('orgUnit.field.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('import.column.parentCode')}</Table.HeaderCell>
              <Table.HeaderCell>{t('orgUnit.field.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('import.column.action')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.line}>
                <Table.Cell>{formatNumber(row.line)}</Table.Cell>
                <Table.Cell>{row.code}</Table.Cell>
                <Table.Cell>{row.name}</Table.Cell>
                <Table.Cell>{row.parentCode ?? '–'}</Table.Cell>
                <Table.Cell>
                  {translateFirst([`orgUnit.kind.${row.kind}`], 'import.field.other')}
                </Table.Cell>
                <Table.Cell>
                  <span className="tag-list">
                    <Tag data-color={actionColour[row.action]} data-size="sm">
                      {t(`import.action.${row.action}`)}
                    </Tag>
                    {faultyLines.has(row.line) && (
                      <Tag data-color="danger" data-size="sm">
                        {t('import.rowHasIssue')}
                      </Tag>
                    )}
                  </span>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}
