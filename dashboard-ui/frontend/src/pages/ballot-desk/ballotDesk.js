/**
 * The clerk's ballot desk (票决会场): the roll call of one ballot with check-in at the door, the live counts, closing
 * and publishing, and the approved projects afterwards. A paper code is shown once in a dialog and kept nowhere
 * else; whether a deputy voted is never asked nor shown, only how many papers were cast.
 */
import { getJson, postJson } from '../../api/http.js';
import { csrfHeaders } from '../../api/csrf.js';
import { newIdempotencyKey, sendAction } from '../cases/cases.js';

const BALLOTS = '/api/ballots';
/** The ballots a desk has work with: voting, waiting for the tally, or published (to show the result). */
export const DESK_STATUSES = ['OPEN', 'CLOSED', 'PUBLISHED'];

/** The ballot to show from the address (`?id=`), or '' to let the clerk choose. */
export function ballotIdFromSearch(search) {
  return new URLSearchParams(search).get('id') ?? '';
}

/** The entitled deputies whose name or id contains what was typed (spaces ignored); all of them for nothing typed. */
export function filterDeputies(deputies, typed) {
  const text = String(typed ?? '').replace(/\s+/g, '').toLowerCase();
  if (!text) return deputies;
  return deputies.filter((deputy) => deputy.name.toLowerCase().includes(text)
    || deputy.deputyId.toLowerCase().includes(text));
}

/** The desk's figures: 已签到 and 已投票 out of the entitled deputies. */
export function deskCounts(rollCall) {
  return {
    entitled: rollCall?.entitled ?? 0,
    checkedIn: rollCall?.checkedIn ?? 0,
    votesCast: rollCall?.votesCast ?? 0,
  };
}

/** The published result: candidates in tally order with their votes, the approved ones marked. */
export function tallyLines(ballot) {
  return (ballot?.candidates ?? []).filter((candidate) => candidate.tallyRank != null)
    .sort((a, b) => a.tallyRank - b.tallyRank);
}

export async function fetchDeskBallots(options = {}) {
  const page = await getJson(BALLOTS, { size: 100 }, options);
  return (page.items ?? []).filter((ballot) => DESK_STATUSES.includes(ballot.status));
}

const path = (ballotId, rest = '') => `${BALLOTS}/${encodeURIComponent(ballotId)}${rest}`;

export const fetchRollCall = (ballotId, options = {}) => getJson(path(ballotId, '/roll-call'), {}, options);
export const fetchActions = (ballotId, options = {}) => getJson(path(ballotId, '/actions'), {}, options);
export const fetchBallot = (ballotId, options = {}) => getJson(path(ballotId), {}, options);

/**
 * Checks a deputy in at the door. No version is sent: check-ins of several deputies at two desks must not refuse
 * each other, and the lifecycle refuses a second check-in of the same deputy whatever the version.
 */
export async function checkInDeputy(ballotId, deputyId, key, options = {}) {
  const headers = { ...(await csrfHeaders()), 'Idempotency-Key': key };
  return postJson(path(ballotId, '/check-in'), { deputyId }, { ...options, headers });
}

/** 截止投票 or 公布结果, with the version the desk read. */
export function sendDeskAction(ballotId, action, version, key) {
  return sendAction(BALLOTS, ballotId, action, {}, { version, key });
}

export { newIdempotencyKey };
