/**
 * The livelihood project pages' own part (民生实事项目 list and case page): statuses, the list's filter fields, and
 * the form of each action with its command's fields in Chinese (shared-events cn.luzhi.events.ballot). A project
 * arises from a ballot's published tally; it has no form that creates it. What every case type shares is in
 * ../cases/cases.js.
 */
import { getJson } from '../../api/http.js';
import { fetchList, listStateInAddress } from '../cases/cases.js';

export const STATUSES = [
  { value: 'APPROVED', label: '已票决立项' },
  { value: 'IN_PROGRESS', label: '实施中' },
  { value: 'COMPLETED', label: '已完工' },
  { value: 'RATED', label: '已测评' },
];

/**
 * The list's filter fields, as the query API names them (query-side LivelihoodProjectFilter; `q`: words of the
 * title or the latest progress note).
 */
export const FILTER_FIELDS = ['status', 'q', 'ballotId', 'regionId', 'year'];

/** The list's filter, page and order in the address; the latest approved first by default. */
export const LIST_IN_ADDRESS = listStateInAddress(FILTER_FIELDS, { defaultSort: '-approvedAt' });

export const PROJECTS = '/api/projects';
/** The list as an Excel workbook, for the same filter and order. */
export const PROJECTS_EXPORT = `${PROJECTS}/export.xlsx`;

export const fetchProjects = (listState, options = {}) => fetchList(PROJECTS, listState, options);
export const fetchProject = (id) => getJson(`${PROJECTS}/${encodeURIComponent(id)}`);
export const fetchActions = (id) => getJson(`${PROJECTS}/${encodeURIComponent(id)}/actions`);

/** The planned milestones not reached yet, as the choices of the milestone a progress report reaches. */
export function openMilestones(project) {
  return (project?.milestones ?? []).filter((m) => !m.reachedAt).map((m) => ({ value: m.name, label: m.name }));
}

/**
 * The form of each action (the command route's last path segment): its command's fields in Chinese. See
 * ../cases/ActionDialog.vue for the kinds.
 */
export const ACTION_FORMS = {
  'plan-milestones': [
    { name: 'milestones', label: '里程碑', kind: 'rows', columns: [
      { name: 'name', label: '名称', required: true },
      { name: 'dueDate', label: '计划完成日期', kind: 'date', required: true },
    ] },
  ],
  'record-progress': [
    { name: 'percent', label: '完成进度（%）', kind: 'number', min: 0, max: 100, required: true,
      initial: (project) => project?.percent ?? 0 },
    { name: 'milestone', label: '本次达成的里程碑（可不选）', kind: 'choice', options: openMilestones },
    { name: 'note', label: '进展情况', kind: 'textarea', required: true },
  ],
  inspect: [
    { name: 'deputyIds', label: '视察代表', kind: 'deputies', required: true, self: 'deputyId' },
    { name: 'inspectedOn', label: '视察日期', kind: 'date', required: true },
    { name: 'findings', label: '视察意见', kind: 'textarea', required: true },
  ],
  complete: [{ name: 'reason', label: '完工说明', kind: 'textarea' }],
  rate: [
    { name: 'satisfied', label: '满意（人数）', kind: 'number', min: 0, required: true },
    { name: 'basicallySatisfied', label: '基本满意（人数）', kind: 'number', min: 0, required: true },
    { name: 'unsatisfied', label: '不满意（人数）', kind: 'number', min: 0, required: true },
    { name: 'reason', label: '测评说明', kind: 'textarea' },
  ],
};
