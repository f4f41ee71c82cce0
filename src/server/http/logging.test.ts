import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, seedTenant, startTestApp, type TestApp } from '../testing/harness.js';

describe('request logs', () => {
  let test: TestApp;
  let lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().trim().split('\n'));
      done();
    },
  });

  beforeAll(async () => {
    test = await startTestApp('sqlite', { logger: { level: 'trace', stream } });
  });
  afterAll(() => test.close());

  it('carry the request id on every line and never a password or session token', async () => {
    const tenant = await seedTenant(test.db);
    lines = [];
    const login = await test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: tenant.admin.email, password: tenant.admin.password },
    });
    const token = login.cookies.find((cookie) => cookie.name === 'balanse_session')?.value ?? '';
    const me = await test.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `balanse_session=${token}` },
    });
    expect(me.statusCode).toBe(200);

    const entries = lines.map((line) => JSON.parse(line) as { reqId?: string; msg: string });
    expect(entries.length).toBeGreaterThan(3);
    expect(entries.every((entry) => typeof entry.reqId === 'string')).toBe(true);
    expect(entries.map((entry) => entry.msg)).toContain('logged in');
    const text = lines.join('\n');
    expect(text).not.toContain(tenant.admin.password);
    expect(text).not.toContain(token.split('.')[0]);
  });

  it('gives each response its request id, the same one an error names', async () => {
    const response = await new ApiClient(test.app).get('/api/auth/me');
    expect(response.status).toBe(401);
    const requestId = response.headers['x-request-id'];
    expect(typeof requestId).toBe('string');
    expect((response.body.error as { requestId?: string }).requestId).toBe(requestId);
  });
});
