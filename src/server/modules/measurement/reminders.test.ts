/**
 * Reminders go through a real SMTP conversation: a listener on localhost receives them and the
 * test reads what arrived.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { createTransport } from 'nodemailer';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#domain/periods.js';
import {
  createCriterion,
  createFocusArea,
  createIndicator,
  createUnit,
} from '../../testing/factories.js';
import {
  ApiClient,
  databaseKinds,
  seedTenant,
  startTestApp,
  type TestApp,
  type TestTenant,
} from '../../testing/harness.js';
import { todayIso } from '../../time.js';
import { sendReminders } from './reminders.js';

interface Received {
  to: string;
  subject: string;
  text: string;
}

async function startListener(): Promise<{ server: SMTPServer; port: number; inbox: Received[] }> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text;
          inbox.push({ to: to ?? '', subject: mail.subject ?? '', text: mail.text ?? '' });
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, inbox };
}

describe.each(databaseKinds)('email reminders on %s', (kind) => {
  let test: TestApp;
  let tenant: TestTenant;
  let smtp: Awaited<ReturnType<typeof startListener>>;
  const log = pino({ level: 'silent' });
  const today = todayIso();

  beforeAll(async () => {
    smtp = await startListener();
    test = await startTestApp(kind);
    tenant = await seedTenant(test.db);
    const admin = await ApiClient.login(test.app, tenant.admin.email, tenant.admin.password);
    const school = await createUnit(admin, tenant.rootUnitId, 'Haugelia skole');
    const leader = await admin.post<{ user: { id: string } }>('/api/users', {
      email: 'rektor@example.no',
      name: 'Rektor',
      password: 'et-godt-passord',
    });
    await admin.patch(`/api/org-units/${school.id}`, { leaderUserId: leader.body.user.id });
    const reporter = await admin.post<{ user: { id: string } }>('/api/users', {
      email: 'rapportor@example.no',
      name: 'Rapportør',
      password: 'et-godt-passord',
      locale: 'nb',
    });
    await admin.post(`/api/users/${reporter.body.user.id}/grants`, {
      orgUnitId: school.id,
      role: 'reporter',
    });

    const areaId = (await createFocusArea(admin, 'Brukere')).id;
    const criterionId = (await createCriterion(admin, areaId, tenant.rootUnitId, 'Trivsel')).id;
    const indicator = await createIndicator(admin, {
      focusAreaId: areaId,
      criterionIds: [criterionId],
      name: 'Elevenes trivsel',
      unitIds: [school.id],
      definition: { frequency: 'single_date' },
    });
    await admin.send('PUT', '/api/targets', {
      validFrom: '2020',
      changes: [
        {
          indicatorId: indicator.id,
          orgUnitId: school.id,
          values: { kind: 'value', target: 80, threshold: 70 },
        },
      ],
    });
    // One result due in three days, one that was due ten days ago.
    for (const [period, dueDays] of [
      [addDays(today, -2), 5],
      [addDays(today, -20), 10],
    ] as const) {
      const response = await admin.post('/api/measurement-points/series', {
        indicatorId: indicator.id,
        from: period,
        to: period,
        dueDaysAfterEnd: dueDays,
      });
      expect(response.status).toBe(201);
    }
  });
  afterAll(async () => {
    await test.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  const mailer = () =>
    createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
  const options = {
    today,
    from: 'Balanse <balanse@example.no>',
    appUrl: 'https://balanse.example.no',
  };

  it('tells the reporter what is due soon and the unit leader what is overdue, once', async () => {
    const sent = await sendReminders(test.db, mailer(), options, log);
    expect(sent).toBe(2);
    const toReporter = smtp.inbox.find((mail) => mail.to === 'rapportor@example.no');
    expect(toReporter?.subject).toBe('Balanse: resultater skal snart rapporteres');
    expect(toReporter?.text).toContain('Elevenes trivsel, Haugelia skole');
    expect(toReporter?.text).toContain(addDays(today, 3));
    const toLeader = smtp.inbox.find((mail) => mail.to === 'rektor@example.no');
    expect(toLeader?.subject).toBe('Balanse: resultater er forsinket');
    expect(toLeader?.text).toContain(addDays(today, -10));

    expect(await sendReminders(test.db, mailer(), options, log)).toBe(0);
    expect(smtp.inbox).toHaveLength(2);
  });

  it('sends nothing twice when two processes run the schedule at the same time', async () => {
    const tomorrow = { ...options, today: addDays(today, 1) };
    await test.db.deleteFrom('reminder').execute();
    smtp.inbox.length = 0;
    const results = await Promise.all([
      sendReminders(test.db, mailer(), tomorrow, log),
      sendReminders(test.db, mailer(), tomorrow, log),
    ]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(2);
    expect(smtp.inbox).toHaveLength(2);
  });
});
