/**
 * The action list (tiltak): filtered by unit (with its subunits), status, link, person, year and
 * whether overdue, all kept in the address; shown as a table or as a timeline over a year, and
 * downloadable as the same list in Excel.
 */
import { Alert, Button, Paragraph, Tabs } from '@digdir/designsystemet-react';
import { FileExcelIcon, PlusIcon } from '@navikt/aksel-icons';
import i18next from 'i18next';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useLoad } from '../../components/useLoad.js';
import { formatNumber } from '../../format.js';
import { currentLocale } from '../../i18n/index.js';
import { currentYear } from '../../register/periods.js';
import { type Person, useRegisterData } from '../../register/useRegisterData.js';
import { type UnitAccess, useUnitAccess } from '../../register/useUnitAccess.js';
import { ActionFilters } from './ActionFilters.js';
import { ActionTable } from './ActionTable.js';
import { ActionTimeline } from './ActionTimeline.js';
import {
  type ActionView,
  actionViews,
  filterFromParams,
  listQuery,
  paramsFromFilter,
} from './actionFilter.js';
import { type Action, exportUrl, listActions } from './actionsApi.js';
import './actions.css';

export function ActionsPage() {
  const { t } = useTranslation();
  const { access, error: accessError, reload: reloadAccess } = useUnitAccess();
  const { data: names } = useRegisterData(undefined);
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  const state = useMemo(() => filterFromParams(new URLSearchParams(paramsKey)), [paramsKey]);
  const query = useMemo(() => listQuery(state, currentYear()), [state]);
  const load = useCallback(() => listActions(query), [query]);
  const { data: actions, error, reload } = useLoad(load);
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  const newLink = state.orgUnitId ? `/actions/new?unit=${state.orgUnitId}` : '/actions/new';

  const pageActions = (
    <>
      {access && mayReportAnywhere(access) && (
        <Button asChild data-size="sm">
          <RouterLink to={newLink}>
            <PlusIcon aria-hidden />
            {t('actions.create.open')}
          </RouterLink>
        </Button>
      )}
      <Button asChild variant="secondary" data-size="sm">
        <a href={exportUrl(query, currentLocale())} download>
          <FileExcelIcon aria-hidden />
          {t('actions.export')}
        </a>
      </Button>
    </>
  );

  return (
    <Page title={t('actions.title')} actions={pageActions}>
      <div className="stack">
        <Paragraph>{t('actions.intro')}</Paragraph>
        {deleted && (
          <Alert data-color="success">
            <Paragraph>{t('actions.deleted', { title: deleted })}</Paragraph>
          </Alert>
        )}
        {accessError ? (
          <LoadError error={accessError} retry={reloadAccess} />
        ) : access ? (
          <ActionFilters
            state={state}
            access={access}
            people={peopleToChoose(names?.people ?? [], actions ?? [])}
            linkedName={actions?.find((action) => action.link?.id === state.linkId)?.link?.name}
            onChange={(next) => setParams(paramsFromFilter(next), { replace: true })}
          />
        ) : null}
        <Tabs
          value={state.view}
          onChange={(next) =>
            setParams(paramsFromFilter({ ...state, view: readView(next) }), { replace: true })
          }
          data-size="sm"
        >
          <Tabs.List>
            <Tabs.Tab value="table">{t('actions.view.table')}</Tabs.Tab>
            <Tabs.Tab value="timeline">{t('actions.view.timeline')}</Tabs.Tab>
          </Tabs.List>
          {actionViews.map((view) => (
            <Tabs.Panel key={view} value={view} className="action-view">
              {view === state.view &&
                (error ? (
                  <LoadError error={error} retry={reload} />
                ) : !actions ? (
                  <Loading />
                ) : (
                  <ListView
                    view={view}
                    actions={actions}
                    year={query.year ?? currentYear()}
                    caption={captionOf(state.orgUnitId, state.includeSubunits, access)}
                  />
                ))}
            </Tabs.Panel>
          ))}
        </Tabs>
      </div>
    </Page>
  );
}

function ListView({
  view,
  actions,
  year,
  caption,
}: {
  view: ActionView;
  actions: Action[];
  year: number;
  caption: string;
}) {
  const { t } = useTranslation();
  const count = actions.length;
  return (
    <div className="stack">
      <Paragraph data-size="sm" role="status" className="muted">
        {count === 0
          ? t('actions.none')
          : t('actions.shown', { count, shown: formatNumber(count) })}
      </Paragraph>
      {view === 'timeline' ? (
        <ActionTimeline actions={actions} year={year} />
      ) : (
        count > 0 && <ActionTable actions={actions} caption={caption} />
      )}
    </div>
  );
}

const readView = (value: string): ActionView =>
  actionViews.find((view) => view === value) ?? 'table';

function mayReportAnywhere(access: UnitAccess): boolean {
  return [...access.forest.byId.keys()].some((unitId) => access.can(unitId, 'reporter'));
}

/** The people a user can filter by: those the register names, and those responsible here. */
function peopleToChoose(known: Person[], actions: Action[]): Person[] {
  const byId = new Map(known.map((person) => [person.id, person]));
  for (const action of actions) {
    if (action.responsible) byId.set(action.responsible.id, action.responsible);
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

function captionOf(
  unitId: string | undefined,
  withSubunits: boolean | undefined,
  access: UnitAccess | undefined,
): string {
  const unit = unitId ? access?.unitName(unitId) : undefined;
  if (!unit) return i18next.t('actions.caption.all');
  return withSubunits
    ? i18next.t('actions.caption.unitAndBelow', { unit })
    : i18next.t('actions.caption.unit', { unit });
}
