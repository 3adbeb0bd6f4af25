/**
 * The ballot pages' own part (民生实事票决 list and case page): statuses, levels and proposers, the list's filter
 * fields, and the form of each clerk's action with its command's fields in Chinese (shared-events
 * cn.luzhi.events.ballot). Checking in (at the door) and voting (on the deputy's phone, with a secret ballot paper)
 * have pages of their own: this page does not offer them. What every case type shares is in ../cases/cases.js.
 */
import { getJson } from '../../api/http.js';
import { fetchList, listStateInAddress } from '../cases/cases.js';

export const STATUSES = [
  { value: 'COLLECTING', label: '征集中' },
  { value: 'SHORTLISTED', label: '已初定' },
  { value: 'OPEN', label: '投票中' },
  { value: 'CLOSED', label: '投票已截止' },
  { value: 'PUBLISHED', label: '结果已公布' },
];

export const LEVELS = [
  { value: 'CONGRESS', label: '人代会票决' },
  { value: 'TOWN', label: '镇街票选' },
];

export const PROPOSER_KINDS = [
  { value: 'CITIZEN', label: '群众建议' },
  { value: 'DEPUTY', label: '代表提出' },
  { value: 'GOVERNMENT', label: '政府部门提出' },
];

/**
 * The list's filter fields, as the query API names them (query-side BallotFilter; `q`: words of the title or the
 * reason of the shortlist).
 */
export const FILTER_FIELDS = ['status', 'q', 'level', 'regionId', 'year'];

/** The list's filter, page and order in the address; the newest ballot first by default. */
export const LIST_IN_ADDRESS = listStateInAddress(FILTER_FIELDS, { defaultSort: '-createdAt' });

export const BALLOTS = '/api/ballots';
/** The list as an Excel workbook, for the same filter and order. */
export const BALLOTS_EXPORT = `${BALLOTS}/export.xlsx`;

export const fetchBallots = (listState, options = {}) => fetchList(BALLOTS, listState, options);
export const fetchBallot = (id) => getJson(`${BALLOTS}/${encodeURIComponent(id)}`);
export const fetchActions = (id) => getJson(`${BALLOTS}/${encodeURIComponent(id)}/actions`);

/**
 * Allowed by the server but not offered on this page, and why: a ballot paper code is handed to the deputy who
 * checks in and to nobody else, and the vote is secret, so check-in happens at the door (票决会场, ballot-desk.html,
 * or the deputy's own phone) and the vote on the deputy's phone (票决投票, vote.html).
 */
export const NOT_OFFERED = {
  'check-in': '在「票决会场」页面或代表本人手机上签到，选票码只交给代表本人',
  vote: '无记名投票由代表本人在手机上（「票决投票」页面）进行',
};

/** Creating a ballot opens the collection of candidates (征集). */
export const CREATE = { action: 'create', summary: '创建民生实事项目票决' };

/** The next free candidate number of the form `c1`, `c2`, …, after those collected already. */
export function nextCandidateId(ballot) {
  const taken = new Set((ballot?.candidates ?? []).map((c) => c.candidateId));
  let n = taken.size + 1;
  while (taken.has(`c${n}`)) n += 1;
  return `c${n}`;
}

/** The candidates as choices of the shortlist, in the order they were collected or ranked. */
export function candidateChoices(ballot) {
  return (ballot?.candidates ?? []).map((c) => ({ value: c.candidateId, label: `${c.title}（${c.candidateId}）` }));
}

/**
 * The form of each action (the command route's last path segment, `create` for a new ballot): its command's
 * fields in Chinese. See ../cases/ActionDialog.vue for the kinds.
 */
export const ACTION_FORMS = {
  create: [
    { name: 'title', label: '票决名称', kind: 'text', required: true },
    { name: 'level', label: '票决层级', kind: 'choice', options: LEVELS, required: true },
    { name: 'regionId', label: '所属区域', kind: 'region', required: true },
    { name: 'year', label: '项目年度', kind: 'number', min: 2000, max: 2100, required: true,
      initial: () => new Date().getFullYear() },
  ],
  'collect-candidate': [
    { name: 'candidateId', label: '候选项目编号（字母、数字）', kind: 'text', required: true,
      initial: nextCandidateId },
    { name: 'title', label: '项目名称', kind: 'text', required: true },
    { name: 'description', label: '项目内容', kind: 'textarea', required: true },
    { name: 'proposerKind', label: '项目来源', kind: 'choice', options: PROPOSER_KINDS, required: true },
    { name: 'estimatedBudget', label: '预算金额（元）', kind: 'number', precision: 2, min: 0.01, required: true },
  ],
  shortlist: [
    { name: 'candidateIds', label: '候选项目（按选票上的顺序选择）', kind: 'choice', multiple: true,
      options: candidateChoices, required: true },
    { name: 'reason', label: '初定说明', kind: 'textarea' },
  ],
  open: [
    { name: 'maxChoices', label: '每张选票最多可选项数', kind: 'number', min: 1, required: true },
    { name: 'deputyIds', label: '表决代表', kind: 'deputies', required: true },
    { name: 'closesAt', label: '投票截止时间', kind: 'datetime', required: true },
  ],
  close: [{ name: 'reason', label: '截止说明', kind: 'textarea' }],
  'publish-tally': [],
};
