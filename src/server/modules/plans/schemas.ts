/** Request and response schemas of the plans routes; the service's types come from them. */
import { z } from 'zod';
import { planStatuses } from '#domain/plans.js';
import { statuses } from '#domain/status.js';
import { trimmed } from '../../http/schemas.js';
import { action } from '../actions/schemas.js';
import { scorecardSchema } from '../scorecard/schemas.js';
import { maxSectionLength } from './markdown.js';

const named = z.object({ id: z.string(), name: z.string() });
const unit = z.object({ id: z.string(), code: z.string(), name: z.string() });
const planStatus = z.enum(planStatuses);

export const planSection = z.object({
  id: z.string(),
  title: z.string(),
  sortOrder: z.number(),
  archivedAt: z.string().nullable(),
});
export type PlanSection = z.infer<typeof planSection>;

export const newPlanSection = z.strictObject({ title: trimmed(200) });

export const planSectionChanges = z.strictObject({
  title: trimmed(200).optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
  archived: z.boolean().optional(),
});
export type PlanSectionChanges = z.infer<typeof planSectionChanges>;

const year = z.number().int().min(2000).max(2100);

export const planListQuery = z.strictObject({
  orgUnitId: z.uuid(),
  year: z.coerce.number().pipe(year),
});

export const newPlan = z.strictObject({ orgUnitId: z.uuid(), year });
export type NewPlan = z.infer<typeof newPlan>;

export const planVersion = z.object({
  id: z.string(),
  orgUnit: unit,
  year: z.number(),
  /** 1 for the first version; a change to an approved plan starts the next. */
  versionNumber: z.number(),
  status: planStatus,
  /** Whether this is the unit's newest version for the year; only that one can change. */
  isLatest: z.boolean(),
  /** The version whose texts this one started from: last year's plan or the version before. */
  basedOn: z.object({ id: z.string(), year: z.number(), versionNumber: z.number() }).nullable(),
  createdBy: named.nullable(),
  createdAt: z.string(),
  submittedBy: named.nullable(),
  submittedAt: z.string().nullable(),
  approvedBy: named.nullable(),
  approvedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type PlanVersion = z.infer<typeof planVersion>;

export const planSectionText = z.object({
  sectionId: z.string(),
  title: z.string(),
  archived: z.boolean(),
  /** Markdown (CommonMark) without HTML; links go to http(s) or mailto only. */
  text: z.string(),
  /** 0 before the first write; send the version you saw when you write. */
  version: z.number(),
  updatedBy: named.nullable(),
  updatedAt: z.string().nullable(),
});
export type PlanSectionText = z.infer<typeof planSectionText>;

export const sectionTextInput = z.strictObject({
  text: z.string().max(maxSectionLength),
  version: z.number().int().min(0),
});
export type SectionTextInput = z.infer<typeof sectionTextInput>;

const statusCounts = z.object(
  Object.fromEntries(statuses.map((name) => [name, z.number()])) as Record<
    (typeof statuses)[number],
    z.ZodNumber
  >,
);

export const subunitSummary = z.object({
  unit,
  /** The subunit's newest version for the year, or null when it has none. */
  plan: z.object({ id: z.string(), versionNumber: z.number(), status: planStatus }).nullable(),
  /** Its "Sammendrag" section whole, else its first written section shortened; plain text. */
  summary: z
    .object({ sectionTitle: z.string(), text: z.string(), shortened: z.boolean() })
    .nullable(),
  /** How many of its scorecard's indicators have each status for the year. */
  counts: statusCounts,
});
export type SubunitSummary = z.infer<typeof subunitSummary>;

export const planDetail = z.object({
  plan: planVersion,
  /**
   * True while the scorecard, actions and subunits are read as they are now (draft, submitted);
   * false for an approved version, which shows them as they stood when it was approved.
   */
  live: z.boolean(),
  /** When the content was read: now, or the moment of approval. */
  asOf: z.string(),
  sections: z.array(planSectionText),
  scorecard: scorecardSchema,
  /** The unit's own actions touching the year, and those left open from earlier years. */
  actions: z.array(action),
  subunits: z.array(subunitSummary),
});
export type PlanDetail = z.infer<typeof planDetail>;

/** What an approved version keeps, as it stood. `format` lets a later shape read old ones. */
export interface PlanSnapshot {
  format: 1;
  takenAt: string;
  sections: { id: string; title: string; archived: boolean }[];
  scorecard: PlanDetail['scorecard'];
  actions: PlanDetail['actions'];
  subunits: SubunitSummary[];
}

export const exportQuery = z.strictObject({ locale: z.enum(['nb', 'en']).default('nb') });
