import { z } from 'zod';
import type { App } from '../../app.js';
import { contextOf } from '../../http/authentication.js';
import { getSettings, settingsChangeSchema, settingsSchema, updateSettings } from './settings.js';

export async function tenantRoutes(app: App): Promise<void> {
  app.get(
    '/settings',
    { schema: { tags: ['tenant'], response: { 200: z.object({ settings: settingsSchema }) } } },
    async (request) => ({ settings: await getSettings(contextOf(request)) }),
  );

  app.patch(
    '/settings',
    {
      schema: {
        tags: ['tenant'],
        body: settingsChangeSchema,
        response: { 200: z.object({ settings: settingsSchema }) },
      },
    },
    async (request) => ({ settings: await updateSettings(contextOf(request), request.body) }),
  );
}
