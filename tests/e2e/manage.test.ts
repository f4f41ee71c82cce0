/**
 * The administrator's changes in the browser: moving, closing and reopening a unit, and a
 * user's whole life: refused input, deactivation, reactivation and a revoked role.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type RunningServer,
  adminEmail,
  adminPassword,
  launchBrowser,
  logIn,
  startServer,
} from './harness.js';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await logIn(page, server.baseUrl, adminEmail, adminPassword);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

const tree = () => page.getByRole('list', { name: 'Enheter' });
const treeLink = (name: string) => tree().getByRole('link', { name: new RegExp(`^${name}`) });
const status = (text: string) => page.getByRole('status').filter({ hasText: text });

async function openUnit(code: string, name: string) {
  const response = await page.request.get(`${server.baseUrl}/api/org-units?includeClosed=true`);
  const { units } = (await response.json()) as { units: { id: string; code: string }[] };
  const unit = units.find((candidate) => candidate.code === code);
  await page.goto(`${server.baseUrl}/organisation/${unit?.id ?? 'missing'}`);
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

describe('changing the organisation', () => {
  test('moving a unit offers no place inside itself and moves it with its subtree', async () => {
    await openUnit('1514-01', 'Helse og omsorg');
    await page.getByRole('button', { name: 'Flytt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Flytt Helse og omsorg' });
    const options = dialog.getByLabel('Ny overordnet enhet').locator('option');
    const choices = await options.allTextContents();
    expect(choices.some((choice) => choice.includes('Heimetenesta'))).toBe(false);
    expect(choices.some((choice) => choice.includes('Helse og omsorg'))).toBe(false);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    await openUnit('1514-01-02', 'Heimetenesta');
    await page.getByRole('button', { name: 'Flytt' }).click();
    const move = page.getByRole('dialog', { name: 'Flytt Heimetenesta' });
    const target = move.getByLabel('Ny overordnet enhet');
    const option = target.locator('option', { hasText: 'Oppvekst og kultur' });
    const value = await option.getAttribute('value');
    await target.selectOption(value ?? '');
    await move.getByRole('button', { name: 'Flytt enheten' }).click();
    await expect.poll(() => status('Enheten er flyttet.').count()).toBe(1);
    const path = page.getByRole('navigation', { name: 'Plassering i organisasjonen' });
    await expect
      .poll(() => path.getByRole('link').allTextContents())
      .toEqual(['Sande kommune', 'Oppvekst og kultur', 'Heimetenesta']);
    const history = page.getByRole('region', { name: 'Endringshistorikk' });
    const parentChange = history.getByRole('listitem').filter({ hasText: 'Overordnet enhet' });
    await expect
      .poll(() => parentChange.textContent())
      .toMatch(/Helse og omsorg.*Oppvekst og kultur/);
  });

  test('closing a unit hides it and its subunits until closed units are shown; it can be reopened', async () => {
    await openUnit('1514-02', 'Oppvekst og kultur');
    await page.getByRole('button', { name: 'Legg ned' }).click();
    const dialog = page.getByRole('dialog', { name: 'Legg ned Oppvekst og kultur' });
    await dialog.getByRole('button', { name: 'Legg ned enheten' }).click();
    await expect.poll(() => status('«Oppvekst og kultur» er lagt ned.').count()).toBe(1);
    await expect.poll(() => page.getByText('Nedlagt', { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => treeLink('Oppvekst og kultur').count()).toBe(0);

    await page.getByLabel('Vis nedlagte enheter').check();
    await expect.poll(() => treeLink('Oppvekst og kultur').count()).toBe(1);
    expect(await treeLink('Oppvekst og kultur').textContent()).toContain('Nedlagt');
    expect(await treeLink('Heimetenesta').textContent()).toContain('Nedlagt');

    // A closed unit offers no new subunits; its subunit cannot reopen before it does.
    expect(await page.getByRole('button', { name: 'Ny underenhet' }).count()).toBe(0);
    await treeLink('Heimetenesta').click();
    await page.getByRole('heading', { level: 2, name: 'Heimetenesta' }).waitFor();
    await page.getByRole('button', { name: 'Gjenåpne' }).click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: 'Den overordnede enheten er lagt ned.' });
    await expect.poll(() => refusal.count()).toBe(1);

    await treeLink('Oppvekst og kultur').click();
    await page.getByRole('heading', { level: 2, name: 'Oppvekst og kultur' }).waitFor();
    await page.getByRole('button', { name: 'Gjenåpne' }).click();
    await expect.poll(() => status('«Oppvekst og kultur» er gjenåpnet.').count()).toBe(1);
    await expect.poll(() => treeLink('Oppvekst og kultur').textContent()).not.toContain('Nedlagt');
  });
});

describe('managing users', () => {
  test('refused input is shown on the field at fault, which gets focus', async () => {
    await page.goto(`${server.baseUrl}/users`);
    await page.getByRole('button', { name: 'Ny bruker' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny bruker' });
    await dialog.getByLabel('Navn').fill('Kort Passord');
    await dialog.getByLabel('E-postadresse').fill('kort@example.no');
    await dialog.getByLabel('Startpassord').fill('kort');
    await dialog.getByRole('button', { name: 'Opprett bruker' }).click();
    const password = dialog.getByLabel('Startpassord');
    await expect.poll(() => dialog.getByText('Passordet må ha minst 10 tegn.').count()).toBe(1);
    expect(await password.evaluate((input) => input === document.activeElement)).toBe(true);

    await dialog.getByLabel('E-postadresse').fill(adminEmail);
    await password.fill('langt-nok-passord');
    await dialog.getByRole('button', { name: 'Opprett bruker' }).click();
    const email = dialog.getByLabel('E-postadresse');
    await expect
      .poll(() => dialog.getByText('En annen bruker har allerede denne e-postadressen.').count())
      .toBe(1);
    expect(await email.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await dialog.getByText('Passordet må ha minst 10 tegn.').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  test('a deactivated user leaves the list until asked for, and can be reactivated', async () => {
    await page.getByRole('button', { name: 'Ny bruker' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny bruker' });
    await dialog.getByLabel('Navn').fill('Per Planlegger');
    await dialog.getByLabel('E-postadresse').fill('per@example.no');
    await dialog.getByLabel('Startpassord').fill('per-passord-123');
    await dialog.getByRole('button', { name: 'Opprett bruker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Per Planlegger' }).waitFor();
    await expect.poll(() => status('Brukeren er opprettet.').count()).toBe(1);

    await page.getByLabel('Enhet', { exact: true }).selectOption({ index: 0 });
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Planlegger' });
    await page.getByRole('button', { name: 'Gi rolle' }).click();
    await expect.poll(() => status('Planlegger på Sande kommune er lagt til.').count()).toBe(1);
    await page.getByRole('button', { name: 'Gi rolle' }).click();
    await expect
      .poll(() => page.getByText('Brukeren har allerede denne rollen på denne enheten.').count())
      .toBe(1);

    await page.getByRole('button', { name: 'Deaktiver brukeren' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deaktiver Per Planlegger' });
    await confirm.getByRole('button', { name: 'Deaktiver' }).click();
    await expect.poll(() => status('Brukeren er deaktivert.').count()).toBe(1);
    await expect
      .poll(() => page.getByText('Deaktivert', { exact: true }).count())
      .toBeGreaterThan(0);
    const refused = await page.request.post(`${server.baseUrl}/api/auth/login`, {
      data: { email: 'per@example.no', password: 'per-passord-123' },
    });
    expect(refused.status()).toBe(403);

    await page.getByRole('link', { name: 'Alle brukere' }).click();
    await page.getByRole('link', { name: 'Demo Administrator', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Per Planlegger' }).count()).toBe(0);
    await page.getByLabel('Vis deaktiverte brukere').check();
    await page.getByRole('link', { name: 'Per Planlegger' }).click();
    await page.getByRole('button', { name: 'Aktiver brukeren igjen' }).click();
    await expect.poll(() => status('Brukeren er aktivert igjen.').count()).toBe(1);

    await page.getByRole('button', { name: 'Fjern rollen Planlegger på Sande kommune' }).click();
    await expect.poll(() => status('Planlegger på Sande kommune er fjernet.').count()).toBe(1);
    const history = page.getByRole('region', { name: 'Endringshistorikk' });
    for (const event of [
      'Bruker opprettet',
      'Rolle gitt',
      'Deaktivert',
      'Aktivert igjen',
      'Rolle fjernet',
    ]) {
      await expect.poll(() => history.getByText(event, { exact: true }).count()).toBe(1);
    }
  });

  test('an administrator cannot remove their own administrator role or deactivate themselves', async () => {
    await page.goto(`${server.baseUrl}/users`);
    await page.getByRole('link', { name: 'Demo Administrator', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Demo Administrator' }).waitFor();
    expect(await page.getByRole('button', { name: 'Deaktiver brukeren' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Fjern rollen Administrator på Sande kommune' }).click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: 'Du kan ikke fjerne din egen administratorrolle.' });
    await expect.poll(() => refusal.count()).toBe(1);
  });
});
