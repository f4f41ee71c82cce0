/**
 * What defines an indicator in the register (balansehåndbok): the schema that validates it on
 * every write and import, and the rules that tie its fields together.
 */
import { z } from 'zod';
import { periodKinds } from '#domain/periods.js';
import { periodAggregations, unitAggregations } from '#domain/rollup.js';
import { directions } from '#domain/status.js';

export const unitsOfMeasure = ['percent', 'kroner', 'count', 'days', 'score', 'other'] as const;
export const valueTypes = ['number', 'ratio'] as const;
export const publicationLevels = ['internal', 'politicians', 'public'] as const;
export const basisKinds = ['question', 'register', 'external_statistic', 'free_text'] as const;

const text = (max: number) => z.string().trim().max(max);

export const basisSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('question'),
    /** The survey questions the value is derived from, as asked. */
    questions: z.array(text(500).min(1)).min(1).max(50),
  }),
  z.strictObject({ kind: z.literal('register'), system: text(200).min(1) }),
  z.strictObject({
    kind: z.literal('external_statistic'),
    source: text(100).min(1),
    table: text(50).min(1),
    figure: text(300).default(''),
  }),
  z.strictObject({ kind: z.literal('free_text'), text: text(2000).min(1) }),
]);

export const definitionSchema = z
  .strictObject({
    definition: text(4000).default(''),
    purpose: text(4000).default(''),
    weaknesses: text(4000).default(''),
    basis: basisSchema,
    unitOfMeasure: z.enum(unitsOfMeasure),
    scaleMin: z.number().finite().nullable().default(null),
    scaleMax: z.number().finite().nullable().default(null),
    decimals: z.number().int().min(0).max(4),
    valueType: z.enum(valueTypes),
    direction: z.enum(directions),
    unitAggregation: z.enum(unitAggregations),
    periodAggregation: z.enum(periodAggregations),
    frequency: z.enum(periodKinds),
    dataCapture: text(300).default(''),
    publication: z.enum(publicationLevels),
  })
  .superRefine((definition, context) => {
    const problem = definitionProblem(definition);
    if (problem)
      context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });

export type Definition = z.infer<typeof definitionSchema>;
export type DefinitionInput = z.input<typeof definitionSchema>;

/** The rules between fields: a score needs its scale, a ratio rolls up as a ratio of sums. */
export function definitionProblem(
  definition: Pick<
    Definition,
    'unitOfMeasure' | 'scaleMin' | 'scaleMax' | 'valueType' | 'unitAggregation'
  >,
): { field: string; message: string } | null {
  const { unitOfMeasure, scaleMin, scaleMax, valueType, unitAggregation } = definition;
  if (unitOfMeasure === 'score' && (scaleMin === null || scaleMax === null)) {
    return {
      field: 'scaleMin',
      message: 'A score needs the lowest and highest value of its scale',
    };
  }
  if (scaleMin !== null && scaleMax !== null && scaleMin >= scaleMax) {
    return {
      field: 'scaleMax',
      message: 'The highest value of the scale must be above the lowest',
    };
  }
  if (valueType === 'ratio' && !['ratio_of_sums', 'none'].includes(unitAggregation)) {
    return {
      field: 'unitAggregation',
      message: 'A ratio combines as the sum of numerators over the sum of denominators',
    };
  }
  if (valueType === 'number' && unitAggregation === 'ratio_of_sums') {
    return { field: 'unitAggregation', message: 'Only a ratio can combine as a ratio of sums' };
  }
  return null;
}
