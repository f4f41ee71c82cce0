import { z } from 'zod';
import type { App } from '../../app.js';
import { contextOf } from '../../http/authentication.js';
import { idParams, queryFlag, rolledValue, trimmed } from '../../http/schemas.js';
import { statuses } from '#domain/status.js';
import { periodKey, targetView } from '../register/schemas.js';
import { approvalState, approvePeriod, reopenPeriod } from './approval.js';
import * as entry from './entry.js';
import { createSeries, listPoints } from './points.js';
import { unitResults } from './results.js';
import { commitResultsImport, previewResultsImport, resultFields } from './resultsImport.js';
import { createToken, listTokens, revokeToken } from './tokens.js';

const tags = ['measurement'];
const finite = z.number().finite();

const measurement = z.object({
  id: z.string(),
  indicatorId: z.string(),
  orgUnitId: z.string(),
  periodKey: z.string(),
  dueDate: z.string(),
  version: z.number(),
  current: z
    .object({
      value: z.number(),
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
      weight: z.number().nullable(),
      comment: z.string(),
      enteredAt: z.string(),
      enteredBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    })
    .nullable(),
});

const point = z.object({
  id: z.string(),
  indicatorId: z.string(),
  periodKey: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  dueDate: z.string(),
  unitIds: z.array(z.string()),
});

const approval = z.object({
  orgUnitId: z.string(),
  periodKey: z.string(),
  approved: z.boolean(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
});

const apiToken = z.object({
  id: z.string(),
  name: z.string(),
  orgUnitId: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

const valueEntry = z.union([
  z.strictObject({
    measurementId: z.uuid(),
    value: finite,
    weight: z.number().finite().positive().optional(),
    comment: z.string().max(4000).optional(),
    expectedVersion: z.number().int().min(0),
  }),
  z.strictObject({
    measurementId: z.uuid(),
    numerator: finite,
    denominator: finite,
    comment: z.string().max(4000).optional(),
    expectedVersion: z.number().int().min(0),
  }),
]);

const unitResult = z.object({
  indicatorId: z.string(),
  orgUnitId: z.string(),
  periodKey: z.string(),
  result: rolledValue.nullable(),
  target: targetView.nullable(),
  status: z.enum(statuses),
  measurement: measurement.nullable(),
});

const unitPeriod = z.strictObject({ orgUnitId: z.uuid(), periodKey });

export async function measurementRoutes(app: App): Promise<void> {
  app.post(
    '/measurement-points/series',
    {
      schema: {
        tags,
        description: 'Plans measurement points for every period from one key to another.',
        body: z.strictObject({
          indicatorId: z.uuid(),
          from: periodKey,
          to: periodKey,
          dueDaysAfterEnd: z.number().int().min(0).max(365),
          unitIds: z.array(z.uuid()).max(5000).optional(),
        }),
        response: { 201: z.object({ created: z.array(point), skipped: z.array(z.string()) }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createSeries(contextOf(request), request.body)),
  );

  app.get(
    '/measurement-points',
    {
      schema: {
        tags,
        querystring: z.strictObject({ indicatorId: z.uuid() }),
        response: { 200: z.object({ points: z.array(point) }) },
      },
    },
    async (request) => ({
      points: await listPoints(contextOf(request), request.query.indicatorId),
    }),
  );

  app.get(
    '/measurements/inbox',
    {
      schema: {
        tags,
        description: 'The measurements the caller reports for, overdue first.',
        querystring: z.strictObject({ includeEntered: queryFlag }),
        response: { 200: z.object({ measurements: z.array(measurement) }) },
      },
    },
    async (request) => ({ measurements: await entry.inbox(contextOf(request), request.query) }),
  );

  app.get(
    '/measurements',
    {
      config: { apiToken: true },
      schema: {
        tags,
        querystring: z.strictObject({
          orgUnitId: z.uuid(),
          periodKey: periodKey.optional(),
          includeSubunits: queryFlag,
        }),
        response: { 200: z.object({ measurements: z.array(measurement) }) },
      },
    },
    async (request) => ({
      measurements: await entry.listMeasurements(contextOf(request), request.query),
    }),
  );

  app.get(
    '/measurements/due',
    {
      schema: {
        tags,
        querystring: z.strictObject({ orgUnitId: z.uuid() }),
        response: {
          200: z.object({ dueSoon: z.array(measurement), overdue: z.array(measurement) }),
        },
      },
    },
    async (request) => entry.dueLists(contextOf(request), request.query.orgUnitId),
  );

  app.post(
    '/measurements/values',
    {
      config: { apiToken: true },
      schema: {
        tags,
        description:
          'Saves results, all or none. Each carries the version the caller saw; a newer value ' +
          'saved meanwhile by someone else refuses the save with stale_write. Accepts an API token.',
        body: z.strictObject({ entries: z.array(valueEntry).min(1).max(2000) }),
        response: { 200: z.object({ measurements: z.array(measurement) }) },
      },
    },
    async (request) => {
      const source = contextOf(request).actor.sessionId === null ? 'api' : 'manual';
      return {
        measurements: await entry.enterValues(contextOf(request), request.body.entries, source),
      };
    },
  );

  const resultsFile = z.strictObject({
    fileName: trimmed(255),
    contentBase64: z.base64().max(14_000_000),
    mapping: z.partialRecord(z.enum(resultFields), z.string().max(200)).optional(),
  });

  app.post(
    '/results/import/preview',
    {
      bodyLimit: 15 * 1024 * 1024,
      schema: {
        tags,
        description: 'Reads a results file and lists each row and every bad row, writing nothing.',
        body: resultsFile,
      },
    },
    async (request) => previewResultsImport(contextOf(request), request.body),
  );

  app.post(
    '/results/import/commit',
    {
      bodyLimit: 15 * 1024 * 1024,
      schema: {
        tags,
        description: 'Writes a clean results file in one transaction; any bad row writes nothing.',
        body: resultsFile,
        response: {
          200: z.object({ entered: z.number(), corrected: z.number(), unchanged: z.number() }),
        },
      },
    },
    async (request) => commitResultsImport(contextOf(request), request.body),
  );

  app.get(
    '/measurements/:id/history',
    {
      schema: {
        tags,
        params: idParams,
        response: {
          200: z.object({
            history: z.array(
              z.object({
                version: z.number(),
                value: z.number(),
                numerator: z.number().nullable(),
                denominator: z.number().nullable(),
                comment: z.string(),
                source: z.string(),
                enteredAt: z.string(),
                enteredBy: z.object({ id: z.string(), name: z.string() }).nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      history: await entry.valueHistory(contextOf(request), request.params.id),
    }),
  );

  app.get(
    '/results',
    {
      schema: {
        tags,
        description: 'Each indicator of a unit for a period: entered, or computed from subunits.',
        querystring: z.strictObject({ orgUnitId: z.uuid(), period: periodKey }),
        response: { 200: z.object({ results: z.array(unitResult) }) },
      },
    },
    async (request) => ({
      results: await unitResults(contextOf(request), request.query.orgUnitId, request.query.period),
    }),
  );

  app.get(
    '/approvals',
    { schema: { tags, querystring: unitPeriod, response: { 200: z.object({ approval }) } } },
    async (request) => ({
      approval: await approvalState(
        contextOf(request),
        request.query.orgUnitId,
        request.query.periodKey,
      ),
    }),
  );

  app.post(
    '/approvals',
    { schema: { tags, body: unitPeriod, response: { 200: z.object({ approval }) } } },
    async (request) => ({
      approval: await approvePeriod(
        contextOf(request),
        request.body.orgUnitId,
        request.body.periodKey,
      ),
    }),
  );

  app.post(
    '/approvals/reopen',
    {
      schema: {
        tags,
        body: unitPeriod.extend({ reason: trimmed(500) }),
        response: { 200: z.object({ approval }) },
      },
    },
    async (request) => ({
      approval: await reopenPeriod(
        contextOf(request),
        request.body.orgUnitId,
        request.body.periodKey,
        request.body.reason,
      ),
    }),
  );

  app.get(
    '/api-tokens',
    { schema: { tags, response: { 200: z.object({ apiTokens: z.array(apiToken) }) } } },
    async (request) => ({ apiTokens: await listTokens(contextOf(request)) }),
  );

  app.post(
    '/api-tokens',
    {
      schema: {
        tags,
        description: 'Creates a token limited to entering results in one unit subtree; shown once.',
        body: z.strictObject({ name: trimmed(200), orgUnitId: z.uuid() }),
        response: { 201: z.object({ token: z.string(), apiToken }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createToken(contextOf(request), request.body)),
  );

  app.delete(
    '/api-tokens/:id',
    { schema: { tags, params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeToken(contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
