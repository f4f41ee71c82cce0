/** Request and response schemas of the actions routes; the service's types come from them. */
import { z } from 'zod';
import { actionLinkKinds, actionStatuses, datesInOrder } from '#domain/actions.js';
import { isoDate, queryFlag, trimmed } from '../../http/schemas.js';

export const actionStatus = z.enum(actionStatuses);

const named = z.object({ id: z.string(), name: z.string() });

export const actionLinkInput = z.strictObject({ kind: z.enum(actionLinkKinds), id: z.uuid() });

const progress = z.number().int().min(0).max(100);
const cost = z.number().finite().min(0).max(1e12);
const actionFields = {
  title: trimmed(300),
  description: z.string().trim().max(8000),
  responsibleUserId: z.uuid().nullable(),
  startDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  status: actionStatus,
  progress,
  cost: cost.nullable(),
  /** null, or left out, for an action that stands alone. */
  link: actionLinkInput.nullable(),
};

const actionBody = z.strictObject({ orgUnitId: z.uuid(), ...actionFields });

export const newAction = actionBody
  .extend({
    description: actionFields.description.optional(),
    responsibleUserId: actionFields.responsibleUserId.optional(),
    startDate: actionFields.startDate.optional(),
    dueDate: actionFields.dueDate.optional(),
    status: actionFields.status.default('not_started'),
    progress: progress.default(0),
    cost: actionFields.cost.optional(),
    link: actionFields.link.optional(),
  })
  .refine((input) => datesInOrder(input.startDate ?? null, input.dueDate ?? null), {
    path: ['dueDate'],
    message: 'The due date comes before the start date',
  });
export type NewAction = z.infer<typeof newAction>;

/** Every field may change; `version` is the one the writer saw. Dates are checked merged. */
export const actionChanges = actionBody.partial().extend({ version: z.number().int().min(1) });
export type ActionChanges = z.infer<typeof actionChanges>;

export const newActionUpdate = z.strictObject({
  text: trimmed(8000),
  status: actionStatus.optional(),
  progress: progress.optional(),
  /** The action's version the writer saw; checked when the update changes status or progress. */
  version: z.number().int().min(1).optional(),
});
export type NewActionUpdate = z.infer<typeof newActionUpdate>;

export const actionListQuery = z.strictObject({
  orgUnitId: z.uuid().optional(),
  includeSubunits: queryFlag,
  /** As shown: `delayed` finds actions past their due date as well as those set so. */
  status: actionStatus.optional(),
  linkKind: z.enum(['none', ...actionLinkKinds]).optional(),
  linkId: z.uuid().optional(),
  responsibleUserId: z.uuid().optional(),
  overdue: queryFlag,
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});
export type ActionListQuery = z.infer<typeof actionListQuery>;

export const actionLink = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('focus_area'), id: z.string(), name: z.string() }),
  z.object({ kind: z.literal('criterion'), id: z.string(), name: z.string() }),
  z.object({ kind: z.literal('indicator'), id: z.string(), name: z.string() }),
  z.object({
    kind: z.literal('measurement'),
    id: z.string(),
    /** The measured indicator's name. */
    name: z.string(),
    indicatorId: z.string(),
    periodKey: z.string(),
    orgUnitId: z.string(),
  }),
]);
export type ActionLink = z.infer<typeof actionLink>;

export const action = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  orgUnit: named,
  responsible: named.nullable(),
  startDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  /** As shown today: delayed when past the due date and neither done nor cancelled. */
  status: actionStatus,
  /** As last set by a person. */
  storedStatus: actionStatus,
  overdue: z.boolean(),
  progress: z.number(),
  cost: z.number().nullable(),
  link: actionLink.nullable(),
  /** An action with updates cannot be deleted, only cancelled. */
  updateCount: z.number(),
  version: z.number(),
  createdBy: named.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Action = z.infer<typeof action>;

export const actionUpdate = z.object({
  id: z.string(),
  text: z.string(),
  /** The status and progress the update set, if it set them. */
  status: actionStatus.nullable(),
  progress: z.number().nullable(),
  writtenBy: named.nullable(),
  writtenAt: z.string(),
});
export type ActionUpdate = z.infer<typeof actionUpdate>;
