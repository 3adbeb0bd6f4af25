/**
 * The logic of the petition pages (民意诉求 list and case page): the list's filter in the address, deadlines in
 * words, the form of each action with its command's fields in Chinese, and the API calls with `If-Match` and one
 * `Idempotency-Key` per form.
 */
import { getJson, postJson } from '../../api/http.js';
import { csrfHeaders } from '../../api/csrf.js';

export const STATUSES = [
  { value: 'SUBMITTED', label: '待受理' },
  { value: 'ACCEPTED', label: '已受理' },
  { value: 'FORWARDED', label: '转办中' },
  { value: 'REPLIED', label: '已答复' },
  { value: 'FOLLOWED_UP', label: '已跟进' },
  { value: 'RATED', label: '已评价' },
  { value: 'REOPENED', label: '重新办理' },
  { value: 'CLOSED', label: '已办结' },
  { value: 'DECLINED', label: '不予受理' },
  { value: 'WITHDRAWN', label: '已撤回' },
  { value: 'MERGED', label: '已合并' },
];

/** How a petition a clerk registers by hand arrived (the QR-code sources are the citizens' own). */
export const MANUAL_SOURCES = [
  { value: 'LETTER_OR_PHONE', label: '来信来电登记' },
  { value: 'STATION_VISIT', label: '进站接待' },
  { value: 'LETTERS_AND_VISITS', label: '信访代办' },
  { value: 'HOTLINE_12345', label: '12345疑难工单' },
];

export const SATISFACTIONS = [
  { value: 'SATISFIED', label: '满意' },
  { value: 'BASICALLY_SATISFIED', label: '基本满意' },
  { value: 'UNSATISFIED', label: '不满意' },
];

/** The list's filter fields, as the query API names them (query-side PetitionFilter). */
export const FILTER_FIELDS = ['status', 'regionId', 'unitId', 'deputyId', 'overdue', 'from', 'to'];
export const PAGE_SIZES = [20, 50, 100];
const DEFAULT_SIZE = 20;

/** The list's state from the address (`?status=FORWARDED&page=2&sort=-replyDueAt`), so a reload keeps it. */
export function listStateFromSearch(search) {
  const params = new URLSearchParams(search);
  const filter = Object.fromEntries(FILTER_FIELDS.map((field) => [field, params.get(field) ?? '']));
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const sizeAsked = Number.parseInt(params.get('size') ?? '', 10);
  const size = PAGE_SIZES.includes(sizeAsked) ? sizeAsked : DEFAULT_SIZE;
  return { filter, page, size, sort: params.get('sort') ?? '' };
}

/** The address's query for a list state; the page in it counts from 1, as the pager shows it. */
export function searchOfListState({ filter, page, size, sort }) {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    if (filter[field]) {
      params.set(field, filter[field]);
    }
  }
  if (page > 1) params.set('page', String(page));
  if (size !== DEFAULT_SIZE) params.set('size', String(size));
  if (sort) params.set('sort', sort);
  const text = params.toString();
  return text ? `?${text}` : '';
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

export async function fetchPetitions({ filter, page, size, sort }, options = {}) {
  const params = { ...filter, page: page - 1, size, sort };
  return getJson('/api/petitions', params, options);
}

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/**
 * The reply deadline in words, as of `now`: 「剩余 5 天」, 「剩余 3 小时」, 「已逾期 2 天」; '' without a deadline or once
 * the petition is closed.
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
 * The form of each action: its command's fields (shared-events cn.luzhi.events.petition) in Chinese. `kind` picks
 * the control: text, textarea, deputy, units (several), unit (one), datetime, satisfaction.
 */
export const ACTION_FORMS = {
  accept: [
    { name: 'deputyId', label: '受理代表', kind: 'deputy', required: true },
    { name: 'reason', label: '受理意见', kind: 'textarea' },
  ],
  decline: [{ name: 'reason', label: '不予受理理由', kind: 'textarea', required: true }],
  forward: [
    { name: 'unitIds', label: '承办单位', kind: 'units', required: true },
    { name: 'replyDueAt', label: '答复期限（不填则按默认期限）', kind: 'datetime' },
    { name: 'reason', label: '转办意见', kind: 'textarea' },
  ],
  extend: [{ name: 'reason', label: '延期理由', kind: 'textarea', required: true }],
  reply: [
    { name: 'unitId', label: '答复单位', kind: 'unit', required: true },
    { name: 'reply', label: '答复内容', kind: 'textarea', required: true },
  ],
  'follow-up': [{ name: 'note', label: '回访情况', kind: 'textarea', required: true }],
  rate: [
    { name: 'satisfaction', label: '群众评价', kind: 'satisfaction', required: true },
    { name: 'reason', label: '评价说明', kind: 'textarea' },
  ],
  close: [{ name: 'reason', label: '办结说明', kind: 'textarea' }],
  urge: [{ name: 'reason', label: '督办意见', kind: 'textarea', required: true }],
  withdraw: [{ name: 'reason', label: '撤回原因', kind: 'textarea' }],
  merge: [
    { name: 'intoPetitionId', label: '并入的诉求编号', kind: 'text', required: true },
    { name: 'reason', label: '合并说明', kind: 'textarea' },
  ],
};

/** A fresh form's values; a deputy accepts as themselves, a unit replies as itself. */
export function emptyForm(action, account) {
  const values = {};
  for (const field of ACTION_FORMS[action] ?? []) {
    values[field.name] = field.kind === 'units' ? [] : '';
  }
  if (action === 'accept' && account?.deputyId) values.deputyId = account.deputyId;
  if (action === 'reply' && account?.unitId) values.unitId = account.unitId;
  return values;
}

/** The command's JSON body: empty optional fields left out. */
export function commandBody(values) {
  return Object.fromEntries(Object.entries(values).filter(([, value]) =>
    value !== '' && value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

/**
 * Per-field messages from an RFC 9457 problem body's `errors`: `unitIds[1]` belongs to the field `unitIds`, a
 * nested field keeps its path (`petitioner.phone`).
 */
export function fieldErrors(problem) {
  const errors = {};
  for (const error of problem?.errors ?? []) {
    const field = String(error.field ?? '').replace(/\[\d+\]/g, '');
    if (field && !errors[field]) errors[field] = error.message;
  }
  return errors;
}

/** Whether the server refused because the case changed since the page read its version. */
export function isStale(error) {
  const type = error?.problem?.type ?? '';
  return error?.status === 409 && (type.endsWith(':stale-version') || type.endsWith(':concurrent-change'));
}

/** A new key for one form: every retry of the same form sends it, so the server acts at most once. */
export function newIdempotencyKey() {
  return globalThis.crypto.randomUUID();
}

/** Sends an action with the version the page read (`If-Match`) and the form's key. */
export async function sendAction(petitionId, action, values, { version, key }, options = {}) {
  const headers = { ...(await csrfHeaders()), 'Idempotency-Key': key, 'If-Match': `"${version}"` };
  return postJson(`/api/petitions/${encodeURIComponent(petitionId)}/${action}`, commandBody(values),
    { ...options, headers });
}

/** Registers a petition; answers the command's acknowledgement with the new case's `aggregateId`. */
export async function registerPetition(values, key, options = {}) {
  const headers = { ...(await csrfHeaders()), 'Idempotency-Key': key };
  const petitioner = commandBody({ name: values.name, phone: values.phone, idNumber: values.idNumber });
  const body = commandBody({
    source: values.source, regionId: values.regionId, stationId: values.stationId, deputyId: values.deputyId,
    title: values.title, content: values.content,
  });
  return postJson('/api/petitions', { ...body, petitioner }, { ...options, headers });
}

export const fetchPetition = (id) => getJson(`/api/petitions/${encodeURIComponent(id)}`);
export const fetchActions = (id) => getJson(`/api/petitions/${encodeURIComponent(id)}/actions`);
export const fetchHistory = (id) => getJson(`/api/cases/${encodeURIComponent(id)}/history`);
export const fetchDeputies = () => getJson('/api/deputies');
export const fetchUnits = () => getJson('/api/units');
export const fetchRegions = () => getJson('/api/regions');

/** The region tree flattened for a picker, each name indented by its depth. */
export function flattenRegions(tree, depth = 0, out = []) {
  for (const region of tree ?? []) {
    out.push({ value: region.regionId, label: `${'　'.repeat(depth)}${region.name}` });
    flattenRegions(region.children, depth + 1, out);
  }
  return out;
}
