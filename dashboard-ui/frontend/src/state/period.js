/** The period selector's state: TODAY, MONTH or YEAR, and for YEAR an optional past year. */

export const PERIOD_KINDS = Object.freeze([
  { kind: 'TODAY', label: '今日' },
  { kind: 'MONTH', label: '本月' },
  { kind: 'YEAR', label: '本年' },
]);

// One term of the congress lasts five years; leaders compare within a term.
export const YEARS_OFFERED = 5;

/** The cockpit opens on the current year, the figures annual reports are made of. */
export function defaultPeriod() {
  return { kind: 'YEAR', year: null };
}

export function choosePeriod(kind) {
  return { kind, year: null };
}

/** A year from the picker; the current year is the same as 本年. */
export function chooseYear(year, currentYear) {
  return { kind: 'YEAR', year: year === currentYear ? null : year };
}

/** The current year first, then the earlier years of a term. */
export function yearChoices(currentYear, count = YEARS_OFFERED) {
  return Array.from({ length: count }, (_, i) => currentYear - i);
}

/** The year the picker shows: the chosen past year, otherwise the current one. */
export function shownYear(period, currentYear) {
  return period.kind === 'YEAR' && period.year ? period.year : currentYear;
}

/** The server's answer says which days it counted: '2026-01-01 至 2026-12-31'. */
export function periodRange(summaryPeriod) {
  if (!summaryPeriod?.from || !summaryPeriod?.to) {
    return '';
  }
  return summaryPeriod.from === summaryPeriod.to ? summaryPeriod.from : `${summaryPeriod.from} 至 ${summaryPeriod.to}`;
}
