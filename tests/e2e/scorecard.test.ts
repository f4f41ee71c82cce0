/**
 * A leader reads the styringskort in the browser: the top unit opens at the latest period with
 * results, a subunit's Løten figures show with their status, the strategy map and the actions tell
 * the same story, a red result nobody acts on is flagged, and the page holds at 320 px, prints on
 * A4 landscape and downloads as an Excel workbook with the same numbers.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatNumber } from '#domain/numbers.js';
import type { Scorecard } from '#domain/scorecardView.js';
import { evaluateStatus } from '#domain/status.js';
import {
  type PublishedIndicator,
  directionOf,
  lotenFiles,
  measureOf,
  publishedValue,
  readLotenScorecard,
  targetValuesOf,
} from '../../src/server/demo/lotenScorecards.js';
import nb from '../../src/web/i18n/nb.json' with { type: 'json' };
import {
  type RunningServer,
  accessibilityViolations,
  adminEmail,
  adminPassword,
  launchBrowser,
  logIn,
  printedPageSize,
  saveScreenshot,
  scrollsSideways,
  startServer,
} from './harness.js';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let downloads: string;

const water = 'Andel av befolkningen med kommunal vannforsyning';
const satisfaction = 'Brukertilfredshet';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  downloads = await mkdtemp(path.join(tmpdir(), 'balanse-scorecard-'));
  await logIn(page, server.baseUrl, adminEmail, adminPassword);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

async function expectNoViolations(name: string) {
  await saveScreenshot(page, name);
  expect(await accessibilityViolations(page)).toEqual([]);
}

const mainHeading = (text: string) => page.getByRole('heading', { level: 1, name: text });
const indicatorRow = (name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
const query = (name: string) => new URL(page.url()).searchParams.get(name);

async function getJson<T>(url: string): Promise<T> {
  const response = await page.request.get(`${server.baseUrl}${url}`);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

async function postJson(url: string, body: unknown): Promise<void> {
  const response = await page.request.post(`${server.baseUrl}${url}`, { data: body });
  expect(response.status(), `${url}: ${await response.text()}`).toBeLessThan(300);
}

async function unitId(code: string): Promise<string> {
  const { units } = await getJson<{ units: { id: string; code: string }[] }>('/api/org-units');
  const unit = units.find((each) => each.code === code);
  if (!unit) throw new Error(`No unit with code ${code}`);
  return unit.id;
}

/** An indicator as Løten's Teknisk drift published it. */
function published(name: string): PublishedIndicator {
  const indicator = readLotenScorecard('data', lotenFiles.tekniskDrift).indicators.find(
    (each) => each.name === name,
  );
  if (!indicator) throw new Error(`${name} is not in the source file`);
  return indicator;
}

/** The figure for a year in the latest publication that prints one. */
function publishedFigure(indicator: PublishedIndicator, year: string): number {
  const cell = indicator.versions
    .flatMap((version) => version.results)
    .findLast((result) => result.period === year && publishedValue(result.text) !== null);
  const value = publishedValue(cell?.text ?? '');
  if (value === null) throw new Error(`The source has no ${year} figure for ${indicator.name}`);
  return value;
}

/** A percentage as the scorecard writes it, with the indicator's decimals. */
const percent = (indicator: PublishedIndicator, value: number) =>
  `${formatNumber(value, measureOf(indicator).decimals, 'nb')} %`;

/** One indicator's id on a unit's scorecard, found by name. */
async function indicatorId(unit: string, name: string): Promise<string> {
  const card = await getJson<Scorecard>(`/api/scorecard?orgUnitId=${unit}&period=2015`);
  const rows = card.focusAreas.flatMap((area) => [
    ...area.criteria.flatMap((criterion) => criterion.rows),
    ...area.otherRows,
  ]);
  const row = rows.find((each) => each.indicator.name === name);
  if (!row) throw new Error(`No indicator named ${name}`);
  return row.indicator.id;
}

describe('the styringskort', () => {
  test('opens on the top unit at the latest period with results, and passes axe', async () => {
    await mainHeading('Styringskort for Sande kommune').waitFor();
    expect(query('unit')).toBe(await unitId('1514'));
    expect(query('period')).toBe('2015');
    expect(await page.title()).toBe('Sande kommune – Styringskort – Balanse');
    expect(await page.getByLabel('Periode').inputValue()).toBe('2015');

    // Self-reported sick leave: Løten's Teknisk drift published a 2015 figure (placed on Plan og
    // utvikling); Renholdsseksjonen published none, so the municipality's value is 1 of 2 units.
    const leave = published('Sykefravær - egenmeldt');
    const shown = percent(leave, publishedFigure(leave, '2015'));
    const text = (await indicatorRow('Sykefravær - egenmeldt').textContent()) ?? '';
    expect(text).toContain(shown);
    expect(text).toContain('Beregnet');
    expect(text).toContain('1 av 2');
    expect(text).toContain('Uten mål');
    await expectNoViolations('styringskort');
  });

  test('the subunits tab shows the units below side by side', async () => {
    await page.getByRole('tab', { name: 'Underenheter' }).click();
    await expect.poll(() => query('view')).toBe('subunits');
    const matrix = page.getByRole('table', { name: /^Underenhetene i Sande kommune/ });
    await matrix.waitFor();
    expect(await matrix.getByRole('rowheader', { name: 'Plan og utvikling' }).count()).toBe(1);
    // Units that take part in nothing this period get no row of "Ikke målt", only their name.
    const idle = page.getByRole('list', { name: 'Uten mål eller resultater i perioden:' });
    expect(await idle.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining(['Oppvekst og kultur', 'Personalleiar']),
    );
    for (const name of ['Oppvekst og kultur', 'Personalleiar']) {
      expect(await matrix.getByRole('rowheader', { name }).count()).toBe(0);
    }
    await expectNoViolations('styringskort-underenheter');
    await page.getByRole('tab', { name: 'Tabell' }).click();
    await expect.poll(() => query('view')).toBe(null);
  });

  test('a subunit link drills down, with the breadcrumb back up', async () => {
    const children = page.getByRole('navigation', { name: 'Underenheter' });
    await children.getByRole('link', { name: 'Plan og utvikling' }).click();
    await mainHeading('Styringskort for Plan og utvikling').waitFor();
    expect(query('unit')).toBe(await unitId('1514-03'));
    expect(query('period')).toBe('2015');

    const trail = page.getByRole('navigation', { name: 'Plassering i organisasjonen' });
    expect(await trail.getByRole('link', { name: 'Sande kommune' }).count()).toBeGreaterThan(0);
    expect(await trail.locator('[aria-current="page"]').textContent()).toBe('Plan og utvikling');
  });

  test('an indicator shows its target, result, status, comparison and development', async () => {
    const row = indicatorRow(water);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    // Target, figures and so status as Løten published them: > 77 % and 76, 77 and 78,1 %.
    const source = published(water);
    const target = targetValuesOf(source);
    if (target?.kind !== 'value') throw new Error(`${water} has no target in the source`);
    const [y2013, y2014, y2015] = ['2013', '2014', '2015'].map((year) =>
      publishedFigure(source, year),
    ) as [number, number, number];
    const status = evaluateStatus({
      direction: directionOf(source),
      decimals: measureOf(source).decimals,
      target,
      value: y2015,
    });
    expect(status).toBe('green');
    expect(text).toContain(percent(source, target.target));
    expect(text).toContain(percent(source, y2015));
    expect(text).toContain(nb.status[status]);
    expect(text).toContain('2014');
    const sparkline = row.getByRole('img');
    expect(await sparkline.getAttribute('aria-label')).toBe(
      `2013: ${percent(source, y2013)}, 2014: ${percent(source, y2014)}, ` +
        `2015: ${percent(source, y2015)}`,
    );
    const link = row.getByRole('link', { name: water });
    expect(await link.getAttribute('href')).toMatch(
      /^\/scorecard\/indicator\?unit=.*&indicator=.*&period=2015$/,
    );
    await expectNoViolations('styringskort-plan');
  });

  test('the strategy map colours each criterion by its results, and the tabs work by keyboard', async () => {
    await page.getByRole('tab', { name: 'Strategikart' }).click();
    await expect.poll(() => query('view')).toBe('map');
    const box = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Trygg vassforsyning og avløp' }) });
    expect(await box.textContent()).toContain('Nådd');
    expect(await box.getAttribute('class')).toContain('strategy-box--success');
    await expectNoViolations('styringskort-strategikart');

    await page.getByRole('tab', { name: 'Strategikart' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect.poll(() => query('view')).toBe(null);
    await indicatorRow(water).waitFor();
  });

  test('the actions tab lists actions by what they deal with and flags red results without one', async () => {
    const plan = await unitId('1514-03');
    const waterId = await indicatorId(plan, water);
    const satisfactionId = await indicatorId(plan, satisfaction);
    await postJson('/api/actions', {
      orgUnitId: plan,
      title: 'Nye vannledninger til Høgåsen',
      status: 'in_progress',
      progress: 40,
      dueDate: '2027-06-30',
      link: { kind: 'indicator', id: waterId },
    });
    // A user survey below the threshold, with nobody acting on it.
    const { measurements } = await getJson<{
      measurements: { id: string; indicatorId: string; orgUnitId: string; version: number }[];
    }>(`/api/measurements?orgUnitId=${plan}&periodKey=2015`);
    const survey = measurements.find(
      (each) => each.indicatorId === satisfactionId && each.orgUnitId === plan,
    );
    if (!survey) throw new Error('No 2015 user survey to enter');
    await postJson('/api/measurements/values', {
      entries: [
        {
          measurementId: survey.id,
          value: 3,
          expectedVersion: survey.version,
          comment: 'Ny undersøkelse',
        },
      ],
    });

    await page.reload();
    await page.getByRole('tab', { name: 'Tiltak (1)' }).click();
    await expect.poll(() => query('view')).toBe('actions');
    const flagged = page.getByRole('alert').or(page.locator('.ds-alert'));
    await expect.poll(() => flagged.textContent()).toContain('1 rødt resultat har ingen tiltak');
    expect(await flagged.textContent()).toContain(satisfaction);

    const table = page.getByRole('table', { name: 'Tjenesteproduksjon' });
    const action = table.getByRole('row').filter({ hasText: 'Nye vannledninger til Høgåsen' });
    expect(await action.textContent()).toContain('Pågår');
    expect(await action.textContent()).toContain('40 %');
    expect(await table.getByRole('rowheader', { name: new RegExp(water) }).count()).toBe(1);
    await expectNoViolations('styringskort-tiltak');

    // The table says the same: red, flagged with a way to act, and the action counted.
    await page.getByRole('tab', { name: 'Tabell' }).click();
    await page.getByRole('columnheader', { name: 'Resultat 2015' }).first().waitFor();
    const red = indicatorRow(satisfaction);
    expect(await red.textContent()).toContain('Mangler tiltak');
    expect(await indicatorRow(water).textContent()).toContain('1 tiltak');
    const add = red.getByRole('link', { name: `Legg til tiltak for ${satisfaction}` });
    const form = new URL(`${server.baseUrl}${await add.getAttribute('href')}`);
    expect(form.pathname).toBe('/actions/new');
    expect(Object.fromEntries(form.searchParams)).toEqual({
      unit: plan,
      linkKind: 'indicator',
      linkId: satisfactionId,
      returnTo: `/scorecard?unit=${plan}&period=2015`,
    });
  });

  test('at 320 px each indicator stacks as labelled lines, result and status in view', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    const row = indicatorRow(water);
    await row.waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    // Nothing left to scroll sideways, so the table is no scrolling region either.
    const region = page.getByRole('region', { name: /^Trygg vassforsyning og avløp/ });
    expect(await region.count()).toBe(0);

    const cells = row.getByRole('cell');
    // The label each cell shows before its value: the generated text, less its empty alt text.
    const labels = await cells.evaluateAll((each) =>
      each.map((cell) => /^"([^"]*)"/.exec(getComputedStyle(cell, '::before').content)?.[1]),
    );
    expect(labels).toEqual([
      'Mål',
      'Resultat 2015',
      'Status',
      'Forrige periode',
      'Utvikling',
      'Siste kommentar',
    ]);
    for (const cell of [cells.nth(1), cells.nth(2)]) {
      const box = await cell.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(320);
    }
    expect(await cells.nth(1).textContent()).toContain('78,1');
    expect(await cells.nth(2).textContent()).toContain('Nådd');
    // Still a table: the column headers are there for a screen reader, out of sight.
    expect(await page.getByRole('columnheader', { name: 'Status' }).count()).toBeGreaterThan(0);
    await expectNoViolations('styringskort-320');

    await page.getByRole('tab', { name: 'Strategikart' }).click();
    await expect.poll(() => query('view')).toBe('map');
    expect(await scrollsSideways(page)).toBe(false);
    await saveScreenshot(page, 'styringskort-strategikart-320');
    await page.getByRole('tab', { name: 'Tabell' }).click();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('prints on A4 landscape without the frame and the controls, keeping colour and symbols', async () => {
    await page.emulateMedia({ media: 'print' });
    // Landscape A4 is 842 × 595 points.
    const size = await printedPageSize(page);
    expect(size.width).toBeCloseTo(842, -1);
    expect(size.height).toBeCloseTo(595, -1);
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).isVisible()).toBe(false);
    expect(await page.getByRole('tablist').isVisible()).toBe(false);
    expect(await page.getByLabel('Periode').isVisible()).toBe(false);
    expect(await indicatorRow(water).getByText('✓').isVisible()).toBe(true);
    await saveScreenshot(page, 'styringskort-print');
    await page.emulateMedia({ media: 'screen' });
  });

  test('downloads the scorecard as Excel with the same numbers and status', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Last ned som Excel' }).click(),
    ]);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^styringskort-.*-2015\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('The workbook has no sheet');
    expect(sheet.getCell('A1').text).toBe('Styringskort for Plan og utvikling, 2015');
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => rows.push(row));
    const row = rows.find((each) => each.getCell(4).text === water);
    if (!row) throw new Error(`No row for ${water}`);
    expect(row.getCell(5).text).toBe('Prosent');
    expect(row.getCell(6).text).toBe('2015');
    expect(row.getCell(7).value).toBe(78.1);
    expect(row.getCell(8).value).toBe(77);
    expect(row.getCell(10).text).toBe('Nådd');
  });

  test('a bad period in the address gives way to the latest, with a notice', async () => {
    const top = await unitId('1514');
    await page.goto(`${server.baseUrl}/scorecard?unit=${top}&period=banan`);
    await mainHeading('Styringskort for Sande kommune').waitFor();
    await expect.poll(() => query('period')).toBe('2015');
    const notice = page.getByText('Perioden «banan» i adressen er ikke en gyldig periode.');
    expect(await notice.textContent()).toContain('Styringskortet viser 2015 i stedet.');
    expect(await page.getByLabel('Periode').inputValue()).toBe('2015');
    await expectNoViolations('styringskort-ugyldig-periode');

    const plan = await unitId('1514-03');
    await page.getByLabel('Enhet', { exact: true }).selectOption(plan);
    await mainHeading('Styringskort for Plan og utvikling').waitFor();
    expect(query('unit')).toBe(plan);
    expect(query('period')).toBe('2015');
    expect(await notice.count()).toBe(0);

    // Following a link to another unit, not the picker, leaves the notice behind too.
    await page.goto(`${server.baseUrl}/scorecard?unit=${top}&period=banan`);
    await notice.waitFor();
    await page
      .getByRole('navigation', { name: 'Underenheter' })
      .getByRole('link', { name: 'Plan og utvikling' })
      .click();
    await mainHeading('Styringskort for Plan og utvikling').waitFor();
    expect(await notice.count()).toBe(0);
  });

  test('a unit in the address that the user cannot see leaves the unit picker empty', async () => {
    const unknown = '01a241f7-0000-7000-8000-000000000000';
    await page.goto(`${server.baseUrl}/scorecard?unit=${unknown}&period=2015`);
    await page.getByText(nb.scope.outOfReach).waitFor();
    const units = page.getByLabel('Enhet', { exact: true });
    expect(await units.inputValue()).toBe('');
    expect(await units.locator('option:checked').textContent()).toBe('Velg enhet');
    await expectNoViolations('styringskort-ukjent-enhet');

    // Sande kommune is the first unit: choosing it must open it, not count as no change.
    const top = await unitId('1514');
    await units.selectOption(top);
    await mainHeading('Styringskort for Sande kommune').waitFor();
    expect(query('unit')).toBe(top);
    expect(query('period')).toBe('2015');
  });
});
