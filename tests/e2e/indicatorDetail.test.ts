/**
 * A leader reads the subunits side by side and drills into one indicator: the top unit's
 * Underenheter tab shows its children against the common indicators, a unit's name opens that
 * unit's scorecard, and a cell (or the styringskort's own link) opens the indicator over time:
 * its chart with the target, the subunits drawn on demand, the comments and the same figures as
 * tables. The figures are
 * checked against Løten kommune's published scorecards in data/, which the demo places on Plan og
 * utvikling (Teknisk drift) and Servicekontor (Renholdsseksjonen).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatNumber } from '#domain/numbers.js';
import {
  type RunningServer,
  accessibilityViolations,
  adminEmail,
  adminPassword,
  launchBrowser,
  projectRoot,
  saveScreenshot,
  scrollsSideways,
  startServer,
} from './harness.js';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const sickLeave = 'Sykefravær - egenmeldt';
const sickness = 'Sykefravær – sykemeldt';
const planning = 'Plan og utvikling';
const service = 'Servicekontor, økonomikontor og IKT';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // Without motion the chart is drawn at once, so screenshots show it whole.
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  page = await context.newPage();
  await page.goto(`${server.baseUrl}/login`);
  await page.getByLabel('E-postadresse').fill(adminEmail);
  await page.getByLabel('Passord').fill(adminPassword);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL((address) => address.pathname !== '/login');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

interface SourceIndicator {
  indicator: string;
  results?: { period: string; raw: string }[];
  by_version?: { results: { period: string; raw: string }[] }[];
}

/** An indicator's published results per year; a later version of the page corrects an earlier. */
async function sourceFigures(file: string, indicator: string): Promise<Map<string, number>> {
  const text = await readFile(path.join(projectRoot, 'data', file), 'utf8');
  const { indicators } = JSON.parse(text) as { indicators: SourceIndicator[] };
  const found = indicators.find((each) => each.indicator === indicator);
  if (!found) throw new Error(`${indicator} is not in ${file}`);
  const results = found.by_version?.flatMap((version) => version.results) ?? found.results ?? [];
  const figures = new Map<string, number>();
  for (const { period, raw } of results) {
    const number = Number(raw.replace('%', '').replace(',', '.').trim());
    if (raw.trim() !== '' && Number.isFinite(number)) figures.set(period, number);
  }
  return figures;
}

/** "0,50 %": a percentage as the demo's indicator shows it, with its two decimals. */
const percent = (value: number) => `${formatNumber(value, 2, 'nb')} %`;

/** Text as read, with the narrow and non-breaking spaces of Norwegian numbers as plain ones. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

async function unitId(code: string): Promise<string> {
  const response = await page.request.get(`${server.baseUrl}/api/org-units`);
  const { units } = (await response.json()) as { units: { id: string; code: string }[] };
  const unit = units.find((candidate) => candidate.code === code);
  if (!unit) throw new Error(`No unit with code ${code}`);
  return unit.id;
}

async function expectNoViolations(name: string) {
  await saveScreenshot(page, name);
  expect(await accessibilityViolations(page)).toEqual([]);
}

const matrix = () => page.getByRole('table', { name: 'Underenhetene i Sande kommune, 2015' });

/** The row of a table whose header cell is `name`. */
const row = (table: Locator, name: string) =>
  table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

/** The texts of a row's data cells, read as a person sees them. */
async function cellTexts(table: Locator, name: string): Promise<string[]> {
  const texts = await row(table, name).getByRole('cell').allTextContents();
  return texts.map(plain);
}

/** Opens a unit's styringskort for 2015 and follows its link to the sick leave indicator. */
async function openFromScorecard(code: string) {
  await page.goto(`${server.baseUrl}/scorecard?unit=${await unitId(code)}&period=2015`);
  await page.getByRole('main').getByRole('link', { name: sickLeave, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: sickLeave }).waitFor();
}

/** What the summary at the top of the indicator page says for one of its facts. */
const fact = async (term: string) =>
  plain(
    await page
      .locator('.indicator-detail__summary dt', { hasText: term })
      .locator('xpath=following-sibling::dd[1]')
      .textContent(),
  );

const chart = () => page.getByRole('img', { name: /^Graf over Sykefravær - egenmeldt/ });

/** How many lines the chart draws, counted as the SVG paths ECharts gives a series' line. */
const drawnShapes = () => chart().locator('svg path').count();

/** The comment pins the chart draws, each labelled with its number in the list of comments. */
const pins = () => chart().locator('svg text').filter({ hasText: /^\d{1,2}$/ });

describe('the subunit matrix', () => {
  test("the top unit's subunits tab shows its children against its indicators, with status", async () => {
    await page.goto(`${server.baseUrl}/scorecard?unit=${await unitId('1514')}&period=2015`);
    await page.getByRole('tab', { name: 'Underenheter' }).click();
    await matrix().waitFor();

    const names = await matrix().getByRole('rowheader').allTextContents();
    expect(names).toEqual(expect.arrayContaining([planning, service]));
    const headers = (await matrix().getByRole('columnheader').allTextContents()).map(plain);
    expect(headers).toContain(`${sickLeave}Prosent`);

    const column = headers.indexOf(`${sickLeave}Prosent`) - 1;
    const measured = await sourceFigures('scorecard_loten_teknisk_drift_2013-2015.json', sickLeave);
    const planningCells = await cellTexts(matrix(), planning);
    expect(planningCells[column]).toContain(percent(measured.get('2015') ?? NaN));
    expect(planningCells[column]).toContain('✓ Nådd');
    expect((await cellTexts(matrix(), service))[column]).toContain('! Forfalt');
    await expectNoViolations('subunit-matrix');
  });

  test('at 320 px the matrix scrolls in its own labelled region, not the page', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    const region = page.getByRole('region', { name: 'Underenhetene i Sande kommune, 2015' });
    await region.waitFor();

    expect(await scrollsSideways(page)).toBe(false);
    expect(await region.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    await expectNoViolations('subunit-matrix-320');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test("a unit's name opens that unit's scorecard for the same period", async () => {
    await matrix().getByRole('link', { name: planning, exact: true }).click();

    await page.waitForURL(/\/scorecard\?/);
    const address = new URL(page.url());
    expect(address.searchParams.get('unit')).toBe(await unitId('1514-03'));
    expect(address.searchParams.get('period')).toBe('2015');
    await page.goBack();
    await matrix().waitFor();
  });
});

describe('the indicator detail', () => {
  test('a matrix cell opens the indicator over time for that unit, with the published figures', async () => {
    const cell = row(matrix(), planning).getByRole('link', {
      name: new RegExp(`${sickLeave} for ${planning}`),
    });
    await cell.click();
    await page.getByRole('heading', { level: 1, name: sickLeave }).waitFor();

    await expect.poll(() => chart().locator('svg').count()).toBe(1);
    const label = await chart().getAttribute('aria-label');
    expect(label).toContain(`for ${planning} fra 2013 til 2015`);
    expect(plain(label)).toContain('Siste resultat er 0,50 % i 2015: Nådd.');
    // The unit's own comment is pinned on its line, with no subunits to choose.
    await expect.poll(() => pins().allTextContents()).toEqual(['1']);

    await page.getByText('Vis tabell').click();
    const table = page.getByRole('table', { name: `${sickLeave} for ${planning} per periode` });
    await table.waitFor();
    const published = await sourceFigures(
      'scorecard_loten_teknisk_drift_2013-2015.json',
      sickLeave,
    );
    for (const year of ['2013', '2014', '2015']) {
      expect((await cellTexts(table, year))[0]).toContain(percent(published.get(year) ?? NaN));
    }
    expect(await cellTexts(table, '2015')).toEqual([
      `${percent(published.get('2015') ?? NaN)} ✓ Nådd`,
      '4,00 %',
      '4,40 %',
    ]);
    await expect.poll(() => page.getByText(/Retta frå 0,71 til 0,04/).count()).toBe(1);
    await expectNoViolations('indicator-detail');
  });

  test("the top unit's chart draws a subunit chosen by checkbox or in the chart's legend", async () => {
    await openFromScorecard('1514');
    await chart().waitFor();
    await expect.poll(() => chart().locator('svg').count()).toBe(1);
    const before = await drawnShapes();
    // The one comment is on Plan og utvikling's figure, so it is pinned once that line is drawn.
    expect(await pins().count()).toBe(0);

    const planningBox = page.getByRole('checkbox', { name: planning });
    await planningBox.check();
    await expect.poll(drawnShapes).toBeGreaterThan(before);
    await expect.poll(() => pins().allTextContents()).toEqual(['1']);
    await saveScreenshot(page, 'indicator-detail-subunit');

    const serviceBox = page.getByRole('checkbox', { name: service });
    expect(await serviceBox.isChecked()).toBe(false);
    await chart().locator('svg text', { hasText: service }).first().click();
    await expect.poll(() => serviceBox.isChecked()).toBe(true);
  });

  test('the tables hold every figure the chart shows, the subunits too', async () => {
    await page.getByText('Vis tabell').click();
    const planningFigures = await sourceFigures(
      'scorecard_loten_teknisk_drift_2013-2015.json',
      sickLeave,
    );
    const serviceFigures = await sourceFigures(
      'scorecard_loten_renholdsseksjonen_2013-2015.json',
      sickLeave,
    );

    const subunits = page.getByRole('table', {
      name: 'Underenhetene i Sande kommune per periode',
    });
    await subunits.waitFor();
    const planningRow = await cellTexts(subunits, planning);
    const serviceRow = await cellTexts(subunits, service);
    for (const [index, year] of ['2013', '2014', '2015'].entries()) {
      expect(planningRow[index]).toContain(percent(planningFigures.get(year) ?? NaN));
    }
    expect(serviceRow.slice(0, 2)).toEqual([
      `${percent(serviceFigures.get('2013') ?? NaN)} – Uten mål`,
      `${percent(serviceFigures.get('2014') ?? NaN)} – Uten mål`,
    ]);

    // Sande kommune's value is the mean of its two reporting units, as data/README.md says.
    const own = page.getByRole('table', { name: `${sickLeave} for Sande kommune per periode` });
    const mean2013 =
      ((planningFigures.get('2013') ?? NaN) + (serviceFigures.get('2013') ?? NaN)) / 2;
    expect((await cellTexts(own, '2013'))[0]).toContain(percent(mean2013));
    await expectNoViolations('indicator-detail-top');
  });

  test('at 320 px the page reflows and only the tables scroll sideways', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await chart().waitFor();
    await saveScreenshot(page, 'indicator-detail-320');

    expect(await scrollsSideways(page)).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('the back link returns to the scorecard with the same unit and period', async () => {
    await page.getByRole('link', { name: 'Styringskortet for Sande kommune' }).click();

    await page.waitForURL(/\/scorecard\?/);
    const address = new URL(page.url());
    expect(address.searchParams.get('unit')).toBe(await unitId('1514'));
    expect(address.searchParams.get('period')).toBe('2015');
  });

  test("an overdue period shows as overdue with its own target, not an older result", async () => {
    // Servicekontor reported sick leave for 2013 and 2014; 2015 has a target and no result yet.
    await page.goto(`${server.baseUrl}/scorecard?unit=${await unitId('1514-04')}&period=2015`);
    const onCard = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: sickness }) });
    expect(await onCard.textContent()).toContain('Forfalt');
    await onCard.getByRole('link', { name: sickness, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: sickness }).waitFor();

    expect(await fact('Periode')).toBe('2015');
    expect(await fact('Resultat')).toContain('Forfalt');
    expect(await fact('Resultat')).not.toContain('%');
    expect(await fact('Mål')).toBe('6,00 % · grense 6,60 %');
  });

  test("the unit's own comment is pinned on its line with no subunit chosen", async () => {
    const health = await unitId('1514-01');
    await openFromScorecard('1514-01');
    const indicatorId = new URL(page.url()).searchParams.get('indicator') ?? '';
    const planned = await page.request.post(`${server.baseUrl}/api/measurement-points/series`, {
      data: { indicatorId, from: '2015', to: '2015', dueDaysAfterEnd: 30, unitIds: [health] },
    });
    expect(planned.status(), await planned.text()).toBe(201);
    const listed = await page.request.get(
      `${server.baseUrl}/api/measurements?orgUnitId=${health}&periodKey=2015`,
    );
    const { measurements } = (await listed.json()) as {
      measurements: { id: string; indicatorId: string; orgUnitId: string; version: number }[];
    };
    const own = measurements.find(
      (each) => each.indicatorId === indicatorId && each.orgUnitId === health,
    );
    if (!own) throw new Error('No 2015 measurement planned for Helse og omsorg');
    const entered = await page.request.post(`${server.baseUrl}/api/measurements/values`, {
      data: {
        entries: [
          { measurementId: own.id, value: 1.2, expectedVersion: own.version, comment: 'Eiga tal' },
        ],
      },
    });
    expect(entered.status(), await entered.text()).toBe(200);

    await page.reload();
    await expect.poll(() => chart().locator('svg').count()).toBe(1);
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await expect.poll(() => pins().allTextContents()).toEqual(['1']);
    await saveScreenshot(page, 'indicator-detail-own-comment');
  });
});
