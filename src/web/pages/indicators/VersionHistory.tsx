/** Every version of an indicator, newest first: from when it holds, who changed it and what. */
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../format.js';
import type { IndicatorVersion } from '../../register/types.js';
import type { RegisterData } from '../../register/useRegisterData.js';
import type { UnitAccess } from '../../register/useUnitAccess.js';
import { type VersionChange, describeVersion } from './versionChanges.js';

export function VersionHistory({
  versions,
  access,
  names,
  labelledBy,
}: {
  versions: IndicatorVersion[];
  access: UnitAccess;
  names: RegisterData;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  if (versions.length === 0) return <Paragraph>{t('indicator.versions.empty')}</Paragraph>;
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  const lookup = {
    focusArea: (id: string) => names.focusAreas.find((area) => area.id === id)?.name,
    criterion: (id: string) => names.criteria.find((criterion) => criterion.id === id)?.name,
    unit: access.unitName,
    user: (id: string) => names.people.find((person) => person.id === id)?.name,
  };

  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <Table zebra data-size="sm">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('indicator.versions.version')}</Table.HeaderCell>
            <Table.HeaderCell>{t('indicator.versions.effectiveFrom')}</Table.HeaderCell>
            <Table.HeaderCell>{t('indicator.versions.changed')}</Table.HeaderCell>
            <Table.HeaderCell>{t('indicator.versions.what')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {sorted.map((version, index) => (
            <Table.Row key={version.version}>
              <Table.Cell>{version.version}</Table.Cell>
              <Table.Cell className="nowrap">{formatDate(version.effectiveFrom)}</Table.Cell>
              <Table.Cell>
                <span className="nowrap">{formatDateTime(version.changedAt)}</span>
                <br />
                {version.changedBy?.name ?? t('audit.system')}
              </Table.Cell>
              <Table.Cell>
                <Changes
                  changes={describeVersion(sorted[index + 1]?.snapshot, version.snapshot, lookup)}
                />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function Changes({ changes }: { changes: VersionChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) {
    return <span className="muted">{t('indicator.versions.noChange')}</span>;
  }
  return (
    <ul className="change-list">
      {changes.map((change) => (
        <li key={change.label}>
          <span className="change-list__label">{change.label}</span>
          {change.after !== undefined && ': '}
          {change.before !== undefined && (
            <>
              {change.before}
              <span aria-hidden> → </span>
              <span className="ds-sr-only"> {t('audit.changedTo')} </span>
            </>
          )}
          {change.after}
        </li>
      ))}
    </ul>
  );
}
