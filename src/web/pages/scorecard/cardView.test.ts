import { describe, expect, test } from 'vitest';
import type {
  CardAction,
  CardFocusArea,
  CardRow,
  Scorecard,
  StatusCounts,
} from '#domain/scorecardView.js';
import type { Status } from '#domain/status.js';
import { countStatuses } from '#domain/trend.js';
import {
  actionsByArea,
  mapBoxes,
  readView,
  redWithoutAction,
  scorecardPath,
  worstMeasured,
} from './cardView.js';

const counts = (...list: Status[]): StatusCounts => countStatuses(list);

function row(id: string, status: Status, redWithoutAction = false): CardRow {
  return {
    indicator: {
      id,
      code: id,
      name: `Indicator ${id}`,
      direction: 'higher_is_better',
      decimals: 1,
      unitOfMeasure: 'percent',
      valueType: 'number',
      frequency: 'year',
    },
    outcome: { periodKey: '2015', result: null, target: null, status },
    latestAvailable: false,
    previous: null,
    lastYear: null,
    sparkline: [],
    comment: null,
    actionCount: 0,
    redWithoutAction,
  };
}

function area(
  id: string,
  criteria: { id: string; rows: CardRow[] }[],
  otherRows: CardRow[] = [],
): CardFocusArea {
  const all = [...criteria.flatMap((each) => each.rows), ...otherRows];
  return {
    id,
    name: `Area ${id}`,
    description: '',
    counts: counts(...all.map((each) => each.outcome.status)),
    criteria: criteria.map((each) => ({
      id: each.id,
      name: `Criterion ${each.id}`,
      orgUnitId: 'unit',
      counts: counts(...each.rows.map((one) => one.outcome.status)),
      rows: each.rows,
    })),
    otherRows,
  };
}

function action(id: string, link: CardAction['link']): CardAction {
  return {
    id,
    title: `Action ${id}`,
    orgUnit: { id: 'unit', name: 'Unit' },
    responsible: null,
    dueDate: null,
    status: 'in_progress',
    progress: 0,
    link,
  };
}

function card(focusAreas: CardFocusArea[], actions: CardAction[] = []): Scorecard {
  return {
    unit: { id: 'unit', code: '1', name: 'Unit' },
    ancestors: [],
    children: [],
    period: { key: '2015', kind: 'year', start: '2015-01-01', end: '2015-12-31' },
    counts: counts(),
    focusAreas,
    actions,
    periodOptions: ['2015'],
    indicatorCount: 0,
    maxIndicators: 20,
  };
}

describe('the view in the address', () => {
  test('an unknown or missing view opens the table', () => {
    expect(readView(null)).toBe('table');
    expect(readView('pie')).toBe('table');
    expect(readView('map')).toBe('map');
  });

  test('the table is left out of a link, so the plainest link opens it', () => {
    expect(scorecardPath('u1', '2015', 'table')).toBe('/scorecard?unit=u1&period=2015');
    expect(scorecardPath('u1', '2015-T2', 'actions')).toBe(
      '/scorecard?unit=u1&period=2015-T2&view=actions',
    );
  });
});

describe('the strategy map', () => {
  test('a box takes the colour of its worst measured result', () => {
    expect(worstMeasured(counts('green', 'red', 'yellow'))).toBe('red');
    expect(worstMeasured(counts('green', 'yellow', 'not_measured'))).toBe('yellow');
    expect(worstMeasured(counts('green', 'no_target'))).toBe('green');
  });

  test('a box with nothing measured has no colour, and says why', () => {
    const [overdue, noTarget] = mapBoxes(
      area('a', [
        { id: 'c1', rows: [row('1', 'overdue'), row('2', 'not_measured')] },
        { id: 'c2', rows: [row('3', 'no_target')] },
      ]),
    );
    expect(overdue).toMatchObject({ status: null, label: 'overdue' });
    expect(noTarget).toMatchObject({ status: null, label: 'no_target' });
  });

  test('an area without criteria shows its indicators as one box', () => {
    const boxes = mapBoxes(area('a', [], [row('1', 'green'), row('2', 'red')]));
    expect(boxes).toHaveLength(1);
    expect(boxes[0]).toMatchObject({ id: 'a', name: null, status: 'red' });
    expect(boxes[0]?.counts.green).toBe(1);
  });
});

describe('the actions by what they deal with', () => {
  const shared = row('2', 'red', true);
  const scorecard = card(
    [
      area(
        'a',
        [
          { id: 'c1', rows: [row('1', 'green'), shared] },
          { id: 'c2', rows: [shared] },
        ],
        [row('3', 'yellow')],
      ),
    ],
    [
      action('x', { kind: 'criterion', id: 'c2' }),
      action('y', { kind: 'measurement', id: 'm', indicatorId: '3', periodKey: '2015' }),
      action('z', { kind: 'focus_area', id: 'a' }),
    ],
  );

  test('the area, each criterion and its indicators come in scorecard order', () => {
    const [group] = actionsByArea(scorecard);
    expect(group?.subjects.map((each) => `${each.kind}:${each.id}`)).toEqual([
      'focus_area:a',
      'indicator:2',
      'criterion:c2',
      'indicator:3',
    ]);
  });

  test('an action on one measurement counts for its indicator', () => {
    const [group] = actionsByArea(scorecard);
    const indicator = group?.subjects.find((each) => each.id === '3');
    expect(indicator?.actions.map((each) => each.id)).toEqual(['y']);
  });

  test('a red result without action is listed once, though it supports two criteria', () => {
    expect(redWithoutAction(scorecard).map((each) => each.indicator.id)).toEqual(['2']);
    const [group] = actionsByArea(scorecard);
    expect(group?.subjects.find((each) => each.id === '2')).toMatchObject({
      actions: [],
      redWithoutAction: true,
    });
  });
});
