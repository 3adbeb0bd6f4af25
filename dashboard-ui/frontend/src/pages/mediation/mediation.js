/**
 * The mediation pages' own part (调解案件 list and case page): the statuses and kinds of dispute, the list's filter
 * fields, and the form of each action with its command's fields in Chinese (shared-events
 * cn.luzhi.events.mediation). What every case type shares is in ../cases/cases.js.
 */
import { getJson } from '../../api/http.js';
import { SATISFACTIONS, fetchList, listStateInAddress } from '../cases/cases.js';

export const STATUSES = [
  { value: 'REFERRED', label: '待指派调解员' },
  { value: 'MEDIATING', label: '调解中' },
  { value: 'SETTLED', label: '调解成功' },
  { value: 'FAILED', label: '调解不成' },
  { value: 'WITHDRAWN', label: '已撤回' },
];

/** The statuses after which mediation is over (MediationCaseStatus#isTerminal): no deadline runs any more. */
export const ENDED = ['SETTLED', 'FAILED', 'WITHDRAWN'];

export const DISPUTE_TYPES = [
  { value: 'NEIGHBOURS', label: '相邻关系' },
  { value: 'LABOUR', label: '劳动争议' },
  { value: 'CONTRACT', label: '合同纠纷' },
  { value: 'PROPERTY_MANAGEMENT', label: '物业纠纷' },
  { value: 'INTELLECTUAL_PROPERTY', label: '知识产权' },
  { value: 'MARRIAGE_AND_FAMILY', label: '婚姻家庭' },
  { value: 'TRAFFIC_ACCIDENT', label: '交通事故' },
  { value: 'OTHER', label: '其他' },
];

/**
 * The list's filter fields, as the query API names them (query-side MediationCaseFilter; unitId is the court; `q`:
 * words of the case number or the court's ruling number).
 */
export const FILTER_FIELDS = ['status', 'q', 'disputeType', 'regionId', 'unitId', 'deputyId', 'overdue', 'from',
  'to'];

/** The list's filter, page and order in the address; newest referral first by default. */
export const LIST_IN_ADDRESS = listStateInAddress(FILTER_FIELDS, { defaultSort: '-referredAt' });

export const MEDIATION_CASES = '/api/mediation-cases';
/** The list as an Excel workbook, for the same filter and order. */
export const MEDIATION_EXPORT = `${MEDIATION_CASES}/export.xlsx`;

export const fetchMediationCases = (listState, options = {}) => fetchList(MEDIATION_CASES, listState, options);
export const fetchMediationCase = (id) => getJson(`${MEDIATION_CASES}/${encodeURIComponent(id)}`);
export const fetchActions = (id) => getJson(`${MEDIATION_CASES}/${encodeURIComponent(id)}/actions`);

/** A mediation case has no title of its own: its kind of dispute and the court that referred it. */
export function caseTitle(mediationCase) {
  const court = mediationCase?.court?.name ?? mediationCase?.court?.id;
  return court ? `${mediationCase.disputeTypeLabel}（${court}委派）` : mediationCase?.disputeTypeLabel ?? '';
}

/** The names of the deputies mediating the case, 「—」 for none yet. */
export function mediatorNames(mediationCase) {
  return (mediationCase?.mediators ?? []).map((m) => m.name ?? m.id).join('、') || '—';
}

const mediates = (deputy, mediationCase) => (mediationCase?.mediators ?? []).some((m) => m.id === deputy.deputyId);

/** Registering a court-referred case (法院委派): the parties' personal data goes to the vault, never to a list. */
export const REGISTER = { action: 'create', summary: '法院委派调解案件' };

/**
 * The form of each action (the command route's last path segment, `create` for registering): its command's
 * fields in Chinese. See ../cases/ActionDialog.vue for the kinds.
 */
export const ACTION_FORMS = {
  create: [
    { name: 'courtId', label: '委派法院', kind: 'unit', required: true, self: 'unitId' },
    { name: 'disputeType', label: '纠纷类型', kind: 'choice', options: DISPUTE_TYPES, required: true },
    { name: 'regionId', label: '所属区域', kind: 'region', required: true },
    { name: 'parties', label: '当事人', kind: 'rows', minRows: 2, personal: true, columns: [
      { name: 'name', label: '姓名', required: true },
      { name: 'phone', label: '联系电话' },
      { name: 'idNumber', label: '身份证号码' },
    ] },
    { name: 'amountInDispute', label: '争议金额（元，可不填）', kind: 'number', precision: 2 },
    { name: 'summary', label: '纠纷概要', kind: 'textarea', required: true },
  ],
  'assign-mediators': [
    { name: 'deputyIds', label: '调解员（调解员库中的代表）', kind: 'deputies', mediators: true, required: true,
      only: (deputy, mediationCase) => !mediates(deputy, mediationCase) },
    { name: 'reason', label: '指派说明', kind: 'textarea' },
  ],
  'release-mediator': [
    { name: 'deputyId', label: '撤换的调解员', kind: 'deputy', required: true, only: mediates },
    { name: 'reason', label: '撤换理由', kind: 'textarea', required: true },
  ],
  'record-session': [
    { name: 'mediatorId', label: '主持调解的调解员', kind: 'deputy', required: true, self: 'deputyId', only: mediates },
    { name: 'heldAt', label: '调解时间', kind: 'datetime', required: true, initial: () => new Date().toISOString() },
    { name: 'place', label: '调解地点', kind: 'text', required: true },
    { name: 'summary', label: '调解经过', kind: 'textarea', required: true },
  ],
  extend: [{ name: 'reason', label: '延期理由（双方同意继续调解）', kind: 'textarea', required: true }],
  settle: [
    { name: 'agreement', label: '调解协议内容', kind: 'textarea', required: true },
    { name: 'settledAmount', label: '协议金额（元，可不填）', kind: 'number', precision: 2 },
  ],
  fail: [{ name: 'reason', label: '调解不成的原因', kind: 'textarea', required: true }],
  withdraw: [{ name: 'reason', label: '撤回原因', kind: 'textarea', required: true }],
  'confirm-judicially': [{ name: 'rulingNumber', label: '司法确认裁定书文号', kind: 'text', required: true }],
  'follow-up': [
    { name: 'note', label: '回访情况', kind: 'textarea', required: true },
    { name: 'satisfaction', label: '当事人评价（可不填）', kind: 'choice', options: SATISFACTIONS },
  ],
};
