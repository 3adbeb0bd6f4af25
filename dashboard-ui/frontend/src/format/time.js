/** Dates and times as the cockpit prints them; the time zone is a parameter so tests do not depend on the machine. */

import { MISSING } from './number.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function parse(value) {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parts(date, timeZone, options) {
  const formatter = new Intl.DateTimeFormat('zh-CN', { ...options, hourCycle: 'h23', timeZone });
  return Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
}

/** '2026-11-22T08:00:01Z' -> '16:00:01' in Beijing time. */
export function formatClock(value, timeZone) {
  const date = parse(value);
  if (!date) {
    return MISSING;
  }
  const p = parts(date, timeZone, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return `${p.hour}:${p.minute}:${p.second}`;
}

/** '2026-11-01T00:00:00Z' -> '2026-11-01' in the given zone. */
export function formatDay(value, timeZone) {
  const date = parse(value);
  if (!date) {
    return MISSING;
  }
  const p = parts(date, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });
  return `${p.year}-${p.month}-${p.day}`;
}

/** A heading for the header clock: '2026年11月22日 星期日'. */
export function formatLongDate(value, timeZone) {
  const date = parse(value);
  if (!date) {
    return MISSING;
  }
  return new Intl.DateTimeFormat('zh-CN', { dateStyle: 'full', timeZone }).format(date);
}

/** An ISO calendar date of the trend ('2026-11-01') as the axis label '11-01'. */
export function formatMonthDay(isoDate) {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  return match ? `${match[1]}-${match[2]}` : MISSING;
}

/** Whole days a due time has passed: 0 on the day it falls due, never negative. */
export function daysOverdue(dueAt, now) {
  const due = parse(dueAt);
  const current = parse(now);
  if (!due || !current) {
    return null;
  }
  return Math.max(0, Math.floor((current.getTime() - due.getTime()) / DAY_MS));
}
