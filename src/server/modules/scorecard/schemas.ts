/**
 * The scorecard's response schemas, for validation of what leaves the server and for the OpenAPI
 * document. They mirror the domain's shapes; the checks at the end fail to compile if they drift.
 */
import { z } from 'zod';
import { actionStatuses } from '#domain/actions.js';
import { periodKinds } from '#domain/periods.js';
import type { IndicatorTimeline, Scorecard, SubunitMatrix } from '#domain/scorecardView.js';
import { directions, statuses } from '#domain/status.js';
import { rolledValue } from '../../http/schemas.js';
import { targetValues } from '../register/schemas.js';
import { unitsOfMeasure, valueTypes } from '../register/definition.js';

const status = z.enum(statuses);
const unit = z.object({ id: z.string(), code: z.string(), name: z.string() });
const period = z.object({
  key: z.string(),
  kind: z.enum(periodKinds),
  start: z.string(),
  end: z.string(),
});
const counts = z.object(
  Object.fromEntries(statuses.map((name) => [name, z.number()])) as Record<
    (typeof statuses)[number],
    z.ZodNumber
  >,
);

const indicatorInfo = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  direction: z.enum(directions),
  decimals: z.number(),
  unitOfMeasure: z.enum(unitsOfMeasure),
  valueType: z.enum(valueTypes),
  frequency: z.enum(periodKinds),
});

const outcome = z.object({
  periodKey: z.string(),
  result: rolledValue.nullable(),
  target: z
    .object({
      values: targetValues,
      validFromPeriod: z.string(),
      inheritedFrom: z.object({ id: z.string(), name: z.string() }).nullable(),
    })
    .nullable(),
  status,
});

const trend = z
  .object({
    movement: z.enum(['up', 'down', 'flat']),
    assessment: z.enum(['better', 'worse', 'same', 'unknown']),
  })
  .nullable();
const comparison = z
  .object({ periodKey: z.string(), value: z.number().nullable(), trend })
  .nullable();
const comment = z.object({
  periodKey: z.string(),
  text: z.string(),
  author: z.string().nullable(),
  at: z.string(),
});

const row = z.object({
  indicator: indicatorInfo,
  outcome,
  latestAvailable: z.boolean(),
  previous: comparison,
  lastYear: comparison,
  sparkline: z.array(outcome),
  comment: comment.nullable(),
  actionCount: z.number(),
  redWithoutAction: z.boolean(),
});

const action = z.object({
  id: z.string(),
  title: z.string(),
  orgUnit: z.object({ id: z.string(), name: z.string() }),
  responsible: z.object({ id: z.string(), name: z.string() }).nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(actionStatuses),
  progress: z.number(),
  link: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('focus_area'), id: z.string() }),
    z.object({ kind: z.literal('criterion'), id: z.string() }),
    z.object({ kind: z.literal('indicator'), id: z.string() }),
    z.object({
      kind: z.literal('measurement'),
      id: z.string(),
      indicatorId: z.string(),
      periodKey: z.string(),
    }),
  ]),
});

export const scorecardSchema = z.object({
  unit,
  ancestors: z.array(unit),
  children: z.array(unit),
  period,
  counts,
  focusAreas: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      counts,
      criteria: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          orgUnitId: z.string(),
          counts,
          rows: z.array(row),
        }),
      ),
      otherRows: z.array(row),
    }),
  ),
  actions: z.array(action),
  periodOptions: z.array(z.string()),
  indicatorCount: z.number(),
  maxIndicators: z.number(),
});

export const subunitMatrixSchema = z.object({
  unit,
  period,
  indicators: z.array(indicatorInfo),
  units: z.array(unit),
  cells: z.array(outcome.extend({ orgUnitId: z.string(), indicatorId: z.string() })),
});

export const indicatorTimelineSchema = z.object({
  unit,
  indicator: indicatorInfo.extend({
    focusAreaId: z.string(),
    definition: z.string(),
    purpose: z.string(),
    weaknesses: z.string(),
    scale: z.object({ min: z.number(), max: z.number() }).nullable(),
  }),
  periods: z.array(z.string()),
  series: z.array(outcome),
  subunits: z.array(z.object({ unit, series: z.array(outcome) })),
  comments: z.array(comment.extend({ orgUnitId: z.string() })),
  actions: z.array(action),
});

// Compile-time checks that the schemas accept exactly what the service returns.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Same<z.infer<typeof scorecardSchema>, Scorecard>,
  Same<z.infer<typeof subunitMatrixSchema>, SubunitMatrix>,
  Same<z.infer<typeof indicatorTimelineSchema>, IndicatorTimeline>,
] = [true, true, true];
void checks;
