/**
 * The organisation: the unit tree on one side and the selected unit on the other; stacked on
 * narrow screens. Without a unit in the address, the top of the tree is shown.
 */
import { Button, Checkbox, Heading } from '@digdir/designsystemet-react';
import { FileImportIcon } from '@navikt/aksel-icons';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { LoadError, Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { arrangeUnits } from '../../components/unitTree.js';
import { useLoad } from '../../components/useLoad.js';
import { isAdministrator, useMe } from '../../session/SessionProvider.js';
import { listUnits } from './orgUnitsApi.js';
import { UnitDetailsPanel } from './UnitDetailsPanel.js';
import { UnitTree } from './UnitTree.js';

export function OrganisationPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { unitId } = useParams();
  const treeHeadingId = useId();
  const [showClosed, setShowClosed] = useState(false);
  const load = useCallback(() => listUnits(showClosed), [showClosed]);
  const { data: units, error, reload } = useLoad(load);
  const forest = useMemo(() => (units ? arrangeUnits(units) : undefined), [units]);
  const selectedId = unitId ?? forest?.roots[0]?.id;
  const selectedName = selectedId ? forest?.byId.get(selectedId)?.name : undefined;
  const title = selectedName
    ? t('orgUnit.pageTitleFor', { name: selectedName })
    : t('orgUnit.pageTitle');

  const actions = isAdministrator(me) ? (
    <Button asChild variant="secondary" data-size="sm">
      <RouterLink to="/organisation/import">
        <FileImportIcon aria-hidden />
        {t('import.open')}
      </RouterLink>
    </Button>
  ) : undefined;

  return (
    <Page title={title} heading={t('orgUnit.pageTitle')} actions={actions}>
      <div className="organisation">
        <section className="organisation__tree" aria-labelledby={treeHeadingId}>
          <Heading level={2} data-size="xs" id={treeHeadingId}>
            {t('orgUnit.tree.title')}
          </Heading>
          <Checkbox
            label={t('orgUnit.tree.showClosed')}
            checked={showClosed}
            onChange={(event) => setShowClosed(event.target.checked)}
            data-size="sm"
          />
          {error ? (
            <LoadError error={error} retry={reload} />
          ) : !forest ? (
            <Loading />
          ) : (
            <UnitTree forest={forest} selectedId={selectedId} labelledBy={treeHeadingId} />
          )}
        </section>
        <div className="organisation__details">
          {selectedId && forest && (
            <UnitDetailsPanel
              key={selectedId}
              unitId={selectedId}
              forest={forest}
              onChanged={reload}
            />
          )}
        </div>
      </div>
    </Page>
  );
}
