import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { forgetCsrf } from '../../api/csrf.js';
import QrCodesPage from './QrCodesPage.vue';

const HOSTILE = '<img src=x onerror=alert(1)>';

const STATIONS = [
  { stationId: 's-1', name: '城关镇人大代表之家', kind: 'HOME', kindLabel: '人大代表之家', regionId: '150102001',
    regionName: '城关镇', address: HOSTILE, status: 'OPEN', statusLabel: '开放' },
  { stationId: 's-2', name: '东河镇联络站', kind: 'LIAISON_STATION', kindLabel: '代表联络站', regionId: '150102002',
    regionName: '东河镇', address: '河东街2号', status: 'CLOSED', statusLabel: '已关闭' },
];

const DEPUTIES = [
  { deputyId: 'd-1', name: '乌云', level: 'COUNTY', levelLabel: '县级', stationId: 's-1',
    stationName: '城关镇人大代表之家', status: 'SERVING', statusLabel: '在任' },
  { deputyId: 'd-2', name: '王建国', level: 'CITY', levelLabel: '市级', stationId: 's-2', status: 'TERM_ENDED',
    statusLabel: '任期届满' },
];

function json(body, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A server answering as `account`; `reissueAnswer` is what a reissue gets. Remembers every request. */
function server(account, reissueAnswer = () => json({ aggregateId: 'd-1', version: 2 })) {
  const requests = [];
  vi.stubGlobal('fetch', vi.fn(async (url, init = {}) => {
    requests.push({ url, method: init.method ?? 'GET', body: init.body, headers: init.headers });
    if (url === '/api/account') return json(account);
    if (url === '/api/stations') return json(STATIONS);
    if (url === '/api/deputies') return json(DEPUTIES);
    if (url === '/api/csrf') return json({ headerName: 'X-CSRF-TOKEN', token: 'tok' });
    if (url.endsWith('/reissue-qr-code')) return reissueAnswer();
    return json({ detail: '未找到' }, 404);
  }));
  return requests;
}

afterEach(() => {
  vi.unstubAllGlobals();
  forgetCsrf();
});

describe('二维码 page', () => {
  it('lists every station with its facts, print sheet, downloads and its deputies for a clerk', async () => {
    server({ role: 'CLERK', roleLabel: '工作人员', deputyId: null });
    const wrapper = mount(QrCodesPage);
    await flushPromises();

    const stations = wrapper.findAll('section.qrp__station');
    expect(stations.map((station) => station.attributes('aria-label'))).toEqual(['城关镇人大代表之家', '东河镇联络站']);
    const first = stations[0];
    expect(first.find('h3').text()).toBe('城关镇人大代表之家');
    expect(first.find('dl').text()).toContain('城关镇');
    expect(first.find('.qrp__sheet').attributes()).toMatchObject({ href: '/api/stations/s-1/qr-sheet',
      target: '_blank', rel: 'noopener' });
    const images = first.findAll('img');
    expect(images.map((image) => [image.attributes('src'), image.attributes('alt')])).toEqual([
      ['/api/stations/s-1/qr.png?size=4', '城关镇人大代表之家 家站码'],
      ['/api/deputies/d-1/qr.png?size=4', '乌云 代表码'],
    ]);
    const downloads = first.findAll('[data-owner="d-1"] a').map((link) => [link.attributes('href'),
      link.attributes('download')]);
    expect(downloads).toEqual([['/api/deputies/d-1/qr.png', '代表码-乌云.png'],
      ['/api/deputies/d-1/qr.svg', '代表码-乌云.svg']]);
    expect(first.text()).toContain('县级');
    // A closed station and a deputy whose term ended take no new code.
    expect(first.findAll('.qr__reissue')).toHaveLength(2);
    expect(stations[1].findAll('.qr__reissue')).toHaveLength(0);
    expect(stations[1].text()).toContain('任期届满');
  });

  it('shows what the server stored as text, never as markup', async () => {
    server({ role: 'ADMIN', roleLabel: '管理员' });
    const wrapper = mount(QrCodesPage);
    await flushPromises();

    expect(wrapper.find('dl').text()).toContain(HOSTILE);
    expect(wrapper.findAll('img').every((image) => image.attributes('src').startsWith('/api/'))).toBe(true);
    expect(wrapper.find('[onerror]').exists()).toBe(false);
  });

  it('filters the stations by what the clerk types', async () => {
    server({ role: 'CLERK' });
    const wrapper = mount(QrCodesPage);
    await flushPromises();

    await wrapper.find('input[type="search"]').setValue('王建国');
    expect(wrapper.findAll('section.qrp__station').map((s) => s.attributes('aria-label'))).toEqual(['东河镇联络站']);
  });

  it('asks for a reason, reissues with the CSRF token and fetches the new image', async () => {
    const requests = server({ role: 'CLERK' });
    const wrapper = mount(QrCodesPage);
    await flushPromises();
    const deputy = wrapper.find('[data-owner="d-1"]');

    await deputy.find('.qr__reissue').trigger('click');
    expect(deputy.find('form').text()).toContain('旧二维码立即失效');
    await deputy.find('form').trigger('submit');
    expect(deputy.find('.qr__problem').text()).toMatch(/^请填写重新生成的原因/);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await deputy.find('textarea').setValue('名片被冒用');
    await deputy.find('form').trigger('submit');
    await flushPromises();

    const post = requests.find((request) => request.method === 'POST');
    expect(post).toMatchObject({ url: '/api/deputies/d-1/reissue-qr-code', body: '{"reason":"名片被冒用"}' });
    expect(post.headers['X-CSRF-TOKEN']).toBe('tok');
    expect(deputy.find('[role="status"]').text()).toBe('已重新生成「乌云」的代表码，旧码已失效，请重新打印并更换已张贴的旧码。');
    expect(deputy.find('form').exists()).toBe(false);
    expect(deputy.find('img').attributes('src')).toBe('/api/deputies/d-1/qr.png?size=4&v=1');
    expect(deputy.find('a').attributes('href')).toBe('/api/deputies/d-1/qr.png?v=1');
  });

  it('shows the Chinese detail of a refused reissue and keeps the form', async () => {
    server({ role: 'CLERK' }, () => json({ status: 409, detail: '代表「乌云」已不在任，不能重新生成代表码' }, 409));
    const wrapper = mount(QrCodesPage);
    await flushPromises();
    const deputy = wrapper.find('[data-owner="d-1"]');

    await deputy.find('.qr__reissue').trigger('click');
    await deputy.find('textarea').setValue('原码被涂改');
    await deputy.find('form').trigger('submit');
    await flushPromises();

    expect(deputy.find('.alert').text()).toBe('代表「乌云」已不在任，不能重新生成代表码');
    expect(deputy.find('form').exists()).toBe(true);
    expect(deputy.find('img').attributes('src')).toBe('/api/deputies/d-1/qr.png?size=4');
  });

  it('replaces an image the server refused with a sentence', async () => {
    server({ role: 'CLERK' });
    const wrapper = mount(QrCodesPage);
    await flushPromises();

    await wrapper.find('[data-owner="s-1"] img').trigger('error');
    expect(wrapper.find('[data-owner="s-1"] img').exists()).toBe(false);
    expect(wrapper.find('[data-owner="s-1"] .qr__missing').text()).toContain('家站码暂时无法显示');
  });

  it('shows a deputy only their own code, without reissue', async () => {
    const requests = server({ role: 'DEPUTY', roleLabel: '人大代表', deputyId: 'd-1', displayName: '乌云' });
    const wrapper = mount(QrCodesPage);
    await flushPromises();

    expect(wrapper.find('h2').text()).toBe('我的代表码');
    expect(wrapper.findAll('img').map((image) => image.attributes('src'))).toEqual(['/api/deputies/d-1/qr.png?size=8']);
    expect(wrapper.findAll('a[download]').map((link) => link.attributes('href')))
      .toEqual(['/api/deputies/d-1/qr.png', '/api/deputies/d-1/qr.svg']);
    expect(wrapper.text()).toContain('县级 · 城关镇人大代表之家');
    expect(wrapper.find('.qr__reissue').exists()).toBe(false);
    expect(wrapper.find('section.qrp__station').exists()).toBe(false);
    expect(requests.map((request) => request.url)).not.toContain('/api/stations');
  });

  it('tells other roles why there is no code, and fetches no image', async () => {
    const requests = server({ role: 'LEADER', roleLabel: '领导' });
    const wrapper = mount(QrCodesPage);
    await flushPromises();

    expect(wrapper.find('[role="status"]').text()).toMatch(/^当前账号（领导）无权查看或打印二维码/);
    expect(wrapper.find('img').exists()).toBe(false);
    expect(requests.map((request) => request.url)).toEqual(['/api/account']);
  });

  it('tells a deputy account without a deputy that it has no code', async () => {
    server({ role: 'DEPUTY', deputyId: null });
    const wrapper = mount(QrCodesPage);
    await flushPromises();

    expect(wrapper.find('[role="status"]').text()).toContain('尚未关联代表信息');
    expect(wrapper.find('img').exists()).toBe(false);
  });
});
