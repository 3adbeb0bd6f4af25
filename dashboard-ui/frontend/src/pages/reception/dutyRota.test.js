import { describe, expect, it } from 'vitest';
import { nextRow, rotaCommand, rotaPeriod, rotaReflects, rowsFromRota } from './dutyRota.js';

describe('duty rota', () => {
  it('covers the month from today once it has begun, and nothing of a month gone by', () => {
    expect(rotaPeriod('2026-12', '2026-11-20')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(rotaPeriod('2026-12', '2026-12-08')).toEqual({ from: '2026-12-08', to: '2026-12-31' });
    expect(rotaPeriod('2027-02', '2026-12-08')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(rotaPeriod('2026-11', '2026-12-08')).toBeNull();
  });

  it('fills the form with the published days of the period only', () => {
    const rota = { days: [
      { date: '2026-12-07', hours: '上午', deputies: [{ deputyId: 'd-1', name: '王芳' }] },
      { date: '2026-12-09', hours: '9:00-12:00', deputies: [{ deputyId: 'd-1' }, { deputyId: 'd-2' }] },
    ] };
    expect(rowsFromRota(rota, { from: '2026-12-08', to: '2026-12-31' }))
      .toEqual([{ date: '2026-12-09', deputyIds: ['d-1', 'd-2'], hours: '9:00-12:00' }]);
  });

  it('adds the next day with the same hours, but not past the period', () => {
    const period = { from: '2026-12-08', to: '2026-12-31' };
    expect(nextRow([], period)).toEqual({ date: '2026-12-08', deputyIds: [], hours: '9:00-12:00' });
    expect(nextRow([{ date: '2026-12-09', deputyIds: ['d-1'], hours: '下午' }], period))
      .toEqual({ date: '2026-12-10', deputyIds: [], hours: '下午' });
    expect(nextRow([{ date: '2026-12-31', deputyIds: [], hours: '下午' }], period).date).toBe('');
  });

  it('sends the whole period with its days in order', () => {
    const rows = [{ date: '2026-12-10', deputyIds: ['d-2'], hours: ' 下午 ' },
      { date: '2026-12-09', deputyIds: ['d-1'], hours: '上午' }];
    expect(rotaCommand({ from: '2026-12-08', to: '2026-12-31' }, rows, ' 十二月安排 ')).toEqual({
      from: '2026-12-08', to: '2026-12-31', reason: '十二月安排',
      days: [{ date: '2026-12-09', deputyIds: ['d-1'], hours: '上午' },
        { date: '2026-12-10', deputyIds: ['d-2'], hours: '下午' }],
    });
  });

  it('tells when the read rota shows what was published', () => {
    const command = { from: '2026-12-08', to: '2026-12-31', reason: '安排',
      days: [{ date: '2026-12-09', deputyIds: ['d-1'], hours: '上午' }] };
    const before = { days: [{ date: '2026-12-09', hours: '下午', deputies: [{ deputyId: 'd-1' }] }] };
    const after = { days: [{ date: '2026-12-07', hours: '下午', deputies: [{ deputyId: 'd-2' }] },
      { date: '2026-12-09', hours: '上午', deputies: [{ deputyId: 'd-1', name: '王芳' }] }] };
    expect(rotaReflects(before, command)).toBe(false);
    expect(rotaReflects(after, command)).toBe(true);
  });
});
