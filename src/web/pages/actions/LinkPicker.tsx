/**
 * What an action is linked to: first the kind, then the focus area, success criterion, indicator
 * or one measurement from the register, as the owning unit sees it. The choices come from the
 * register's own endpoints, so the server's link check and the list here agree.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { actionLinkKinds } from '#domain/actions.js';
import { LoadError } from '../../components/Loading.js';
import { SelectField } from '../../components/SelectField.js';
import { useLoad } from '../../components/useLoad.js';
import { periodLabel } from '../../register/periods.js';
import { listCriteria, listFocusAreas, listIndicators } from '../../register/registerApi.js';
import { listMeasurements } from '../../results/resultsApi.js';
import type { ActionDraft } from './actionDraft.js';
import type { ActionLinkKind } from './actionsApi.js';

interface Choice {
  id: string;
  label: string;
  /** For a measurement: the indicator it measures. */
  indicatorId?: string;
}

interface Choices {
  kind: ActionLinkKind;
  unitId: string;
  targets: Choice[];
  /** For measurements: the indicators to choose between first. */
  indicators: Choice[];
}

async function loadChoices(
  kind: ActionLinkKind,
  unitId: string,
  unitName: (id: string) => string | undefined,
): Promise<Omit<Choices, 'unitId'>> {
  const named = (items: { id: string; name: string }[]) =>
    items.map((item) => ({ id: item.id, label: item.name }));
  switch (kind) {
    case 'focus_area':
      return { kind, targets: named(await listFocusAreas(false)), indicators: [] };
    case 'criterion':
      return { kind, targets: named(await listCriteria(unitId, false)), indicators: [] };
    case 'indicator':
      return {
        kind,
        targets: named(await listIndicators({ orgUnitId: unitId, archived: 'active' })),
        indicators: [],
      };
    case 'measurement': {
      const [indicators, measurements] = await Promise.all([
        listIndicators({ orgUnitId: unitId, archived: 'active' }),
        listMeasurements(unitId),
      ]);
      const targets = measurements
        .sort((a, b) => b.periodKey.localeCompare(a.periodKey))
        .map((measurement) => ({
          id: measurement.id,
          indicatorId: measurement.indicatorId,
          label:
            measurement.orgUnitId === unitId
              ? periodLabel(measurement.periodKey)
              : `${periodLabel(measurement.periodKey)}, ${unitName(measurement.orgUnitId) ?? ''}`,
        }));
      return { kind, targets, indicators: named(indicators) };
    }
  }
}

export function LinkPicker({
  draft,
  set,
  errors,
  unitName,
}: {
  draft: ActionDraft;
  set: (changes: Partial<ActionDraft>) => void;
  errors: Record<string, string>;
  unitName: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const kind = draft.linkKind;
  const unitId = draft.orgUnitId;
  const load = useCallback(
    () =>
      kind && unitId
        ? loadChoices(kind, unitId, unitName).then((loaded) => ({ ...loaded, unitId }))
        : Promise.resolve(null),
    [kind, unitId, unitName],
  );
  const { data: choices, error, reload } = useLoad(load);
  const loaded = choices?.kind === kind && choices.unitId === unitId ? choices : undefined;

  // A measurement given in the address is shown under its own indicator.
  const chosen = loaded?.targets.find((choice) => choice.id === draft.linkId);
  const indicatorId = draft.linkIndicatorId || chosen?.indicatorId || '';
  const targets = loaded
    ? kind === 'measurement'
      ? loaded.targets.filter((choice) => choice.indicatorId === indicatorId)
      : loaded.targets
    : [];
  const unknown = draft.linkId && loaded && !chosen;

  return (
    <fieldset className="action-link-picker">
      <legend className="action-link-picker__legend">{t('actions.field.link')}</legend>
      <div className="form-columns">
        <SelectField
          label={t('actions.link.kindLabel')}
          name="link.kind"
          value={kind}
          error={errors['link.kind']}
          onChange={(event) =>
            set({
              linkKind: actionLinkKinds.find((known) => known === event.target.value) ?? '',
              linkId: '',
              linkIndicatorId: '',
            })
          }
        >
          <option value="">{t('actions.link.none')}</option>
          {actionLinkKinds.map((known) => (
            <option key={known} value={known}>
              {t(`actions.linkKind.${known}`)}
            </option>
          ))}
        </SelectField>
        {kind === 'measurement' && (
          <SelectField
            label={t('actions.link.indicatorOfMeasurement')}
            value={indicatorId}
            disabled={!loaded}
            onChange={(event) => set({ linkIndicatorId: event.target.value, linkId: '' })}
          >
            <option value="">{t('actions.link.choose')}</option>
            {loaded?.indicators.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </SelectField>
        )}
        {kind && (
          <SelectField
            label={t(`actions.link.target.${kind}`)}
            name="link.id"
            value={draft.linkId}
            disabled={!loaded}
            error={errors['link.id']}
            aria-busy={!loaded && !error}
            onChange={(event) => set({ linkId: event.target.value })}
          >
            <option value="">{loaded ? t('actions.link.choose') : t('app.loading')}</option>
            {unknown && <option value={draft.linkId}>{t('actions.link.unknown')}</option>}
            {targets.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {error ? <LoadError error={error} retry={reload} /> : null}
      {kind && loaded && targets.length === 0 && (kind !== 'measurement' || indicatorId) && (
        <p className="muted action-link-picker__empty">{t(`actions.link.empty.${kind}`)}</p>
      )}
    </fieldset>
  );
}
