/** Response and request schemas the register's routes share. */
import { z } from 'zod';
import { directions } from '#domain/status.js';
import { definitionSchema } from './definition.js';

export const focusArea = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  sortOrder: z.number(),
  archivedAt: z.string().nullable(),
});

export const successCriterion = z.object({
  id: z.string(),
  focusAreaId: z.string(),
  orgUnitId: z.string(),
  name: z.string(),
  description: z.string(),
  sortOrder: z.number(),
  archivedAt: z.string().nullable(),
});

export const indicator = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  focusAreaId: z.string(),
  criterionIds: z.array(z.string()),
  ownerUnitId: z.string(),
  ownerUserId: z.string().nullable(),
  unitIds: z.array(z.string()),
  definition: z.unknown(),
  archivedAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const targetValues = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('value'),
    target: z.number().finite(),
    threshold: z.number().finite(),
  }),
  z.strictObject({
    kind: z.literal('range'),
    low: z.number().finite(),
    high: z.number().finite(),
    tolerance: z.number().finite().default(0),
  }),
]);

export const targetView = z.object({
  indicatorId: z.string(),
  orgUnitId: z.string(),
  values: targetValues,
  validFromPeriod: z.string(),
  inheritedFrom: z.string().nullable(),
});

export const periodKey = z.string().trim().min(4).max(10);

export const indicatorInput = z.strictObject({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(300),
  focusAreaId: z.uuid(),
  criterionIds: z.array(z.uuid()).min(1).max(50),
  ownerUnitId: z.uuid().optional(),
  ownerUserId: z.uuid().nullable().optional(),
  unitIds: z.array(z.uuid()).max(2000).optional(),
  definition: definitionSchema,
  effectiveFrom: z.iso.date().optional(),
});

export const structureIndicator = z.object({ indicator, target: targetView.nullable() });

export const direction = z.enum(directions);
