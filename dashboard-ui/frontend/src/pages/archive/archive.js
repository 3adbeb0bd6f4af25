/**
 * 履职档案: one deputy's acts with the points each earned under the configured rules, per year, and where they
 * stand among the deputies of their level (GET /api/deputies/{id}/archive). A deputy opens their own; those who
 * assess deputies open anyone's with `?deputyId=` (docs/roles.md). Whether a reader may see it is the server's
 * answer.
 */
import { getJson } from '../../api/http.js';
import { formatRate } from '../../format/number.js';

/** Whose archive the page shows: the address's `deputyId`, else the account's own deputy, else nobody yet. */
export function archiveTarget(search, account) {
  const asked = new URLSearchParams(search).get('deputyId');
  return asked || account?.deputyId || '';
}

/** The archive for a year, or over the whole record when `year` is empty. */
export function fetchArchive(deputyId, year, options = {}) {
  return getJson(`/api/deputies/${encodeURIComponent(deputyId)}/archive`, { year }, options);
}

/** "县（区）人大代表中排第 2 名（共 5 名）", or '' before the place is known. */
export function placeText(place) {
  if (!place) return '';
  const level = place.levelLabel ?? '同级代表';
  return `在${level}中排第 ${place.levelRank} 名（共 ${place.levelSize} 名）`;
}

/**
 * Whether the page offers the deputy's QR code (代表码) for download: the deputy their own, clerks and
 * administrators anyone's (docs/roles.md, /api/deputies/{id}/qr.png).
 */
export function offersQrCode(account, deputyId) {
  if (!account || !deputyId) return false;
  if (account.role === 'DEPUTY') return account.deputyId === deputyId;
  return account.role === 'CLERK' || account.role === 'ADMIN';
}

/** The annual report (年度履职报告, 述职) of a year: acts by kind, attendance, suggestions and rank. */
export function fetchAnnualReport(deputyId, year, options = {}) {
  return getJson(`/api/deputies/${encodeURIComponent(deputyId)}/annual-report`, { year }, options);
}

/** The years a report may be asked for: those with acts and the current one, latest first. */
export function reportYears(years, currentYear) {
  return [...new Set([currentYear, ...(years ?? [])])].sort((a, b) => b - a);
}

/** The attendance at the year's closed activities in one sentence, with the rate the server computed. */
export function attendanceText(attendance) {
  if (!attendance || attendance.expected === 0) return '本年度没有应参加的已结束活动';
  const { expected, present, onLeave, absent, rate } = attendance;
  return `应参加 ${expected} 人次，出席 ${present} 次，请假 ${onLeave} 次，缺席 ${absent} 次，出勤率 ${formatRate(rate)}`;
}
