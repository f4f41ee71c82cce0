import { z } from 'zod';
import type { App } from '../../app.js';
import { AppError } from '../../errors.js';
import { contextOf } from '../../http/authentication.js';
import { requireRole } from '../access/permissions.js';
import { requireManageableUser } from '../access/service.js';
import { listHistory } from './service.js';

const auditEvent = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export async function auditRoutes(app: App): Promise<void> {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        description: 'The change history of one unit or one user, newest first.',
        querystring: z.strictObject({
          orgUnitId: z.uuid().optional(),
          userId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ events: z.array(auditEvent) }) },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const { orgUnitId, userId, limit } = request.query;
      if (Boolean(orgUnitId) === Boolean(userId)) {
        throw new AppError('validation_failed', 'Give either orgUnitId or userId', 'orgUnitId');
      }
      if (orgUnitId) await requireRole(ctx, orgUnitId, 'administrator');
      if (userId) await requireManageableUser(ctx, userId);
      return { events: await listHistory(ctx, { orgUnitId, subjectUserId: userId, limit }) };
    },
  );
}
