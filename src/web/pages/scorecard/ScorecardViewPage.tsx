/**
 * The styringskort: where one unit stands against its goals in one period. The unit, the period
 * and the view (table, strategy map, actions) live in the address, so a link opens the same view.
 * Everything on the page comes from one response; the views only arrange it differently.
 */
import { Alert, Button, Paragraph, Tabs } from '@digdir/designsystemet-react';
import { FileExcelIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { parsePeriod } from '#domain/periods.js';
import type { Scorecard } from '#domain/scorecardView.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { SelectField } from '../../components/SelectField.js';
import { useLoad } from '../../components/useLoad.js';
import { currentLocale } from '../../i18n/index.js';
import { periodLabel } from '../../register/periods.js';
import { UnitChoice } from '../../register/UnitChoice.js';
import { useUnitAccess } from '../../register/useUnitAccess.js';
import { ActionsTab } from './ActionsTab.js';
import { AreaSection } from './AreaSection.js';
import type { RowContext } from './CardRow.js';
import { type View, readView } from './cardView.js';
import { exportUrl, getScorecard } from './scorecardApi.js';
import { StatusCountList } from './StatusCountList.js';
import { StrategyMap } from './StrategyMap.js';
import { SubunitMatrix } from './SubunitMatrix.js';
import { UnitTrail } from './UnitTrail.js';
import '../results/results.css';
import './scorecard.css';
import './print.css';

/**
 * Loads the scorecard, keeping the last one: when the address is settled on the period the
 * server chose, the same response serves again instead of a second request.
 */
function useScorecard(unitId: string | undefined, period: string | undefined) {
  const last = useRef<Scorecard | null>(null);
  const load = useCallback(async (): Promise<Scorecard | null> => {
    if (!unitId) return null;
    const known = last.current;
    if (known && known.unit.id === unitId && known.period.key === period) return known;
    const card = await getScorecard(unitId, period);
    last.current = card;
    return card;
  }, [unitId, period]);
  return useLoad(load);
}

interface Scope {
  unit?: string;
  period?: string;
  view?: View;
}

export function ScorecardViewPage() {
  const { t } = useTranslation();
  const { access, error: accessError, reload: reloadAccess } = useUnitAccess();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? access?.firstUnitId;
  // A period in the address that is no period at all is passed over for the default one, so the
  // pickers stay and the address settles on a period that works; a notice says what happened.
  const asked = params.get('period') ?? undefined;
  const badPeriod = asked !== undefined && parsePeriod(asked) === null ? asked : undefined;
  const period = badPeriod === undefined ? asked : undefined;
  const [passedOver, setPassedOver] = useState<{ period: string; unitId?: string }>();
  if (badPeriod !== undefined && badPeriod !== passedOver?.period) {
    setPassedOver({ period: badPeriod, unitId });
  }
  // A link to another unit leaves the notice behind with the address it was about.
  if (passedOver !== undefined && passedOver.unitId !== unitId) setPassedOver(undefined);
  const view = readView(params.get('view'));
  const { data: card, error, loading, reload } = useScorecard(unitId, period);

  const change = useCallback(
    (next: Scope) => {
      const search = new URLSearchParams(params);
      if (next.unit) search.set('unit', next.unit);
      if (next.period) search.set('period', next.period);
      // The table is the view without a name, so the plainest link opens it.
      if (next.view === 'table') search.delete('view');
      else if (next.view) search.set('view', next.view);
      setParams(search, { replace: true });
    },
    [params, setParams],
  );

  /** A unit or period the user picks; the notice about a period passed over has done its job. */
  const choose = (next: Scope) => {
    setPassedOver(undefined);
    change(next);
  };

  // Settle the address on the unit and period shown, so a copied link opens this very view.
  const settled = card && card.unit.id === unitId && (!period || period === card.period.key);
  useEffect(() => {
    if (!card || !settled) return;
    if (params.get('unit') === card.unit.id && params.get('period') === card.period.key) return;
    change({ unit: card.unit.id, period: card.period.key });
  }, [card, settled, params, change]);

  const title = card ? `${card.unit.name} – ${t('scorecard.title')}` : t('scorecard.title');
  const heading = card ? t('scorecard.heading', { unit: card.unit.name }) : t('scorecard.title');
  return (
    <Page title={title} heading={heading} actions={card && <Tools card={card} />}>
      <div className="scorecard stack">
        {card && (
          <UnitTrail
            card={card}
            view={view}
            canRead={(id) => access?.can(id, 'reader') ?? false}
          />
        )}
        <div className="scope card-controls">
          {access && unitId && (
            <UnitChoice
              access={access}
              unitId={unitId}
              onChange={(unit) => choose({ unit })}
            />
          )}
          {card && <PeriodChoice card={card} onChange={(key) => choose({ period: key })} />}
        </div>
        {passedOver !== undefined && card && (
          <Alert data-color="warning">
            {t('scorecard.badPeriod', {
              period: passedOver.period,
              shown: periodLabel(card.period.key),
            })}
          </Alert>
        )}
        {accessError && !unitId ? (
          <LoadError error={accessError} retry={reloadAccess} />
        ) : access && unitId && !access.can(unitId, 'reader') ? (
          <Paragraph>{t('scope.outOfReach')}</Paragraph>
        ) : error ? (
          <LoadError error={error} retry={reload} />
        ) : !card ? (
          access && !unitId ? (
            <Paragraph>{t('scope.noUnits')}</Paragraph>
          ) : (
            <Loading />
          )
        ) : (
          <div aria-busy={loading} className={loading ? 'scorecard__body is-loading' : undefined}>
            <CardBody
              card={card}
              view={view}
              canAct={access?.can(card.unit.id, 'reporter') ?? false}
              onView={(next) => change({ view: next })}
            />
          </div>
        )}
      </div>
    </Page>
  );
}

function PeriodChoice({ card, onChange }: { card: Scorecard; onChange: (key: string) => void }) {
  const { t } = useTranslation();
  const keys = card.periodOptions.includes(card.period.key)
    ? card.periodOptions
    : [card.period.key, ...card.periodOptions];
  return (
    <SelectField
      label={t('scorecard.period')}
      value={card.period.key}
      onChange={(event) => onChange(event.target.value)}
    >
      {keys.map((key) => (
        <option key={key} value={key}>
          {periodLabel(key)}
        </option>
      ))}
    </SelectField>
  );
}

/** The Excel export and printing, for the scorecard as shown. */
function Tools({ card }: { card: Scorecard }) {
  const { t } = useTranslation();
  return (
    <div className="button-row card-tools">
      <Button asChild variant="secondary" data-size="sm">
        <a href={exportUrl(card.unit.id, card.period.key, currentLocale())} download>
          <FileExcelIcon aria-hidden />
          {t('scorecard.export')}
        </a>
      </Button>
      <Button variant="secondary" data-size="sm" onClick={() => window.print()}>
        <PrinterSmallIcon aria-hidden />
        {t('scorecard.print')}
      </Button>
    </div>
  );
}

function CardBody({
  card,
  view,
  canAct,
  onView,
}: {
  card: Scorecard;
  view: View;
  canAct: boolean;
  onView: (view: View) => void;
}) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const returnTo = `${pathname}${search}`;
  // A unit without subunits has no matrix; its address may still ask for one.
  const hasSubunits = card.children.length > 0;
  const shown = view === 'subunits' && !hasSubunits ? 'table' : view;
  return (
    <div className="stack">
      <div className="card-summary">
        <Paragraph data-size="sm" className="card-summary__facts">
          {t('scorecard.summary', {
            period: periodLabel(card.period.key),
            count: card.indicatorCount,
          })}
        </Paragraph>
        <StatusCountList
          counts={card.counts}
          label={t('scorecard.countsOf', { name: card.unit.name })}
        />
      </div>
      <Tabs value={shown} onChange={(next) => onView(readView(next))} data-size="sm">
        <Tabs.List className="card-tabs">
          <Tabs.Tab value="table">{t('scorecard.view.table')}</Tabs.Tab>
          <Tabs.Tab value="map">{t('scorecard.view.map')}</Tabs.Tab>
          <Tabs.Tab value="actions">
            {t('scorecard.view.actions', { count: card.actions.length })}
          </Tabs.Tab>
          {hasSubunits && <Tabs.Tab value="subunits">{t('scorecard.view.subunits')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="table">
          {shown === 'table' && <TableView card={card} canAct={canAct} returnTo={returnTo} />}
        </Tabs.Panel>
        <Tabs.Panel value="map">{shown === 'map' && <StrategyMap card={card} />}</Tabs.Panel>
        {hasSubunits && (
          <Tabs.Panel value="subunits">
            {shown === 'subunits' && (
              <SubunitMatrix unitId={card.unit.id} period={card.period.key} />
            )}
          </Tabs.Panel>
        )}
        <Tabs.Panel value="actions">
          {shown === 'actions' && <ActionsTab card={card} canAct={canAct} returnTo={returnTo} />}
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}

function TableView({
  card,
  canAct,
  returnTo,
}: {
  card: Scorecard;
  canAct: boolean;
  returnTo: string;
}) {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const context = useMemo<RowContext>(
    () => ({
      unitId: card.unit.id,
      period: card.period.key,
      showLastYear: card.period.kind !== 'year',
      canAct,
      returnTo,
    }),
    [card, canAct, returnTo],
  );

  // A box on the strategy map leads here with #criterion-…: bring that group into view.
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [hash, card]);

  if (card.focusAreas.length === 0) return <Paragraph>{t('scorecard.noAreas')}</Paragraph>;
  return (
    <div className="card-areas">
      {card.focusAreas.map((area) => (
        <AreaSection key={area.id} area={area} context={context} />
      ))}
    </div>
  );
}
