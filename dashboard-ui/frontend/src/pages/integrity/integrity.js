/**
 * The logic of the 完整性校验 page, apart from its markup so that it can be tested without a browser: calls to the
 * integrity API and the wording of its answers.
 */
import { getJson, postJson } from '../../api/http.js';
import { csrfHeaders } from '../../api/csrf.js';
import { formatClock, formatDay } from '../../format/time.js';

const ZONE = 'Asia/Shanghai';

/** Verifies the whole event store; with `checkpointFile` (the text of a kept file) against it as well. */
export async function runVerification(checkpointFile, options = {}) {
  if (checkpointFile === undefined || checkpointFile === null) {
    return getJson('/api/audit/verify', {}, options);
  }
  return postJson('/api/audit/verify', { checkpointFile },
    { ...options, headers: await csrfHeaders(options) });
}

/** The checkpoints, newest first. */
export function loadCheckpoints(options = {}) {
  return getJson('/api/audit/checkpoints', { limit: 200 }, options);
}

/** Takes a checkpoint now (auditors and administrators). */
export async function takeCheckpoint(options = {}) {
  return postJson('/api/audit/checkpoints', {}, { ...options, headers: await csrfHeaders(options) });
}

/** Where the printable file of checkpoint `number` is downloaded. */
export function checkpointFileUrl(number) {
  return `/api/audit/checkpoints/${encodeURIComponent(number)}/file`;
}

/** '2026-11-22T05:00:00Z' -> '2026-11-22 13:00:00' (Beijing time). */
export function formatTime(value) {
  return `${formatDay(value, ZONE)} ${formatClock(value, ZONE)}`;
}

/** The verdict to show in large type: 完好 or 已损坏, and its tone. */
export function verdict(result) {
  if (!result) {
    return null;
  }
  return result.intact
    ? { tone: 'good', title: '完好', text: result.summary }
    : { tone: 'bad', title: '已损坏', text: result.summary };
}

/** The labelled facts of one broken link, leaving out what it does not name. */
export function breakFacts(found) {
  if (!found) {
    return [];
  }
  const facts = [
    ['问题', found.label ?? found.kind],
    ['说明', found.explanation],
    ['事件编号', found.eventId],
    ['案件编号', found.aggregateId],
    ['案件内序号', found.sequenceNumber],
    ['全局序号', found.globalIndex],
    ['检查点', found.checkpointNumber === null || found.checkpointNumber === undefined
      ? null : `#${found.checkpointNumber}`],
  ];
  return facts.filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([name, value]) => ({ name, value: String(value) }));
}

/** What was checked, in one line. */
export function checkedLine(result) {
  if (!result) {
    return '';
  }
  const kept = result.keptCheckpoint === null || result.keptCheckpoint === undefined
    ? '' : `，对照保存的检查点 #${result.keptCheckpoint}`;
  return `核对事件 ${result.eventsChecked} 个、检查点 ${result.checkpointsChecked} 个${kept}；`
    + `用时 ${result.durationMillis} 毫秒（每秒约 ${result.eventsPerSecond} 个事件）；校验时间 ${formatTime(result.checkedAt)}`;
}

/** The first 16 hex digits of a digest, enough to compare by eye. */
export function shortDigest(digest) {
  return digest ? `${digest.slice(0, 16)}…` : '';
}
