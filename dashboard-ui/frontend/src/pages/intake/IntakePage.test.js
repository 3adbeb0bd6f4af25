import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import IntakePage from './IntakePage.vue';

/** A fetch that answers each path from the table, recording what was sent. */
function server(routes) {
  const sent = [];
  const fetchImpl = async (path, init = {}) => {
    sent.push({ path, method: init.method ?? 'GET', body: init.body ? JSON.parse(init.body) : null });
    const [status, body] = routes[`${init.method ?? 'GET'} ${path}`] ?? [404, { detail: '未找到' }];
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { sent, fetchImpl };
}

const ADDRESSEE = { kind: 'DEPUTY', title: '人大代表王芳 · 示范区代表之家', deputyName: '王芳', stationName: '示范区代表之家' };

describe('IntakePage', () => {
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
