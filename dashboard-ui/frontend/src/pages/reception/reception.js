/**
 * The reception pages' own part (进家接待 list, reception page, figures): the statuses, the list's filter fields and
 * the form of each action with its command's fields in Chinese (shared-events cn.luzhi.events.reception). What
 * every case type shares is in ../cases/cases.js.
 */
import { getJson } from '../../api/http.js';
import { fetchList, listStateInAddress } from '../cases/cases.js';

export const STATUSES = [
  { value: 'OPEN', label: '有待办问题' },
  { value: 'SETTLED', label: '已办结' },
];

/** The list's filter fields, as the query API names them (query-side ReceptionFilter; `q`: words of an issue). */
export const FILTER_FIELDS = ['status', 'q', 'stationId', 'deputyId', 'year'];

/** The list's filter, page and order in the address; the latest reception first by default. */
export const LIST_IN_ADDRESS = listStateInAddress(FILTER_FIELDS, { defaultSort: '-receivedAt' });

export const RECEPTIONS = '/api/receptions';
export const RECEPTION_EXPORT = `${RECEPTIONS}/export.xlsx`;

export const fetchReceptions = (listState, options = {}) => fetchList(RECEPTIONS, listState, options);
/** The reception's page data, flattened so the case page finds `status` and `lastGlobalIndex` at the top. */
export const fetchReception = async (id) => {
  const page = await getJson(`${RECEPTIONS}/${encodeURIComponent(id)}`);
  return { ...page.reception, ...page };
};
export const fetchActions = (id) => getJson(`${RECEPTIONS}/${encodeURIComponent(id)}/actions`);
export const fetchFigures = (year) => getJson(`/api/reception-figures?year=${encodeURIComponent(year)}`);

/** The names of the deputies who received. */
export function deputyNames(reception) {
  return (reception?.deputies ?? []).map((d) => d.name ?? d.id).join('、') || '—';
}

/** A reception has no title: where and when it was held. */
export function receptionTitle(reception) {
  const station = reception?.station?.name ?? reception?.station?.id ?? '';
  const day = reception?.receivedAt ? new Date(reception.receivedAt).toLocaleDateString('zh-CN') : '';
  return `${station}进家接待 ${day}`.trim();
}

/** The numbers of the issues neither answered nor turned into a petition: what the actions may act on. */
export function openIssueChoices(reception) {
  return (reception?.issues ?? []).filter((issue) => !issue.answer && !issue.petitionId)
    .map((issue) => ({ value: issue.issueNumber, label: `${issue.issueNumber}. ${issue.text}` }));
}

const received = (deputy, reception) => (reception?.deputies ?? []).some((d) => d.id === deputy.deputyId);

/** Recording a reception (登记接待): a deputy names themselves among those who received. */
export const RECORD = { action: 'create', summary: '登记进家接待' };

/**
 * The form of each action (the command route's last path segment, `create` for recording): its command's fields
 * in Chinese. See ../cases/ActionDialog.vue for the kinds. An issue left without an answer stays open.
 */
export const ACTION_FORMS = {
  create: [
    { name: 'stationId', label: '代表之家（站）', kind: 'station', required: true },
    { name: 'receivedAt', label: '接待时间', kind: 'datetime', required: true, initial: () => new Date().toISOString() },
    { name: 'deputyIds', label: '接待代表', kind: 'deputies', required: true, self: 'deputyId' },
    { name: 'citizensReceived', label: '接待群众（人）', kind: 'number', min: 1, required: true },
    { name: 'issues', label: '反映问题', kind: 'rows', minRows: 0, columns: [
      { name: 'text', label: '问题', required: true },
      { name: 'answer', label: '当场答复', kind: 'textarea' },
    ] },
  ],
  'answer-issue': [
    { name: 'issueNumber', label: '问题', kind: 'choice', required: true, options: openIssueChoices },
    { name: 'answer', label: '答复内容', kind: 'textarea', required: true },
  ],
  'turn-into-petition': [
    { name: 'issueNumber', label: '问题', kind: 'choice', required: true, options: openIssueChoices },
    { name: 'deputyId', label: '受理代表', kind: 'deputy', required: true, self: 'deputyId', only: received },
    { name: 'regionId', label: '所属区域', kind: 'region', required: true },
    { name: 'petitionerName', label: '反映人姓名', kind: 'text', required: true, personal: true },
    { name: 'petitionerPhone', label: '反映人电话（可不填）', kind: 'text', personal: true },
    { name: 'title', label: '诉求标题', kind: 'text', required: true },
  ],
};

/** The command's shape: the petitioner's details are one record (PersonDetails), the form has them side by side. */
export function shapeCommand(body) {
  if (!('petitionerName' in body)) return body;
  const { petitionerName, petitionerPhone, ...rest } = body;
  return { ...rest, petitioner: petitionerPhone ? { name: petitionerName, phone: petitionerPhone } : { name: petitionerName } };
}
