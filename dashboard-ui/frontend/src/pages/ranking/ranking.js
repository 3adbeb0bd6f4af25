/**
 * 履职排名: every deputy by points under the configured rules, in a year or over the whole record, with filters by
 * level, station and professional group, page by page (GET /api/deputy-ranking). Ties share a rank.
 */
import { getJson } from '../../api/http.js';

export const RANKING = '/api/deputy-ranking';

/** The deputies' levels (cn.luzhi.events.deputy.DeputyLevel). */
export const LEVELS = Object.freeze([
  { value: 'NATIONAL', label: '全国人大代表' },
  { value: 'PROVINCIAL', label: '省人大代表' },
  { value: 'MUNICIPAL', label: '市人大代表' },
  { value: 'COUNTY', label: '县（区）人大代表' },
  { value: 'TOWNSHIP', label: '乡镇人大代表' },
]);

/** The professional groups (cn.luzhi.events.deputy.ProfessionalGroup). */
export const GROUPS = Object.freeze([
  { value: 'FINANCE_AND_ECONOMY', label: '财政经济' },
  { value: 'LAW_SUPERVISION_AND_JUSTICE', label: '法制和监察司法' },
  { value: 'SOCIAL_AFFAIRS', label: '社会建设' },
  { value: 'AGRICULTURE_AND_ECOLOGY', label: '农业农村与生态' },
  { value: 'URBAN_CONSTRUCTION_AND_ENVIRONMENT', label: '城建环保' },
  { value: 'SCIENCE_EDUCATION_CULTURE_AND_HEALTH', label: '科教文卫' },
]);

/** The years the selector offers: this one and the four before, newest first. */
export function recentYears(now = new Date(), count = 5) {
  return Array.from({ length: count }, (_, i) => now.getFullYear() - i);
}

/** A fresh filter: this year, every level, station and group. */
export function freshFilter(now = new Date()) {
  return { year: now.getFullYear(), level: '', stationId: '', professionalGroup: '' };
}

/** One page of the ranking; `year` empty ranks the whole record. */
export function fetchRanking(filter, page, size, options = {}) {
  return getJson(RANKING, { ...filter, page, size }, options);
}

/** A deputy's archive page. */
export function archiveHref(deputyId) {
  return `archive.html?deputyId=${encodeURIComponent(deputyId)}`;
}
