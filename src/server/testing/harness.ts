/**
 * API tests run the real app on a real database: SQLite always, PostgreSQL as well when
 * TEST_DATABASE_URL is set. Each app gets a database (or schema) of its own.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type App, type AppOptions, buildApp } from '../app.js';
import { type Db, connectDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { createTenant } from '../modules/tenants/service.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export const databaseKinds: DatabaseKind[] = process.env.TEST_DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export interface TestApp {
  app: App;
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export async function startTestApp(
  kind: DatabaseKind,
  options: { sessionTtlMs?: number; logger?: AppOptions['logger']; webRoot?: string } = {},
): Promise<TestApp> {
  const { db, drop } = await openTestDatabase(kind);
  const app = await buildApp({
    db,
    webRoot: options.webRoot,
    config: {
      sessionSecret: randomBytes(32).toString('hex'),
      sessionTtlMs: options.sessionTtlMs ?? 60 * 60 * 1000,
      cookieSecure: false,
      logLevel: 'silent',
    },
    logger: options.logger ?? (process.env.TEST_LOG ? { level: 'error' } : false),
  });
  await app.ready();
  return {
    app,
    db,
    kind,
    close: async () => {
      await app.close();
      await db.destroy();
      await drop();
    },
  };
}

async function openTestDatabase(
  kind: DatabaseKind,
): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const db = connectDatabase({ kind: 'sqlite', file: ':memory:' });
    await migrateToLatest(db);
    return { db, drop: async () => {} };
  }
  const url = process.env.TEST_DATABASE_URL as string;
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await withClient(url, (client) => client.query(`CREATE SCHEMA ${schema}`));
  const db = connectDatabase({ kind: 'postgres', url, schema });
  await migrateToLatest(db, schema);
  return {
    db,
    drop: () => withClient(url, (client) => client.query(`DROP SCHEMA ${schema} CASCADE`)),
  };
}

async function withClient(url: string, work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

export interface TestTenant {
  tenantId: string;
  rootUnitId: string;
  admin: { id: string; email: string; password: string };
}

let tenantCounter = 0;

/** A tenant with its top unit and an administrator, made straight through the service. */
export async function seedTenant(db: Db, name = 'Testkommune'): Promise<TestTenant> {
  tenantCounter++;
  const email = `admin${tenantCounter}-${randomBytes(3).toString('hex')}@example.no`;
  const password = 'riktig-passord-1';
  const created = await createTenant(db, {
    name,
    rootUnit: { code: `K${tenantCounter}`, name },
    administrator: { email, password, name: `Admin ${name}` },
  });
  return {
    tenantId: created.tenantId,
    rootUnitId: created.rootUnitId,
    admin: { id: created.administratorId, email, password },
  };
}

/** The error shape every refusal has; tests name the success shape they expect. */
export interface ErrorReply {
  error: {
    code: string;
    message: string;
    field?: string;
    issues?: { field: string; code: string }[];
    details?: unknown;
  };
}

export interface ApiResponse<T = ErrorReply> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

/** A logged-in (or anonymous) caller of the API through Fastify's inject. */
export class ApiClient {
  constructor(
    private readonly app: App,
    private cookie = '',
  ) {}

  /** The session cookie, for tests that send a raw request as this client. */
  get cookieHeader(): string {
    return this.cookie;
  }

  static async login(app: App, email: string, password: string): Promise<ApiClient> {
    const client = new ApiClient(app);
    const response = await client.post('/api/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`login failed: ${JSON.stringify(response.body)}`);
    return client;
  }

  get = <T = ErrorReply>(url: string) => this.send<T>('GET', url);
  post = <T = ErrorReply>(url: string, body?: unknown) => this.send<T>('POST', url, body);
  patch = <T = ErrorReply>(url: string, body?: unknown) => this.send<T>('PATCH', url, body);
  delete = <T = ErrorReply>(url: string) => this.send<T>('DELETE', url);

  async send<T>(method: string, url: string, body?: unknown): Promise<ApiResponse<T>> {
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      headers: this.cookie ? { cookie: this.cookie } : {},
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const setCookie = response.cookies.find((cookie) => cookie.name === 'balanse_session');
    if (setCookie) this.cookie = setCookie.value ? `balanse_session=${setCookie.value}` : '';
    const isJson = String(response.headers['content-type'] ?? '').includes('application/json');
    return {
      status: response.statusCode,
      body: (isJson ? JSON.parse(response.body) : null) as T,
      headers: response.headers,
    };
  }
}
