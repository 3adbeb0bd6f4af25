import { describe, expect, it } from 'vitest';
import { chooseYear, defaultPeriod, periodRange, shownYear, yearChoices } from './period.js';
import { summaryQuery } from '../api/cockpitApi.js';

describe('period selection', () => {
  it('opens on the current year and asks the server without a year', () => {
    expect(summaryQuery({ regionId: null, period: defaultPeriod().kind, year: defaultPeriod().year })).toBe('period=YEAR');
  });

  it('offers the current year and the four before it, newest first', () => {
    expect(yearChoices(2026)).toEqual([2026, 2025, 2024, 2023, 2022]);
  });

  it('sends a past year but treats the current one as 本年', () => {
    const past = chooseYear(2024, 2026);
    expect(summaryQuery({ regionId: '150102001', period: past.kind, year: past.year })).toBe(
      'regionId=150102001&period=YEAR&year=2024',
    );
    expect(chooseYear(2026, 2026)).toEqual(defaultPeriod());
    expect(shownYear(past, 2026)).toBe(2024);
    expect(shownYear({ kind: 'MONTH', year: null }, 2026)).toBe(2026);
  });

  it('never sends a year with 今日 or 本月', () => {
    expect(summaryQuery({ regionId: null, period: 'MONTH', year: 2024 })).toBe('period=MONTH');
  });

  it('prints the range the server counted', () => {
    expect(periodRange({ kind: 'YEAR', from: '2026-01-01', to: '2026-12-31' })).toBe('2026-01-01 至 2026-12-31');
    expect(periodRange({ kind: 'TODAY', from: '2026-11-22', to: '2026-11-22' })).toBe('2026-11-22');
    expect(periodRange(null)).toBe('');
  });
});
