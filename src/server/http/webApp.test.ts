/**
 * The web app's pages are served at their own addresses, so a reload or a bookmark opens the
 * page; only addresses under /api answer as the API does.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/harness.js';

describe('the web app', () => {
  let test: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await mkdtemp(path.join(tmpdir(), 'balanse-web-'));
    await writeFile(path.join(webRoot, 'index.html'), '<!doctype html><title>Balanse</title>');
    test = await startTestApp('sqlite', { webRoot });
  });
  afterAll(async () => {
    await test.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it.each(['/scorecard?unit=1&period=2015', '/api-tokens', '/apis', '/plans'])(
    'opens %s as a page of the web app',
    async (url) => {
      const response = await test.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('<title>Balanse</title>');
    },
  );

  it.each(['/api/no-such-thing', '/api', '/api?x=1'])(
    'answers %s, which is no route of the API, as not found in JSON',
    async (url) => {
      const response = await test.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
    },
  );

  it('answers a write to an unknown address as not found, not with a page', async () => {
    const response = await test.app.inject({ method: 'POST', url: '/api-tokens' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
