/**
 * What every case type's pages share (petitions, suggestions and bills, ...): the list's filter in the address,
 * deadlines and times in words, the action forms described per type, and the API calls with `If-Match` and one
 * `Idempotency-Key` per form. A type's own module (petitions.js, suggestions.js) says only what is its own: its
 * statuses, its filter fields, its API path and the fields of each of its commands.
 */
import { getJson, postJson, queryString, request } from '../../api/http.js';
import { csrfHeaders } from '../../api/csrf.js';

export const PAGE_SIZES = [20, 50, 100];
const DEFAULT_SIZE = 20;

export const SATISFACTIONS = [
  { value: 'SATISFIED', label: '满意' },
  { value: 'BASICALLY_SATISFIED', label: '基本满意' },
  { value: 'UNSATISFIED', label: '不满意' },
];

/**
 * The list state in the address for a list with these filter fields (`?status=X&page=2&sort=-replyDueAt`), so a
 * reload or a shared link shows the same list. The page in the address counts from 1, as the pager shows it. Every
 * list searches by words (`q`, CaseListFrame's 关键词), so `q` is among the fields whether the type names it or not.
 * `defaultSort` is the order the list API gives without `sort` (its *Queries ORDER's default), for the table to show.
 */
export function listStateInAddress(typeFields, { defaultSort = '-submittedAt' } = {}) {
  const filterFields = typeFields.includes('q') ? typeFields : [...typeFields, 'q'];
  function fromSearch(search) {
    const params = new URLSearchParams(search);
    const filter = Object.fromEntries(filterFields.map((field) => [field, params.get(field) ?? '']));
    const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
    const sizeAsked = Number.parseInt(params.get('size') ?? '', 10);
    const size = PAGE_SIZES.includes(sizeAsked) ? sizeAsked : DEFAULT_SIZE;
    return { filter, page, size, sort: params.get('sort') ?? '' };
  }
  function toSearch({ filter, page, size, sort }) {
    const params = new URLSearchParams();
    for (const field of filterFields) {
      if (filter[field]) params.set(field, filter[field]);
    }
    if (page > 1) params.set('page', String(page));
    if (size !== DEFAULT_SIZE) params.set('size', String(size));
    if (sort) params.set('sort', sort);
    const text = params.toString();
    return text ? `?${text}` : '';
  }
  return { fromSearch, toSearch, defaultSort };
}

/** Element Plus's sort event (`{ prop, order: 'ascending' | 'descending' | null }`) as the API's `sort`. */
export function sortParam({ prop, order }) {
  if (!prop || !order) return '';
  return order === 'descending' ? `-${prop}` : prop;
}

/** The API's `sort` as Element Plus's default sort of the table. */
export function tableSort(sort) {
  if (!sort) return { prop: 'submittedAt', order: 'descending' };
  return sort.startsWith('-') ? { prop: sort.slice(1), order: 'descending' } : { prop: sort, order: 'ascending' };
}

/** One page of a case list: the page in the state counts from 1, the API's from 0. */
export function fetchList(path, { filter, page, size, sort }, options = {}) {
  const params = { ...filter, page: page - 1, size };
  if (sort) params.sort = sort;
  return getJson(path, params, options);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The address of a list's export (`/api/petitions/export.xlsx?status=X&sort=-replyDueAt`): the list's filter and order. */
export function exportUrl(path, { filter, sort }) {
  return `${path}${queryString({ ...filter, sort })}`;
}

/** The file name a download's Content-Disposition gives, the UTF-8 one (RFC 5987) first; null without one. */
export function downloadName(contentDisposition) {
  const header = contentDisposition ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (utf8) return decodeURIComponent(utf8[1]);
  const plain = /filename="([^"]+)"/i.exec(header);
  return plain ? plain[1] : null;
}

/**
 * Downloads a list's export: fetched first, so that a refusal (too many rows: narrow the filter) is an ApiError
 * with the server's Chinese message instead of a page of JSON, then saved under the server's file name.
 */
export async function downloadExport(url, options = {}) {
  const response = await request(url, { ...options, headers: { Accept: `${XLSX}, application/problem+json` } });
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = downloadName(response.headers.get('Content-Disposition')) ?? 'export.xlsx';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/**
 * The reply deadline in words, as of `now`: 「剩余 5 天」, 「剩余 3 小时」, 「已逾期 2 天」; '' without a deadline or once
 * the case has ended.
 */
export function deadlineText(replyDueAt, now = new Date(), ended = false) {
  if (!replyDueAt || ended) return '';
  const left = new Date(replyDueAt).getTime() - now.getTime();
  const amount = (ms) => (Math.abs(ms) >= DAY ? `${Math.floor(Math.abs(ms) / DAY)} 天` : `${Math.max(1, Math.floor(Math.abs(ms) / HOUR))} 小时`);
  return left >= 0 ? `剩余 ${amount(left)}` : `已逾期 ${amount(left)}`;
}

const ZONE = 'Asia/Shanghai';
const DATE_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
});

/** '2026-03-02T02:00:00Z' -> '2026-03-02 10:00', Beijing time; 「—」 for none. */
export function formatDateTime(value) {
  if (!value) return '—';
  const parts = Object.fromEntries(DATE_TIME.formatToParts(new Date(value)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}`;
}

/**
 * A fresh form's values for one action of a type's `forms` (action -> fields). A field with `self` is prefilled
 * with the account's own id of that name (`self: 'deputyId'`: a deputy acts as themselves, a unit replies as itself).
 * A list (`units`, `deputies`, any `multiple` field) starts with the account's own id where it has `self`; a `rows`
 * field is a list of records with its `columns` (at least `minRows` of them).
 */
export function emptyForm(forms, action, account) {
  const values = {};
  for (const field of forms[action] ?? []) {
    const own = field.self && account?.[field.self];
    if (field.kind === 'units' || field.kind === 'deputies' || field.multiple) values[field.name] = own ? [own] : [];
    else if (field.kind === 'rows') values[field.name] = Array.from({ length: field.minRows ?? 1 }, () => emptyRow(field));
    else if (field.kind === 'switch') values[field.name] = false;
    else if (field.kind === 'number') values[field.name] = null;
    else values[field.name] = own || '';
  }
  return values;
}

/** A fresh row of a `rows` field. */
export function emptyRow(field) {
  return emptyForm({ row: field.columns }, 'row');
}

/** The command's JSON body: empty optional fields left out, in the rows of a list of records too. */
export function commandBody(values) {
  const clean = (value) => (Array.isArray(value)
    ? value.map((item) => (item && typeof item === 'object' ? commandBody(item) : item)) : value);
  return Object.fromEntries(Object.entries(values).filter(([, value]) =>
    value !== '' && value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([name, value]) => [name, clean(value)]));
}

export { fieldErrors } from '../../forms/commandForm.js';

/** Whether the server refused because the case changed since the page read its version. */
export function isStale(error) {
  const type = error?.problem?.type ?? '';
  return error?.status === 409 && (type.endsWith(':stale-version') || type.endsWith(':concurrent-change'));
}

/** A new key for one form: every retry of the same form sends it, so the server acts at most once. */
export function newIdempotencyKey() {
  return globalThis.crypto.randomUUID();
}

/**
 * Posts a command with the form's key (`Idempotency-Key`) and, when given, the version it acts on (`If-Match`);
 * answers the command's acknowledgement (`aggregateId`, `version`, the handler's `result`).
 */
export async function postCommand(url, body, { key, version } = {}, options = {}) {
  const headers = { ...(await csrfHeaders()), 'Idempotency-Key': key };
  if (version !== undefined && version !== null) headers['If-Match'] = `"${version}"`;
  return postJson(url, body, { ...options, headers });
}

/** Sends an action to `{path}/{id}/{action}` with the version the page read (`If-Match`) and the form's key. */
export function sendAction(path, caseId, action, values, { version, key }, options = {}) {
  return postCommand(`${path}/${encodeURIComponent(caseId)}/${action}`, commandBody(values), { version, key }, options);
}

/** The action that shows a case's people in full (docs/roles.md); the allowed-actions answer lists it last. */
export const REVEAL_PEOPLE = 'reveal-people';

/** A case's people, masked: GET `{path}/{id}/people`. */
export const fetchPeople = (path, caseId) => getJson(`${path}/${encodeURIComponent(caseId)}/people`);

/**
 * Shows a case's people in full, for a reason the server records (PersonalDataViewed). A fresh key each time: every
 * view is a view of its own, and only a first answer carries the people (a replayed one does not).
 */
export async function revealPeople(path, caseId, reason) {
  const accepted = await postCommand(`${path}/${encodeURIComponent(caseId)}/${REVEAL_PEOPLE}`, { reason },
    { key: newIdempotencyKey() });
  return accepted?.result ?? [];
}

export const fetchHistory = (id) => getJson(`/api/cases/${encodeURIComponent(id)}/history`);
export const fetchDeputies = () => getJson('/api/deputies');
export const fetchUnits = () => getJson('/api/units');
export const fetchRegions = () => getJson('/api/regions');
