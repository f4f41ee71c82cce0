import { z } from 'zod';
import type { App } from '../../app.js';
import { contextOf } from '../../http/authentication.js';
import { idParams, queryFlag, trimmed } from '../../http/schemas.js';
import { basisKinds, definitionSchema } from './definition.js';
import * as focusAreas from './focusAreas.js';
import * as indicators from './indicators.js';
import {
  focusArea,
  indicator,
  indicatorInput,
  periodKey,
  structureIndicator,
  successCriterion,
  targetValues,
  targetView,
} from './schemas.js';
import { exportHandbook } from './handbook.js';
import { commitIndicatorImport, previewIndicatorImport } from './indicatorImport.js';
import { getStructure, getTargetGrid } from './structure.js';
import * as targets from './targets.js';

const tags = ['register'];
const importFile = z.strictObject({
  fileName: trimmed(255),
  contentBase64: z.base64().max(14_000_000),
});
const idList = z.strictObject({ ids: z.array(z.uuid()).min(1).max(500) });

export async function registerRoutes(app: App): Promise<void> {
  app.get(
    '/focus-areas',
    {
      schema: {
        tags,
        querystring: z.strictObject({ includeArchived: queryFlag }),
        response: { 200: z.object({ focusAreas: z.array(focusArea) }) },
      },
    },
    async (request) => ({
      focusAreas: await focusAreas.listFocusAreas(contextOf(request), request.query),
    }),
  );

  app.post(
    '/focus-areas',
    {
      schema: {
        tags,
        body: z.strictObject({
          name: trimmed(200),
          description: z.string().trim().max(4000).optional(),
        }),
        response: { 201: z.object({ focusArea }) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ focusArea: await focusAreas.createFocusArea(contextOf(request), request.body) }),
  );

  app.patch(
    '/focus-areas/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: z.strictObject({
          name: trimmed(200).optional(),
          description: z.string().trim().max(4000).optional(),
          archived: z.boolean().optional(),
        }),
        response: { 200: z.object({ focusArea }) },
      },
    },
    async (request) => ({
      focusArea: await focusAreas.updateFocusArea(
        contextOf(request),
        request.params.id,
        request.body,
      ),
    }),
  );

  app.post(
    '/focus-areas/reorder',
    {
      schema: {
        tags,
        body: idList,
        response: { 200: z.object({ focusAreas: z.array(focusArea) }) },
      },
    },
    async (request) => ({
      focusAreas: await focusAreas.reorderFocusAreas(contextOf(request), request.body.ids),
    }),
  );

  app.get(
    '/success-criteria',
    {
      schema: {
        tags,
        description: 'The criteria a unit works with: its own and those of every unit above it.',
        querystring: z.strictObject({ orgUnitId: z.uuid(), includeArchived: queryFlag }),
        response: { 200: z.object({ successCriteria: z.array(successCriterion) }) },
      },
    },
    async (request) => ({
      successCriteria: await focusAreas.listCriteriaForUnit(
        contextOf(request),
        request.query.orgUnitId,
        request.query,
      ),
    }),
  );

  app.post(
    '/success-criteria',
    {
      schema: {
        tags,
        body: z.strictObject({
          focusAreaId: z.uuid(),
          orgUnitId: z.uuid(),
          name: trimmed(300),
          description: z.string().trim().max(4000).optional(),
        }),
        response: { 201: z.object({ successCriterion }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        successCriterion: await focusAreas.createCriterion(contextOf(request), request.body),
      }),
  );

  app.patch(
    '/success-criteria/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: z.strictObject({
          name: trimmed(300).optional(),
          description: z.string().trim().max(4000).optional(),
          focusAreaId: z.uuid().optional(),
          archived: z.boolean().optional(),
        }),
        response: { 200: z.object({ successCriterion }) },
      },
    },
    async (request) => ({
      successCriterion: await focusAreas.updateCriterion(
        contextOf(request),
        request.params.id,
        request.body,
      ),
    }),
  );

  app.post(
    '/focus-areas/:id/criteria-order',
    {
      schema: { tags, params: idParams, body: idList, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await focusAreas.reorderCriteria(contextOf(request), request.params.id, request.body.ids);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/indicators',
    {
      schema: {
        tags,
        querystring: z.strictObject({
          q: z.string().max(200).optional(),
          focusAreaId: z.uuid().optional(),
          criterionId: z.uuid().optional(),
          orgUnitId: z.uuid().optional(),
          basisKind: z.enum(basisKinds).optional(),
          ownerUserId: z.uuid().optional(),
          archived: z.enum(['active', 'archived', 'all']).default('active'),
        }),
        response: { 200: z.object({ indicators: z.array(indicator) }) },
      },
    },
    async (request) => ({
      indicators: await indicators.listIndicators(contextOf(request), request.query),
    }),
  );

  app.post(
    '/indicators',
    { schema: { tags, body: indicatorInput, response: { 201: z.object({ indicator }) } } },
    async (request, reply) =>
      reply
        .code(201)
        .send({ indicator: await indicators.createIndicator(contextOf(request), request.body) }),
  );

  app.get(
    '/indicators/handbook.xlsx',
    {
      schema: {
        tags,
        description: 'The register as an Excel handbook, one indicator per row.',
        querystring: z.strictObject({ locale: z.enum(['nb', 'en']).default('nb') }),
      },
    },
    async (request, reply) => {
      const file = await exportHandbook(contextOf(request), request.query.locale);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="indikatorregister.xlsx"')
        .send(file);
    },
  );

  for (const [path, run] of [
    ['/indicators/import/preview', previewIndicatorImport],
    ['/indicators/import/commit', commitIndicatorImport],
  ] as const) {
    app.post(
      path,
      {
        bodyLimit: 15 * 1024 * 1024,
        schema: {
          tags,
          description: path.endsWith('preview')
            ? 'Reads a handbook file and lists what a commit would do, with every bad row.'
            : 'Writes a clean file in one transaction; a file with any bad row writes nothing.',
          body: importFile,
        },
      },
      async (request) => run(contextOf(request), request.body),
    );
  }

  app.get(
    '/indicators/:id',
    {
      schema: {
        tags,
        params: idParams,
        response: {
          200: z.object({
            indicator,
            versions: z.array(
              z.object({
                version: z.number(),
                effectiveFrom: z.string(),
                changedAt: z.string(),
                changedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
                snapshot: z.unknown(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => indicators.getIndicator(contextOf(request), request.params.id),
  );

  app.patch(
    '/indicators/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: indicatorInput.partial().extend({
          definition: definitionSchema.optional(),
          archived: z.boolean().optional(),
        }),
        response: { 200: z.object({ indicator }) },
      },
    },
    async (request) => ({
      indicator: await indicators.updateIndicator(
        contextOf(request),
        request.params.id,
        request.body,
      ),
    }),
  );

  app.delete(
    '/indicators/:id',
    { schema: { tags, params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await indicators.deleteIndicator(contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/targets',
    {
      schema: {
        tags,
        description:
          'Sets (values) or reverts to the inherited target (values: null) for many units and ' +
          'indicators from one period, all or nothing.',
        body: z.strictObject({
          validFrom: periodKey,
          changes: z
            .array(
              z.strictObject({
                indicatorId: z.uuid(),
                orgUnitId: z.uuid(),
                values: targetValues.nullable(),
              }),
            )
            .min(1)
            .max(5000),
        }),
        response: { 200: z.object({ targets: z.array(targetView) }) },
      },
    },
    async (request) => ({
      targets: await targets.saveTargets(
        contextOf(request),
        request.body.validFrom,
        request.body.changes,
      ),
    }),
  );

  app.post(
    '/targets/copy-year',
    {
      schema: {
        tags,
        body: z.strictObject({
          orgUnitId: z.uuid(),
          fromYear: z.number().int().min(2000).max(2100),
          toYear: z.number().int().min(2000).max(2100),
        }),
        response: { 200: z.object({ copied: z.number() }) },
      },
    },
    async (request) => targets.copyTargetsToYear(contextOf(request), request.body),
  );

  app.get(
    '/targets/grid',
    {
      schema: {
        tags,
        querystring: z.strictObject({ orgUnitId: z.uuid(), period: periodKey }),
        response: {
          200: z.object({
            period: z.string(),
            units: z.array(z.object({ id: z.string(), name: z.string(), code: z.string() })),
            indicators: z.array(
              z.object({
                id: z.string(),
                code: z.string(),
                name: z.string(),
                direction: z.string(),
                decimals: z.number(),
                unitOfMeasure: z.string(),
              }),
            ),
            cells: z.array(
              z.object({
                indicatorId: z.string(),
                orgUnitId: z.string(),
                applies: z.boolean(),
                target: targetView.nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) =>
      getTargetGrid(contextOf(request), request.query.orgUnitId, request.query.period),
  );

  app.get(
    '/scorecard-structure',
    {
      schema: {
        tags,
        description: 'The målekart of a unit: focus areas, criteria and indicators with targets.',
        querystring: z.strictObject({ orgUnitId: z.uuid(), period: periodKey }),
        response: {
          200: z.object({
            orgUnitId: z.string(),
            period: z.string(),
            focusAreas: z.array(
              focusArea.extend({
                criteria: z.array(
                  successCriterion.extend({ indicators: z.array(structureIndicator) }),
                ),
                otherIndicators: z.array(structureIndicator),
              }),
            ),
            indicatorCount: z.number(),
            maxIndicators: z.number(),
          }),
        },
      },
    },
    async (request) =>
      getStructure(contextOf(request), request.query.orgUnitId, request.query.period),
  );
}
