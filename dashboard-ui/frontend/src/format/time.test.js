import { describe, expect, it } from 'vitest';
import { daysOverdue, formatClock, formatDay, formatMonthDay } from './time.js';

const BEIJING = 'Asia/Shanghai';

describe('time formatting', () => {
  it('prints the ticker time in the given zone with a 24-hour clock', () => {
    expect(formatClock('2026-11-22T08:00:01Z', BEIJING)).toBe('16:00:01');
    expect(formatClock('2026-11-22T16:30:00Z', BEIJING)).toBe('00:30:00');
  });

  it('prints a due date as the local calendar day', () => {
    expect(formatDay('2026-11-01T00:00:00Z', BEIJING)).toBe('2026-11-01');
    expect(formatDay('2026-10-31T18:00:00Z', BEIJING)).toBe('2026-11-01');
  });

  it('labels a trend day by month and day', () => {
    expect(formatMonthDay('2026-11-01')).toBe('11-01');
    expect(formatMonthDay('garbage')).toBe('—');
  });

  it('shows a dash for a missing or broken time', () => {
    expect(formatClock(null, BEIJING)).toBe('—');
    expect(formatDay('not a date', BEIJING)).toBe('—');
  });

  it('counts whole days past the due time and never less than zero', () => {
    const due = '2026-11-01T00:00:00Z';
    expect(daysOverdue(due, new Date('2026-11-01T23:59:59Z'))).toBe(0);
    expect(daysOverdue(due, new Date('2026-11-22T08:00:00Z'))).toBe(21);
    expect(daysOverdue(due, new Date('2026-10-30T00:00:00Z'))).toBe(0);
    expect(daysOverdue(null, new Date())).toBeNull();
  });
});
