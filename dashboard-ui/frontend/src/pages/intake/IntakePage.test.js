import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import IntakePage from './IntakePage.vue';

/** A fetch that answers each path from the table, recording what was sent. */
function server(routes) {
  const sent = [];
  const fetchImpl = async (path, init = {}) => {
    sent.push({ path, method: init.method ?? 'GET', body: init.body ? JSON.parse(init.body) : null,
      headers: init.headers ?? {} });
    const route = routes[`${init.method ?? 'GET'} ${path}`] ?? [404, { detail: '未找到' }];
    // A route may be a list of answers, one per request; 'network' is an answer that never arrives.
    const [status, body] = Array.isArray(route[0]) ? route.shift() : route;
    if (status === 'network') {
      throw new TypeError('Failed to fetch');
    }
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { sent, fetchImpl };
}

const ADDRESSEE = { kind: 'DEPUTY', title: '人大代表王芳 · 示范区代表之家', deputyName: '王芳', stationName: '示范区代表之家' };

const SUBMITTED = { receiptCode: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567', addressedTo: '人大代表王芳 · 示范区代表之家',
  submittedAt: '2026-11-22T05:00:00Z' };

async function fillIn(page) {
  await page.get('#f-name').setValue('王芳');
  await page.get('#f-phone').setValue('13912345678');
  await page.get('#f-title').setValue('路灯');
  await page.get('#f-content').setValue('路灯不亮');
}

describe('IntakePage', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
  });

  it('shows whom the citizen writes to and each field error from the problem', async () => {
    const { fetchImpl } = server({
      'GET /api/public/intake/tokentoken': [200, ADDRESSEE],
      'POST /api/public/intake/tokentoken/petitions': [400, {
        detail: 'phone：请填写11位手机号码', errors: [{ field: 'phone', message: '请填写11位手机号码' },
          { field: 'title', message: '请填写标题' }],
      }],
    });
    const page = mount(IntakePage, { props: { search: '?t=tokentoken', fetchImpl } });
    await flushPromises();
    expect(page.get('[data-testid=addressee]').text()).toBe('人大代表王芳 · 示范区代表之家');

    await page.get('form.card').trigger('submit');
    await flushPromises();
    expect(page.get('[data-testid=error-phone]').text()).toBe('请填写11位手机号码');
    expect(page.get('[data-testid=error-title]').text()).toBe('请填写标题');
    expect(page.find('[data-testid=error-name]').exists()).toBe(false);
  });

  it('lists the station upcoming receptions with the deputy names and hours', async () => {
    const { fetchImpl } = server({
      'GET /api/public/intake/tokentoken': [200, { kind: 'STATION', title: '示范区代表之家 · 示范区',
        stationName: '示范区代表之家', regionName: '示范区' }],
      'GET /api/public/intake/tokentoken/duty-rota': [200, [
        { date: '2026-12-08', hours: '9:00-12:00', deputies: ['王芳', '李强'] }]],
    });
    const page = mount(IntakePage, { props: { search: '?t=tokentoken', fetchImpl } });
    await flushPromises();
    expect(page.get('[data-testid=duty-rota] h3').text()).toBe('近期代表接待安排');
    expect(page.get('[data-testid=duty-day]').text()).toBe('12月8日（周二） 9:00-12:00王芳、李强');
  });

  it('shows no rota for a deputy code', async () => {
    const { sent, fetchImpl } = server({ 'GET /api/public/intake/tokentoken': [200, ADDRESSEE] });
    const page = mount(IntakePage, { props: { search: '?t=tokentoken', fetchImpl } });
    await flushPromises();
    expect(page.find('[data-testid=duty-rota]').exists()).toBe(false);
    expect(sent.map((request) => request.path)).not.toContain('/api/public/intake/tokentoken/duty-rota');
  });

  it('shows the receipt code once submitted', async () => {
    const { sent, fetchImpl } = server({
      'GET /api/public/intake/tokentoken': [200, ADDRESSEE],
      'POST /api/public/intake/tokentoken/petitions': [201, {
        receiptCode: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567', addressedTo: '人大代表王芳 · 示范区代表之家',
      }],
    });
    const page = mount(IntakePage, { props: { search: '?t=tokentoken', fetchImpl } });
    await flushPromises();
    await page.get('#f-name').setValue('王芳');
    await page.get('#f-content').setValue('路灯不亮');
    await page.get('form.card').trigger('submit');
    await flushPromises();
    expect(page.get('[data-testid=receipt-code]').text()).toBe('ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567');
    expect(sent.at(-1).body).toMatchObject({ name: '王芳', content: '路灯不亮' });
  });

  it('keeps the key when the answer is lost, says so, and sends the same key on the retry', async () => {
    const { sent, fetchImpl } = server({
      'GET /api/public/intake/tokentoken': [200, ADDRESSEE],
      'POST /api/public/intake/tokentoken/petitions': [['network'], [503, { detail: '服务暂不可用' }], [200, SUBMITTED]],
    });
    const page = mount(IntakePage, { props: { search: '?t=tokentoken', fetchImpl } });
    await flushPromises();
    const key = window.sessionStorage.getItem('luzhi.intake.submission-key.tokentoken');
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    await fillIn(page);

    await page.get('form.card').trigger('submit');
    await flushPromises();
    expect(page.get('[role=alert]').text()).toContain('未能确认是否提交成功');
    expect(page.get('button[type=submit]').attributes('disabled')).toBeUndefined();
    await page.get('form.card').trigger('submit');
    await flushPromises();
    expect(page.get('[role=alert]').text()).toContain('直接再次点击“提交”');
    await page.get('form.card').trigger('submit');
    await flushPromises();

    const posts = sent.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.headers['Idempotency-Key'])).toEqual([key, key, key]);
    expect(page.get('[data-testid=receipt-code]').text()).toBe(SUBMITTED.receiptCode);
    expect(window.sessionStorage.getItem('luzhi.intake.submission-key.tokentoken')).toBeNull();
  });

  it('reuses the key after a reload and gives the next form a new one after a success', async () => {
    const { sent, fetchImpl } = server({
      'GET /api/public/intake/tokentoken': [200, ADDRESSEE],
      'POST /api/public/intake/tokentoken/petitions': [201, SUBMITTED],
    });
    mount(IntakePage, { props: { search: '?t=tokentoken', fetchImpl } }).unmount();
    await flushPromises();
    const key = window.sessionStorage.getItem('luzhi.intake.submission-key.tokentoken');

    const reloaded = mount(IntakePage, { props: { search: '?t=tokentoken', fetchImpl } });
    await flushPromises();
    await fillIn(reloaded);
    await reloaded.get('form.card').trigger('submit');
    await flushPromises();
    expect(sent.at(-1).headers['Idempotency-Key']).toBe(key);

    mount(IntakePage, { props: { search: '?t=tokentoken', fetchImpl } });
    await flushPromises();
    const next = window.sessionStorage.getItem('luzhi.intake.submission-key.tokentoken');
    expect(next).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(next).not.toBe(key);
  });

  it('drops a key the server says was used for other text, so the next press is a new petition', async () => {
    const { sent, fetchImpl } = server({
      'GET /api/public/intake/tokentoken': [200, ADDRESSEE],
      'POST /api/public/intake/tokentoken/petitions': [[422, {
        detail: 'Idempotency-Key：该提交编号已用于另一份内容不同的诉求',
        errors: [{ field: 'Idempotency-Key', message: '该提交编号已用于另一份内容不同的诉求' }],
      }], [201, SUBMITTED]],
    });
    const page = mount(IntakePage, { props: { search: '?t=tokentoken', fetchImpl } });
    await flushPromises();
    await fillIn(page);
    await page.get('form.card').trigger('submit');
    await flushPromises();
    expect(page.get('[role=alert]').text()).toContain('将作为一份新的诉求提交');
    await page.get('form.card').trigger('submit');
    await flushPromises();
    const [refused, accepted] = sent.filter((request) => request.method === 'POST');
    expect(accepted.headers['Idempotency-Key']).not.toBe(refused.headers['Idempotency-Key']);
    expect(page.get('[data-testid=receipt-code]').text()).toBe(SUBMITTED.receiptCode);
  });

  it('shows progress for a receipt and offers a rating only when there is a reply to rate', async () => {
    const view = {
      status: '已答复', title: '路灯不亮', addressedTo: '示范区代表之家', petitioner: { name: '王*', phone: '139****5678' },
      timeline: [{ at: '2026-11-22T05:00:00Z', action: '提交诉求', detail: null }],
      replies: [{ at: '2026-11-23T05:00:00Z', unit: '城管局', content: '<b>已修复</b>' }], canRate: true, canWithdraw: true,
    };
    const { fetchImpl } = server({ 'GET /api/public/receipts/ABCD-EFGH': [200, view] });
    const page = mount(IntakePage, { props: { search: '?receipt=abcdefgh', fetchImpl } });
    await flushPromises();
    expect(page.get('[data-testid=status]').text()).toBe('已答复');
    expect(page.get('[data-testid=timeline]').text()).toContain('2026-11-22 13:00');
    expect(page.get('[data-testid=reply]').text()).toContain('<b>已修复</b>');
    expect(page.find('[data-testid=reply] b').exists()).toBe(false);
    expect(page.find('[data-testid=rating]').exists()).toBe(true);
  });
});
