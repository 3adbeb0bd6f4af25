/**
 * The legislative opinion pages' own part (立法意见征集 list, case page and the deputy's phone form): the statuses,
 * the list's filter fields, and the form of each action with its command's fields in Chinese (shared-events
 * cn.luzhi.events.legislation). What every case type shares is in ../cases/cases.js.
 */
import { ref } from 'vue';
import { getJson } from '../../api/http.js';
import { fetchList, listStateInAddress } from '../cases/cases.js';

export const STATUSES = [
  { value: 'OPEN', label: '征求意见中' },
  { value: 'CLOSED', label: '征求意见已截止' },
  { value: 'FORWARDED', label: '意见已报送' },
  { value: 'FEEDBACK_RECORDED', label: '已反馈采纳情况' },
];

export const SOURCES = [
  { value: 'DEPUTY', label: '代表收集' },
  { value: 'CLERK', label: '联系点工作人员收集' },
];

/** The list's filter fields, as the query API names them (query-side LegislativeDraftFilter). */
export const FILTER_FIELDS = ['status', 'year', 'q'];

/** The list's filter, page and order in the address; the newest draft first by default. */
export const LIST_IN_ADDRESS = listStateInAddress(FILTER_FIELDS, { defaultSort: '-openedAt' });

export const DRAFTS = '/api/legislative-drafts';
export const DRAFTS_EXPORT = `${DRAFTS}/export.xlsx`;

export const fetchDrafts = (listState, options = {}) => fetchList(DRAFTS, listState, options);
export const fetchDraft = (id) => getJson(`${DRAFTS}/${encodeURIComponent(id)}`);
export const fetchActions = (id) => getJson(`${DRAFTS}/${encodeURIComponent(id)}/actions`);
export const fetchFigures = (year) => getJson(`${DRAFTS}/figures`, year ? { year } : {});

/** The designated liaison points, for the form that opens a draft (loaded by the list page). */
export const liaisonPoints = ref([]);

export async function loadLiaisonPoints() {
  const stations = await getJson('/api/stations');
  liaisonPoints.value = stations.filter((s) => s.liaisonPoint && s.status === 'OPEN')
    .map((s) => ({ value: s.stationId, label: s.name }));
}

/** The opinions of a draft that stand on their own (not merged into another), as choices「第N条：…」. */
export function activeOpinions(draft, only = () => true) {
  return (draft?.opinions ?? []).filter((o) => o.mergedInto == null && only(o))
    .map((o) => ({ value: o.number, label: `第${o.number}条：${o.content.slice(0, 30)}` }));
}

/** What the opinion's state is, in a word: merged into which, adopted, forwarded, or collected. */
export function opinionState(opinion) {
  if (opinion.mergedInto != null) return `已并入第${opinion.mergedInto}条`;
  if (opinion.adopted) return '已采纳';
  if (opinion.forwarded) return '已报送';
  return '已收集';
}

/** Who brought the opinion: the deputy's name, the clerk, or a citizen (whose name only the people section shows). */
export function opinionBy(opinion) {
  if (opinion.deputyName || opinion.deputyId) return `代表${opinion.deputyName ?? opinion.deputyId}`;
  return opinion.sourceLabel;
}

/** Opening a draft for comment (发布征求意见). */
export const OPEN = { action: 'create', summary: '发布征求意见' };

/** Today in Beijing (yyyy-mm-dd), for the forwarding date. */
export function todayInChina(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** The form of each action (the command route's last path segment, `create` for opening a draft). */
export const ACTION_FORMS = {
  create: [
    { name: 'title', label: '法规草案名称', kind: 'text', required: true },
    { name: 'legislature', label: '制定机关（征求意见的立法机关）', kind: 'text', required: true },
    { name: 'text', label: '草案文本（与链接至少填一项）', kind: 'textarea' },
    { name: 'link', label: '草案链接', kind: 'text' },
    { name: 'closesOn', label: '征求意见截止日期', kind: 'date', required: true },
    { name: 'liaisonPointIds', label: '征求意见的基层立法联系点', kind: 'choice', multiple: true, required: true,
      options: () => liaisonPoints.value },
  ],
  'collect-opinion': [
    { name: 'stationId', label: '联系点', kind: 'choice', required: true,
      options: (draft) => (draft?.liaisonPoints ?? []).map((p) => ({ value: p.stationId, label: p.name ?? p.stationId })) },
    { name: 'source', label: '意见来源', kind: 'choice', options: SOURCES, required: true },
    { name: 'deputyId', label: '收集意见的代表（代表收集时填写）', kind: 'deputy', self: 'deputyId' },
    { name: 'article', label: '涉及条款（可不填）', kind: 'text' },
    { name: 'content', label: '意见内容', kind: 'textarea', required: true },
  ],
  'merge-opinions': [
    { name: 'intoNumber', label: '保留的意见', kind: 'choice', required: true, options: (draft) => activeOpinions(draft) },
    { name: 'duplicateNumbers', label: '并入的重复意见', kind: 'choice', multiple: true, required: true,
      options: (draft) => activeOpinions(draft) },
    { name: 'reason', label: '合并理由', kind: 'textarea', required: true },
  ],
  'close-comment': [{ name: 'reason', label: '提前截止的原因', kind: 'textarea' }],
  'forward-opinions': [
    { name: 'opinionNumbers', label: '报送的意见', kind: 'choice', multiple: true, required: true,
      options: (draft) => activeOpinions(draft), initial: (draft) => activeOpinions(draft).map((o) => o.value) },
    { name: 'forwardedOn', label: '报送日期', kind: 'date', required: true, initial: () => todayInChina() },
    { name: 'note', label: '报送说明', kind: 'textarea' },
  ],
  'record-feedback': [
    { name: 'adoptedNumbers', label: '被采纳的意见（均未采纳则不选）', kind: 'choice', multiple: true,
      options: (draft) => activeOpinions(draft, (o) => o.forwarded) },
    { name: 'note', label: '立法机关的反馈', kind: 'textarea', required: true },
  ],
};
