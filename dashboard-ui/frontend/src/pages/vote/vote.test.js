import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http.js';
import { forgetCsrf } from '../../api/csrf.js';
import { groupedPaperCode, isPaperCodeShape, normalizePaperCode, paperCodeProblem } from './paperCode.js';
import {
  CODE_NOT_RESENT, castVote, checkIn, checkInProblem, choiceHint, confirmLines, fetchMyBallots, paperCandidates,
  toggleChoice, voteProblem,
} from './vote.js';

const CODE = 'AbCdEfGhIjKlMnOpQrSt_-.0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';

describe('the K limit of one paper', () => {
  it('ticks up to K candidates and refuses one more, whichever is tapped', () => {
    let chosen = [];
    chosen = toggleChoice(chosen, 'c-1', 2);
    chosen = toggleChoice(chosen, 'c-3', 2);
    expect(chosen).toEqual(['c-1', 'c-3']);
    expect(toggleChoice(chosen, 'c-2', 2)).toBe(chosen);
    expect(choiceHint(chosen, 2)).toBe('已选满 2 项；如要改选，请先取消一项');
  });

  it('unticks a ticked candidate, which frees a place', () => {
    const chosen = toggleChoice(['c-1', 'c-3'], 'c-1', 2);
    expect(chosen).toEqual(['c-3']);
    expect(choiceHint(chosen, 2)).toBe('最多可选 2 项，已选 1 项，还可选 1 项');
    expect(toggleChoice(chosen, 'c-2', 2)).toEqual(['c-3', 'c-2']);
  });

  it('puts the shortlisted candidates in paper order and confirms the choices in that order', () => {
    const ballot = { candidates: [
      { candidateId: 'c-9', title: '未入围', shortlistPosition: null },
      { candidateId: 'c-2', title: '农村饮水', shortlistPosition: 2 },
      { candidateId: 'c-1', title: '老旧小区', shortlistPosition: 1 },
    ] };
    const candidates = paperCandidates(ballot);
    expect(candidates.map((c) => c.candidateId)).toEqual(['c-1', 'c-2']);
    expect(confirmLines(candidates, ['c-2', 'c-1'])).toEqual(['老旧小区', '农村饮水']);
    expect(confirmLines(candidates, [])).toEqual(['不选任何项目（弃权票）']);
  });
});

describe('paper codes typed by hand', () => {
  it('accepts the code with the spaces it is shown with, and groups it in sixes for copying', () => {
    const grouped = groupedPaperCode(CODE);
    expect(grouped.split(' ')[0]).toBe('AbCdEf');
    expect(grouped.split(' ').every((group) => group.length <= 6)).toBe(true);
    expect(normalizePaperCode(`  ${grouped}\n`)).toBe(CODE);
    expect(isPaperCodeShape(grouped)).toBe(true);
    expect(paperCodeProblem(grouped)).toBe('');
  });

  it('says what is wrong with a code that cannot be one', () => {
    expect(paperCodeProblem('')).toBe('请输入选票码');
    expect(paperCodeProblem(CODE.slice(0, 60))).toBe('选票码应为66位（含中间的「.」），您输入了60位，请核对纸上的选票码');
    expect(isPaperCodeShape(CODE.replace('.', 'x'))).toBe(false);
  });
});

describe('a check-in or vote whose answer went astray', () => {
  it('tells a deputy whose answer was lost that the check-in may be recorded and sends them to the desk', () => {
    const lost = checkInProblem(new ApiError('无法连接服务器，请检查网络', 0));
    expect(lost.kind).toBe('lost');
    expect(lost.text).toContain('签到可能已经记录');
    expect(lost.text).toContain('会场签到处');
    expect(CODE_NOT_RESENT.text).toContain('选票码不会重发，也不能重复签到');
  });

  it('says plainly that a second check-in is refused', () => {
    const already = checkInProblem(new ApiError('代表「d-1」已签到并领取过选票，不能重复签到', 409));
    expect(already.kind).toBe('already');
    expect(already.text).toContain('不能重复签到');
    expect(checkInProblem(new ApiError('投票时间已截止，不能签到', 409)).kind).toBe('refused');
  });

  it('offers to send a lost vote again, which cannot count twice', () => {
    expect(voteProblem(new ApiError('x', 0)).text).toContain('同一张选票不会被计两次');
    expect(voteProblem(new ApiError('这张选票已经投出，不能重复投票', 409))).toEqual(
      { kind: 'refused', text: '这张选票已经投出，不能重复投票' });
  });
});

describe('the requests', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    forgetCsrf();
  });

  function server(routes) {
    const sent = [];
    vi.stubGlobal('fetch', vi.fn(async (url, init) => {
      sent.push({ url, init });
      const path = String(url).split('?')[0];
      const body = routes[path];
      if (body === undefined) return new Response('{}', { status: 404 });
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }));
    return sent;
  }

  it('lists only the open ballots the deputy is on, with their own roll-call line', async () => {
    server({
      '/api/ballots': { items: [{ ballotId: 'b-1', title: '甲' }, { ballotId: 'b-2', title: '乙' }] },
      '/api/ballots/b-1/roll-call': { deputies: [{ deputyId: 'd-1', name: '张三', checkedIn: true }] },
      '/api/ballots/b-2/roll-call': { deputies: [] },
      '/api/ballots/b-1/actions': { actions: [{ action: 'vote', allowed: true }] },
      '/api/ballots/b-2/actions': { actions: [] },
    });
    const mine = await fetchMyBallots('d-1');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ ballotId: 'b-1', checkedInMe: true });
    expect(mine[0].actions.vote.allowed).toBe(true);
  });

  it('checks in and votes with a key but no version, and keeps nothing in the browser storage', async () => {
    const sent = server({
      '/api/csrf': { headerName: 'X-CSRF-TOKEN', parameterName: '_csrf', token: 't' },
      '/api/ballots/b-1/check-in': { result: CODE, replayed: false },
      '/api/ballots/b-1/vote': { result: null, replayed: false },
    });
    const answer = await checkIn('b-1', 'd-1', 'key-1');
    await castVote('b-1', answer.result, ['c-1'], 'key-2');
    const posts = sent.filter(({ init }) => init?.method === 'POST');
    expect(posts.map(({ init }) => init.headers['Idempotency-Key'])).toEqual(['key-1', 'key-2']);
    expect(posts.every(({ init }) => !('If-Match' in init.headers))).toBe(true);
    expect(JSON.parse(posts[1].init.body)).toEqual({ paperCode: CODE, choices: ['c-1'] });
    expect(globalThis.localStorage.length).toBe(0);
    expect(globalThis.sessionStorage.length).toBe(0);
  });
});
