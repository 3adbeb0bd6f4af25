/**
 * The audit log page's logic, apart from the component so that it can be tested alone: the search parameters a
 * form makes, keyset paging, the export links, and how rows read.
 */

import { queryString } from '../../api/http.js';

export const EVENTS_PATH = 'api/audit/events';

/** The case types whose cases the 案件追溯 page can replay; reference records and personal data have no timeline. */
const TRACEABLE = new Set(['PETITION', 'SUGGESTION', 'MEDIATION', 'BALLOT', 'PROJECT']);

/** An empty search form. */
export function emptyForm() {
  return { actor: '', role: '', caseType: '', action: '', regionId: '', from: '', to: '' };
}

/**
 * The query parameters of a search, trimmed and without empty fields, or an error message (Chinese) when the form
 * cannot be sent as it is.
 */
export function searchParams(form) {
  const params = {};
  for (const [name, value] of Object.entries(form)) {
    const text = typeof value === 'string' ? value.trim() : value;
    if (text !== '' && text !== null && text !== undefined) {
      params[name] = text;
    }
  }
  if (params.from && params.to && params.from > params.to) {
    return { error: '开始时间不能晚于结束时间' };
  }
  return { params };
}

/** The actions a form offers: all of them, or those of the chosen case type. */
export function actionsFor(actions, caseType) {
  return caseType ? actions.filter((action) => action.caseType === caseType) : actions;
}

/** Where an export of the current search downloads from ('csv' or 'xlsx'). */
export function exportUrl(params, format) {
  return `${EVENTS_PATH}.${format}${queryString(params)}`;
}

/**
 * Keyset paging: the cursors of the pages seen so far, so that 上一页 goes back without offsets. Page 1 has no
 * cursor; each 下一页 remembers the cursor it was opened with.
 */
export class Pager {
  constructor() {
    this.cursors = [null];
  }

  get pageNumber() {
    return this.cursors.length;
  }

  get cursor() {
    return this.cursors[this.cursors.length - 1];
  }

  get hasPrevious() {
    return this.cursors.length > 1;
  }

  next(nextCursor) {
    if (nextCursor !== null && nextCursor !== undefined) {
      this.cursors.push(nextCursor);
    }
  }

  previous() {
    if (this.hasPrevious) {
      this.cursors.pop();
    }
  }

  reset() {
    this.cursors = [null];
  }
}

/** '共 4 条' or, when the server stopped counting, '至少 10000 条'. */
export function totalText(page) {
  if (!page) {
    return '';
  }
  return page.totalExact ? `共 ${page.total} 条` : `至少 ${page.total} 条`;
}

/** '2026-02-15T02:00:00Z' -> '2026-02-15 10:00:00' in Beijing time. */
export function formatTime(value, timeZone = 'Asia/Shanghai') {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) {
    return '—';
  }
  const parts = Object.fromEntries(new Intl.DateTimeFormat('zh-CN', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    hourCycle: 'h23', timeZone,
  }).formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Who acted, as a row shows it: the name, else the id, else the role alone (a citizen has no account). */
export function actorText(entry) {
  return entry.actorName || entry.actorId || entry.actorRoleLabel || '—';
}

/** The 案件追溯 link of a row's case, or null when its record has no timeline there. */
export function traceLink(entry) {
  return entry.caseId && TRACEABLE.has(entry.caseType) ? `trace.html?case=${encodeURIComponent(entry.caseId)}` : null;
}

/** The region tree of GET /api/regions as a flat list of choices, indented by depth. */
export function regionChoices(tree, depth = 0) {
  const choices = [];
  for (const region of tree ?? []) {
    choices.push({ value: region.regionId, label: `${'　'.repeat(depth)}${region.name}` });
    choices.push(...regionChoices(region.children, depth + 1));
  }
  return choices;
}
