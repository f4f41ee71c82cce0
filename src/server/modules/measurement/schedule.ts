import { createTransport } from 'nodemailer';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connect.js';
import { todayIso } from '../../time.js';
import { sendReminders } from './reminders.js';

/**
 * Runs the reminders on a timer inside the app when SMTP is configured. Every process may run
 * it: reminders are claimed in the database first, so each is sent once. Returns a stop function.
 */
export function scheduleReminders(db: Db, config: Config, log: Logger): () => void {
  const { smtpUrl, from, appUrl, intervalMs } = config.mail;
  if (!smtpUrl) {
    log.info('SMTP_URL is not set: email reminders are off');
    return () => {};
  }
  const mailer = createTransport(smtpUrl);
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const emails = await sendReminders(db, mailer, { today: todayIso(), from, appUrl }, log);
      if (emails > 0) log.info({ emails }, 'reminders sent');
    } catch (error) {
      log.error({ err: error }, 'reminder run failed');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), 10_000);
  const timer = setInterval(() => void run(), intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
    mailer.close();
  };
}
