/** The words of the Word export in bokmål and English. */
import type { PlanStatus } from '#domain/plans.js';
import type { CardIndicatorInfo } from '#domain/scorecardView.js';
import type { Direction } from '#domain/status.js';
import { actionStatusLabels } from '../actions/export.js';
import type { PlanVersion } from './schemas.js';

export type Locale = 'nb' | 'en';

const osloDate = {
  nb: new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Oslo' }),
};

/** A timestamp's day in Norway, written out: "3. desember 2026". */
const day = (locale: Locale, at: string) => osloDate[locale].format(new Date(at));

/** An ISO date as people write it: 30.06.2026, or 2026-06-30 in English. */
function isoDate(locale: Locale, date: string): string {
  const [year, month, dayOfMonth] = date.split('-');
  return locale === 'nb' ? `${dayOfMonth}.${month}.${year}` : date;
}

const unitSuffix: Record<CardIndicatorInfo['unitOfMeasure'], Record<Locale, string>> = {
  percent: { nb: ' %', en: ' %' },
  kroner: { nb: ' kr', en: ' NOK' },
  days: { nb: ' dager', en: ' days' },
  count: { nb: '', en: '' },
  score: { nb: '', en: '' },
  other: { nb: '', en: '' },
};

const nb = {
  language: 'nb-NO',
  fileStem: 'virksomhetsplan',
  subject: 'Virksomhetsplan',
  title: (year: number, unit: string) => `Virksomhetsplan ${year} for ${unit}`,
  description: (plan: PlanVersion) =>
    `Virksomhetsplanen for ${plan.orgUnit.name} for ${plan.year}, versjon ${plan.versionNumber} ` +
    `(${nbStatus[plan.status].toLowerCase()}): tekst, styringskort med mål og resultater, og tiltak.`,
  versionLine: (plan: PlanVersion, asOf: string) => {
    const version = `Versjon ${plan.versionNumber}`;
    if (plan.status === 'approved' && plan.approvedAt) {
      return `${version}, godkjent ${day('nb', plan.approvedAt)} av ${plan.approvedBy?.name ?? 'ukjent'}.`;
    }
    const state = plan.status === 'submitted' ? 'sendt til godkjenning' : 'utkast';
    return `${version}, ${state}. Styringskort og tiltak slik de var ${day('nb', asOf)}.`;
  },
  notWritten: 'Ikke skrevet ennå.',
  scorecard: 'Styringskort',
  scorecardIntro: (period: string) =>
    `Mål, siste resultat og status for hver indikator i ${period}. Status står i ord.`,
  scorecardColumns: ['Indikator', 'Mål', 'Resultat', 'Status'],
  scorecardTableDescription:
    'Én rad per indikator: navn, målet, siste resultat (med perioden når det er eldre enn året) ' +
    'og status i ord.',
  criterionCaption: (criterion: string, area: string) =>
    `Indikatorer for suksesskriteriet «${criterion}» i fokusområdet ${area}`,
  otherIndicators: 'Andre indikatorer',
  otherCaption: (area: string) => `Andre indikatorer i fokusområdet ${area}`,
  noIndicators: 'Ingen indikatorer.',
  atLeastOrMost: (direction: Direction, value: string) =>
    direction === 'lower_is_better' ? `høyst ${value}` : `minst ${value}`,
  withUnit: (value: string, unit: CardIndicatorInfo['unitOfMeasure']) =>
    `${value}${unitSuffix[unit].nb}`,
  actions: 'Tiltak',
  actionColumns: ['Tiltak', 'Ansvarlig', 'Frist', 'Status', 'Framdrift'],
  actionsCaption: (year: number) => `Tiltak for ${year}, med åpne tiltak fra tidligere år`,
  actionsTableDescription:
    'Én rad per tiltak: tittel, ansvarlig, frist, status og framdrift i prosent.',
  noActions: 'Ingen tiltak for året.',
  actionStatus: actionStatusLabels.nb,
  date: (date: string) => isoDate('nb', date),
  subunits: 'Underenheter',
  subunitPlan: (plan: { versionNumber: number; status: PlanStatus }) =>
    `Virksomhetsplan: versjon ${plan.versionNumber}, ${nbStatus[plan.status].toLowerCase()}.`,
  noSubunitPlan: 'Har ingen virksomhetsplan for året ennå.',
};

const nbStatus: Record<PlanStatus, string> = {
  draft: 'Utkast',
  submitted: 'Sendt til godkjenning',
  approved: 'Godkjent',
};

const enStatus: Record<PlanStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted for approval',
  approved: 'Approved',
};

const en: typeof nb = {
  language: 'en-GB',
  fileStem: 'business-plan',
  subject: 'Business plan',
  title: (year, unit) => `Business plan ${year} for ${unit}`,
  description: (plan) =>
    `The business plan of ${plan.orgUnit.name} for ${plan.year}, version ${plan.versionNumber} ` +
    `(${enStatus[plan.status].toLowerCase()}): text, scorecard with targets and results, and actions.`,
  versionLine: (plan, asOf) => {
    const version = `Version ${plan.versionNumber}`;
    if (plan.status === 'approved' && plan.approvedAt) {
      return `${version}, approved ${day('en', plan.approvedAt)} by ${plan.approvedBy?.name ?? 'unknown'}.`;
    }
    const state = plan.status === 'submitted' ? 'submitted for approval' : 'draft';
    return `${version}, ${state}. Scorecard and actions as they were on ${day('en', asOf)}.`;
  },
  notWritten: 'Not written yet.',
  scorecard: 'Scorecard',
  scorecardIntro: (period) =>
    `Target, latest result and status of each indicator in ${period}. Status is given in words.`,
  scorecardColumns: ['Indicator', 'Target', 'Result', 'Status'],
  scorecardTableDescription:
    'One row per indicator: its name, target, latest result (with its period when older than ' +
    'the year) and status in words.',
  criterionCaption: (criterion, area) =>
    `Indicators for the success criterion “${criterion}” in the focus area ${area}`,
  otherIndicators: 'Other indicators',
  otherCaption: (area) => `Other indicators in the focus area ${area}`,
  noIndicators: 'No indicators.',
  atLeastOrMost: (direction, value) =>
    direction === 'lower_is_better' ? `at most ${value}` : `at least ${value}`,
  withUnit: (value, unit) => `${value}${unitSuffix[unit].en}`,
  actions: 'Actions',
  actionColumns: ['Action', 'Responsible', 'Due', 'Status', 'Progress'],
  actionsCaption: (year) => `Actions for ${year}, with open actions from earlier years`,
  actionsTableDescription:
    'One row per action: title, responsible person, due date, status and progress in percent.',
  noActions: 'No actions for the year.',
  actionStatus: actionStatusLabels.en,
  date: (date) => isoDate('en', date),
  subunits: 'Subunits',
  subunitPlan: (plan) =>
    `Business plan: version ${plan.versionNumber}, ${enStatus[plan.status].toLowerCase()}.`,
  noSubunitPlan: 'Has no business plan for the year yet.',
};

export const planWords = (locale: Locale) => (locale === 'nb' ? nb : en);
