import { z } from 'zod';
import type { App } from '../../app.js';
import { contextOf } from '../../http/authentication.js';
import { periodKey } from '../register/schemas.js';
import { scorecardWorkbook } from './export.js';
import { indicatorTimelineSchema, scorecardSchema, subunitMatrixSchema } from './schemas.js';
import { getIndicatorTimeline, getScorecard, getSubunitMatrix } from './service.js';

const tags = ['scorecard'];
const unitPeriod = z.strictObject({ orgUnitId: z.uuid(), period: periodKey });

export async function scorecardRoutes(app: App): Promise<void> {
  app.get(
    '/scorecard',
    {
      schema: {
        tags,
        description:
          'A unit’s scorecard for a period. Without a period: the latest one with results.',
        querystring: z.strictObject({ orgUnitId: z.uuid(), period: periodKey.optional() }),
        response: { 200: scorecardSchema },
      },
    },
    async (request) =>
      getScorecard(contextOf(request), request.query.orgUnitId, request.query.period),
  );

  app.get(
    '/scorecard/matrix',
    {
      schema: {
        tags,
        description: 'The unit’s open children against its indicators for one period.',
        querystring: unitPeriod,
        response: { 200: subunitMatrixSchema },
      },
    },
    async (request) =>
      getSubunitMatrix(contextOf(request), request.query.orgUnitId, request.query.period),
  );

  app.get(
    '/scorecard/indicator',
    {
      schema: {
        tags,
        description: 'One indicator over time on a unit and its children, up to a period.',
        querystring: z.strictObject({
          orgUnitId: z.uuid(),
          indicatorId: z.uuid(),
          period: periodKey.optional(),
        }),
        response: { 200: indicatorTimelineSchema },
      },
    },
    async (request) =>
      getIndicatorTimeline(
        contextOf(request),
        request.query.orgUnitId,
        request.query.indicatorId,
        request.query.period,
      ),
  );

  app.get(
    '/scorecard/export.xlsx',
    {
      schema: {
        tags,
        description: 'The scorecard as an Excel workbook: values, targets and status in words.',
        querystring: unitPeriod.extend({ locale: z.enum(['nb', 'en']).default('nb') }),
      },
    },
    async (request, reply) => {
      const { orgUnitId, period, locale } = request.query;
      const card = await getScorecard(contextOf(request), orgUnitId, period);
      const file = await scorecardWorkbook(card, locale);
      const name = `styringskort-${card.unit.code || 'enhet'}-${card.period.key}.xlsx`;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`)
        .send(file);
    },
  );
}
