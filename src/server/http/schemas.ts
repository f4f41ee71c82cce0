import { z } from 'zod';

/** Pieces of request and response schemas that several modules share. */
export const idParams = z.strictObject({ id: z.uuid() });

export const isoDate = z.iso.date();

export const trimmed = (max: number) => z.string().trim().min(1).max(max);

export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    requestId: z.string(),
  }),
});

/** A result entered for a unit or rolled up from its subunits, with how many reported. */
export const rolledValue = z.object({
  value: z.number(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  weight: z.number().nullable(),
  computed: z.boolean(),
  covered: z.number(),
  total: z.number(),
});

/** Query flags arrive as text; only "true" and "false" are accepted. */
export const queryFlag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true');
