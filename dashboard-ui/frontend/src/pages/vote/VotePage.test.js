import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { forgetCsrf } from '../../api/csrf.js';
import { forgetAccount } from '../../shell/account.js';
import VotePage from './VotePage.vue';

const CODE = 'AbCdEfGhIjKlMnOpQrSt_-.0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';
const CANDIDATES = [
  { candidateId: 'c-1', title: '老旧小区加装电梯', description: '说明一', shortlistPosition: 1 },
  { candidateId: 'c-2', title: '农村饮水安全提升', description: '说明二', shortlistPosition: 2 },
  { candidateId: 'c-3', title: '社区养老服务中心', description: '说明三', shortlistPosition: 3 },
];

function json(body, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A server for deputy d-1 on one open ballot; `checkIn` answers each check-in in turn. */
function server(checkIn) {
  const requests = [];
  vi.stubGlobal('fetch', vi.fn(async (url, init = {}) => {
    requests.push({ url, method: init.method ?? 'GET', body: init.body, headers: init.headers });
    const path = url.split('?')[0];
    if (path === '/api/account') return json({ role: 'DEPUTY', roleLabel: '人大代表', deputyId: 'd-1' });
    if (path === '/api/csrf') return json({ headerName: 'X-CSRF-TOKEN', token: 'tok' });
    if (path === '/api/ballots') return json({ items: [{ ballotId: 'b-1', title: '2026年票决', closesAt: null }] });
    if (path === '/api/ballots/b-1/roll-call') return json({ deputies: [{ deputyId: 'd-1', checkedIn: false }] });
    if (path === '/api/ballots/b-1/actions') {
      return json({ actions: [{ action: 'check-in', allowed: true }, { action: 'vote', allowed: true }] });
    }
    if (path === '/api/ballots/b-1') return json({ ballotId: 'b-1', title: '2026年票决', maxChoices: 2, candidates: CANDIDATES });
    if (path === '/api/ballots/b-1/check-in') return checkIn();
    if (path === '/api/ballots/b-1/vote') return json({ result: null, replayed: false });
    return json({ detail: '未找到' }, 404);
  }));
  return requests;
}

function button(wrapper, text) {
  return wrapper.findAll('button').find((candidate) => candidate.text().includes(text));
}

afterEach(() => {
  vi.unstubAllGlobals();
  forgetCsrf();
  forgetAccount();
});

describe('票决投票 page', () => {
  it('shows the code of a self check-in once, holds the paper to K choices and forgets everything once cast', async () => {
    const requests = server(() => json({ result: CODE, replayed: false }));
    const wrapper = mount(VotePage, { global: { plugins: [ElementPlus] } });
    await flushPromises();

    await button(wrapper, '签到领取选票').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="own-code"]').text()).toContain('AbCdEf GhIjKl');
    const boxes = wrapper.findAll('input[type="checkbox"]');
    await boxes[0].setValue(true);
    await boxes[2].setValue(true);
    await flushPromises();
    expect(wrapper.findAll('input[type="checkbox"]')[1].element.disabled).toBe(true);
    expect(wrapper.text()).toContain('已选满 2 项');

    await button(wrapper, '下一步').trigger('click');
    await flushPromises();
    expect(wrapper.find('ul.confirm').text()).toContain('老旧小区加装电梯');
    expect(wrapper.find('ul.confirm').text()).toContain('社区养老服务中心');
    await button(wrapper, '投票').trigger('click');
    await flushPromises();

    const vote = requests.find((request) => request.url.endsWith('/vote'));
    expect(JSON.parse(vote.body)).toEqual({ paperCode: CODE, choices: ['c-1', 'c-3'] });
    expect(wrapper.text()).toContain('您的选票已计入');
    for (const secret of ['AbCdEf', '老旧小区加装电梯', '社区养老服务中心']) expect(wrapper.html()).not.toContain(secret);
    expect(globalThis.localStorage.length + globalThis.sessionStorage.length).toBe(0);
    expect(globalThis.location.href).not.toContain('AbCdEf');
  });

  it('explains a lost check-in answer, and that a retry recorded earlier brings no code', async () => {
    const answers = [() => Promise.reject(new TypeError('Failed to fetch')), () => json({ result: null, replayed: true })];
    const requests = server(() => answers.shift()());
    const wrapper = mount(VotePage, { global: { plugins: [ElementPlus] } });
    await flushPromises();

    await button(wrapper, '签到领取选票').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('签到可能已经记录');
    await button(wrapper, '再试一次').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('签到已记录，但选票码没有收到');
    expect(wrapper.text()).toContain('请到会场签到处');
    const keys = requests.filter((request) => request.url.endsWith('/check-in'))
      .map((request) => request.headers['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });
});
