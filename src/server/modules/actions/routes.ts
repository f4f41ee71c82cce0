import { z } from 'zod';
import type { App } from '../../app.js';
import { contextOf } from '../../http/authentication.js';
import { idParams } from '../../http/schemas.js';
import { addActionUpdate, changeAction, createAction, deleteAction } from './commands.js';
import { exportActions } from './export.js';
import {
  action,
  actionChanges,
  actionListQuery,
  actionUpdate,
  newAction,
  newActionUpdate,
} from './schemas.js';
import { getAction, listActions } from './service.js';

const tags = ['actions'];

export async function actionRoutes(app: App): Promise<void> {
  app.get(
    '/actions',
    {
      schema: {
        tags,
        description:
          'Actions of a unit (with its subunits if asked), or of every unit the caller reads. ' +
          'The status filter matches the status as shown: delayed finds overdue actions too.',
        querystring: actionListQuery,
        response: { 200: z.object({ actions: z.array(action) }) },
      },
    },
    async (request) => ({ actions: await listActions(contextOf(request), request.query) }),
  );

  app.get(
    '/actions/export.xlsx',
    {
      schema: {
        tags,
        description: 'The same list as an Excel file, headings and statuses in words.',
        querystring: actionListQuery.extend({ locale: z.enum(['nb', 'en']).default('nb') }),
      },
    },
    async (request, reply) => {
      const { locale, ...filter } = request.query;
      const file = await exportActions(contextOf(request), filter, locale);
      const name = locale === 'nb' ? 'tiltak.xlsx' : 'actions.xlsx';
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(file);
    },
  );

  app.post(
    '/actions',
    {
      schema: {
        tags,
        body: newAction,
        response: { 201: z.object({ action }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send({ action: await createAction(contextOf(request), request.body) }),
  );

  app.get(
    '/actions/:id',
    {
      schema: {
        tags,
        description: 'One action with its dated updates, newest first.',
        params: idParams,
        response: { 200: z.object({ action, updates: z.array(actionUpdate) }) },
      },
    },
    async (request) => getAction(contextOf(request), request.params.id),
  );

  app.patch(
    '/actions/:id',
    {
      schema: {
        tags,
        description:
          'Changes an action on top of the version the caller saw; a change saved meanwhile ' +
          'by someone else refuses it with stale_write. Moving it needs reporter on both units.',
        params: idParams,
        body: actionChanges,
        response: { 200: z.object({ action }) },
      },
    },
    async (request) => ({
      action: await changeAction(contextOf(request), request.params.id, request.body),
    }),
  );

  app.delete(
    '/actions/:id',
    {
      schema: {
        tags,
        description:
          'Only an action without updates is deleted; one with updates answers 409 ' +
          'action_has_updates and must be cancelled instead (PATCH status cancelled).',
        params: idParams,
      },
    },
    async (request, reply) => {
      await deleteAction(contextOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/actions/:id/updates',
    {
      schema: {
        tags,
        description: 'A dated update in the caller’s name, optionally setting status or progress.',
        params: idParams,
        body: newActionUpdate,
        response: { 201: z.object({ action, update: actionUpdate }) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addActionUpdate(contextOf(request), request.params.id, request.body)),
  );
}
