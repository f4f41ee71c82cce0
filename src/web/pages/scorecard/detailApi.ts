/** The subunit matrix and one indicator over time, from the server. */
import type { IndicatorTimeline, SubunitMatrix } from '#domain/scorecardView.js';
import { api } from '../../api.js';

export const getSubunitMatrix = (unitId: string, period: string) =>
  api.get<SubunitMatrix>('/scorecard/matrix', { orgUnitId: unitId, period });

export const getIndicatorTimeline = (unitId: string, indicatorId: string, period: string) =>
  api.get<IndicatorTimeline>('/scorecard/indicator', {
    orgUnitId: unitId,
    indicatorId,
    period: period || undefined,
  });
