/**
 * A station's duty rota (接待值班表) as the receptions page shows and publishes it: the month's period, the rows
 * of the form filled from what is published, and the command the rows make (shared-events PublishDutyRota).
 */
import { getJson } from '../../api/http.js';
import { newIdempotencyKey, postCommand } from '../cases/cases.js';

const pad = (n) => String(n).padStart(2, '0');

/**
 * The days of `month` ('2026-12') a publication may cover: from the first of the month, or today when the month has
 * begun (days gone by are not rewritten), to its last day; null for a month that is over.
 */
export function rotaPeriod(month, today) {
  const [year, number] = month.split('-').map(Number);
  const first = `${year}-${pad(number)}-01`;
  const last = `${year}-${pad(number)}-${pad(new Date(Date.UTC(year, number, 0)).getUTCDate())}`;
  if (last < today) return null;
  return { from: first < today ? today : first, to: last };
}

/** The month of a day: '2026-12-08' -> '2026-12'. */
export const monthOf = (day) => day.slice(0, 7);

/** The form's rows from the published rota: the days of the period, each with its deputies and hours. */
export function rowsFromRota(rota, period) {
  return (rota?.days ?? []).filter((day) => period && day.date >= period.from && day.date <= period.to)
    .map((day) => ({ date: day.date, deputyIds: day.deputies.map((d) => d.deputyId), hours: day.hours }));
}

/** A new row: the day after the last row's (or the period's first day), with the last row's hours. */
export function nextRow(rows, period) {
  const last = rows.at(-1);
  if (!last) return { date: period?.from ?? '', deputyIds: [], hours: '9:00-12:00' };
  const [year, month, day] = last.date.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  const date = `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
  return { date: period && date > period.to ? '' : date, deputyIds: [], hours: last.hours };
}

/** The command: the whole period, its days in date order with trimmed hours. */
export function rotaCommand(period, rows, reason) {
  return {
    from: period.from,
    to: period.to,
    days: [...rows].sort((a, b) => (a.date < b.date ? -1 : 1))
      .map((row) => ({ date: row.date, deputyIds: row.deputyIds, hours: (row.hours ?? '').trim() })),
    reason: (reason ?? '').trim(),
  };
}

/**
 * Whether the published rota shows what `command` sent for its period: the read model follows the event store a
 * moment later, so the dialog reads again until it does.
 */
export function rotaReflects(rota, command) {
  const shown = rowsFromRota(rota, command);
  return JSON.stringify(shown) === JSON.stringify(command.days);
}

/** The deputies of a published day, by name. */
export const dayDeputies = (day) => day.deputies.map((d) => d.name ?? d.deputyId).join('、');

const station = (stationId) => `/api/stations/${encodeURIComponent(stationId)}`;

export const fetchRota = (stationId, from, to) => getJson(`${station(stationId)}/duty-rota`, { from, to });

export const publishRota = (stationId, command) => postCommand(`${station(stationId)}/publish-duty-rota`, command,
  { key: newIdempotencyKey() });

/** A deputy's own duty days from today on (我的履职). */
export const fetchDutyDays = (deputyId) => getJson(`/api/deputies/${encodeURIComponent(deputyId)}/duty-days`);
