/**
 * The deputies' activities pages' own part (履职活动 list and case page): the statuses and kinds, the list's filter
 * fields and the form of each action with its command's fields in Chinese (shared-events cn.luzhi.events.duty).
 * What every case type shares is in ../cases/cases.js.
 */
import { getJson } from '../../api/http.js';
import { listStateInAddress } from '../cases/cases.js';

export const STATUSES = [
  { value: 'SCHEDULED', label: '已安排' },
  { value: 'CLOSED', label: '已结束' },
  { value: 'CANCELLED', label: '已取消' },
];

export const KINDS = [
  { value: 'SITTING', label: '列席会议' },
  { value: 'INSPECTION', label: '视察' },
  { value: 'LAW_ENFORCEMENT_CHECK', label: '执法检查' },
  { value: 'SURVEY', label: '调研' },
  { value: 'TRAINING', label: '学习培训' },
];

/** The list's filter fields: the query API's `status` and `kind`, and words looked for in the title and place. */
export const FILTER_FIELDS = ['status', 'kind', 'q'];

/** The list's filter and page in the address; the latest activity first, as the list API answers. */
export const LIST_IN_ADDRESS = listStateInAddress(FILTER_FIELDS, { defaultSort: '-startsAt' });

export const DUTY_ACTIVITIES = '/api/duty-activities';

/** Every word of `q` is in the activity's title or place. */
export function matchesWords(activity, q) {
  const words = (q ?? '').trim().split(/\s+/).filter(Boolean);
  const text = `${activity.title ?? ''} ${activity.place ?? ''}`;
  return words.every((word) => text.includes(word));
}

/**
 * One page of the list in the shape the list frame shows (`items`, `totalElements`): the list API answers every
 * activity the account may see (at most 500) at once, so the words and the page are applied here.
 */
export function pageOf(activities, { filter, page, size }) {
  const matching = activities.filter((activity) => matchesWords(activity, filter.q));
  return { items: matching.slice((page - 1) * size, page * size), totalElements: matching.length };
}

export async function fetchDutyActivities(listState, options = {}) {
  const { status, kind } = listState.filter;
  return pageOf(await getJson(DUTY_ACTIVITIES, { status, kind }, options), listState);
}

/** The activity's page data, flattened so the case page finds `status` and `lastGlobalIndex` at the top. */
export const fetchDutyActivity = async (id) => {
  const page = await getJson(`${DUTY_ACTIVITIES}/${encodeURIComponent(id)}`);
  return { ...page.activity, ...page };
};
export const fetchActions = (id) => getJson(`${DUTY_ACTIVITIES}/${encodeURIComponent(id)}/actions`);

/** The activity's check-in code (签到码), which only the clerk may fetch. */
export const checkInCodeUrl = (id) => `${DUTY_ACTIVITIES}/${encodeURIComponent(id)}/qr.png?size=6`;

/** The action the page's address asks for: the check-in code's link carries `checkin=1`. */
export const askedAction = (address) => (address.get('checkin') === '1' ? 'check-in' : '');

export const ATTENDANCE = [
  { value: 'PRESENT', label: '出席' },
  { value: 'ABSENT', label: '缺席' },
  { value: 'ON_LEAVE', label: '请假' },
];

/** How a line of the roll call came about: the deputy's own check-in or the clerk's roll call. */
export function howRecorded(line) {
  if (line.checkedInAt) return '扫码签到';
  return line.status ? '点名' : '—';
}

/** Only a deputy invited to the activity, or any deputy when it is open to all, may be recorded or check in. */
export const mayAttend = (deputy, activity) => !!activity?.openToAll
  || (activity?.attendance ?? []).some((line) => line.invited && line.deputyId === deputy.deputyId);

/** Scheduling an activity (安排活动). */
export const SCHEDULE = { action: 'create', summary: '安排活动' };

/**
 * The form of each action (the command route's last path segment, `create` for scheduling): its command's fields
 * in Chinese. See ../cases/ActionDialog.vue for the kinds. A reason is asked only of a leave (请假).
 */
export const ACTION_FORMS = {
  create: [
    { name: 'kind', label: '活动类型', kind: 'choice', required: true, options: KINDS },
    { name: 'title', label: '活动名称', kind: 'text', required: true },
    { name: 'startsAt', label: '开始时间', kind: 'datetime', required: true },
    { name: 'endsAt', label: '结束时间', kind: 'datetime', required: true },
    { name: 'place', label: '活动地点', kind: 'text', required: true },
    { name: 'regionId', label: '所属区域', kind: 'region', required: true },
    { name: 'invitedDeputyIds', label: '受邀代表', kind: 'deputies' },
    { name: 'openToAll', label: '所有代表均可签到', kind: 'switch' },
  ],
  'record-attendance': [
    { name: 'deputyId', label: '代表', kind: 'deputy', required: true, only: mayAttend },
    { name: 'status', label: '出勤情况', kind: 'choice', required: true, options: ATTENDANCE },
    { name: 'leaveReason', label: '请假事由（请假时填写）', kind: 'textarea' },
  ],
  'check-in': [
    { name: 'deputyId', label: '签到代表', kind: 'deputy', required: true, self: 'deputyId', only: mayAttend },
  ],
  close: [],
  cancel: [
    { name: 'reason', label: '取消理由', kind: 'textarea', required: true },
  ],
};

/** The command's shape: an activity with no one invited yet (open to all) still names the empty list. */
export function shapeCommand(body) {
  if (!('title' in body)) return body;
  return { invitedDeputyIds: [], ...body };
}
