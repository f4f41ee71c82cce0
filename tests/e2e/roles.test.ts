/**
 * Pages show people only what their roles let them do: the demo reporter and reader are told which
 * role a planning or administration page takes instead of being given a form the server would
 * refuse, the menu leaves out what they cannot use, and a planner of one unit is told so on
 * another unit's targets. On a phone the main menu folds away behind a button that works with the
 * keyboard.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type RunningServer,
  accessibilityViolations,
  adminEmail,
  adminPassword,
  launchBrowser,
  logIn,
  saveScreenshot,
  scrollsSideways,
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

const people = [
  { who: 'reporter', email: 'ola.demo@example.no' },
  { who: 'reader', email: 'siri.demo@example.no' },
];

/** Each page that needs more than reading, what it tells those without the role, and its form. */
const guarded = [
  {
    path: '/indicators/new',
    message: 'Du trenger rollen planlegger for en enhet for å legge inn indikatorer.',
    form: (page: Page) => page.getByRole('main').getByRole('textbox'),
  },
  {
    path: '/indicators/import',
    message: 'Du trenger rollen planlegger for hele kommunen for å importere indikatorer.',
    form: (page: Page) => page.locator('input[type="file"]'),
  },
  {
    path: '/organisation/import',
    message: 'Du trenger rollen administrator for å importere enheter til organisasjonen.',
    form: (page: Page) => page.locator('input[type="file"]'),
  },
  {
    path: '/targets',
    message: 'Du trenger rollen planlegger for å sette mål.',
    form: (page: Page) => page.getByRole('main').getByRole('combobox'),
  },
  {
    path: '/users',
    message: 'Du trenger rollen administrator for å se og endre brukere.',
    form: (page: Page) => page.getByRole('button', { name: 'Ny bruker' }),
  },
];

async function signedIn(email: string, width = 1280): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await logIn(page, server.baseUrl, email, adminPassword);
  return [context, page];
}

/** The API calls the page has had refused, so a test can tell nothing was tried in vain. */
function refusedCalls(page: Page): string[] {
  const refused: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 403) refused.push(new URL(response.url()).pathname);
  });
  return refused;
}

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' });
const notice = (page: Page, text: string) => page.getByRole('main').getByText(text);

describe.each(people)('the demo $who', ({ who, email }) => {
  test('is told which role each planning and administration page takes, with no form', async () => {
    const [context, page] = await signedIn(email);
    const refused = refusedCalls(page);

    for (const { path, message, form } of guarded) {
      await page.goto(`${server.baseUrl}${path}`);
      await notice(page, message).waitFor();
      expect(await form(page).count(), path).toBe(0);
      expect(await page.getByRole('button', { name: 'Prøv igjen' }).count(), path).toBe(0);
      expect(await page.getByRole('alert').count(), path).toBe(0);
    }
    await saveScreenshot(page, `roles-${who}-users`);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A user's own page says the same, whichever user it is.
    const me = (await (await page.request.get(`${server.baseUrl}/api/auth/me`)).json()) as {
      user: { id: string };
    };
    await page.goto(`${server.baseUrl}/users/${me.user.id}`);
    await notice(page, 'Du trenger rollen administrator for å se og endre brukere.').waitFor();

    // So does an indicator's edit page, for an indicator they can read.
    const listed = (await (await page.request.get(`${server.baseUrl}/api/indicators`)).json()) as {
      indicators: { id: string }[];
    };
    await page.goto(`${server.baseUrl}/indicators/${listed.indicators[0]?.id ?? ''}/edit`);
    await notice(page, 'Du trenger rollen planlegger for enheten som eier indikatoren').waitFor();
    expect(await page.getByRole('main').getByRole('textbox').count()).toBe(0);

    // The target grid points to the målekart, where the targets can be read.
    await page.goto(`${server.baseUrl}/targets`);
    await page.getByRole('link', { name: 'Gå til målekartet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Målekart' }).waitFor();
    await saveScreenshot(page, `roles-${who}-structure`);
    expect(refused).toEqual([]);
    await context.close();
  });

  test('finds in the menu every page there is to read, and none only for others', async () => {
    const [context, page] = await signedIn(email);
    const links = await mainMenu(page).getByRole('link').allTextContents();
    expect(links).toEqual([
      'Styringskort',
      'Virksomhetsplan',
      'Målekart',
      'Indikatorer',
      'Resultater',
      'Tiltak',
      'Organisasjon',
    ]);

    // The register offers reading and the Excel handbook, but nothing to create or import.
    await page.goto(`${server.baseUrl}/indicators`);
    await page.getByRole('link', { name: 'Last ned som Excel' }).waitFor();
    expect(await page.getByRole('link', { name: 'Ny indikator' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Importer fra fil' }).count()).toBe(0);
    await context.close();
  });
});

describe('the edge of one’s reach', () => {
  test('a reporter sees the units above his named, not linked, and is told a unit is not his', async () => {
    const [context, page] = await signedIn('ola.demo@example.no');
    const { units } = (await (
      await page.request.get(`${server.baseUrl}/api/org-units`)
    ).json()) as {
      units: { id: string; name: string }[];
    };
    const own = units.find((unit) => unit.name === 'Plan og utvikling');
    expect(units.map((unit) => unit.name)).not.toContain('Sande kommune');

    await page.goto(`${server.baseUrl}/scorecard?unit=${own?.id ?? ''}&period=2015`);
    await page
      .getByRole('heading', { level: 1, name: 'Styringskort for Plan og utvikling' })
      .waitFor();
    const trail = page.getByRole('navigation', { name: 'Plassering i organisasjonen' });
    await trail.getByText('Sande kommune').first().waitFor();
    expect(await trail.getByRole('link', { name: /Sande kommune/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Servicekontor is another unit's: its plan and scorecard say so rather than "no plan".
    const admin = await browser.newContext();
    await admin.request.post(`${server.baseUrl}/api/auth/login`, {
      data: { email: adminEmail, password: adminPassword },
    });
    const all = (await (await admin.request.get(`${server.baseUrl}/api/org-units`)).json()) as {
      units: { id: string; name: string }[];
    };
    await admin.close();
    const other = all.units.find((unit) => unit.name.startsWith('Servicekontor'));
    const outOfReach = 'Du har ikke tilgang til denne enheten, eller den finnes ikke.';
    await page.goto(`${server.baseUrl}/plans?unit=${other?.id ?? ''}&year=2015`);
    await notice(page, outOfReach).waitFor();
    expect(await page.getByText('har ingen virksomhetsplan').count()).toBe(0);
    await page.goto(`${server.baseUrl}/scorecard?unit=${other?.id ?? ''}&period=2015`);
    await notice(page, outOfReach).waitFor();
    expect(await page.getByRole('button', { name: 'Prøv igjen' }).count()).toBe(0);
    await saveScreenshot(page, 'roles-out-of-reach');
    await context.close();
  });
});

describe('a planner for one unit', () => {
  test("sets her own unit's targets and is told another unit's are not hers", async () => {
    const admin = await browser.newContext();
    const send = async <T>(method: 'GET' | 'POST', path: string, data?: object): Promise<T> => {
      const response = await admin.request.fetch(`${server.baseUrl}${path}`, { method, data });
      expect(response.ok(), `${method} ${path}`).toBe(true);
      return (await response.json()) as T;
    };
    await send('POST', '/api/auth/login', { email: adminEmail, password: adminPassword });
    const { units } = await send<{ units: { id: string; code: string }[] }>(
      'GET',
      '/api/org-units',
    );
    const unitId = (code: string) => units.find((unit) => unit.code === code)?.id ?? '';
    const email = 'pia.planlegger@example.no';
    const { user } = await send<{ user: { id: string } }>('POST', '/api/users', {
      email,
      name: 'Pia Planlegger',
      password: adminPassword,
    });
    // She reads the whole municipality and plans for Plan og utvikling.
    const grants = [
      { code: '1514', role: 'reader' },
      { code: '1514-03', role: 'planner' },
    ];
    for (const { code, role } of grants) {
      await send('POST', `/api/users/${user.id}/grants`, { orgUnitId: unitId(code), role });
    }
    await admin.close();

    // The grid opens on the top unit, which is not hers to plan.
    const [context, page] = await signedIn(email);
    await mainMenu(page).getByRole('link', { name: 'Mål per enhet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mål per enhet' }).waitFor();
    const message = 'Du trenger rollen planlegger for Sande kommune for å sette mål der.';
    await notice(page, message).waitFor();
    expect(await page.getByRole('button', { name: 'Lagre målene' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Kopier mål til neste år' }).count()).toBe(0);
    await saveScreenshot(page, 'roles-planner-other-unit');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Gå til målekartet' }).click();
    await page.waitForURL((url) => url.pathname === '/structure');
    expect(new URL(page.url()).searchParams.get('unit')).toBe(unitId('1514'));

    // Her own unit gives her the grid.
    await page.goto(`${server.baseUrl}/targets?unit=${unitId('1514-03')}&year=2015`);
    await page.getByRole('button', { name: 'Lagre målene' }).waitFor();
    expect(await page.getByRole('button', { name: 'Kopier mål til neste år' }).count()).toBe(1);

    await page.goto(`${server.baseUrl}/indicators/new`);
    await page.getByLabel('Kode', { exact: true }).waitFor();
    await context.close();
  });
});

describe('the main menu at 320 px', () => {
  let context: BrowserContext;
  let page: Page;
  const toggle = () => mainMenu(page).getByRole('button', { name: 'Meny' });
  const menuLinks = () => mainMenu(page).getByRole('link');
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  beforeAll(async () => {
    [context, page] = await signedIn('ola.demo@example.no', 320);
  });

  afterAll(async () => {
    await context?.close();
  });

  test('is folded behind its button, leaving the page its height and width', async () => {
    expect(await toggle().getAttribute('aria-expanded')).toBe('false');
    const listId = await toggle().getAttribute('aria-controls');
    expect(listId).toBeTruthy();
    expect(await page.locator(`[id="${listId}"]`).evaluate((list) => list.tagName)).toBe('UL');
    expect(await menuLinks().count()).toBe(0);
    const header = await page.locator('header').boundingBox();
    expect(header?.height).toBeLessThan(260);
    expect(await scrollsSideways(page)).toBe(false);
    await saveScreenshot(page, 'roles-menu-closed-320');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('opens and closes with the keyboard, and closes when a link is followed', async () => {
    for (let presses = 0; presses < 10 && (await focused()) !== 'Meny'; presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe('Meny');
    await page.keyboard.press('Enter');
    expect(await toggle().getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => menuLinks().count()).toBe(7);
    expect(await scrollsSideways(page)).toBe(false);
    await saveScreenshot(page, 'roles-menu-open-320');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Escape folds it away again and leaves focus on the button.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Styringskort');
    await page.keyboard.press('Escape');
    expect(await toggle().getAttribute('aria-expanded')).toBe('false');
    expect(await focused()).toBe('Meny');

    await page.keyboard.press('Space');
    expect(await toggle().getAttribute('aria-expanded')).toBe('true');
    for (let presses = 0; presses < 8 && (await focused()) !== 'Indikatorer'; presses++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Indikatorregister' }).waitFor();
    expect(await toggle().getAttribute('aria-expanded')).toBe('false');
    expect(await menuLinks().count()).toBe(0);
  });

  test('is a row of links again on a wide screen, with no button', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await toggle().count()).toBe(0);
    expect(await menuLinks().count()).toBe(7);
    await page.setViewportSize({ width: 320, height: 900 });
  });
});
