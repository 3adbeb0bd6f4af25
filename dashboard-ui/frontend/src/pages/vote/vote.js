/**
 * The deputy's phone ballot (票决投票): which open ballots they are on, self check-in, the paper with at most K
 * choices, and casting it. The paper code lives in this module's memory only (never in storage or the address):
 * a reload forgets it, and the deputy types it back from paper. Nothing here keeps what was chosen once it is cast.
 */
import { ApiError, getJson, postJson } from '../../api/http.js';
import { csrfHeaders } from '../../api/csrf.js';
import { newIdempotencyKey } from '../cases/cases.js';

const BALLOTS = '/api/ballots';

/** The candidates on the paper, in the order the government shortlisted them. */
export function paperCandidates(ballot) {
  return (ballot?.candidates ?? [])
    .filter((candidate) => candidate.shortlistPosition != null)
    .sort((a, b) => a.shortlistPosition - b.shortlistPosition);
}

/** Whether one more candidate may be ticked: at most `maxChoices` on one paper (the aggregate refuses more too). */
export function canChooseMore(chosen, maxChoices) {
  return chosen.length < maxChoices;
}

/** The choices after tapping `candidateId`: untick it, or tick it while fewer than `maxChoices` are ticked. */
export function toggleChoice(chosen, candidateId, maxChoices) {
  if (chosen.includes(candidateId)) return chosen.filter((id) => id !== candidateId);
  return canChooseMore(chosen, maxChoices) ? [...chosen, candidateId] : chosen;
}

/** The line above the cards: how many may still be ticked. */
export function choiceHint(chosen, maxChoices) {
  const left = maxChoices - chosen.length;
  return left > 0 ? `最多可选 ${maxChoices} 项，已选 ${chosen.length} 项，还可选 ${left} 项`
    : `已选满 ${maxChoices} 项；如要改选，请先取消一项`;
}

/** The chosen candidates' titles in paper order, for the confirm step; an empty paper is a blank ballot. */
export function confirmLines(candidates, chosen) {
  const titles = candidates.filter((candidate) => chosen.includes(candidate.candidateId)).map((c) => c.title);
  return titles.length ? titles : ['不选任何项目（弃权票）'];
}

/**
 * What the page tells a deputy whose check-in failed. A network error after sending may have checked them in
 * while the code never arrived: the code is given only once and the ballot refuses a second check-in, so the page
 * says that plainly and sends them to the desk.
 */
export function checkInProblem(error) {
  if (error instanceof ApiError && error.status === 0) {
    return {
      kind: 'lost',
      title: '签到结果没有收到',
      text: '网络中断，签到可能已经记录，但选票码没有送到您的手机。选票码只发一次，系统也不允许重复签到。'
        + '请点「再试一次」；如仍未显示选票码，请到会场签到处向工作人员说明。',
    };
  }
  if (error?.status === 409 && /已签到/.test(error.message)) {
    return {
      kind: 'already',
      title: '您已签到过',
      text: '您已领取过选票码，不能重复签到。请输入签到时拿到的选票码投票；选票码遗失的，请到会场签到处说明。',
    };
  }
  return { kind: 'refused', title: '签到未成功', text: error?.message ?? '签到未成功' };
}

/** The answer to a retried check-in that had already been recorded: the code is not sent again. */
export const CODE_NOT_RESENT = {
  kind: 'lost',
  title: '签到已记录，但选票码没有收到',
  text: '您的签到已经记录，但选票码在网络中断时丢失了。为保证无记名投票，选票码不会重发，也不能重复签到。'
    + '请到会场签到处向工作人员说明。',
};

/** What the page tells after a vote failed: lost answers are sent again with the same key, so nothing counts twice. */
export function voteProblem(error) {
  if (error instanceof ApiError && error.status === 0) {
    return { kind: 'lost', text: '网络中断，选票可能没有送达。请点「重新提交」，同一张选票不会被计两次。' };
  }
  return { kind: 'refused', text: error?.message ?? '投票未成功' };
}

/**
 * The open ballots the deputy `deputyId` is entitled to, each with their own line of its roll call (the server gives
 * a deputy only that line) and its allowed actions.
 */
export async function fetchMyBallots(deputyId, options = {}) {
  const page = await getJson(BALLOTS, { status: 'OPEN', size: 50 }, options);
  const mine = await Promise.all((page.items ?? []).map(async (ballot) => {
    const id = encodeURIComponent(ballot.ballotId);
    const [rollCall, actions] = await Promise.all([
      getJson(`${BALLOTS}/${id}/roll-call`, {}, options),
      getJson(`${BALLOTS}/${id}/actions`, {}, options),
    ]);
    const me = rollCall.deputies.find((deputy) => deputy.deputyId === deputyId);
    if (!me) return null;
    return { ...ballot, checkedInMe: me.checkedIn, actions: actionMap(actions) };
  }));
  return mine.filter(Boolean);
}

function actionMap(answer) {
  return Object.fromEntries((answer?.actions ?? []).map((action) => [action.action, action]));
}

export const fetchBallot = (ballotId, options = {}) => getJson(`${BALLOTS}/${encodeURIComponent(ballotId)}`, {}, options);

/** Checks the deputy in; the answer's `result` is the paper code, or null when it was recorded by an earlier try. */
export async function checkIn(ballotId, deputyId, key, options = {}) {
  const headers = { ...(await csrfHeaders()), 'Idempotency-Key': key };
  return postJson(`${BALLOTS}/${encodeURIComponent(ballotId)}/check-in`, { deputyId }, { ...options, headers });
}

/** Casts the paper; no version is sent (it would tie the vote to the check-in, see CastVote). */
export async function castVote(ballotId, paperCode, choices, key, options = {}) {
  const headers = { ...(await csrfHeaders()), 'Idempotency-Key': key };
  return postJson(`${BALLOTS}/${encodeURIComponent(ballotId)}/vote`, { paperCode, choices }, { ...options, headers });
}

export { newIdempotencyKey };
