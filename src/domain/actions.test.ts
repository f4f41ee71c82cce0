import { describe, expect, it } from 'vitest';
import {
  actionStatuses,
  datesInOrder,
  effectiveActionStatus,
  dealsWithPeriod,
  isOverdue,
} from './actions.js';

const today = '2026-05-10';

describe('the status an action shows', () => {
  it('is delayed once the due date has passed and the action is not finished', () => {
    expect(effectiveActionStatus('not_started', '2026-05-09', today)).toBe('delayed');
    expect(effectiveActionStatus('in_progress', '2026-01-01', today)).toBe('delayed');
  });

  it('is what its owner set on the due date itself and before it', () => {
    expect(effectiveActionStatus('in_progress', today, today)).toBe('in_progress');
    expect(effectiveActionStatus('not_started', '2026-12-31', today)).toBe('not_started');
  });

  it('is never delayed by date once done or cancelled', () => {
    expect(effectiveActionStatus('done', '2020-01-01', today)).toBe('done');
    expect(effectiveActionStatus('cancelled', '2020-01-01', today)).toBe('cancelled');
  });

  it('is what its owner set when there is no due date', () => {
    expect(effectiveActionStatus('in_progress', null, today)).toBe('in_progress');
  });

  it('stays delayed when its owner set it so before the due date', () => {
    expect(effectiveActionStatus('delayed', '2026-12-31', today)).toBe('delayed');
    expect(effectiveActionStatus('delayed', null, today)).toBe('delayed');
  });

  it('is one of the five statuses whatever was stored', () => {
    for (const stored of actionStatuses) {
      for (const due of [null, '2026-01-01', '2027-01-01']) {
        expect(actionStatuses).toContain(effectiveActionStatus(stored, due, today));
      }
    }
  });
});

describe('an overdue action', () => {
  it('is past its due date and neither done nor cancelled', () => {
    expect(isOverdue('in_progress', '2026-05-09', today)).toBe(true);
    expect(isOverdue('delayed', '2026-05-09', today)).toBe(true);
    expect(isOverdue('done', '2026-05-09', today)).toBe(false);
    expect(isOverdue('cancelled', '2026-05-09', today)).toBe(false);
  });

  it('is not one merely set to delayed before its due date', () => {
    expect(isOverdue('delayed', '2026-05-11', today)).toBe(false);
    expect(isOverdue('delayed', null, today)).toBe(false);
  });
});

describe('an action dealing with the results of a period', () => {
  const start = '2025-05-01';
  const period = { start, end: '2025-08-31' };

  it('is any action not cancelled, whatever its dates', () => {
    const dealing = actionStatuses.filter((status) =>
      dealsWithPeriod({ status, dueDate: '2025-01-31' }, period),
    );
    expect(dealing).toEqual(['not_started', 'in_progress', 'delayed']);
    expect(dealsWithPeriod({ status: 'cancelled', dueDate: null }, period)).toBe(false);
    expect(dealsWithPeriod({ status: 'not_started', dueDate: '2030-01-01' }, period)).toBe(true);
  });

  it('is a done action only when it was due in or after the period', () => {
    const done = (dueDate: string | null) => ({ status: 'done' as const, dueDate });
    expect(dealsWithPeriod(done('2025-04-30'), period)).toBe(false);
    expect(dealsWithPeriod(done(start), period)).toBe(true);
    expect(dealsWithPeriod(done('2026-01-31'), period)).toBe(true);
    expect(dealsWithPeriod(done(null), period)).toBe(true);
  });

  it('is not an action on a measurement of a later period, which answers that result', () => {
    const onMeasurement = (periodKey: string) => ({
      status: 'in_progress' as const,
      dueDate: null,
      link: { kind: 'measurement', periodKey },
    });
    expect(dealsWithPeriod(onMeasurement('2025-T3'), period)).toBe(false);
    expect(dealsWithPeriod(onMeasurement('2026'), period)).toBe(false);
    expect(dealsWithPeriod(onMeasurement('2025-T2'), period)).toBe(true);
    // Still open on an earlier result: still at work.
    expect(dealsWithPeriod(onMeasurement('2025-T1'), period)).toBe(true);
    // The year holds the tertial.
    expect(dealsWithPeriod(onMeasurement('2025'), period)).toBe(true);
  });
});

describe('the dates of an action', () => {
  it('may start and be due on the same day, or leave either open', () => {
    expect(datesInOrder('2026-03-01', '2026-03-01')).toBe(true);
    expect(datesInOrder(null, '2026-03-01')).toBe(true);
    expect(datesInOrder('2026-03-01', null)).toBe(true);
    expect(datesInOrder(null, null)).toBe(true);
  });

  it('may not be due before they start', () => {
    expect(datesInOrder('2026-03-02', '2026-03-01')).toBe(false);
  });
});
