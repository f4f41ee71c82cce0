/**
 * Importing the organisation from a file in the browser: the preview lists every row and every
 * problem, a faulty file cannot be imported, and a clean one lands in the tree.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type RunningServer,
  accessibilityViolations,
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

const faultyFile = [
  'kode;navn;overordnet kode;type',
  'K-10;Kultursektor;1514;sektor',
  'K-11;Bibliotek;K-10;enhet',
  'K-12;Museum;FINNES-IKKE;enhet',
  'K-13;Planetarium;K-10;galakse',
].join('\n');

const cleanFile = [
  'kode;navn;overordnet kode;type',
  'K-10;Kultursektor;1514;sektor',
  'K-11;Bibliotek;K-10;enhet',
].join('\n');

async function chooseFile(page: Page, name: string, content: string) {
  await page.getByLabel('Fil med enheter').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(content, 'utf8'),
  });
}

describe('importing units from a file', () => {
  test('a faulty file is previewed with its problems and cannot be imported; a clean one can', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logIn(page, server.baseUrl, adminEmail, adminPassword);
    await page.goto(`${server.baseUrl}/organisation`);
    await page.getByRole('link', { name: 'Importer fra fil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer organisasjon' }).waitFor();
    expect(await page.title()).toBe('Importer organisasjon – Balanse');

    await chooseFile(page, 'enheter-med-feil.csv', faultyFile);
    const problems = page.getByRole('region', { name: 'Feil i filen' });
    await problems.waitFor();
    const problemRows = problems.getByRole('row');
    expect(await problemRows.count()).toBe(3);
    const unknownParent = await problemRows.nth(1).textContent();
    expect(unknownParent).toContain('Ingen enhet har denne overordnede koden.');
    expect(unknownParent).toContain('FINNES-IKKE');
    expect(await problemRows.nth(2).textContent()).toContain('Ukjent type.');

    const rows = page.getByRole('region', { name: 'Rader i filen' });
    expect(await rows.getByRole('row', { name: /K-10.*Kultursektor.*Ny/ }).count()).toBe(1);
    expect(await rows.getByRole('row', { name: /K-12.*Museum.*Har feil/ }).count()).toBe(1);
    const importButton = page.getByRole('button', { name: 'Importer', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    await saveScreenshot(page, 'import-preview');
    expect(await accessibilityViolations(page)).toEqual([]);

    await chooseFile(page, 'enheter.csv', cleanFile);
    await expect.poll(() => problems.count()).toBe(0);
    await expect.poll(() => importButton.isEnabled()).toBe(true);
    await importButton.click();
    const done = page
      .getByRole('status')
      .filter({ hasText: 'Importen er fullført: 2 nye og 0 endrede enheter.' });
    await expect.poll(() => done.count()).toBe(1);
    await saveScreenshot(page, 'import-done');

    const back = page.getByRole('main').getByRole('link', { name: 'Tilbake til organisasjonen' });
    await back.first().click();
    const tree = page.getByRole('list', { name: 'Enheter' });
    await tree.getByRole('link', { name: /^Kultursektor/ }).click();
    await tree.getByRole('link', { name: /^Bibliotek/ }).waitFor();
    await context.close();
  });
});
