/**
 * Approving a period's results, where the municipality wants it: the unit leader or a planner
 * approves a unit's period, which locks it for reporters, and may open it again with a reason.
 */
import {
  Button,
  Heading,
  Paragraph,
  Table,
  Tag,
  Textarea,
  Field,
  Label,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { CheckmarkIcon, PadlockLockedIcon, PadlockUnlockedIcon } from '@navikt/aksel-icons';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog.js';
import { fieldText } from '../../components/formData.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useLoad } from '../../components/useLoad.js';
import { formatDate } from '../../format.js';
import { FeedbackView, useFeedback } from '../../register/Feedback.js';
import { periodLabel } from '../../register/periods.js';
import type { UnitAccess } from '../../register/useUnitAccess.js';
import { useMe } from '../../session/SessionProvider.js';
import { approvalState, approvePeriod, reopenPeriod } from '../../results/resultsApi.js';
import type { Approval } from '../../results/types.js';
import type { GridUnit } from './entryGrid.js';

export interface Approvals {
  isApproved: (unitId: string) => boolean;
  stateOf: (unitId: string) => Approval | undefined;
  /** The mark under a unit's name in the grid. */
  note: (unitId: string) => React.ReactNode;
  reload: () => void;
}

/** The approval state of each unit for the period; none are asked for when approval is off. */
export function useApprovals(unitIds: readonly string[], periodKey: string): Approvals {
  const key = unitIds.join(',');
  const load = useCallback(async () => {
    const ids = key ? key.split(',') : [];
    const states = await Promise.all(ids.map((id) => approvalState(id, periodKey)));
    return new Map(ids.map((id, index) => [id, states[index] as Approval]));
  }, [key, periodKey]);
  const { data, reload } = useLoad(load);
  const isApproved = (unitId: string) => data?.get(unitId)?.approved ?? false;
  return {
    isApproved,
    stateOf: (unitId) => data?.get(unitId),
    note: (unitId) => (isApproved(unitId) ? <ApprovedTag /> : null),
    reload,
  };
}

function ApprovedTag() {
  const { t } = useTranslation();
  return (
    <Tag data-color="success" data-size="sm" className="entry-grid__approved">
      <PadlockLockedIcon aria-hidden />
      {t('approval.approved')}
    </Tag>
  );
}

export function ApprovalPanel({
  access,
  periodKey,
  units,
  approvals,
}: {
  access: UnitAccess;
  periodKey: string;
  units: readonly GridUnit[];
  approvals: Approvals;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const headingId = useId();
  const feedback = useFeedback();
  const [reopening, setReopening] = useState<GridUnit | null>(null);

  // The API gives each unit its leader; the leader approves even without a planner role.
  const mayApprove = (unitId: string) => {
    const unit = access.forest.byId.get(unitId) as { leaderUserId?: string | null } | undefined;
    return access.can(unitId, 'planner') || unit?.leaderUserId === me.user.id;
  };

  async function approve(unit: GridUnit) {
    const done = await feedback.run(async () => {
      await approvePeriod(unit.id, periodKey);
      return t('approval.done', { unit: unit.name, period: periodLabel(periodKey) });
    });
    if (done) approvals.reload();
  }

  return (
    <section className="panel stack" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('approval.title', { period: periodLabel(periodKey) })}
      </Heading>
      <Paragraph data-size="sm">{t('approval.help')}</Paragraph>
      <FeedbackView feedback={feedback} />
      <div className="table-scroll">
        <Table data-size="sm" className="stacking-table">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('approval.unit')}</Table.HeaderCell>
              <Table.HeaderCell>{t('approval.state')}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="ds-sr-only">{t('approval.actions')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {units.map((unit) => {
              const state = approvals.stateOf(unit.id);
              return (
                <Table.Row key={unit.id}>
                  <Table.Cell data-label={t('approval.unit')}>{unit.name}</Table.Cell>
                  <Table.Cell data-label={t('approval.state')}>
                    {state?.approved ? (
                      <span className="approval-state">
                        <PadlockLockedIcon aria-hidden />
                        {t('approval.approvedAt', { at: formatDate(state.approvedAt) })}
                      </span>
                    ) : (
                      <span className="approval-state">
                        <PadlockUnlockedIcon aria-hidden />
                        {t('approval.open')}
                      </span>
                    )}
                  </Table.Cell>
                  <Table.Cell data-label={t('approval.actions')} className="cell-actions">
                    {state &&
                      mayApprove(unit.id) &&
                      (state.approved ? (
                        <Button
                          variant="secondary"
                          data-size="sm"
                          onClick={() => setReopening(unit)}
                        >
                          {t('approval.reopen.open')}
                          <span className="ds-sr-only"> {unit.name}</span>
                        </Button>
                      ) : (
                        <Button
                          variant="secondary"
                          data-size="sm"
                          onClick={() => void approve(unit)}
                        >
                          <CheckmarkIcon aria-hidden />
                          {t('approval.approve')}
                          <span className="ds-sr-only"> {unit.name}</span>
                        </Button>
                      ))}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
      <ReopenDialog
        unit={reopening}
        periodKey={periodKey}
        onClose={() => setReopening(null)}
        onDone={(message) => {
          feedback.show(message);
          approvals.reload();
        }}
      />
    </section>
  );
}

function ReopenDialog({
  unit,
  periodKey,
  onClose,
  onDone,
}: {
  unit: GridUnit | null;
  periodKey: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors(['reason']);
  const name = unit?.name ?? '';
  return (
    <FormDialog
      open={unit !== null}
      onClose={onClose}
      title={t('approval.reopen.title', { unit: name, period: periodLabel(periodKey) })}
      submitLabel={t('approval.reopen.submit')}
      errors={errors}
      onSubmit={async (form) => {
        if (!unit) return;
        await reopenPeriod(unit.id, periodKey, fieldText(form, 'reason'));
        onDone(t('approval.reopen.done', { unit: name }));
      }}
    >
      <Paragraph>{t('approval.reopen.help')}</Paragraph>
      <Field>
        <Label>{t('approval.reopen.reason')}</Label>
        <Textarea
          name="reason"
          rows={3}
          required
          aria-invalid={errors.fields.reason ? true : undefined}
        />
        {errors.fields.reason && <ValidationMessage>{errors.fields.reason}</ValidationMessage>}
      </Field>
    </FormDialog>
  );
}
