import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { buildApp } from './app.js';
import { type Config, loadConfig } from './config.js';
import { type Db, connectDatabase } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { createDemo } from './demo/createDemo.js';
import { scheduleReminders } from './modules/measurement/schedule.js';
import { countTenants, createTenant } from './modules/tenants/service.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const config = loadConfig();
const log = pino({ level: config.logLevel });
const db = connectDatabase(config.database);

await migrateToLatest(db);
await createFirstTenant(db, config);

const app = await buildApp({
  db,
  config,
  webRoot: path.join(projectRoot, 'dist/web'),
});
await app.listen({ port: config.port, host: config.host });
const stopReminders = scheduleReminders(db, config, log);
log.info(
  { url: `http://localhost:${config.port}`, database: config.database.kind },
  'Balanse is running',
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'shutting down: finishing requests in flight');
    stopReminders();
    void app
      .close()
      .then(() => db.destroy())
      .then(() => process.exit(0));
  });
}

/** A new database gets one municipality and its first administrator. */
async function createFirstTenant(database: Db, settings: Config): Promise<void> {
  if ((await countTenants(database)) > 0) return;
  const email = settings.admin.email ?? 'admin@example.no';
  const password = settings.admin.password ?? randomBytes(12).toString('base64url');
  if (settings.demo !== 'none') {
    await createDemo(database, path.join(projectRoot, 'data'), { email, password }, log, {
      scorecard: settings.demo === 'full',
    });
  } else {
    await createTenant(database, {
      name: 'Kommune',
      rootUnit: { code: '0000', name: 'Kommune' },
      administrator: { email, password, name: 'Administrator' },
    });
  }
  const shown = settings.admin.password ? '(the ADMIN_PASSWORD you set)' : password;
  log.warn({ email }, `First administrator created. Log in as ${email} with password ${shown}`);
}
