/**
 * Rules of the business plan (virksomhetsplan): how a version moves from draft to approved, what
 * may be written when, which actions belong to a plan's year, and how a subunit's plan is
 * summarised on its parent's.
 */
import { isOverdue } from './actions.js';
import type { ActionStatus } from './scorecardView.js';

export const planStatuses = ['draft', 'submitted', 'approved'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** What a person can do to a version of a plan. */
export type PlanStep = 'submit' | 'approve' | 'reopen' | 'new_version';

/**
 * The status each step needs and the one it leads to. Reopening takes a submitted plan back to
 * draft; an approved version is never changed, so a new version starts as a draft beside it.
 */
const steps: Record<PlanStep, { from: PlanStatus; to: PlanStatus }> = {
  submit: { from: 'draft', to: 'submitted' },
  approve: { from: 'submitted', to: 'approved' },
  reopen: { from: 'submitted', to: 'draft' },
  new_version: { from: 'approved', to: 'draft' },
};

/** The status the step leads to, or null when the version's status does not allow it. */
export function statusAfter(status: PlanStatus, step: PlanStep): PlanStatus | null {
  const rule = steps[step];
  return rule.from === status ? rule.to : null;
}

/** The status a step needs, for telling the person why it was refused. */
export const statusNeeded = (step: PlanStep): PlanStatus => steps[step].from;

/** Only a draft's texts can change: a submitted plan waits for its leader, an approved is kept. */
export const isEditable = (status: PlanStatus) => status === 'draft';

/** While a plan is not approved its scorecard and actions are read as they are now. */
export const readsLive = (status: PlanStatus) => status !== 'approved';

/**
 * Whether an action that does not touch the plan's year still belongs in it: one left open from
 * an earlier year (overdue on the year's first day). This is how a new year's plan "starts from
 * last year's open actions" without copying them.
 */
export function isCarriedOver(
  action: { storedStatus: ActionStatus; dueDate: string | null },
  year: number,
): boolean {
  return isOverdue(action.storedStatus, action.dueDate, `${year}-01-01`);
}

/**
 * The version of a unit's plan for a year that others build on (next year's texts, the parent's
 * summary): the newest approved one, since that is what the leader signed, else the newest.
 * `versions` are newest first.
 */
export function versionToFollow<T extends { status: string }>(
  versions: readonly T[],
): T | undefined {
  return versions.find((version) => version.status === 'approved') ?? versions[0];
}

/** The section whose whole text summarises a plan on its parent's plan, if a tenant has one. */
export const summarySectionTitle = 'Sammendrag';

/**
 * Shortens plain text to at most `max` characters, cutting at a word and ending with an
 * ellipsis, so a summary never stops in the middle of a word.
 */
export function shortenText(text: string, max: number): { text: string; shortened: boolean } {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return { text: clean, shortened: false };
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return { text: `${words.replace(/[\s,.;:–-]+$/, '')}…`, shortened: true };
}
