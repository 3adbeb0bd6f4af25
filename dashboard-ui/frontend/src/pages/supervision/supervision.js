/**
 * The supervision page's logic, apart from the component so it can be tested: calls to the supervision API,
 * grouping of the deadline lists by unit or deputy, and the Chinese wording of durations and days.
 */
import { getJson } from '../../api/http.js';
import { formatDay } from '../../format/time.js';
import { MISSING } from '../../format/number.js';

export const ZONE = 'Asia/Shanghai';

export const TABS = [
  { key: 'overdue', title: '已逾期' },
  { key: 'dueSoon', title: '7日内到期' },
];

export const GROUPINGS = [
  { key: 'unit', title: '按承办单位' },
  { key: 'deputy', title: '按代表' },
];

export const CASE_TYPES = [
  { key: '', title: '全部类型' },
  { key: 'PETITION', title: '民意诉求' },
  { key: 'SUGGESTION', title: '代表建议' },
  { key: 'MEDIATION', title: '诉前调解' },
];

/** The lists' filters as query parameters (empty ones are left out by the API client). */
function listParams(filter) {
  return { regionId: filter.regionId?.trim(), caseType: filter.caseType };
}

export function fetchOverdue(filter, options) {
  return getJson('/api/supervision/overdue', listParams(filter), options);
}

export function fetchDueSoon(filter, options) {
  return getJson('/api/supervision/due-soon', { ...listParams(filter), days: 7 }, options);
}

export function fetchRanking(filter, options) {
  return getJson('/api/supervision/unit-ranking', {
    regionId: filter.regionId?.trim(), from: filter.from, to: filter.to,
  }, options);
}

export function fetchCase(caseId, options) {
  return getJson(`/api/supervision/cases/${encodeURIComponent(caseId)}`, {}, options);
}

/** The 案件追溯 page of a case. */
export function traceLink(caseId) {
  return `trace.html?case=${encodeURIComponent(caseId)}`;
}

const NO_UNIT = '未指定承办单位';
const NO_DEPUTY = '未指定代表';

/**
 * Rows of a deadline list grouped by unit or by deputy, the groups with most rows first (then by name), each
 * row keeping the list's order (earliest due first).
 */
export function groupRows(rows, by) {
  const idOf = by === 'deputy' ? (row) => row.deputyId : (row) => row.unitId;
  const nameOf = by === 'deputy'
    ? (row) => row.deputyName ?? row.deputyId ?? NO_DEPUTY
    : (row) => row.unitName ?? row.unitId ?? NO_UNIT;
  const groups = new Map();
  for (const row of rows ?? []) {
    const key = idOf(row) ?? '';
    if (!groups.has(key)) {
      groups.set(key, { key, name: nameOf(row), rows: [] });
    }
    groups.get(key).rows.push(row);
  }
  return [...groups.values()].sort((a, b) => b.rows.length - a.rows.length || a.name.localeCompare(b.name, 'zh-CN'));
}

/** Whole minutes as days, hours and minutes: 27360 -> '19天', 1500 -> '1天1小时', 45 -> '45分钟'. */
export function formatDuration(minutes) {
  if (minutes === null || minutes === undefined || !Number.isFinite(Number(minutes))) {
    return MISSING;
  }
  const total = Math.max(0, Math.floor(Number(minutes)));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const rest = total % 60;
  const parts = [];
  if (days) parts.push(`${days}天`);
  if (hours) parts.push(`${hours}小时`);
  if (!days && rest) parts.push(`${rest}分钟`);
  return parts.length ? parts.join('') : '不足1分钟';
}

/** How far a row is from its due date, in words: '逾期2天', '今日到期', '剩余3天'. */
export function dueText(row) {
  if (row.daysOverdue !== null && row.daysOverdue !== undefined) {
    return row.daysOverdue === 0 ? '今日逾期' : `逾期${row.daysOverdue}天`;
  }
  if (row.daysLeft !== null && row.daysLeft !== undefined) {
    return row.daysLeft === 0 ? '今日到期' : `剩余${row.daysLeft}天`;
  }
  return MISSING;
}

/** '2026-11-20T02:00:00Z' -> '2026-11-20 10:00' in Beijing time. */
export function formatDateTime(value) {
  if (!value) {
    return MISSING;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return MISSING;
  }
  const time = new Intl.DateTimeFormat('zh-CN', {
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE,
  }).format(date);
  return `${formatDay(date, ZONE)} ${time}`;
}

/** A percentage with its sign, or the missing mark. */
export function formatShare(value) {
  return value === null || value === undefined ? MISSING : `${Number(value).toFixed(1)}%`;
}

/** Median days with one decimal, or the missing mark. */
export function formatDays(value) {
  return value === null || value === undefined ? MISSING : `${Number(value).toFixed(1)}天`;
}

/** The units a deadline change concerns, by name. */
export function unitNames(units) {
  if (!units || units.length === 0) {
    return MISSING;
  }
  return units.map((unit) => unit.unitName ?? unit.unitId).join('、');
}

/** Both rankings' units below the minimum, each once, with the samples that kept them out. */
export function insufficientUnits(ranking) {
  const units = new Map();
  const note = (figure, field) => {
    if (!units.has(figure.unitId)) {
      units.set(figure.unitId, { unitId: figure.unitId, unitName: figure.unitName ?? figure.unitId,
        replies: null, cases: null });
    }
    units.get(figure.unitId)[field] = figure.sample;
  };
  ranking?.byMedianReplyTime?.insufficient?.forEach((figure) => note(figure, 'replies'));
  ranking?.byOverdueShare?.insufficient?.forEach((figure) => note(figure, 'cases'));
  return [...units.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'));
}
