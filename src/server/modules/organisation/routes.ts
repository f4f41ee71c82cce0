import { z } from 'zod';
import { roles } from '#domain/access.js';
import type { App } from '../../app.js';
import { contextOf } from '../../http/authentication.js';
import { idParams, isoDate, queryFlag, trimmed } from '../../http/schemas.js';
import { commitImport, previewImport } from './import.js';
import * as organisation from './service.js';

const unitKind = z.enum(organisation.unitKinds);

const orgUnit = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  kind: unitKind,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  closed: z.boolean(),
  leaderUserId: z.string().nullable(),
});

const unitReply = z.object({ unit: orgUnit });

const importFile = z.strictObject({
  fileName: trimmed(255),
  contentBase64: z.base64().max(14_000_000),
});

const importIssue = z.object({
  line: z.number(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
});

const importPreview = z.object({
  rows: z.array(
    z.object({
      line: z.number(),
      code: z.string(),
      name: z.string(),
      parentCode: z.string().nullable(),
      kind: z.string(),
      action: z.enum(['create', 'update', 'unchanged']),
    }),
  ),
  issues: z.array(importIssue),
});

export async function organisationRoutes(app: App): Promise<void> {
  app.get(
    '/org-units',
    {
      schema: {
        tags: ['organisation'],
        querystring: z.strictObject({ includeClosed: queryFlag }),
        response: { 200: z.object({ units: z.array(orgUnit) }) },
      },
    },
    async (request) => {
      const units = await organisation.listUnits(contextOf(request), request.query);
      return { units };
    },
  );

  app.get(
    '/org-units/:id',
    {
      schema: {
        tags: ['organisation'],
        params: idParams,
        response: {
          200: z.object({
            unit: orgUnit,
            path: z.array(z.object({ id: z.string(), name: z.string() })),
            role: z.enum(roles),
          }),
        },
      },
    },
    async (request) => organisation.getUnit(contextOf(request), request.params.id),
  );

  app.post(
    '/org-units',
    {
      schema: {
        tags: ['organisation'],
        body: z.strictObject({
          parentId: z.uuid(),
          code: trimmed(40),
          name: trimmed(200),
          kind: unitKind,
          validFrom: isoDate.optional(),
        }),
        response: { 201: unitReply },
      },
    },
    async (request, reply) => {
      const unit = await organisation.createUnit(contextOf(request), request.body);
      return reply.code(201).send({ unit });
    },
  );

  app.patch(
    '/org-units/:id',
    {
      schema: {
        tags: ['organisation'],
        params: idParams,
        body: z.strictObject({
          code: trimmed(40).optional(),
          name: trimmed(200).optional(),
          kind: unitKind.optional(),
          validFrom: isoDate.optional(),
          leaderUserId: z.uuid().nullable().optional(),
        }),
        response: { 200: unitReply },
      },
    },
    async (request) => ({
      unit: await organisation.updateUnit(contextOf(request), request.params.id, request.body),
    }),
  );

  app.post(
    '/org-units/:id/move',
    {
      schema: {
        tags: ['organisation'],
        params: idParams,
        body: z.strictObject({ parentId: z.uuid() }),
        response: { 200: unitReply },
      },
    },
    async (request) => ({
      unit: await organisation.moveUnit(
        contextOf(request),
        request.params.id,
        request.body.parentId,
      ),
    }),
  );

  app.post(
    '/org-units/:id/close',
    {
      schema: {
        tags: ['organisation'],
        params: idParams,
        body: z.strictObject({ validTo: isoDate.optional() }),
        response: { 200: unitReply },
      },
    },
    async (request) => ({
      unit: await organisation.closeUnit(
        contextOf(request),
        request.params.id,
        request.body.validTo,
      ),
    }),
  );

  app.post(
    '/org-units/:id/reopen',
    {
      schema: {
        tags: ['organisation'],
        params: idParams,
        body: z.strictObject({}).optional(),
        response: { 200: unitReply },
      },
    },
    async (request) => ({
      unit: await organisation.reopenUnit(contextOf(request), request.params.id),
    }),
  );

  app.post(
    '/org-units/import/preview',
    {
      bodyLimit: 15 * 1024 * 1024,
      schema: {
        tags: ['organisation'],
        description: 'Reads a CSV or Excel file of units and lists what a commit would do.',
        body: importFile,
        response: { 200: importPreview },
      },
    },
    async (request) => previewImport(contextOf(request), request.body),
  );

  app.post(
    '/org-units/import/commit',
    {
      bodyLimit: 15 * 1024 * 1024,
      schema: {
        tags: ['organisation'],
        description: 'Writes a clean import in one transaction; a file with issues writes nothing.',
        body: importFile,
        response: { 200: z.object({ created: z.number(), updated: z.number() }) },
      },
    },
    async (request) => commitImport(contextOf(request), request.body),
  );
}
