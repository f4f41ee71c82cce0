/**
 * The indicator register (balansehåndbok): every indicator, searchable and filtered by focus area,
 * criterion, unit, basis, owner and whether archived. The filters live in the address, so the way
 * back from an indicator finds the list as it was.
 */
import { Alert, Button, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { DownloadIcon, FileImportIcon, PlusIcon } from '@navikt/aksel-icons';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useLoad } from '../../components/useLoad.js';
import { formatNumber } from '../../format.js';
import { currentLocale } from '../../i18n/index.js';
import { handbookUrl, listIndicators } from '../../register/registerApi.js';
import type { Indicator } from '../../register/types.js';
import { useRegisterData } from '../../register/useRegisterData.js';
import { useUnitAccess } from '../../register/useUnitAccess.js';
import { IndicatorFilters, filterFromParams } from './IndicatorFilters.js';
import { canPlanAnywhere, canPlanTop } from './indicatorAccess.js';

export function IndicatorsPage() {
  const { t } = useTranslation();
  const { access, error: accessError, reload: reloadAccess } = useUnitAccess();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const criteriaUnit = filter.orgUnitId ?? access?.firstUnitId;
  const { data: names } = useRegisterData(criteriaUnit);
  const filterKey = params.toString();
  const load = useCallback(() => listIndicators(filterFromParams(new URLSearchParams(filterKey))), [
    filterKey,
  ]);
  const { data: indicators, error, reload } = useLoad(load);
  const canPlan = canPlanAnywhere(access);
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;

  const actions = (
    <>
      {canPlan && (
        <Button asChild data-size="sm">
          <RouterLink to="/indicators/new">
            <PlusIcon aria-hidden />
            {t('indicator.create.open')}
          </RouterLink>
        </Button>
      )}
      <Button asChild variant="secondary" data-size="sm">
        <a href={handbookUrl(currentLocale())} download>
          <DownloadIcon aria-hidden />
          {t('indicator.export')}
        </a>
      </Button>
      {canPlanTop(access) && (
        <Button asChild variant="secondary" data-size="sm">
          <RouterLink to="/indicators/import">
            <FileImportIcon aria-hidden />
            {t('indicatorImport.open')}
          </RouterLink>
        </Button>
      )}
    </>
  );

  return (
    <Page title={t('indicator.listTitle')} actions={actions}>
      <div className="stack">
        <Paragraph>{t('indicator.intro')}</Paragraph>
        {deleted && (
          <Alert data-color="success">
            <Paragraph>{t('indicator.deleted', { name: deleted })}</Paragraph>
          </Alert>
        )}
        {accessError ? (
          <LoadError error={accessError} retry={reloadAccess} />
        ) : access && names ? (
          <IndicatorFilters
            filter={filter}
            access={access}
            names={names}
            onChange={(next) => setParams(next, { replace: true })}
          />
        ) : null}
        {error ? (
          <LoadError error={error} retry={reload} />
        ) : !indicators ? (
          <Loading />
        ) : (
          <IndicatorTable
            indicators={indicators}
            areaName={(id) => names?.focusAreas.find((area) => area.id === id)?.name}
          />
        )}
      </div>
    </Page>
  );
}

function IndicatorTable({
  indicators,
  areaName,
}: {
  indicators: Indicator[];
  areaName: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  const count = indicators.length;

  return (
    <>
      <Paragraph data-size="sm" role="status" className="muted">
        {t('indicator.shown', { count, shown: formatNumber(count) })}
      </Paragraph>
      {count > 0 && (
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <Table zebra data-size="sm">
            <caption id={captionId} className="ds-sr-only">
              {t('indicator.listTitle')}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('indicator.field.code')}</Table.HeaderCell>
                <Table.HeaderCell>{t('indicator.field.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('indicator.field.focusAreaId')}</Table.HeaderCell>
                <Table.HeaderCell>{t('indicator.field.unitOfMeasure')}</Table.HeaderCell>
                <Table.HeaderCell>{t('indicator.field.direction')}</Table.HeaderCell>
                <Table.HeaderCell>{t('indicator.field.basis')}</Table.HeaderCell>
                <Table.HeaderCell>{t('indicator.field.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {indicators.map((indicator) => (
                <IndicatorRow key={indicator.id} indicator={indicator} areaName={areaName} />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </>
  );
}

function IndicatorRow({
  indicator,
  areaName,
}: {
  indicator: Indicator;
  areaName: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { definition } = indicator;
  return (
    <Table.Row>
      <Table.Cell className="nowrap">{indicator.code}</Table.Cell>
      <Table.Cell>
        <Link asChild>
          <RouterLink to={`/indicators/${indicator.id}`}>{indicator.name}</RouterLink>
        </Link>
      </Table.Cell>
      <Table.Cell>{areaName(indicator.focusAreaId) ?? ''}</Table.Cell>
      <Table.Cell>{t(`indicator.unitOfMeasure.${definition.unitOfMeasure}`)}</Table.Cell>
      <Table.Cell>{t(`indicator.direction.${definition.direction}`)}</Table.Cell>
      <Table.Cell>{t(`indicator.basisKind.${definition.basis.kind}`)}</Table.Cell>
      <Table.Cell>
        <Tag data-color={indicator.archivedAt ? 'neutral' : 'success'} data-size="sm">
          {t(indicator.archivedAt ? 'indicator.status.archived' : 'indicator.status.active')}
        </Tag>
      </Table.Cell>
    </Table.Row>
  );
}
