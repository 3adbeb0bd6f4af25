import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import TracePage from './TracePage.vue';
import { petitionHistory } from './historyFixture.js';

function serve(status, body) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status })));
}

function stateOf(wrapper) {
  return Object.fromEntries(wrapper.findAll('.trace__state tbody tr')
    .map((row) => [row.attributes('data-field'), row.find('.trace__value').text()]));
}

async function loaded() {
  serve(200, petitionHistory());
  const wrapper = mount(TracePage);
  await wrapper.find('input[name="case"]').setValue('p-1');
  await wrapper.find('form').trigger('submit');
  await flushPromises();
  return wrapper;
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/trace.html');
});

describe('TracePage', () => {
  it('opens on the last step and lists every event', async () => {
    const wrapper = await loaded();

    expect(wrapper.find('[data-testid="step-summary"]').text()).toContain('第 3 步 / 共 3 步：诉求转交承办单位');
    expect(stateOf(wrapper)).toEqual({ status: '转办中', deputyId: 'd-1', unitIds: 'u-water' });
    expect(wrapper.findAll('.trace__timeline tbody tr')).toHaveLength(3);
    expect(window.location.search).toBe('?case=p-1');
  });

  it('replays the case when the slider or the buttons move', async () => {
    const wrapper = await loaded();

    await wrapper.find('input[type="range"]').setValue('1');
    expect(stateOf(wrapper)).toEqual({ status: '待受理', deputyId: '—', unitIds: '—' });

    const next = wrapper.findAll('button').find((button) => button.text() === '下一步');
    await next.trigger('click');
    expect(stateOf(wrapper).status).toBe('已受理');
    const changed = wrapper.findAll('tr.trace__changed');
    expect(changed.map((row) => row.attributes('data-field'))).toEqual(['status', 'deputyId']);
    expect(changed[0].find('.trace__change').text()).toBe('待受理 → 已受理');

    const previous = wrapper.findAll('button').find((button) => button.text() === '上一步');
    await previous.trigger('click');
    expect(previous.attributes('disabled')).toBeDefined();
  });

  it('shows markup in a reason as text', async () => {
    const wrapper = await loaded();

    expect(wrapper.find('.trace__timeline img').exists()).toBe(false);
    expect(wrapper.findAll('.trace__reason')[2].text()).toBe('请核实；<img src=x onerror=alert(1)>');
  });

  it('loads the case named in the address', async () => {
    window.history.replaceState(null, '', '/trace.html?case=p-1');
    serve(200, petitionHistory());
    const wrapper = mount(TracePage);
    await flushPromises();

    expect(fetch).toHaveBeenCalledWith('/api/cases/p-1/history', expect.anything());
    expect(stateOf(wrapper).status).toBe('转办中');
  });

  it("shows the server's refusal", async () => {
    serve(404, { detail: '未找到编号为「p-9」的案件' });
    const wrapper = mount(TracePage);
    await wrapper.find('input[name="case"]').setValue('p-9');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(wrapper.find('[role="alert"]').text()).toBe('未找到编号为「p-9」的案件');
    expect(wrapper.find('.trace__state').exists()).toBe(false);
  });
});
