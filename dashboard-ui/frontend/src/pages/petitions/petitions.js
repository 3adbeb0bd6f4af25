/**
 * The petition pages' own part (民意诉求 list and case page): the statuses, the list's filter fields, the form of
 * each action with its command's fields in Chinese, and registering a petition by hand. What every case type shares
 * is in ../cases/cases.js.
 */
import { getJson } from '../../api/http.js';
import {
  SATISFACTIONS, commandBody, emptyForm as emptyFormOf, fetchList, listStateInAddress, postCommand,
  sendAction as sendTo,
} from '../cases/cases.js';

export {
  PAGE_SIZES, SATISFACTIONS, commandBody, deadlineText, fetchDeputies, fetchHistory, fetchRegions, fetchUnits,
  fieldErrors, formatDateTime, isStale, newIdempotencyKey, sortParam, tableSort,
} from '../cases/cases.js';

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

/** The source of a 12345 difficult ticket (12345疑难工单), which carries the hotline's ticket. */
export const HOTLINE = 'HOTLINE_12345';

/** Every source, for the list's filter (the cockpit's source panel links here with one of them). */
export const SOURCES = [
  { value: 'DEPUTY_QR_CODE', label: '代表码' },
  { value: 'STATION_QR_CODE', label: '家站码' },
  { value: 'STATION_VISIT', label: '进站接待' },
  { value: HOTLINE, label: '12345疑难工单' },
  { value: 'LETTERS_AND_VISITS', label: '信访代办' },
  { value: 'LETTER_OR_PHONE', label: '来信来电登记' },
];

/** How a petition a clerk registers by hand arrived (the QR-code sources are the citizens' own). */
export const MANUAL_SOURCES = [
  { value: 'LETTER_OR_PHONE', label: '来信来电登记' },
  { value: 'STATION_VISIT', label: '进站接待' },
  { value: 'LETTERS_AND_VISITS', label: '信访代办' },
  { value: 'HOTLINE_12345', label: '12345疑难工单' },
];

/**
 * The list's filter fields, as the query API names them (query-side PetitionFilter; `q`: words to find;
 * `ticketNumber`: a 12345 ticket's number, exactly).
 */
export const FILTER_FIELDS = ['status', 'q', 'source', 'ticketNumber', 'regionId', 'unitId', 'deputyId', 'overdue',
  'from', 'to'];
/** The list's filter, page and order in the address. */
export const LIST_IN_ADDRESS = listStateInAddress(FILTER_FIELDS);

/** The list's state from the address (`?status=FORWARDED&page=2&sort=-replyDueAt`), so a reload keeps it. */
export const listStateFromSearch = LIST_IN_ADDRESS.fromSearch;

/** The address's query for a list state; the page in it counts from 1, as the pager shows it. */
export const searchOfListState = LIST_IN_ADDRESS.toSearch;

export const PETITIONS = '/api/petitions';
/** The list as an Excel workbook, for the same filter and order. */
export const PETITIONS_EXPORT = `${PETITIONS}/export.xlsx`;

export const fetchPetitions = (listState, options = {}) => fetchList(PETITIONS, listState, options);

/**
 * The form of each action: its command's fields (shared-events cn.luzhi.events.petition) in Chinese. `kind` picks
 * the control (see ActionDialog.vue); `self` prefills the account's own deputy or unit.
 */
export const ACTION_FORMS = {
  accept: [
    { name: 'deputyId', label: '受理代表', kind: 'deputy', required: true, self: 'deputyId' },
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
    { name: 'unitId', label: '答复单位', kind: 'caseUnit', required: true, self: 'unitId' },
    { name: 'reply', label: '答复内容', kind: 'textarea', required: true },
  ],
  'follow-up': [{ name: 'note', label: '回访情况', kind: 'textarea', required: true }],
  rate: [
    { name: 'satisfaction', label: '群众评价', kind: 'choice', options: SATISFACTIONS, required: true },
    { name: 'reason', label: '评价说明', kind: 'textarea' },
  ],
  close: [{ name: 'reason', label: '办结说明', kind: 'textarea' }],
  urge: [{ name: 'reason', label: '督办意见', kind: 'textarea', required: true }],
  withdraw: [{ name: 'reason', label: '撤回原因', kind: 'textarea' }],
  merge: [
    { name: 'intoPetitionId', label: '并入的诉求编号', kind: 'text', required: true },
    { name: 'reason', label: '合并说明', kind: 'textarea' },
  ],
  'record-hotline-feedback': [
    { name: 'result', label: '反馈12345的办理结果', kind: 'textarea', required: true },
    { name: 'fedBackOn', label: '反馈日期', kind: 'date', required: true },
  ],
};

/** A fresh form's values; a deputy accepts as themselves, a unit replies as itself. */
export function emptyForm(action, account) {
  return emptyFormOf(ACTION_FORMS, action, account);
}

/** Sends an action with the version the page read (`If-Match`) and the form's key. */
export function sendAction(petitionId, action, values, sent, options = {}) {
  return sendTo(PETITIONS, petitionId, action, values, sent, options);
}

/** Registers a petition; answers the command's acknowledgement with the new case's `aggregateId`. */
export function registerPetition(values, key, options = {}) {
  const petitioner = commandBody({ name: values.name, phone: values.phone, idNumber: values.idNumber });
  const body = commandBody({
    source: values.source, regionId: values.regionId, stationId: values.stationId, deputyId: values.deputyId,
    title: values.title, content: values.content,
  });
  // Only a 12345 ticket carries the hotline's data; fields typed before the source changed are not sent.
  const hotlineTicket = values.source === HOTLINE ? commandBody({
    ticketNumber: values.ticketNumber, receivedOn: values.receivedOn, escalationReason: values.escalationReason,
  }) : {};
  return postCommand(PETITIONS, {
    ...body, petitioner, ...(Object.keys(hotlineTicket).length ? { hotlineTicket } : {}),
  }, { key }, options);
}

/** The petition a refusal to register twice names (`{ id, title }`), or null for any other refusal. */
export function duplicateOf(problem) {
  return problem?.existingId ? { id: problem.existingId, title: problem.existingTitle ?? problem.existingId } : null;
}

export const fetchPetition = (id) => getJson(`/api/petitions/${encodeURIComponent(id)}`);
export const fetchActions = (id) => getJson(`/api/petitions/${encodeURIComponent(id)}/actions`);
