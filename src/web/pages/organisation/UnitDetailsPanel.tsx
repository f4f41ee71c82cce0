/**
 * One unit: where it sits, its facts, and for administrators the changes they may make and the
 * unit's history.
 */
import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import {
  ArchiveIcon,
  ArrowRightLeftIcon,
  ArrowUndoIcon,
  PencilIcon,
  PlusIcon,
} from '@navikt/aksel-icons';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditHistory } from '../../components/AuditHistory.js';
import { Trail } from '../../components/Trail.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { errorMessage } from '../../components/messages.js';
import type { UnitForest } from '../../components/unitTree.js';
import { useLoad } from '../../components/useLoad.js';
import { formatDate } from '../../format.js';
import type { UnitDetails } from '../../types.js';
import { getUnit, reopenUnit } from './orgUnitsApi.js';
import {
  CloseUnitDialog,
  CreateUnitDialog,
  EditUnitDialog,
  MoveUnitDialog,
} from './UnitDialogs.js';

type DialogName = 'create' | 'edit' | 'move' | 'close';

export function UnitDetailsPanel({
  unitId,
  forest,
  onChanged,
}: {
  unitId: string;
  forest: UnitForest;
  /** Tells the page that the tree may have changed. */
  onChanged: () => void;
}) {
  const load = useCallback(() => getUnit(unitId), [unitId]);
  const { data, error, reload } = useLoad(load);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  const changed = useCallback(
    (message: string) => {
      setNotice(message);
      setVersion((n) => n + 1);
      reload();
      onChanged();
    },
    [reload, onChanged],
  );

  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Loading />;
  return (
    <UnitView details={data} forest={forest} notice={notice} version={version} changed={changed} />
  );
}

function UnitView({
  details,
  forest,
  notice,
  version,
  changed,
}: {
  details: UnitDetails;
  forest: UnitForest;
  notice: string | null;
  version: number;
  changed: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const { unit, path, role } = details;
  const administrator = role === 'administrator';
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const closeDialog = () => setDialog(null);
  const dialogProps = { unit, onClose: closeDialog, onDone: changed };

  async function reopen() {
    setActionError(null);
    try {
      await reopenUnit(unit.id);
      changed(t('orgUnit.reopen.done', { name: unit.name }));
    } catch (error) {
      setActionError(errorMessage(error));
    }
  }

  return (
    <section className="unit-details" aria-labelledby={headingId}>
      {path.length > 0 && (
        <Trail
          label={t('orgUnit.path')}
          steps={[...path, { id: unit.id, name: unit.name }].map((step) => ({
            ...step,
            to: `/organisation/${step.id}`,
          }))}
        />
      )}
      <div className="unit-details__title">
        <Heading level={2} data-size="md" id={headingId}>
          {unit.name}
        </Heading>
        <Tag data-color={unit.closed ? 'neutral' : 'success'} data-size="sm">
          {t(unit.closed ? 'orgUnit.status.closed' : 'orgUnit.status.open')}
        </Tag>
      </div>

      <dl className="facts">
        <dt>{t('orgUnit.field.code')}</dt>
        <dd>{unit.code}</dd>
        <dt>{t('orgUnit.field.kind')}</dt>
        <dd>{t(`orgUnit.kind.${unit.kind}`)}</dd>
        <dt>{t('orgUnit.field.validFrom')}</dt>
        <dd>{formatDate(unit.validFrom)}</dd>
        <dt>{t('orgUnit.field.validTo')}</dt>
        <dd>{unit.validTo ? formatDate(unit.validTo) : t('orgUnit.noEndDate')}</dd>
        <dt>{t('orgUnit.yourRole')}</dt>
        <dd>{t(`role.${role}`)}</dd>
      </dl>

      <div role="status" className="notice">
        {notice && (
          <Alert data-color="success">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      {actionError && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{actionError}</Paragraph>
        </Alert>
      )}

      {administrator && (
        <div className="button-row" role="group" aria-label={t('orgUnit.actions')}>
          {!unit.closed && (
            <Button variant="primary" data-size="sm" onClick={() => setDialog('create')}>
              <PlusIcon aria-hidden />
              {t('orgUnit.create.open')}
            </Button>
          )}
          <Button variant="secondary" data-size="sm" onClick={() => setDialog('edit')}>
            <PencilIcon aria-hidden />
            {t('orgUnit.edit.open')}
          </Button>
          {unit.parentId !== null && !unit.closed && (
            <>
              <Button variant="secondary" data-size="sm" onClick={() => setDialog('move')}>
                <ArrowRightLeftIcon aria-hidden />
                {t('orgUnit.move.open')}
              </Button>
              <Button
                variant="secondary"
                data-color="danger"
                data-size="sm"
                onClick={() => setDialog('close')}
              >
                <ArchiveIcon aria-hidden />
                {t('orgUnit.close.open')}
              </Button>
            </>
          )}
          {unit.closed && (
            <Button variant="secondary" data-size="sm" onClick={() => void reopen()}>
              <ArrowUndoIcon aria-hidden />
              {t('orgUnit.reopen.open')}
            </Button>
          )}
        </div>
      )}

      {administrator && (
        <>
          <CreateUnitDialog open={dialog === 'create'} {...dialogProps} />
          <EditUnitDialog open={dialog === 'edit'} {...dialogProps} />
          <MoveUnitDialog open={dialog === 'move'} forest={forest} {...dialogProps} />
          <CloseUnitDialog open={dialog === 'close'} {...dialogProps} />
          <AuditHistory
            key={version}
            subject={{ orgUnitId: unit.id }}
            context={{ unitName: (id) => forest.byId.get(id)?.name }}
          />
        </>
      )}
      {!administrator && (
        <Paragraph data-size="sm" className="muted">
          {t('orgUnit.readOnly')}
        </Paragraph>
      )}
    </section>
  );
}
