/**
 * Email reminders: reporters hear of results due soon, and a unit's leader of results still
 * missing after the grace period. Each reminder is claimed in the database before it is sent,
 * so when several app processes run the schedule, exactly one of them sends it.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Transporter } from 'nodemailer';
import { v7 as uuid } from 'uuid';
import { selfAndAncestorIds } from '#domain/orgTree.js';
import { addDays } from '#domain/periods.js';
import type { Db } from '../../db/connect.js';
import { nowIso } from '../../time.js';
import { type Recipient, listRecipients } from '../access/service.js';
import { loadOrgTree, unitsByIds } from '../organisation/service.js';
import { loadIndicators } from '../register/indicators.js';
import { readSettings } from '../tenants/settings.js';
import { listTenantIds } from '../tenants/service.js';
import * as queries from './queries.js';

export type ReminderKind = 'due_soon' | 'overdue';

export interface ReminderOptions {
  today: string;
  from: string;
  appUrl: string;
}

interface Item {
  measurementId: string;
  indicatorName: string;
  unitName: string;
  periodKey: string;
  dueDate: string;
}

/** Sends every reminder that is due and not yet sent; returns how many emails went out. */
export async function sendReminders(
  db: Db,
  mailer: Transporter,
  options: ReminderOptions,
  log: FastifyBaseLogger,
): Promise<number> {
  let emails = 0;
  for (const tenantId of await listTenantIds(db)) {
    emails += await remindTenant(db, tenantId, mailer, options, log);
  }
  return emails;
}

async function remindTenant(
  db: Db,
  tenantId: string,
  mailer: Transporter,
  options: ReminderOptions,
  log: FastifyBaseLogger,
): Promise<number> {
  const settings = await readSettings(db, tenantId);
  const missing = (await queries.selectMeasurements(db, tenantId, {})).filter(
    (m) => m.version === 0,
  );
  if (missing.length === 0) return 0;
  const [tree, recipients, indicators] = await Promise.all([
    loadOrgTree(db, tenantId),
    listRecipients(db, tenantId),
    loadIndicators(db, tenantId),
  ]);
  const units = await unitsByIds(db, tenantId, [...new Set(missing.map((m) => m.org_unit_id))]);
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const indicatorName = new Map(indicators.map((indicator) => [indicator.id, indicator.name]));
  const soonUntil = addDays(options.today, settings.reminderDaysBefore);
  const overdueBefore = addDays(options.today, -settings.overdueGraceDays);

  const outbox = new Map<string, { recipient: Recipient; kind: ReminderKind; items: Item[] }>();
  const add = (recipient: Recipient, kind: ReminderKind, item: Item) => {
    const key = `${recipient.userId}|${kind}`;
    const entry = outbox.get(key) ?? { recipient, kind, items: [] };
    entry.items.push(item);
    outbox.set(key, entry);
  };
  for (const measurement of missing) {
    const unit = unitById.get(measurement.org_unit_id);
    const item = {
      measurementId: measurement.id,
      indicatorName: indicatorName.get(measurement.indicator_id) ?? '',
      unitName: unit?.name ?? '',
      periodKey: measurement.period_key,
      dueDate: measurement.due_date,
    };
    if (measurement.due_date >= options.today && measurement.due_date <= soonUntil) {
      const path = selfAndAncestorIds(tree, measurement.org_unit_id);
      for (const recipient of recipients) {
        if (recipient.reporterUnitIds.some((unitId) => path.includes(unitId)))
          add(recipient, 'due_soon', item);
      }
    }
    const leader = recipients.find((recipient) => recipient.userId === unit?.leaderUserId);
    if (measurement.due_date < overdueBefore && leader) add(leader, 'overdue', item);
  }

  let emails = 0;
  for (const { recipient, kind, items } of outbox.values()) {
    emails += await claimAndSend(db, tenantId, mailer, options, log, recipient, kind, items);
  }
  return emails;
}

async function claimAndSend(
  db: Db,
  tenantId: string,
  mailer: Transporter,
  options: ReminderOptions,
  log: FastifyBaseLogger,
  recipient: Recipient,
  kind: ReminderKind,
  items: Item[],
): Promise<number> {
  const claimed: { id: string; item: Item }[] = [];
  for (const item of items) {
    const id = uuid();
    const won = await queries.claimReminder(db, {
      id,
      tenant_id: tenantId,
      measurement_id: item.measurementId,
      kind,
      recipient_user_id: recipient.userId,
      claimed_at: nowIso(),
    });
    if (won) claimed.push({ id, item });
  }
  if (claimed.length === 0) return 0;
  const ids = claimed.map((claim) => claim.id);
  try {
    await mailer.sendMail({
      from: options.from,
      to: recipient.email,
      ...reminderText(
        kind,
        claimed.map((claim) => claim.item),
        options.appUrl,
        recipient.locale,
      ),
    });
    await queries.markRemindersSent(db, ids, nowIso());
    log.info({ tenant: tenantId, kind, rows: claimed.length }, 'reminder sent');
    return 1;
  } catch (error) {
    await queries.releaseReminders(db, ids);
    log.error({ err: error, tenant: tenantId, kind }, 'reminder could not be sent; will retry');
    return 0;
  }
}

/** The email itself, in the recipient's language. */
const wording: Record<
  'nb' | 'en',
  Record<ReminderKind, { subject: string; intro: string; closing: string }>
> = {
  nb: {
    due_soon: {
      subject: 'Balanse: resultater skal snart rapporteres',
      intro: 'Disse resultatene skal snart rapporteres:',
      closing: 'Registrer dem i Balanse:',
    },
    overdue: {
      subject: 'Balanse: resultater er forsinket',
      intro: 'Disse resultatene i din enhet er forsinket:',
      closing: '',
    },
  },
  en: {
    due_soon: {
      subject: 'Balanse: results due soon',
      intro: 'These results are due soon:',
      closing: 'Enter them in Balanse:',
    },
    overdue: {
      subject: 'Balanse: results overdue',
      intro: 'These results are overdue in your unit:',
      closing: '',
    },
  },
};

export function reminderText(
  kind: ReminderKind,
  items: Item[],
  appUrl: string,
  locale: 'nb' | 'en',
) {
  const { subject, intro, closing } = wording[locale][kind];
  const lines = items.map(
    (item) => `- ${item.indicatorName}, ${item.unitName}, ${item.periodKey} (${item.dueDate})`,
  );
  const link = `${appUrl.replace(/\/$/, '')}/`;
  const footer = closing ? `${closing} ${link}` : link;
  return { subject, text: [intro, ...lines, '', footer].join('\n') };
}
