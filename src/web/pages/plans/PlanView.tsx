/**
 * One version of a plan: who has it and where it stands, its texts, its scorecard, actions and
 * subunits, the steps the user may take and the versions before it. A draft's scorecard is read
 * as it is now; an approved version shows everything as it stood when it was approved.
 */
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { FileWordIcon } from '@navikt/aksel-icons';
import i18next from 'i18next';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isEditable } from '#domain/plans.js';
import { FormAlert } from '../../components/FormAlert.js';
import { LoadError, Loading } from '../../components/Loading.js';
import { errorMessage } from '../../components/messages.js';
import { useLoad } from '../../components/useLoad.js';
import { formatDate } from '../../format.js';
import { currentLocale } from '../../i18n/index.js';
import type { UnitAccess } from '../../register/useUnitAccess.js';
import { ApproveDialog } from './ApproveDialog.js';
import { PlanSection } from './PlanSection.js';
import { PlanActions, PlanScorecard, PlanSubunits } from './PlanTables.js';
import {
  type PlanDetail,
  type PlanStepPath,
  type PlanVersion,
  exportUrl,
  getPlan,
  takePlanStep,
} from './plansApi.js';

export function PlanView({
  versionId,
  versions,
  plainId,
  access,
  onVersion,
  onChanged,
}: {
  versionId: string;
  versions: PlanVersion[];
  /** The version the plain address opens for this user: the newest, or for a reader the approved. */
  plainId: string | undefined;
  access: UnitAccess;
  /** Opens a version by id, or null for the plain address. */
  onVersion: (id: string | null) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const load = useCallback(() => getPlan(versionId), [versionId]);
  const { data: detail, error, reload } = useLoad(load);
  // Said once the approval has been read back, until the user moves on.
  const [approved, setApproved] = useState(false);

  if (error) return <LoadError error={error} retry={reload} />;
  if (!detail) return <Loading />;
  const { plan } = detail;
  const unitId = plan.orgUnit.id;
  const canWrite = access.can(unitId, 'reporter') && plan.isLatest && isEditable(plan.status);
  const open = (id: string | undefined) => onVersion(!id || id === plainId ? null : id);

  return (
    <div className="plan stack">
      <PlanFacts detail={detail} onNewest={() => open(versions[0]?.id)} />
      <PlanSteps
        plan={plan}
        mayReport={access.can(unitId, 'reporter')}
        mayPlan={access.can(unitId, 'planner')}
        onDone={(step) => {
          // The new version is the newest, which the plain address opens.
          if (step === 'new-version') onVersion(null);
          else reload();
          setApproved(step === 'approve');
          onChanged();
        }}
      />
      <div role="status">
        {approved && plan.status === 'approved' && (
          <Alert data-color="success">
            <Paragraph>{t('plans.approve.done')}</Paragraph>
          </Alert>
        )}
      </div>
      {detail.sections.map((section) => (
        <PlanSection
          key={section.sectionId}
          planId={plan.id}
          section={section}
          canEdit={canWrite}
          onSaved={reload}
        />
      ))}
      <PlanScorecard card={detail.scorecard} />
      <PlanActions actions={detail.actions} />
      <PlanSubunits subunits={detail.subunits} year={plan.year} />
      <VersionList versions={versions} shownId={plan.id} plainId={plainId} onVersion={open} />
    </div>
  );
}

/** "Versjon 2 · Godkjent av Kari Demo 3.12.2026", and whether the figures are live or kept. */
function PlanFacts({ detail, onNewest }: { detail: PlanDetail; onNewest: () => void }) {
  const { t } = useTranslation();
  const { plan } = detail;
  return (
    <div className="plan-facts stack">
      <Paragraph className="plan-facts__status">
        <span>{t('plans.versionNumber', { number: plan.versionNumber })}</span>
        <span aria-hidden> · </span>
        <strong>{statusText(plan)}</strong>
      </Paragraph>
      {!plan.isLatest && (
        <Alert data-color="warning" className="plan-notice">
          <Paragraph>{t('plans.notLatest')}</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={onNewest}>
            {t('plans.openNewest')}
          </Button>
        </Alert>
      )}
      <Alert data-color="info" className="plan-notice">
        <Paragraph>
          {detail.live
            ? t('plans.live')
            : t('plans.frozen', { date: formatDate(plan.approvedAt ?? detail.asOf) })}
        </Paragraph>
      </Alert>
    </div>
  );
}

/** Utkast, Sendt til godkjenning, or Godkjent av <name> <date>. */
function statusText(plan: PlanVersion): string {
  if (plan.status === 'approved') {
    return i18next.t('plans.approvedBy', {
      name: plan.approvedBy?.name ?? i18next.t('plans.someone'),
      date: formatDate(plan.approvedAt),
    });
  }
  return i18next.t(`plans.status.${plan.status}`);
}

interface StepButton {
  step: PlanStepPath;
  label: string;
  shown: boolean;
  primary: boolean;
}

function PlanSteps({
  plan,
  mayReport,
  mayPlan,
  onDone,
}: {
  plan: PlanVersion;
  mayReport: boolean;
  mayPlan: boolean;
  onDone: (step: PlanStepPath) => void;
}) {
  const { t } = useTranslation();
  const alertId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [approving, setApproving] = useState(false);
  const latest = plan.isLatest;
  const buttons: StepButton[] = [
    {
      step: 'submit',
      label: t('plans.step.submit'),
      shown: latest && mayReport && plan.status === 'draft',
      primary: true,
    },
    {
      step: 'approve',
      label: t('plans.step.approve'),
      shown: latest && mayPlan && plan.status === 'submitted',
      primary: true,
    },
    {
      step: 'reopen',
      label: t('plans.step.reopen'),
      shown: latest && mayReport && plan.status === 'submitted',
      primary: false,
    },
    {
      step: 'new-version',
      label: t('plans.step.newVersion'),
      shown: latest && mayPlan && plan.status === 'approved',
      primary: false,
    },
  ];

  // Whoever may write the plan but not start its next version is told who can.
  const lockedForMe = latest && mayReport && !mayPlan && plan.status === 'approved';

  async function approve() {
    await takePlanStep(plan.id, 'approve');
    onDone('approve');
  }

  async function take(step: PlanStepPath) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await takePlanStep(plan.id, step);
      onDone(step);
    } catch (error) {
      setFailure(errorMessage(error));
      requestAnimationFrame(() => document.getElementById(alertId)?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="plan-steps stack">
      <FormAlert message={failure} id={alertId} />
      {lockedForMe && <Paragraph>{t('plans.locked')}</Paragraph>}
      <div className="button-row">
        {buttons
          .filter((button) => button.shown)
          .map((button) => (
            <Button
              key={button.step}
              variant={button.primary ? 'primary' : 'secondary'}
              data-size="sm"
              onClick={() =>
                button.step === 'approve' ? setApproving(true) : void take(button.step)
              }
            >
              {button.label}
            </Button>
          ))}
        <Button asChild variant="secondary" data-size="sm">
          <a href={exportUrl(plan.id, currentLocale())} download>
            <FileWordIcon aria-hidden />
            {t('plans.step.export')}
          </a>
        </Button>
      </div>
      <ApproveDialog
        open={approving}
        unitName={plan.orgUnit.name}
        year={plan.year}
        onClose={() => setApproving(false)}
        approve={approve}
      />
    </div>
  );
}

function VersionList({
  versions,
  shownId,
  plainId,
  onVersion,
}: {
  versions: PlanVersion[];
  shownId: string;
  plainId: string | undefined;
  onVersion: (id: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="plan-part plan-versions" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('plans.versions.heading')}
      </Heading>
      <ul>
        {versions.map((version) => {
          const label = `${t('plans.versionNumber', { number: version.versionNumber })}: ${statusText(version)}`;
          const href = `?${versionQuery(version, version.id === plainId)}`;
          return (
            <li key={version.id}>
              {version.id === shownId ? (
                <span aria-current="page">
                  {label} <span className="muted">{t('plans.versions.shown')}</span>
                </span>
              ) : (
                <Link
                  href={href}
                  onClick={(event) => {
                    event.preventDefault();
                    onVersion(version.id);
                  }}
                >
                  {label}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The address of a version: the newest needs no version of its own. */
function versionQuery(version: PlanVersion, plain: boolean): string {
  const query = new URLSearchParams({ unit: version.orgUnit.id, year: String(version.year) });
  if (!plain) query.set('version', version.id);
  return query.toString();
}
