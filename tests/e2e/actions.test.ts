/**
 * Actions (tiltak) in the browser. The demo administrator makes one of Plan og utvikling's 2015
 * results red through the API; the demo reporter on that unit, Ola Demo, then follows the
 * scorecard's link for a red result without an action to the action form, saves an action
 * linked to the indicator and is sent back, and the scorecard no longer flags the result. The
 * list is filtered through the address, shown as a table and as a timeline (an action without
 * dates listed below it), downloaded as Excel; an update is written; a delete is refused once
 * someone has written an update, and the action is cancelled instead; someone else's newer save
 * is shown before one's own is saved on top.
 */
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { request } from 'playwright-core';
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

interface Unit {
  id: string;
  name: string;
}

interface CardRow {
  indicator: { id: string; name: string };
  outcome: { status: string };
  actionCount: number;
  redWithoutAction: boolean;
}

interface ActionReply {
  action: { id: string; title: string; version: number };
}

const reporterEmail = 'ola.demo@example.no';
const asphalt = 'Andel kommunale kjøreveger med asfalt';
const year = new Date().getFullYear();

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let admin: APIRequestContext;
let unit: Unit;
let indicatorId: string;
let reporterId: string;
/** The action made from the scorecard's link, and one standing alone made through the API. */
let linkedActionId: string;
let aloneActionId: string;

async function send<T>(
  client: APIRequestContext,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  data?: object,
): Promise<T> {
  const response = await client.fetch(path, { method, data });
  const body = (await response.json()) as T;
  expect(response.ok(), `${method} ${path}: ${JSON.stringify(body)}`).toBe(true);
  return body;
}

/** The scorecard's row for the asphalt indicator on Plan og utvikling in 2015. */
async function asphaltRow(): Promise<CardRow> {
  const card = await send<unknown>(admin, 'GET', `/api/scorecard?orgUnitId=${unit.id}&period=2015`);
  const rows: CardRow[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      if ('redWithoutAction' in node && 'indicator' in node) rows.push(node as CardRow);
      Object.values(node).forEach(visit);
    }
  };
  visit(card);
  const row = rows.find((candidate) => candidate.indicator.id === indicatorId);
  expect(row).toBeDefined();
  return row as CardRow;
}

/** As the administrator: the 2015 asphalt result for Plan og utvikling entered far too low. */
async function makeAsphaltRed() {
  const { measurements } = await send<{
    measurements: { id: string; indicatorId: string; orgUnitId: string; version: number }[];
  }>(admin, 'GET', `/api/measurements?orgUnitId=${unit.id}&periodKey=2015`);
  const measurement = measurements.find(
    (candidate) => candidate.indicatorId === indicatorId && candidate.orgUnitId === unit.id,
  );
  expect(measurement).toBeDefined();
  await send(admin, 'POST', '/api/measurements/values', {
    entries: [
      {
        measurementId: measurement?.id,
        value: 5,
        expectedVersion: measurement?.version,
        comment: 'Mye av vegnettet ble gruslagt igjen etter flommen.',
      },
    ],
  });
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const daysFromToday = (days: number) => iso(new Date(Date.now() + days * 86_400_000));

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await request.newContext({ baseURL: server.baseUrl });
  await send(admin, 'POST', '/api/auth/login', { email: adminEmail, password: adminPassword });
  const { units } = await send<{ units: Unit[] }>(admin, 'GET', '/api/org-units');
  unit = units.find((candidate) => candidate.name === 'Plan og utvikling') as Unit;
  const { indicators } = await send<{ indicators: { id: string; name: string }[] }>(
    admin,
    'GET',
    `/api/indicators?orgUnitId=${unit.id}`,
  );
  indicatorId = indicators.find((indicator) => indicator.name === asphalt)?.id ?? '';
  const { users } = await send<{ users: { id: string; email: string }[] }>(
    admin,
    'GET',
    '/api/users',
  );
  reporterId = users.find((user) => user.email === reporterEmail)?.id ?? '';
  await makeAsphaltRed();

  // A Norwegian browser, so date fields read dd.mm.åååå as they would for Ola.
  context = await browser.newContext({
    baseURL: server.baseUrl,
    locale: 'nb-NO',
    viewport: { width: 1280, height: 900 },
  });
  page = await context.newPage();
  await page.goto(`${server.baseUrl}/login`);
  await page.getByLabel('E-postadresse').fill(reporterEmail);
  await page.getByLabel('Passord').fill(adminPassword);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL((address) => address.pathname !== '/login');
});

afterAll(async () => {
  await admin?.dispose();
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('actions', () => {
  test('a reporter adds an action to a red indicator from the scorecard, and the flag goes', async () => {
    expect(await asphaltRow()).toMatchObject({
      outcome: { status: 'red' },
      redWithoutAction: true,
    });

    const scorecard = `/scorecard?unit=${unit.id}&period=2015`;
    await page.goto(`${server.baseUrl}${scorecard}`);
    const cardRow = page.getByRole('row').filter({ hasText: asphalt });
    await expect.poll(() => cardRow.textContent()).toContain('Mangler tiltak');

    // The scorecard offers the reporter the action form for this indicator, and comes back.
    await cardRow.getByRole('link', { name: `Legg til tiltak for ${asphalt}` }).click();
    await page.waitForURL((address) => address.pathname === '/actions/new');
    const form = new URL(page.url()).searchParams;
    expect(Object.fromEntries(form)).toEqual({
      unit: unit.id,
      linkKind: 'indicator',
      linkId: indicatorId,
      returnTo: scorecard,
    });
    await expect.poll(() => page.getByLabel('Enhet').inputValue()).toBe(unit.id);
    await expect.poll(() => page.getByLabel('Type').inputValue()).toBe('indicator');
    const target = page.getByRole('combobox', { name: 'Indikator', exact: true });
    await expect.poll(() => target.inputValue()).toBe(indicatorId);
    await expect.poll(() => target.locator('option:checked').textContent()).toBe(asphalt);
    expect(await page.getByLabel('Ansvarlig').inputValue()).toBe(reporterId);

    // Mistakes are shown under their fields before anything is sent.
    await page.getByLabel('Start', { exact: true }).fill(daysFromToday(-60));
    await page.getByLabel('Frist', { exact: true }).fill(daysFromToday(-90));
    await page.getByRole('button', { name: 'Lagre tiltaket' }).click();
    await expect.poll(() => page.getByText('Skriv hva tiltaket går ut på.').count()).toBe(1);
    await expect
      .poll(() => page.getByText('Fristen kan ikke være før startdatoen.').count())
      .toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');
    await saveScreenshot(page, 'actions-form-errors');

    await page.getByLabel('Tiltak', { exact: true }).fill('Asfaltere grusvegene på Østsida');
    await page.getByLabel('Beskrivelse').fill('Prioritere de mest brukte vegene først.');
    // Due yesterday, so the action is delayed from the start.
    await page.getByLabel('Frist', { exact: true }).fill(daysFromToday(-1));
    await page.getByLabel('Framdrift', { exact: true }).fill('20');
    await page.getByLabel('Kostnad (valgfritt)').fill('1 250 000');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'actions-form');
    await page.getByRole('button', { name: 'Lagre tiltaket' }).click();

    await page.waitForURL((address) => `${address.pathname}${address.search}` === scorecard);
    await expect.poll(() => cardRow.textContent()).toContain('1 tiltak');
    expect(await cardRow.textContent()).not.toContain('Mangler tiltak');
    expect(await asphaltRow()).toMatchObject({ redWithoutAction: false, actionCount: 1 });

    const { actions } = await send<{ actions: { id: string; title: string }[] }>(
      admin,
      'GET',
      `/api/actions?orgUnitId=${unit.id}`,
    );
    linkedActionId = actions.find((action) => action.title.startsWith('Asfaltere'))?.id ?? '';
    expect(linkedActionId).not.toBe('');
  });

  test('the list shows status in words, filters through the address and downloads as Excel', async () => {
    const alone = await send<ActionReply>(page.request, 'POST', '/api/actions', {
      orgUnitId: unit.id,
      title: 'Ny plan for vintervedlikehold',
      responsibleUserId: reporterId,
      startDate: `${year}-02-01`,
      dueDate: `${year + 1}-03-31`,
      status: 'in_progress',
      progress: 50,
    });
    aloneActionId = alone.action.id;

    await page.goto(`${server.baseUrl}/actions?unit=${unit.id}`);
    const table = page.getByRole('table', { name: 'Tiltak for Plan og utvikling' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    const delayed = table.getByRole('row', { name: /Asfaltere grusvegene/ });
    expect(await delayed.textContent()).toContain('Forsinket');
    expect(await delayed.textContent()).toContain('Fristen er passert');
    expect(await delayed.textContent()).toContain(`Indikator: ${asphalt}`);
    const bar = delayed.getByRole('progressbar', {
      name: 'Framdrift for Asfaltere grusvegene på Østsida',
    });
    expect(await bar.getAttribute('value')).toBe('20');
    const inProgress = table.getByRole('row', { name: /vintervedlikehold/ });
    expect(await inProgress.textContent()).toContain('Pågår');
    expect(await inProgress.textContent()).toContain('Står alene');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'actions-list');

    const rowsAt = async (query: string) => {
      await page.goto(`${server.baseUrl}/actions?unit=${unit.id}&${query}`);
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: /tiltak$/ })
            .count(),
        )
        .toBe(1);
      return page.locator('table tbody tr th').allTextContents();
    };
    expect(await rowsAt('status=delayed')).toEqual(['Asfaltere grusvegene på Østsida']);
    expect(await rowsAt('overdue=1')).toEqual(['Asfaltere grusvegene på Østsida']);
    expect(await rowsAt('link=none')).toEqual(['Ny plan for vintervedlikehold']);
    expect(await rowsAt(`link=indicator&linkId=${indicatorId}`)).toEqual([
      'Asfaltere grusvegene på Østsida',
    ]);
    expect(await page.getByText(`Viser bare tiltak knyttet til ${asphalt}.`).count()).toBe(1);
    expect(await rowsAt(`person=${reporterId}&sub=1`)).toHaveLength(2);

    // The filters write the address.
    await page.goto(`${server.baseUrl}/actions?unit=${unit.id}`);
    await page.getByLabel('Status').selectOption('in_progress');
    await page.waitForURL((address) => address.searchParams.get('status') === 'in_progress');
    await expect
      .poll(() => page.locator('table tbody tr th').allTextContents())
      .toEqual(['Ny plan for vintervedlikehold']);

    const excel = page.getByRole('link', { name: 'Last ned som Excel' });
    const href = (await excel.getAttribute('href')) ?? '';
    expect(href).toContain(`orgUnitId=${unit.id}`);
    expect(href).toContain('status=in_progress');
    const file = await page.request.get(`${server.baseUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('spreadsheetml');
    expect((await file.body()).subarray(0, 2).toString()).toBe('PK');
  });

  test('the timeline draws each action as a bar that says what it shows', async () => {
    await send(page.request, 'POST', '/api/actions', {
      orgUnitId: unit.id,
      title: 'Rydde i det gamle planarkivet',
      startDate: null,
      dueDate: null,
      status: 'not_started',
      progress: 0,
    });
    await page.goto(`${server.baseUrl}/actions?unit=${unit.id}`);
    await page.getByRole('tab', { name: 'Tidslinje' }).click();
    await page.waitForURL((address) => address.searchParams.get('view') === 'timeline');
    const timeline = page.getByRole('region', { name: `Tidslinje for tiltakene i ${year}` });
    await expect.poll(() => timeline.getByRole('listitem').count()).toBe(2);
    const delayed = timeline.getByRole('listitem').filter({ hasText: 'Asfaltere' });
    expect(await delayed.textContent()).toMatch(/Forsinket, 20 %, .+–/);
    const open = timeline.getByRole('listitem').filter({ hasText: 'vintervedlikehold' });
    expect(await open.textContent()).toContain(`Pågår, 50 %, 1.2.${year}–31.3.${year + 1}`);
    // An action without dates is not drawn from the day it was entered, but listed apart.
    expect(await timeline.getByText('Rydde i det gamle planarkivet').count()).toBe(0);
    const undated = page.getByRole('region', { name: 'Uten datoer' });
    expect(await undated.getByRole('listitem').allTextContents()).toEqual([
      'Rydde i det gamle planarkivetPlan og utvikling · ○ Ikke startet, 0 %',
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'actions-timeline');

    await page.setViewportSize({ width: 320, height: 800 });
    await page.reload();
    await expect.poll(() => timeline.getByRole('listitem').count()).toBe(2);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await timeline.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'actions-timeline-320');

    await page.goto(`${server.baseUrl}/actions/new?unit=${unit.id}`);
    await expect.poll(() => page.getByLabel('Type').count()).toBe(1);
    expect(await scrollsSideways(page)).toBe(false);
    await saveScreenshot(page, 'actions-form-320');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('an update is kept with who wrote it and when, and moves status and progress on', async () => {
    await page.goto(`${server.baseUrl}/actions/${linkedActionId}`);
    await page.getByLabel('Hva har skjedd?').fill('Befaring gjort; anbud går ut neste uke.');
    await page.getByLabel('Ny status (valgfritt)').selectOption('in_progress');
    await page.getByLabel('Ny framdrift (valgfritt)').fill('40');
    await page.getByRole('button', { name: 'Lagre oppdateringen' }).click();

    const update = page.getByRole('listitem').filter({ hasText: 'Befaring gjort' });
    await expect.poll(() => update.count()).toBe(1);
    const text = (await update.textContent()) ?? '';
    expect(text).toContain('Ola Demo');
    expect(text).toMatch(/\d{1,2}\.\d{1,2}\.\d{4}/);
    expect(text).toContain('Satte status:');
    expect(text).toContain('Pågår');
    expect(text).toContain('Satte framdrift til 40 %');
    expect(await page.getByRole('heading', { name: 'Oppdateringer (1)' }).count()).toBe(1);
    // Past its due date, the action still shows as delayed, and can no longer be deleted.
    expect(await page.locator('.action-facts').textContent()).toContain('Forsinket');
    expect(await page.getByRole('button', { name: 'Slett' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'actions-detail');
  });

  test('deleting an action someone has updated meanwhile is refused, and cancelling is offered', async () => {
    await page.goto(`${server.baseUrl}/actions/${aloneActionId}`);
    const remove = page.getByRole('button', { name: 'Slett' });
    await expect.poll(() => remove.count()).toBe(1);
    await send(admin, 'POST', `/api/actions/${aloneActionId}/updates`, {
      text: 'Budsjettet for neste år er ikke vedtatt ennå.',
    });

    await remove.click();
    await page.getByRole('button', { name: 'Slett tiltaket' }).click();
    const dialog = page.getByRole('dialog', { name: /^Avbryt/ });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('kan derfor ikke slettes');
    await dialog.getByLabel('Begrunnelse (valgfritt)').fill('Erstattes av felles plan med Drift.');
    await dialog.getByRole('button', { name: 'Avbryt tiltaket' }).click();

    await expect.poll(() => page.getByText('Tiltaket er avbrutt.').count()).toBe(1);
    await expect.poll(() => page.locator('.action-facts').textContent()).toContain('Avbrutt');
    const reason = page.getByRole('listitem').filter({ hasText: 'Erstattes av felles plan' });
    expect(await reason.textContent()).toContain('Ola Demo');
    expect(await page.getByRole('button', { name: 'Slett' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Avbryt tiltaket' }).count()).toBe(0);
  });

  test('someone else’s newer save is shown, and one’s own changes are saved on top of it', async () => {
    await page.goto(`${server.baseUrl}/actions/${linkedActionId}/edit`);
    const progress = page.getByLabel('Framdrift', { exact: true });
    await expect.poll(() => progress.inputValue()).toBe('40');

    const { action } = await send<ActionReply>(admin, 'GET', `/api/actions/${linkedActionId}`);
    await send(admin, 'PATCH', `/api/actions/${linkedActionId}`, {
      title: 'Asfaltere grusvegene på Østsida og i sentrum',
      version: action.version,
    });

    await progress.fill('60');
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    const conflict = page.getByRole('heading', { name: 'Noen andre har endret tiltaket' });
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await page.locator('.stale-conflict').textContent()).toContain('og i sentrum');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'actions-stale');

    await page.getByRole('button', { name: 'Lagre mine endringer likevel' }).click();
    await page.waitForURL((address) => address.pathname === `/actions/${linkedActionId}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Asfaltere grusvegene på Østsida og i sentrum');
    expect(await page.getByText('60 %').count()).toBeGreaterThan(0);
  });
});
