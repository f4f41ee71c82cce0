import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, seedTenant, startTestApp, type TestApp } from '../testing/harness.js';
import { handleError } from './errorHandler.js';

describe.each(databaseKinds)('a delete that something still refers to, on %s', (kind) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp(kind);
  });
  afterAll(() => test.close());

  it('answers 409 in_use from the database’s own refusal instead of a server error', async () => {
    const tenant = await seedTenant(test.db);
    // A bare app, so the database's refusal reaches the handler with no service check before it.
    const app = Fastify();
    app.setErrorHandler(handleError);
    app.delete('/tenant', async () => {
      await test.db.deleteFrom('tenant').where('id', '=', tenant.tenantId).execute();
      return { deleted: true };
    });

    const response = await app.inject({ method: 'DELETE', url: '/tenant' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'in_use' } });
    const kept = await test.db
      .selectFrom('tenant')
      .select('id')
      .where('id', '=', tenant.tenantId)
      .executeTakeFirst();
    expect(kept?.id).toBe(tenant.tenantId);
    await app.close();
  });
});
