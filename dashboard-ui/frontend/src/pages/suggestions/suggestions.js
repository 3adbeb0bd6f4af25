/**
 * The suggestion and bill pages' own part (建议议案 list and case page): the statuses, kinds and handling results,
 * the list's filter fields, and the form of each action with its command's fields in Chinese (shared-events
 * cn.luzhi.events.suggestion). What every case type shares is in ../cases/cases.js.
 */
import { getJson } from '../../api/http.js';
import { SATISFACTIONS, fetchList, listStateInAddress } from '../cases/cases.js';

export const STATUSES = [
  { value: 'DRAFTED', label: '草拟中' },
  { value: 'SUBMITTED', label: '待审查' },
  { value: 'ACCEPTED', label: '已立案' },
  { value: 'ASSIGNED', label: '办理中' },
  { value: 'REPLIED', label: '已答复' },
  { value: 'REHANDLING', label: '重新办理' },
  { value: 'RATED', label: '已评价' },
  { value: 'CLOSED', label: '已办结' },
  { value: 'MERGED', label: '已并案' },
  { value: 'RETURNED', label: '已退回' },
];

/** The statuses after which nothing is due any more (SuggestionStatus#terminal). */
export const ENDED = ['CLOSED', 'MERGED', 'RETURNED'];

export const KINDS = [
  { value: 'SUGGESTION', label: '建议' },
  { value: 'BILL', label: '议案' },
];

/** The handling results a unit's reply sets (HandlingResult): A, B and C. */
export const RESULTS = [
  { value: 'SOLVED_OR_ADOPTED', label: 'A类：已解决或采纳' },
  { value: 'BEING_SOLVED_OR_PLANNED', label: 'B类：正在解决或列入计划' },
  { value: 'KEPT_FOR_REFERENCE', label: 'C类：暂不具备条件、留作参考' },
];

/** What a year's follow-up (回头看) of a B-class suggestion found (FollowUpOutcome). */
export const FOLLOW_UP_OUTCOMES = [
  { value: 'SOLVED', label: '已解决' },
  { value: 'STILL_IN_PROGRESS', label: '仍在推进' },
  { value: 'NOT_YET_POSSIBLE', label: '暂不具备条件' },
];

/** What the procuratorate did with a suggestion passed to it (ProcuratorateOutcome). */
export const PROCURATORATE_OUTCOMES = [
  { value: 'SUGGESTION_ISSUED', label: '已制发公益诉讼检察建议' },
  { value: 'LAWSUIT_FILED', label: '已提起公益诉讼' },
  { value: 'DECLINED', label: '不予立案' },
];

/** The directions of the conversion with procuratorates (双向衔接转化), as the list's `conversion` filter. */
export const CONVERSIONS = [
  { value: 'TO_PROCURATORATE', label: '转为检察建议' },
  { value: 'FROM_PROCURATORATE', label: '由检察建议转化' },
];

export const SESSION_PERIODS = [
  { value: 'DURING_SESSION', label: '大会期间' },
  { value: 'RECESS', label: '闭会期间' },
];

/** The list's filter fields, as the query API names them (query-side SuggestionFilter; `q`: words to find). */
export const FILTER_FIELDS = ['status', 'kind', 'result', 'q', 'regionId', 'unitId', 'deputyId', 'overdue',
  'keySupervision', 'from', 'to', 'conversion', 'followUpYear'];

/** The list's filter, page and order in the address; the latest drafted first by default. */
export const LIST_IN_ADDRESS = listStateInAddress(FILTER_FIELDS, { defaultSort: '-draftedAt' });

export const SUGGESTIONS = '/api/suggestions';
/** The list as an Excel workbook, for the same filter and order. */
export const SUGGESTIONS_EXPORT = `${SUGGESTIONS}/export.xlsx`;

export const fetchSuggestions = (listState, options = {}) => fetchList(SUGGESTIONS, listState, options);
export const fetchSuggestion = (id) => getJson(`${SUGGESTIONS}/${encodeURIComponent(id)}`);
export const fetchActions = (id) => getJson(`${SUGGESTIONS}/${encodeURIComponent(id)}/actions`);

/** The units handling a suggestion (the details' `{ id, name }`) as the action form's reply units. */
export function handlingUnits(suggestion) {
  return (suggestion?.units ?? []).map((unit) => ({ unitId: unit.id, name: unit.name }));
}

/**
 * The form of each action (the command route's last path segment): its command's fields in Chinese. See
 * ActionDialog.vue for the kinds; `self` prefills the account's own deputy or unit.
 */
export const ACTION_FORMS = {
  invite: [{ name: 'deputyIds', label: '邀请联名代表', kind: 'deputies', required: true }],
  'co-sign': [{ name: 'deputyId', label: '联名代表', kind: 'deputy', required: true, self: 'deputyId' }],
  submit: [{ name: 'sessionPeriod', label: '提出时间', kind: 'choice', options: SESSION_PERIODS, required: true }],
  accept: [{ name: 'reason', label: '立案意见', kind: 'textarea' }],
  return: [{ name: 'reason', label: '退回理由', kind: 'textarea', required: true }],
  merge: [
    { name: 'intoSuggestionId', label: '并入的建议编号', kind: 'text', required: true },
    { name: 'reason', label: '并案说明', kind: 'textarea' },
  ],
  'handle-as-suggestion': [{ name: 'reason', label: '转为建议处理的理由', kind: 'textarea', required: true }],
  assign: [
    { name: 'leadUnitId', label: '主办单位', kind: 'unit', required: true },
    { name: 'coUnitIds', label: '协办单位', kind: 'units' },
    { name: 'reason', label: '交办意见', kind: 'textarea' },
  ],
  extend: [
    { name: 'replyDueAt', label: '新的答复期限', kind: 'datetime', required: true },
    { name: 'reason', label: '延期理由', kind: 'textarea', required: true },
  ],
  meet: [
    { name: 'unitId', label: '承办单位', kind: 'caseUnit', required: true, self: 'unitId' },
    { name: 'note', label: '沟通情况', kind: 'textarea', required: true },
  ],
  opinion: [
    { name: 'unitId', label: '协办单位', kind: 'caseUnit', required: true, self: 'unitId' },
    { name: 'opinion', label: '协办意见', kind: 'textarea', required: true },
  ],
  reply: [
    { name: 'unitId', label: '答复单位', kind: 'caseUnit', required: true, self: 'unitId' },
    { name: 'result', label: '办理结果', kind: 'choice', options: RESULTS, required: true },
    { name: 'reply', label: '答复内容', kind: 'textarea', required: true },
  ],
  rate: [
    { name: 'satisfaction', label: '代表评价', kind: 'choice', options: SATISFACTIONS, required: true },
    { name: 'reason', label: '评价说明', kind: 'textarea' },
  ],
  close: [{ name: 'reason', label: '办结说明', kind: 'textarea' }],
  urge: [{ name: 'reason', label: '督办意见', kind: 'textarea', required: true }],
  'key-supervision': [
    { name: 'leaderName', label: '领衔领导', kind: 'text', required: true },
    { name: 'leaderPosition', label: '领导职务', kind: 'text' },
    { name: 'reason', label: '督办说明', kind: 'textarea' },
  ],
  'follow-up': [
    {
      name: 'year', label: '回头看年度', kind: 'number', min: 2000, max: 2100, precision: 0, required: true,
      initial: () => new Date().getFullYear(),
    },
    { name: 'outcome', label: '回头看结果', kind: 'choice', options: FOLLOW_UP_OUTCOMES, required: true },
    { name: 'progress', label: '办理进展', kind: 'textarea', required: true },
  ],
  'convert-to-procuratorate': [
    { name: 'procuratorateId', label: '检察机关', kind: 'unit', required: true },
    { name: 'reason', label: '转化说明', kind: 'textarea' },
  ],
  'procuratorate-outcome': [
    { name: 'outcome', label: '检察机关办理结果', kind: 'choice', options: PROCURATORATE_OUTCOMES, required: true },
    { name: 'referenceNumber', label: '检察文书文号', kind: 'text' },
    { name: 'decidedOn', label: '决定日期', kind: 'date', required: true },
    { name: 'note', label: '说明', kind: 'textarea' },
  ],
};
