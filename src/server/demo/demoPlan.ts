/**
 * Invented actions and a business plan for the demo, so that the actions pages and the plan show
 * what they are for. They sit on Servicekontor (Løten's Renholdsseksjonen figures) for 2015; Plan
 * og utvikling is left without, for a visitor (and the browser tests) to start from nothing.
 * The words are the demo's own, in nynorsk as Sande writes.
 */
import type { RequestContext } from '../context.js';
import type { NewAction, NewActionUpdate } from '../modules/actions/schemas.js';
import { addActionUpdate, createAction } from '../modules/actions/commands.js';
import { createPlan, submitPlan, writeSectionText } from '../modules/plans/commands.js';
import { tenantSections } from '../modules/plans/sections.js';
import type { DemoRegister } from './demoScorecard.js';
import type { CriterionKey } from './demoTexts.js';

export const demoPlanYear = 2015;

type DemoLink = { indicator: string } | { criterion: CriterionKey } | null;

interface DemoAction {
  action: Omit<NewAction, 'orgUnitId' | 'link' | 'responsibleUserId'>;
  link: DemoLink;
  updates: NewActionUpdate[];
}

const demoActions: DemoAction[] = [
  {
    action: {
      title: 'Tett oppfølging av langtidssjukmelde',
      description:
        'Alle som er sjukmelde meir enn fire veker får ein oppfølgingsplan og samtale med ' +
        'leiar kvar fjortande dag, saman med bedriftshelsetenesta.',
      startDate: '2015-01-05',
      dueDate: '2015-06-30',
      status: 'in_progress',
      progress: 30,
    },
    link: { indicator: 'FI-04' },
    updates: [
      { text: 'Oppfølgingsplan er laga for alle fire som er langtidssjukmelde.', progress: 60 },
      { text: 'Rutina er innarbeidd og følgd opp i personalmøtet.', status: 'done', progress: 100 },
    ],
  },
  {
    action: {
      title: 'Kurs i ergonomi og trygg bruk av reinhaldsmaskiner',
      description: 'To kursdagar for alle reinhaldarane, dag- og kveldsgruppa kvar for seg.',
      startDate: '2015-03-01',
      dueDate: '2015-11-30',
      status: 'in_progress',
      progress: 50,
      cost: 18000,
    },
    link: { criterion: 'safety' },
    updates: [{ text: 'Dag-gruppa har hatt kurset. Kveldsgruppa manglar framleis.' }],
  },
  {
    action: {
      title: 'Eigen opplæringsplan for seksjonen',
      description: 'Ein plan som viser kva kurs kvar medarbeidar skal ha i løpet av året.',
      startDate: '2015-02-01',
      dueDate: '2015-09-30',
      status: 'not_started',
      progress: 0,
    },
    link: { indicator: 'RS-01' },
    updates: [
      {
        text: 'Avslutta: slått saman med den nye kompetanseplanen for heile kommunen.',
        status: 'cancelled',
      },
    ],
  },
  {
    action: {
      title: 'Nytt reinhaldsprogram for rådhuset',
      description: 'Færre faste rundar i lite brukte rom, meir tid til kontorlandskapet.',
      startDate: '2015-08-15',
      dueDate: '2015-10-15',
      status: 'done',
      progress: 100,
    },
    link: null,
    updates: [],
  },
];

/** The plan's texts, by the default section titles every new municipality has. */
const demoPlanTexts: Record<string, string> = {
  'Om enheten': [
    'Eininga har tre oppgåver:',
    '',
    '- servicekontoret, der innbyggjarane får svar og hjelp',
    '- økonomikontoret, med rekneskap, lønn og fakturering',
    '- IKT og reinhaldet av dei kommunale bygga',
  ].join('\n'),
  Hovedutfordringer: [
    '## Sjukefråvær',
    '',
    'Det legemelde fråværet i reinhaldet var **8,69 %** i 2013. Det er kome godt ned, men',
    'arbeidet er fysisk tungt, og vi må halde fram med førebygging.',
  ].join('\n'),
  Prioriteringer: [
    '1. Følgje opp langtidssjukmelde tett.',
    '2. Kurs i ergonomi for alle reinhaldarane.',
    '3. Halde budsjettet, med eit nytt reinhaldsprogram for rådhuset.',
  ].join('\n'),
};

/**
 * The actions, then the 2015 plan, written and submitted by `writer`: it waits for a leader to
 * approve it, which is the step a visitor logged in as the planner can take.
 */
export async function addDemoPlan(
  writer: RequestContext,
  orgUnitId: string,
  register: DemoRegister,
): Promise<void> {
  for (const { action, link, updates } of demoActions) {
    const created = await createAction(writer, {
      ...action,
      orgUnitId,
      responsibleUserId: writer.actor.userId,
      link: linkOf(link, register),
    });
    for (const update of updates) await addActionUpdate(writer, created.id, update);
  }

  const plan = await createPlan(writer, { orgUnitId, year: demoPlanYear });
  for (const section of await tenantSections(writer)) {
    const text = demoPlanTexts[section.title];
    if (text) await writeSectionText(writer, plan.id, section.id, { text, version: 0 });
  }
  await submitPlan(writer, plan.id);
  writer.log.info({ unit: orgUnitId, actions: demoActions.length }, 'demo plan submitted');
}

function linkOf(link: DemoLink, register: DemoRegister): NewAction['link'] {
  if (!link) return null;
  if ('indicator' in link) return { kind: 'indicator', id: register.indicatorIdOf(link.indicator) };
  return { kind: 'criterion', id: register.criterionIdOf(link.criterion) };
}
