/**
 * The business plan in the browser, on the demo: the reporter on Plan og utvikling starts the 2015
 * plan, writes a section with a heading, a list and a link, is refused a javascript: link and
 * submits; the municipality's planner approves it, after which nothing can be written to it, not
 * even straight through the API; a new version is started and changed while the approved one keeps
 * its text; the plan downloads as a Word file, passes axe, holds at 320 px and prints on A4 with
 * its action titles wrapped between words. The planner then adds a section to every plan on the
 * settings page, moves it first and renames it.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type RunningServer,
  accessibilityViolations,
  adminPassword,
  launchBrowser,
  logIn,
  printedPageSize,
  saveScreenshot,
  scrollsSideways,
  startServer,
} from './harness.js';

const reporterEmail = 'ola.demo@example.no';
const plannerEmail = 'kari.demo@example.no';
const section = 'Om enheten';
const written = [
  'Plan og utvikling har ansvar for arealplaner og byggesaker.',
  '',
  '# Mål for 2015',
  '',
  '- Saksbehandling innen fristen',
  '- Digitale planer',
  '',
  'Les [kommuneplanen](https://www.sande-vf.kommune.no/) for mer.',
].join('\n');

const actionTitle = 'Digitalisering av reguleringsplanarkivet og byggesaksarkivet';

let server: RunningServer;
let browser: Browser;
let reporterContext: BrowserContext;
let plannerContext: BrowserContext;
let reporter: Page;
let planner: Page;
let planPath: string;
let topPath: string;

async function openContext(email: string): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await logIn(page, server.baseUrl, email, adminPassword);
  return [context, page];
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  [reporterContext, reporter] = await openContext(reporterEmail);
  [plannerContext, planner] = await openContext(plannerEmail);

  const response = await planner.request.get(`${server.baseUrl}/api/org-units`);
  const { units } = (await response.json()) as {
    units: { id: string; name: string; parentId: string | null }[];
  };
  const unit = units.find((each) => each.name === 'Plan og utvikling');
  const top = units.find((each) => each.parentId === null);
  if (!unit || !top) throw new Error('The demo has no Plan og utvikling or no top unit');
  planPath = `/plans?unit=${unit.id}&year=2015`;
  topPath = `/plans?unit=${top.id}&year=2015`;

  const created = await reporter.request.post(`${server.baseUrl}/api/actions`, {
    data: {
      orgUnitId: unit.id,
      title: actionTitle,
      startDate: '2015-02-01',
      dueDate: '2015-11-30',
      status: 'in_progress',
      progress: 40,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
}, 120_000);

afterAll(async () => {
  await reporterContext?.close();
  await plannerContext?.close();
  await browser?.close();
  await server?.stop();
});

const mainHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: 'Virksomhetsplan 2015 for Plan og utvikling' });
const sectionRegion = (page: Page) => page.getByRole('region', { name: section, exact: true });
const unitIdOf = (path: string) => new URLSearchParams(path.split('?')[1]).get('unit');
const editButtons = (page: Page) => page.getByRole('button', { name: /^Rediger/ });

/** The words of the action's title in the plan's action table that a line break cuts in two. */
function brokenTitleWords(page: Page): Promise<string[]> {
  const cell = page.getByRole('rowheader', { name: actionTitle });
  return cell.evaluate((header) => {
    const text = header.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) return ['(no text)'];
    const broken: string[] = [];
    let at = 0;
    for (const word of (text.textContent ?? '').split(' ')) {
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + word.length);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(word);
      at += word.length + 1;
    }
    return broken;
  });
}

async function writeSection(page: Page, text: string) {
  await page.getByRole('button', { name: `Rediger «${section}»` }).click();
  await page.getByLabel(`Tekst for «${section}»`).fill(text);
  await page.getByRole('button', { name: 'Lagre teksten' }).click();
}

describe('the business plan', () => {
  test('the reporter starts the 2015 plan and writes a section in Markdown', async () => {
    await reporter.goto(`${server.baseUrl}${planPath}`);
    await expect.poll(() => mainHeading(reporter).count()).toBe(1);
    await reporter.getByRole('button', { name: 'Lag virksomhetsplan for 2015' }).click();
    await reporter.getByText('Versjon 1', { exact: true }).waitFor();
    expect(await reporter.getByText('Utkast', { exact: true }).count()).toBe(1);
    await reporter.getByText('Styringskortet og tiltakene vises slik de er nå.').waitFor();

    await reporter.getByRole('button', { name: `Rediger «${section}»` }).click();
    const textarea = reporter.getByLabel(`Tekst for «${section}»`);
    await textarea.fill(written);
    // The toolbar by keyboard: at the end of the text, bold inserts a placeholder to type over.
    await textarea.press('End');
    await textarea.press('Control+End');
    await textarea.type(' Dette er ');
    // One tab stop back is the toolbar's first button; the arrow keys move within it.
    await reporter.keyboard.press('Shift+Tab');
    expect(await reporter.evaluate(() => document.activeElement?.textContent)).toBe('Overskrift');
    await reporter.keyboard.press('ArrowRight');
    await reporter.keyboard.press('Enter');
    // The placeholder is in and selected in the text field before typing over it.
    await expect.poll(() => textarea.inputValue()).toContain('Dette er **');
    await expect
      .poll(() => reporter.evaluate(() => document.activeElement?.tagName))
      .toBe('TEXTAREA');
    await reporter.keyboard.type('viktig');
    await expect.poll(() => textarea.inputValue()).toContain('Dette er **viktig**');
    await reporter
      .getByRole('region', { name: 'Forhåndsvisning' })
      .getByRole('link', { name: 'kommuneplanen' })
      .waitFor();
    await saveScreenshot(reporter, 'plans-editor');
    await reporter.setViewportSize({ width: 320, height: 800 });
    await saveScreenshot(reporter, 'plans-editor-320');
    expect(await scrollsSideways(reporter)).toBe(false);
    await reporter.setViewportSize({ width: 1280, height: 900 });
    await reporter.getByRole('button', { name: 'Lagre teksten' }).click();

    await reporter.getByRole('button', { name: `Rediger «${section}»` }).waitFor();
    const saved = sectionRegion(reporter);
    await saved.getByRole('heading', { level: 3, name: 'Mål for 2015' }).waitFor();
    expect(await saved.getByRole('listitem').allTextContents()).toEqual([
      'Saksbehandling innen fristen',
      'Digitale planer',
    ]);
    expect(await saved.getByRole('link', { name: 'kommuneplanen' }).getAttribute('href')).toBe(
      'https://www.sande-vf.kommune.no/',
    );
    expect(await saved.locator('strong').textContent()).toBe('viktig');
  });

  test('a javascript: link is refused and the text kept as it was', async () => {
    await writeSection(reporter, 'Se [her](javascript:alert(1)).');
    const alert = reporter.getByRole('alert').filter({ hasText: 'Lenker må gå til en adresse' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('linje 1');
    await saveScreenshot(reporter, 'plans-unsafe-link');
    await reporter.getByRole('button', { name: 'Avbryt' }).click();
    await sectionRegion(reporter).getByRole('link', { name: 'kommuneplanen' }).waitFor();
  });

  test('the reporter submits the draft and can no longer write it', async () => {
    await reporter.getByRole('button', { name: 'Send til godkjenning' }).click();
    await reporter.getByText('Sendt til godkjenning', { exact: true }).waitFor();
    expect(await editButtons(reporter).count()).toBe(0);

    // Taken back to draft it can be written again, and then submitted anew.
    await reporter.getByRole('button', { name: 'Ta tilbake til utkast' }).click();
    await reporter.getByRole('button', { name: `Rediger «${section}»` }).waitFor();
    await reporter.getByRole('button', { name: 'Send til godkjenning' }).click();
    await reporter.getByText('Sendt til godkjenning', { exact: true }).waitFor();
    expect(await editButtons(reporter).count()).toBe(0);
    expect(await reporter.getByRole('button', { name: 'Godkjenn' }).count()).toBe(0);
  });

  test('the planner approves it, and then it is locked, in the browser and the API', async () => {
    await planner.goto(`${server.baseUrl}${planPath}`);
    await planner.getByRole('button', { name: 'Godkjenn' }).click();
    // Approving asks once more, saying what it locks.
    const dialog = planner.getByRole('dialog', { name: /^Godkjenne virksomhetsplanen/ });
    await dialog.getByText('Planen låses når den er godkjent', { exact: false }).waitFor();
    await saveScreenshot(planner, 'plans-approve-dialog');
    expect(await accessibilityViolations(planner)).toEqual([]);
    await dialog.getByRole('button', { name: 'Godkjenn planen' }).click();
    await planner.getByRole('status').getByText('Planen er godkjent og låst.').waitFor();
    await planner
      .getByText(/^Godkjent av Kari Demo \d/)
      .first()
      .waitFor();
    await planner.getByText(/^Styringskortet og tiltakene vises slik de sto da planen/).waitFor();
    expect(await editButtons(planner).count()).toBe(0);
    expect(await planner.getByRole('button', { name: 'Start ny versjon' }).count()).toBe(1);

    const query = new URLSearchParams(planPath.split('?')[1]);
    const listed = await planner.request.get(
      `${server.baseUrl}/api/plans?orgUnitId=${query.get('unit')}&year=2015`,
    );
    const { plans: versions } = (await listed.json()) as { plans: { id: string }[] };
    const detail = (await (
      await planner.request.get(`${server.baseUrl}/api/plans/${versions[0]?.id}`)
    ).json()) as { sections: { sectionId: string; version: number }[] };
    const first = detail.sections[0];
    const put = await reporter.request.put(
      `${server.baseUrl}/api/plans/${versions[0]?.id}/sections/${first?.sectionId}`,
      { data: { text: 'Endret i smug', version: first?.version } },
    );
    expect(put.status()).toBe(409);
    expect(((await put.json()) as { error: { code: string } }).error.code).toBe('plan_locked');
  });

  test('the reporter is told the plan is locked and who can start a new version', async () => {
    const locked =
      'Planen er godkjent og låst. ' +
      'En planlegger for enheten kan starte en ny versjon hvis noe skal endres.';
    await reporter.goto(`${server.baseUrl}${planPath}`);
    await reporter.getByText(locked).waitFor();
    expect(await reporter.getByRole('button', { name: 'Start ny versjon' }).count()).toBe(0);
    expect(await editButtons(reporter).count()).toBe(0);
    // The planner has the button instead.
    expect(await planner.getByText(locked).count()).toBe(0);
  });

  test('the approved plan has no accessibility violations and holds at 320 px', async () => {
    await saveScreenshot(planner, 'plans-approved');
    expect(await accessibilityViolations(planner)).toEqual([]);
    // The tables' captions name the columns they show, and no trend the plan leaves out.
    const areaTables = planner.getByRole('table', {
      name: /: mål, resultat og status per indikator$/,
    });
    expect(await areaTables.count()).toBeGreaterThan(0);
    const actionTable = planner.getByRole('table', {
      name: 'Tiltakene med ansvarlig, frist, status og framdrift',
    });
    expect(await actionTable.count()).toBe(1);

    await planner.setViewportSize({ width: 320, height: 800 });
    await saveScreenshot(planner, 'plans-approved-320');
    expect(await scrollsSideways(planner)).toBe(false);
    // The action table scrolls sideways in its box; its titles wrap between words.
    expect(await brokenTitleWords(planner)).toEqual([]);
    await planner.setViewportSize({ width: 1280, height: 900 });
  });

  test('the plan prints on A4 without its controls, link addresses written out', async () => {
    await planner.emulateMedia({ media: 'print' });
    await planner.setViewportSize({ width: 794, height: 1123 });
    await saveScreenshot(planner, 'plans-print');
    // Portrait A4 (595 × 842 points), although the styringskort prints in landscape.
    const size = await printedPageSize(planner);
    expect(size.width).toBeCloseTo(595, -1);
    expect(size.height).toBeCloseTo(842, -1);
    expect(await brokenTitleWords(planner)).toEqual([]);
    expect(await planner.getByRole('button', { name: 'Start ny versjon' }).isVisible()).toBe(false);
    const linkAfter = await planner
      .getByRole('link', { name: 'kommuneplanen' })
      .evaluate((link) => getComputedStyle(link, '::after').content);
    // Chromium reports the rule (`attr(href)`) or its value, depending on the version.
    expect(linkAfter).toMatch(/attr\(href\)|sande-vf/);
    await planner.emulateMedia({ media: 'screen' });
    await planner.setViewportSize({ width: 1280, height: 900 });
  });

  test('the plan downloads as a Word document holding its text', async () => {
    const [download] = await Promise.all([
      planner.waitForEvent('download'),
      planner.getByRole('link', { name: 'Last ned som Word' }).click(),
    ]);
    const file = await readFile((await download.path()) ?? '');
    expect(file.subarray(0, 2).toString()).toBe('PK');
    const zip = await JSZip.loadAsync(file);
    const document = await zip.file('word/document.xml')?.async('string');
    expect(document).toContain('Saksbehandling innen fristen');
  });

  test('a new version is a draft to change, while the approved one keeps its text', async () => {
    await planner.getByRole('button', { name: 'Start ny versjon' }).click();
    await planner.getByText('Versjon 2', { exact: true }).waitFor();
    expect(await planner.getByText('Utkast', { exact: true }).count()).toBe(1);

    // Someone saves the section while the planner writes: the planner sees their text and
    // takes it, then writes on top of it.
    await planner.getByRole('button', { name: `Rediger «${section}»` }).click();
    await planner.getByLabel(`Tekst for «${section}»`).fill('Min egen tekst.');
    const { plans } = (await (
      await planner.request.get(
        `${server.baseUrl}/api/plans?orgUnitId=${unitIdOf(planPath)}&year=2015`,
      )
    ).json()) as { plans: { id: string }[] };
    const draft = (await (
      await planner.request.get(`${server.baseUrl}/api/plans/${plans[0]?.id}`)
    ).json()) as { sections: { sectionId: string; title: string; version: number }[] };
    const target = draft.sections.find((each) => each.title === section);
    const put = await reporter.request.put(
      `${server.baseUrl}/api/plans/${plans[0]?.id}/sections/${target?.sectionId}`,
      { data: { text: 'Ola skrev dette i mellomtiden.', version: target?.version } },
    );
    expect(put.status()).toBe(200);
    await planner.getByRole('button', { name: 'Lagre teksten' }).click();
    const conflict = planner.getByRole('alert').filter({ hasText: 'Ola Demo lagret en ny tekst' });
    await conflict.getByText('Ola skrev dette i mellomtiden.').waitFor();
    await saveScreenshot(planner, 'plans-stale');
    await planner.getByRole('button', { name: 'Last inn den nye teksten' }).click();
    expect(await planner.getByLabel(`Tekst for «${section}»`).inputValue()).toBe(
      'Ola skrev dette i mellomtiden.',
    );
    await planner.getByRole('button', { name: 'Avbryt' }).click();

    await writeSection(planner, 'Versjon 2 har en ny tekst.');
    await planner.getByRole('button', { name: `Rediger «${section}»` }).waitFor();
    await sectionRegion(planner).getByText('Versjon 2 har en ny tekst.').waitFor();

    await planner.getByRole('link', { name: /^Versjon 1: Godkjent av Kari Demo/ }).click();
    await planner.getByText('Dette er en tidligere versjon av planen.', { exact: false }).waitFor();
    await sectionRegion(planner).getByText('Saksbehandling innen fristen').waitFor();
    expect(await editButtons(planner).count()).toBe(0);
    expect(new URL(planner.url()).searchParams.get('version')).not.toBeNull();
    await saveScreenshot(planner, 'plans-earlier-version');
  });

  test('a reader opens the approved version while the next one is a draft', async () => {
    const [context, reader] = await openContext('siri.demo@example.no');
    await reader.goto(`${server.baseUrl}${planPath}`);
    await sectionRegion(reader).getByText('Saksbehandling innen fristen').waitFor();
    expect(await reader.getByText('Versjon 2 har en ny tekst.').count()).toBe(0);
    expect(await editButtons(reader).count()).toBe(0);
    // The draft is still there to choose.
    await reader.getByRole('link', { name: /^Versjon 2: Utkast/ }).click();
    await sectionRegion(reader).getByText('Versjon 2 har en ny tekst.').waitFor();
    await context.close();
  });

  test('the municipality’s plan sums up each subunit’s approved plan and links to it', async () => {
    await planner.goto(`${server.baseUrl}${topPath}`);
    await planner.getByRole('button', { name: 'Lag virksomhetsplan for 2015' }).click();
    const subunits = planner.getByRole('region', { name: 'Underenhetenes planer' });
    const item = subunits
      .getByRole('listitem')
      .filter({ has: planner.getByRole('heading', { level: 3, name: 'Plan og utvikling' }) });
    // The summary is of the version the leader approved, not of the draft after it.
    await item.getByText('Versjon 1: Godkjent').waitFor();
    const summary = await item.locator('.plan-subunit__summary').textContent();
    expect(summary).toContain('Om enheten: Plan og utvikling har ansvar for arealplaner');
    // The section's heading does not run into the text below it.
    expect(summary).toContain('Mål for 2015. Saksbehandling innen fristen');
    await saveScreenshot(planner, 'plans-municipality');
    expect(await accessibilityViolations(planner)).toEqual([]);

    // The subunit's name opens the version summarised, and focus goes to that plan's heading.
    await item.getByRole('link', { name: 'Plan og utvikling' }).click();
    await planner.waitForURL((address) => address.searchParams.get('unit') === unitIdOf(planPath));
    expect(new URL(planner.url()).searchParams.get('year')).toBe('2015');
    await expect
      .poll(() => planner.evaluate(() => document.activeElement?.textContent))
      .toBe('Virksomhetsplan 2015 for Plan og utvikling');
    const approvedText = /Plan og utvikling har ansvar for arealplaner/;
    await sectionRegion(planner).getByText(approvedText).waitFor();
    expect(await sectionRegion(planner).getByText('Versjon 2 har en ny tekst.').count()).toBe(0);
  });
  test('the planner adds a section, moves it first and renames it, and plans show it', async () => {
    await planner.goto(`${server.baseUrl}/settings`);
    const sections = planner.getByRole('region', { name: 'Seksjoner i virksomhetsplanen' });
    const titles = () => sections.locator('ol .plan-sections__title').allTextContents();
    await expect.poll(titles).toEqual(['Om enheten', 'Hovedutfordringer', 'Prioriteringer']);

    // A title already in use is refused on the field itself.
    await sections.getByLabel('Tittel').fill('Om enheten');
    await sections.getByRole('button', { name: 'Legg til', exact: true }).click();
    await sections.getByText('Det finnes allerede en del av planen med denne tittelen.').waitFor();

    await sections.getByLabel('Tittel').fill('Sammendrag');
    await sections.getByRole('button', { name: 'Legg til', exact: true }).click();
    await expect.poll(titles).toContain('Sammendrag');
    for (let step = 3; step > 0; step -= 1) {
      await sections.getByRole('button', { name: 'Flytt «Sammendrag» opp' }).click();
      await expect.poll(async () => (await titles()).indexOf('Sammendrag')).toBe(step - 1);
    }
    expect(
      await sections.getByRole('button', { name: 'Flytt «Sammendrag» opp' }).isDisabled(),
    ).toBe(true);

    await sections.getByRole('button', { name: 'Gi «Sammendrag» nytt navn' }).click();
    const dialog = planner.getByRole('dialog');
    await dialog.getByLabel('Tittel').fill('Sammendrag av året');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await expect
      .poll(titles)
      .toEqual(['Sammendrag av året', 'Om enheten', 'Hovedutfordringer', 'Prioriteringer']);
    await saveScreenshot(planner, 'settings-plan-sections');
    expect(await accessibilityViolations(planner)).toEqual([]);

    // The top unit's 2015 plan is a draft, so it takes the sections as they are now.
    await planner.goto(`${server.baseUrl}${topPath}`);
    const first = planner.getByRole('region', { name: 'Sammendrag av året', exact: true });
    await first.waitFor();
    await planner.getByRole('button', { name: 'Rediger «Sammendrag av året»' }).waitFor();
  });

  test('the plans page offers the years the actions page does', async () => {
    const years = async (path: string) => {
      await reporter.goto(`${server.baseUrl}${path}`);
      const field = reporter.getByLabel('År', { exact: true });
      await field.waitFor();
      return field.locator('option:not([value=""])').allTextContents();
    };
    const planYears = await years('/plans');
    expect(await years('/actions')).toEqual(planYears);
    const now = new Date().getFullYear();
    expect([planYears[0], planYears.at(-1)]).toEqual([String(now - 12), String(now + 3)]);
  });

  test('a reporter sees the plan sections but cannot change them', async () => {
    await reporter.goto(`${server.baseUrl}/settings`);
    const sections = reporter.getByRole('region', { name: 'Seksjoner i virksomhetsplanen' });
    await sections.getByText('Sammendrag av året').waitFor();
    await sections.getByText('Bare planleggere for hele kommunen').waitFor();
    expect(await sections.getByRole('button').count()).toBe(0);
  });
});
