/**
 * The logic of the 案件追溯 page: reading the case id from the address, and replaying a case's history step by step
 * from the changes the server lists for each event (GET /api/cases/{id}/history, see query-side/README.md).
 */

import { getJson } from '../../api/http.js';
import { formatClock, formatDay } from '../../format/time.js';
import { MISSING } from '../../format/number.js';

const ZONE = 'Asia/Shanghai';

/** The case id of `?case=...`, trimmed, or '' when none is given. */
export function caseIdFromSearch(search) {
  return (new URLSearchParams(search ?? '').get('case') ?? '').trim();
}

/** The address of the page showing `caseId`, keeping the rest of `href` as it is. */
export function addressOf(href, caseId) {
  const url = new URL(href);
  if (caseId) {
    url.searchParams.set('case', caseId);
  } else {
    url.searchParams.delete('case');
  }
  return url.toString();
}

/** Loads a case's history; `fetchImpl` is for tests. */
export function loadHistory(caseId, options = {}) {
  return getJson(`/api/cases/${encodeURIComponent(caseId)}/history`, {}, options);
}

/**
 * The state after each step: step i (from 1) has every field of the case with its value after the i-th event,
 * and, for the fields that event changed, the value before it. Step 0 would be the empty state before the case.
 */
export function replaySteps(history) {
  const values = Object.fromEntries(history.fields.map((field) => [field.key, null]));
  return history.entries.map((entry) => {
    const changed = new Map(entry.changes.map((change) => [change.field, change]));
    for (const change of entry.changes) {
      values[change.field] = change.after;
    }
    const state = history.fields.map((field) => ({
      field: field.key,
      label: field.label,
      value: values[field.key],
      changed: changed.has(field.key),
      before: changed.get(field.key)?.before ?? null,
    }));
    return { entry, state };
  });
}

/** A step number kept within 1..count (0 when there is no step at all). */
export function clampStep(step, count) {
  if (count <= 0) {
    return 0;
  }
  const whole = Number.isFinite(step) ? Math.round(step) : count;
  return Math.min(Math.max(whole, 1), count);
}

/** A value as the table shows it: 「—」 for none. */
export function shown(value) {
  return value === null || value === undefined || value === '' ? MISSING : String(value);
}

/** '2026-03-02T02:00:00Z' -> '2026-03-02 10:00:00', Beijing time. */
export function formatTime(value) {
  const day = formatDay(value, ZONE);
  return day === MISSING ? MISSING : `${day} ${formatClock(value, ZONE)}`;
}

/** Who acted: their name, or their account when no name was recorded, or 「—」. */
export function actorName(actor) {
  return shown(actor?.name ?? actor?.id);
}

/** The actor's role in Chinese (the server's label; a role it does not know stays unnamed). */
export function actorRole(actor) {
  return shown(actor?.roleLabel);
}

/** The reason given and the event's own comment, both when they differ. */
export function reasonOf(entry) {
  const parts = [entry.reason, entry.comment].filter((text) => text !== null && text !== undefined && text !== '');
  return parts.length ? parts.join('；') : MISSING;
}
