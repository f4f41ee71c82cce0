/**
 * Every page against WCAG 2.1 AA with axe, the keyboard alone, and a 320 px wide window. The
 * pages are visited in order as one administrator; screenshots go to test-results/screenshots.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type RunningServer,
  accessibilityViolations,
  adminEmail,
  adminPassword,
  launchBrowser,
  saveScreenshot,
  scrollsSideways,
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
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

const focusedName = () =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element instanceof HTMLInputElement ? element.name : (element?.textContent ?? '');
  });

/** Presses Tab until the named input has focus; fails after `limit` presses. */
async function tabTo(inputName: string, limit = 8) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedName()) === inputName) return;
  }
  throw new Error(`Tab never reached the input "${inputName}"`);
}

async function expectNoViolations(name: string) {
  await saveScreenshot(page, name);
  expect(await accessibilityViolations(page)).toEqual([]);
}

function mainHeading(text: string) {
  return page.getByRole('heading', { level: 1, name: text });
}

describe('the login page', () => {
  test('passes axe and explains a refused login in words', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await mainHeading('Logg inn').waitFor();
    expect(await page.title()).toBe('Logg inn – Balanse');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    await expectNoViolations('login');

    await page.getByLabel('E-postadresse').fill(adminEmail);
    await page.getByLabel('Passord').fill('not-the-password');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Feil e-postadresse eller passord.' });
    await expect.poll(() => alert.count()).toBe(1);
    await expectNoViolations('login-refused');
  });

  test('logs in with the keyboard alone: Tab to the form, type, Enter', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await mainHeading('Logg inn').waitFor();
    await tabTo('email');
    await page.keyboard.type(adminEmail);
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('password');
    await page.keyboard.type(adminPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/scorecard');
    await mainHeading('Styringskort for Sande kommune').waitFor();
  });
});

describe('signed in as administrator', () => {
  test('the organisation page passes axe, and its skip link leads to the main content', async () => {
    await page.goto(`${server.baseUrl}/organisation`);
    await page.getByRole('heading', { level: 2, name: 'Sande kommune' }).waitFor();
    expect(await page.title()).toBe('Sande kommune – Organisasjon – Balanse');
    await expectNoViolations('organisation');

    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Hopp til hovedinnholdet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  test('the tree opens and closes with the keyboard, and shows closed units only on request', async () => {
    const tree = page.getByRole('list', { name: 'Enheter' });
    const toggle = page.getByRole('button', { name: 'Underenheter til Helse og omsorg' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await tree.getByRole('link', { name: /^Heimetenesta/ }).count()).toBe(0);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await tree.getByRole('link', { name: /^Heimetenesta/ }).waitFor();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    const closed = await page.request.post(`${server.baseUrl}/api/org-units`, {
      data: {
        parentId: await unitId('1514'),
        code: 'GAMMEL-1',
        name: 'Gammelt kontor',
        kind: 'staff',
        validFrom: '2020-01-01',
      },
    });
    const { unit } = (await closed.json()) as { unit: { id: string } };
    await page.request.post(`${server.baseUrl}/api/org-units/${unit.id}/close`, {
      data: { validTo: '2021-01-01' },
    });
    await page.reload();
    await tree.getByRole('link', { name: /^Helse og omsorg/ }).waitFor();
    expect(await tree.getByRole('link', { name: /^Gammelt kontor/ }).count()).toBe(0);
    await page.getByLabel('Vis nedlagte enheter').check();
    const closedLink = tree.getByRole('link', { name: /^Gammelt kontor/ });
    await closedLink.waitFor();
    expect(await closedLink.textContent()).toContain('Nedlagt');
  });

  test("a unit's details show its place, facts and history, and pass axe", async () => {
    await page.goto(`${server.baseUrl}/organisation/${await unitId('1514-01-02')}`);
    await page.getByRole('heading', { level: 2, name: 'Heimetenesta' }).waitFor();
    const path = page.getByRole('navigation', { name: 'Plassering i organisasjonen' });
    expect(await path.getByRole('link').allTextContents()).toEqual([
      'Sande kommune',
      'Helse og omsorg',
      'Heimetenesta',
    ]);
    expect(await page.getByText('Enhet', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Endre' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Gyldig fra').fill('2024-08-01');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await expect.poll(() => page.getByText('1.8.2024').count()).toBeGreaterThan(0);
    await expectNoViolations('unit-details');
  });

  test('a dialog keeps focus inside, closes with Escape and returns focus', async () => {
    const trigger = page.getByRole('button', { name: 'Ny underenhet' });
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: 'Ny underenhet under Heimetenesta' });
    await dialog.waitFor();
    await expectNoViolations('dialog-create-unit');

    for (let presses = 0; presses < 12; presses++) {
      await page.keyboard.press('Tab');
      const inside = await dialog.evaluate((element) => element.contains(document.activeElement));
      expect(inside).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await trigger.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  test('the users page passes axe', async () => {
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await nav.getByRole('link', { name: 'Brukere' }).click();
    await mainHeading('Brukere').waitFor();
    await page.getByRole('link', { name: 'Demo Administrator', exact: true }).waitFor();
    expect(await page.title()).toBe('Brukere – Balanse');
    await expectNoViolations('users');
  });

  test("a user's page passes axe", async () => {
    await page.getByRole('link', { name: 'Demo Administrator', exact: true }).click();
    await mainHeading('Demo Administrator').waitFor();
    await page.getByRole('table').first().waitFor();
    await expectNoViolations('user');
  });

  test('the profile page passes axe and reports a wrong current password on its field', async () => {
    await page
      .getByRole('link', { name: /Demo Administrator/ })
      .first()
      .click();
    await mainHeading('Min profil').waitFor();
    await expectNoViolations('profile');

    await page.getByLabel('Nåværende passord').fill('feil-passord-123');
    await page.getByLabel('Nytt passord').fill('et-nytt-passord-123');
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    const current = page.getByLabel('Nåværende passord');
    await expect.poll(() => page.getByText('Passordet stemmer ikke.').count()).toBe(1);
    expect(await current.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await current.getAttribute('aria-invalid')).toBe('true');
  });

  test('at 320 px the pages reflow without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${server.baseUrl}/organisation/${await unitId('1514-01-02')}`);
    await page.getByRole('heading', { level: 2, name: 'Heimetenesta' }).waitFor();
    await page.getByRole('region', { name: 'Endringshistorikk' }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await saveScreenshot(page, 'organisation-320');

    for (const path of ['/users', '/profile', '/organisation/import']) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => page.getByLabel('Laster inn …').count()).toBe(0);
      expect(await scrollsSideways(page), path).toBe(false);
      await saveScreenshot(page, `${path.split('/').pop() ?? 'page'}-320`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('switching to English changes the words, the dates and <html lang>, and is remembered', async () => {
    await page.goto(`${server.baseUrl}/organisation/${await unitId('1514-01-02')}`);
    await page.getByRole('button', { name: 'English' }).click();
    await mainHeading('Organisation').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.getByText('01/08/2024').count()).toBeGreaterThan(0);
    expect(await page.title()).toBe('Heimetenesta – Organisation – Balanse');

    await page.reload();
    await mainHeading('Organisation').waitFor();
    await expectNoViolations('organisation-en');
    await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
    await mainHeading('Organisasjon').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
  });
});

async function unitId(code: string): Promise<string> {
  const response = await page.request.get(`${server.baseUrl}/api/org-units?includeClosed=true`);
  const { units } = (await response.json()) as { units: { id: string; code: string }[] };
  const unit = units.find((candidate) => candidate.code === code);
  if (!unit) throw new Error(`No unit with code ${code}`);
  return unit.id;
}
