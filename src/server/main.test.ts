/**
 * The app as `npm start` runs it: a real process on a fresh database, its first-start log, and a
 * clean stop on SIGTERM. Runs on SQLite, and on a fresh PostgreSQL database when
 * TEST_DATABASE_URL is set.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './testing/harness.js';

const root = path.resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Running {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

async function start(environment: Record<string, string>): Promise<Running> {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: { ...process.env, ...environment, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const port = environment.PORT as string;
  // Generous: under a full parallel test run, start-up (tsx, argon2, the demo) can take a while.
  for (let attempt = 0; attempt < 600; attempt++) {
    const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { process: child, output: () => output, exited };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the app did not start:\n${output}`);
}

async function logIn(port: string, email: string, password: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

describe.each(databaseKinds)('starting and stopping the app on %s', (kind) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'balanse-main-'));
  const database = `balanse_main_${randomBytes(4).toString('hex')}`;
  const environment: Record<string, string> = { DATA_DIR: dataDir, PORT: '0' };

  beforeAll(async () => {
    environment.PORT = String(await freePort());
    if (kind === 'postgres') {
      const url = process.env.TEST_DATABASE_URL as string;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE DATABASE ${database}`);
      await client.end();
      const target = new URL(url);
      target.pathname = `/${database}`;
      environment.DATABASE_URL = target.toString();
    }
  });

  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (kind === 'postgres') {
      const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${database}`);
      await client.end();
    }
  });

  it('creates the demo municipality on first start, prints the password once, and stops cleanly', async () => {
    const first = await start(environment);
    const announced = /Log in as admin@example\.no with password ([\w-]+)/.exec(first.output());
    const password = announced?.[1] as string;
    expect(password).toMatch(/^[\w-]{12,}$/);
    expect(await logIn(environment.PORT as string, 'admin@example.no', password)).toBe(200);

    first.process.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('shutting down');

    const second = await start(environment);
    expect(second.output()).not.toContain('First administrator created');
    expect(await logIn(environment.PORT as string, 'admin@example.no', password)).toBe(200);
    second.process.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 180_000);
});
