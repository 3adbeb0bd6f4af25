/**
 * 我的履职, the deputy's start page on the phone: the greeting, where each kind of waiting work leads, and the
 * 起草建议 form (a DraftSuggestion in the deputy's own name, in the region of their station). What waits and which
 * acts are allowed are the server's answers (/api/todo, each case's allowed actions), never decided here.
 */
import { regionOfDeputy } from '../cases/pickers/pickers.js';
import { KINDS } from '../suggestions/suggestions.js';

/** A greeting for the hour of the day (the phone's own clock). */
export function greeting(now = new Date()) {
  const hour = now.getHours();
  if (hour < 5) return '夜深了';
  if (hour < 9) return '早上好';
  if (hour < 12) return '上午好';
  if (hour < 14) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

/** The big buttons under the greeting: the deputy's own pages and the desktop lists. */
export const SHORTCUTS = Object.freeze([
  { href: 'archive.html', label: '我的履职档案' },
  { href: 'archive.html#qr', label: '我的代表码' },
  { href: 'vote.html', label: '票决投票' },
  { href: 'petitions.html', label: '民意诉求' },
  { href: 'suggestions.html', label: '建议议案' },
  { href: 'mediation-cases.html', label: '调解案件' },
  { href: 'projects.html', label: '民生实事项目' },
  { href: 'receptions.html?record=1', label: '登记进家接待' },
  { href: 'receptions.html', label: '进家接待' },
  { href: 'legislative-drafts.html?status=OPEN', label: '立法意见征集' },
  { href: 'duty-activities.html', label: '履职活动' },
]);

/** 起草建议 as an action form without a case (../cases/ActionDialog.vue creates the case). */
export const DRAFT = Object.freeze({ action: 'draft', summary: '起草建议' });

/**
 * The draft's fields: the deputy leads it themselves, in the region of their station unless they pick another
 * (`details.regionId`, see draftRegion).
 */
export const DRAFT_FORMS = Object.freeze({
  draft: [
    { name: 'kind', label: '类别', kind: 'choice', options: KINDS, required: true, initial: () => 'SUGGESTION' },
    { name: 'leadDeputyId', label: '领衔代表', kind: 'deputy', required: true, self: 'deputyId' },
    { name: 'regionId', label: '所属地区', kind: 'region', required: true, initial: (details) => details?.regionId ?? '' },
    { name: 'title', label: '标题', kind: 'text', required: true },
    { name: 'content', label: '内容', kind: 'textarea', required: true },
  ],
});

/**
 * The region a deputy's suggestion is drafted in by default: the region of their station, or null when the
 * reference data does not know it (the deputy then picks one).
 */
export function draftRegion(deputyId, deputies, stations) {
  const deputy = deputies.find((d) => d.deputyId === deputyId);
  return (deputy && regionOfDeputy(deputy, stations)) || null;
}

/** The page of a case an archive act or a 待办 item names. */
export function caseHref(caseType, caseId) {
  const page = {
    PETITION: 'petition.html', SUGGESTION: 'suggestion.html', MEDIATION: 'mediation-case.html',
    PROJECT: 'project.html', BALLOT: 'ballot.html', DUTY_ACTIVITY: 'duty-activity.html',
  }[caseType];
  return page ? `${page}?id=${encodeURIComponent(caseId)}` : null;
}
