/**
 * The whole administrator story in the browser: build part of the organisation, add a user with
 * a reporter role on one unit, and see that this user only reaches that unit.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type RunningServer,
  adminEmail,
  adminPassword,
  launchBrowser,
  logIn,
  saveScreenshot,
  startServer,
} from './harness.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const reporter = { name: 'Rita Rapportør', email: 'rita@example.no', password: 'rita-passord-123' };

function tree(page: Page) {
  return page.getByRole('list', { name: 'Enheter' });
}

async function selectUnit(page: Page, name: string) {
  await tree(page)
    .getByRole('link', { name: new RegExp(`^${name}`) })
    .click();
  await expect.poll(() => page.getByRole('heading', { level: 2, name }).isVisible()).toBe(true);
}

async function createSubunit(page: Page, unit: { name: string; code: string; kind?: string }) {
  await page.getByRole('button', { name: 'Ny underenhet' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Navn').fill(unit.name);
  await dialog.getByLabel('Kode', { exact: true }).fill(unit.code);
  if (unit.kind) await dialog.getByLabel('Type').selectOption({ label: unit.kind });
  await dialog.getByRole('button', { name: 'Opprett enhet' }).click();
  return dialog;
}

async function unitIdByCode(page: Page, code: string): Promise<string> {
  const response = await page.request.get(`${server.baseUrl}/api/org-units`);
  const { units } = (await response.json()) as { units: { id: string; code: string }[] };
  const unit = units.find((candidate) => candidate.code === code);
  if (!unit) throw new Error(`No unit with code ${code}`);
  return unit.id;
}

describe('an administrator gives a reporter one unit', () => {
  test('the reporter sees only that unit, and the API refuses the rest', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();

    // The administrator builds a sector with a unit below it.
    await logIn(page, server.baseUrl, adminEmail, adminPassword);
    await page.goto(`${server.baseUrl}/organisation`);
    await expect
      .poll(() =>
        tree(page)
          .getByRole('link', { name: /^Helse og omsorg/ })
          .count(),
      )
      .toBe(1);
    await createSubunit(page, { name: 'Teknisk drift', code: 'T-100', kind: 'Sektor' });
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);
    const created = page
      .getByRole('status')
      .filter({ hasText: 'Enheten «Teknisk drift» er opprettet.' });
    await expect.poll(() => created.count()).toBe(1);
    await selectUnit(page, 'Teknisk drift');
    await createSubunit(page, { name: 'Vann og avløp', code: 'T-110' });
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);
    const newUnit = tree(page).getByRole('link', { name: /^Vann og avløp/ });
    await expect.poll(() => newUnit.count()).toBe(1);

    // A taken code is reported on the code field, which gets focus.
    const dialog = await createSubunit(page, { name: 'Vann igjen', code: 'T-110' });
    const codeField = dialog.getByLabel('Kode', { exact: true });
    await expect
      .poll(() => dialog.getByText('En annen enhet har allerede denne koden.').isVisible())
      .toBe(true);
    await expect
      .poll(() => codeField.evaluate((input) => input === document.activeElement))
      .toBe(true);
    expect(await codeField.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    // The sector's history records its creation.
    const history = page.getByRole('region', { name: 'Endringshistorikk' });
    await expect.poll(() => history.getByText('Enhet opprettet').count()).toBe(1);
    await expect.poll(() => history.getByText('T-100').count()).toBe(1);

    // The administrator creates the user and gives the reporter role on the new unit.
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await nav.getByRole('link', { name: 'Brukere' }).click();
    await page.getByRole('button', { name: 'Ny bruker' }).click();
    const userDialog = page.getByRole('dialog');
    await userDialog.getByLabel('Navn').fill(reporter.name);
    await userDialog.getByLabel('E-postadresse').fill(reporter.email);
    await userDialog.getByLabel('Startpassord').fill(reporter.password);
    await userDialog.getByRole('button', { name: 'Opprett bruker' }).click();
    await page.getByRole('heading', { level: 1, name: reporter.name }).waitFor();

    const grantedId = await unitIdByCode(page, 'T-110');
    await page.getByLabel('Enhet', { exact: true }).selectOption(grantedId);
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Rapportør' });
    await page.getByRole('button', { name: 'Gi rolle' }).click();
    const roles = page.getByRole('region', { name: 'Roller' });
    await expect
      .poll(() => roles.getByRole('row', { name: /Vann og avløp\s+Rapportør/ }).count())
      .toBe(1);
    await saveScreenshot(page, 'user-with-role');

    const outside = {
      root: await unitIdByCode(page, '1514'),
      sector: await unitIdByCode(page, 'T-100'),
      neighbour: await unitIdByCode(page, '1514-01'),
    };

    // Log out, and log in as the reporter.
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(`${server.baseUrl}/login`);
    await logIn(page, server.baseUrl, reporter.email, reporter.password);
    await page.goto(`${server.baseUrl}/organisation`);

    await expect.poll(() => tree(page).getByRole('link').count()).toBe(1);
    expect(
      await tree(page)
        .getByRole('link', { name: /^Vann og avløp/ })
        .count(),
    ).toBe(1);
    for (const name of ['Sande kommune', 'Teknisk drift', 'Helse og omsorg']) {
      expect(
        await tree(page)
          .getByRole('link', { name: new RegExp(`^${name}`) })
          .count(),
      ).toBe(0);
    }
    await expect.poll(() => page.getByText('Rapportør', { exact: true }).isVisible()).toBe(true);
    expect(await nav.getByRole('link', { name: 'Brukere' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ny underenhet' }).count()).toBe(0);
    await saveScreenshot(page, 'reporter-organisation');

    // The API, asked with the reporter's own cookie, refuses every unit outside the grant.
    for (const unitId of Object.values(outside)) {
      const response = await page.request.get(`${server.baseUrl}/api/org-units/${unitId}`);
      expect([403, 404]).toContain(response.status());
    }
    const own = await page.request.get(`${server.baseUrl}/api/org-units/${grantedId}`);
    expect(own.status()).toBe(200);
    const users = await page.request.get(`${server.baseUrl}/api/users`);
    expect([403, 404]).toContain(users.status());
    const create = await page.request.post(`${server.baseUrl}/api/org-units`, {
      data: { parentId: grantedId, code: 'T-111', name: 'Snikinngang', kind: 'department' },
    });
    expect([403, 404]).toContain(create.status());

    // Following a link to a unit outside the grant says so in words, without revealing the unit.
    await page.goto(`${server.baseUrl}/organisation/${outside.root}`);
    const refusal = page.getByRole('alert').filter({ hasText: 'du har ikke tilgang' });
    await expect.poll(() => refusal.count()).toBe(1);
    expect(await page.getByRole('main').getByText('Sande kommune').count()).toBe(0);

    await context.close();
  });
});
