import { z } from 'zod';
import type { App } from '../../app.js';
import { contextOf } from '../../http/authentication.js';
import { idParams, queryFlag } from '../../http/schemas.js';
import {
  approvePlan,
  createPlan,
  reopenPlan,
  startNewVersion,
  submitPlan,
  writeSectionText,
} from './commands.js';
import { exportPlan } from './docx.js';
import {
  exportQuery,
  newPlan,
  newPlanSection,
  planDetail,
  planListQuery,
  planSection,
  planSectionChanges,
  planSectionText,
  planVersion,
  sectionTextInput,
} from './schemas.js';
import { createPlanSection, listPlanSections, updatePlanSection } from './sections.js';
import { getPlan, listPlanVersions } from './service.js';

const tags = ['plans'];
const versionReply = { 200: z.object({ plan: planVersion }) };

export async function planRoutes(app: App): Promise<void> {
  app.get(
    '/plan-sections',
    {
      schema: {
        tags,
        description:
          'The municipality’s plan sections in order; the defaults until it has its own.',
        querystring: z.strictObject({ includeArchived: queryFlag }),
        response: { 200: z.object({ sections: z.array(planSection) }) },
      },
    },
    async (request) => ({
      sections: await listPlanSections(contextOf(request), request.query),
    }),
  );

  app.post(
    '/plan-sections',
    {
      schema: {
        tags,
        description: 'Adds a section to every plan; needs planner on the top unit.',
        body: newPlanSection,
        response: { 201: z.object({ section: planSection }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send({ section: await createPlanSection(contextOf(request), request.body) }),
  );

  app.patch(
    '/plan-sections/:id',
    {
      schema: {
        tags,
        description: 'Renames, moves or archives a section; needs planner on the top unit.',
        params: idParams,
        body: planSectionChanges,
        response: { 200: z.object({ section: planSection }) },
      },
    },
    async (request) => ({
      section: await updatePlanSection(contextOf(request), request.params.id, request.body),
    }),
  );

  app.get(
    '/plans',
    {
      schema: {
        tags,
        description: 'Every version of a unit’s plan for a year, newest first; 404 when none.',
        querystring: planListQuery,
        response: { 200: z.object({ plans: z.array(planVersion) }) },
      },
    },
    async (request) => ({
      plans: await listPlanVersions(
        contextOf(request),
        request.query.orgUnitId,
        request.query.year,
      ),
    }),
  );

  app.post(
    '/plans',
    {
      schema: {
        tags,
        description:
          'Starts version 1 of a unit’s plan for a year as a draft, with last year’s texts. ' +
          'Needs reporter on the unit.',
        body: newPlan,
        response: { 201: z.object({ plan: planVersion }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send({ plan: await createPlan(contextOf(request), request.body) }),
  );

  app.get(
    '/plans/:id',
    {
      schema: {
        tags,
        description:
          'One version with its texts, scorecard, actions and subunits: live while a draft or ' +
          'submitted, as approved once approved.',
        params: idParams,
        response: { 200: planDetail },
      },
    },
    async (request) => getPlan(contextOf(request), request.params.id),
  );

  app.put(
    '/plans/:id/sections/:sectionId',
    {
      schema: {
        tags,
        description:
          'Writes one section of a draft in Markdown on top of the version the writer saw. ' +
          'Raw HTML and links other than http(s) and mailto are refused.',
        params: z.strictObject({ id: z.uuid(), sectionId: z.uuid() }),
        body: sectionTextInput,
        response: { 200: z.object({ section: planSectionText }) },
      },
    },
    async (request) => ({
      section: await writeSectionText(
        contextOf(request),
        request.params.id,
        request.params.sectionId,
        request.body,
      ),
    }),
  );

  app.post(
    '/plans/:id/submit',
    {
      schema: {
        tags,
        description: 'Submits a draft for approval; needs reporter.',
        params: idParams,
        response: versionReply,
      },
    },
    async (request) => ({ plan: await submitPlan(contextOf(request), request.params.id) }),
  );

  app.post(
    '/plans/:id/reopen',
    {
      schema: {
        tags,
        description: 'Takes a submitted plan back to draft; needs reporter.',
        params: idParams,
        response: versionReply,
      },
    },
    async (request) => ({ plan: await reopenPlan(contextOf(request), request.params.id) }),
  );

  app.post(
    '/plans/:id/approve',
    {
      schema: {
        tags,
        description:
          'Approves a submitted plan and records its scorecard, actions and subunits as they ' +
          'stand; needs planner on the unit.',
        params: idParams,
        response: versionReply,
      },
    },
    async (request) => ({ plan: await approvePlan(contextOf(request), request.params.id) }),
  );

  app.post(
    '/plans/:id/new-version',
    {
      schema: {
        tags,
        description:
          'Starts the next version of an approved plan as a draft with its texts; the approved ' +
          'one stays locked. Needs planner on the unit.',
        params: idParams,
        response: { 201: z.object({ plan: planVersion }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send({ plan: await startNewVersion(contextOf(request), request.params.id) }),
  );

  app.get(
    '/plans/:id/export.docx',
    {
      schema: {
        tags,
        description:
          'The version as a Word document with real headings, table header rows and table ' +
          'descriptions.',
        params: idParams,
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const { file, fileName } = await exportPlan(
        contextOf(request),
        request.params.id,
        request.query.locale,
      );
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(file);
    },
  );
}
