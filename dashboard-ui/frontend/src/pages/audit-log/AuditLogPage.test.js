import { afterEach, describe, expect, it, vi } from 'vitest';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import ElementPlus, { ElSelect } from 'element-plus';
import AuditLogPage from './AuditLogPage.vue';

const FILTERS = {
  roles: [{ value: 'SUPERVISOR', label: '督办人员', caseType: null }],
  caseTypes: [{ value: 'PETITION', label: '民意诉求', caseType: null }],
  actions: [{ value: 'PetitionUrged', label: '督办诉求', caseType: 'PETITION' }],
};

function entry(globalIndex) {
  return {
    globalIndex, eventId: `e-${globalIndex}`, occurredAt: '2026-02-15T02:00:00Z', caseType: 'PETITION',
    caseTypeLabel: '民意诉求', caseId: 'p-1', action: 'PetitionUrged', actionLabel: '督办诉求', actorId: 's-1',
    actorName: '督办员甲', actorRole: 'SUPERVISOR', actorRoleLabel: '督办人员', regionId: '150102001',
    regionName: '东城镇', reason: '<b>请尽快</b>', commandId: 'cmd-1',
  };
}

/** A server that answers the page's three kinds of request and remembers the searches. */
function server() {
  const searches = [];
  const fetchMock = vi.fn(async (url) => {
    let body;
    if (url.startsWith('api/audit/filters')) {
      body = FILTERS;
    } else if (url.startsWith('api/regions')) {
      body = [{ regionId: '150102', name: '示范区', children: [] }];
    } else {
      searches.push(url);
      const next = url.includes('cursor=') ? null : 7;
      body = { items: [entry(next ? 9 : 5)], size: 50, nextCursor: next, total: 2, totalExact: true };
    }
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return searches;
}

afterEach(() => {
  vi.unstubAllGlobals();
});
// Element Plus's pickers keep timers and observers while mounted: each test's page goes when the test ends.
enableAutoUnmount(afterEach);

/** The date-time pickers, which these tests leave empty, are stubbed: they cost most of a mount in jsdom. */
const MOUNTING = { global: { plugins: [ElementPlus], stubs: { ElDatePicker: true } } };

/** Picks `value` in the select labelled `label`, as a click on one of its options would. */
async function choose(wrapper, label, value) {
  const select = wrapper.findAllComponents(ElSelect).find((candidate) => candidate.attributes('aria-label') === label
    || candidate.find(`[aria-label="${label}"]`).exists());
  select.vm.$emit('update:modelValue', value);
  select.vm.$emit('change', value);
  await flushPromises();
}

describe('审计日志 page', () => {
  it('should show the events with a link to the case trace and the reason as text', async () => {
    server();
    const wrapper = mount(AuditLogPage, MOUNTING);
    await flushPromises();

    const cells = wrapper.find('tbody tr').findAll('td').map((cell) => cell.text());
    expect(cells.slice(0, 8)).toEqual(['9', '2026-02-15 10:00:00', '民意诉求', 'p-1', '督办诉求', '督办员甲', '督办人员',
      '东城镇']);
    expect(cells[8]).toBe('<b>请尽快</b>');
    expect(wrapper.find('tbody a').attributes('href')).toBe('trace.html?case=p-1');
    expect(wrapper.find('[data-testid="total"]').text()).toBe('共 2 条');
  });

  it('should search with the form and export what is on screen', async () => {
    const searches = server();
    const wrapper = mount(AuditLogPage, MOUNTING);
    await flushPromises();

    await choose(wrapper, '角色', 'SUPERVISOR');
    await choose(wrapper, '案件类型', 'PETITION');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(searches.at(-1)).toBe('api/audit/events?role=SUPERVISOR&caseType=PETITION&size=50');
    const links = wrapper.findAll('a.audit-log__export');
    expect(links.map((link) => link.text())).toEqual(['导出CSV', '导出Excel']);
    expect(links[0].attributes('href')).toBe('api/audit/events.csv?role=SUPERVISOR&caseType=PETITION');
    expect(links[1].attributes('href')).toBe('api/audit/events.xlsx?role=SUPERVISOR&caseType=PETITION');
  });

  it('should page forward by cursor and back again', async () => {
    const searches = server();
    const wrapper = mount(AuditLogPage, MOUNTING);
    await flushPromises();
    const button = (name) => wrapper.findAll('nav[aria-label="翻页"] button').find((b) => b.text() === name);

    await button('下一页').trigger('click');
    await flushPromises();
    expect(searches.at(-1)).toBe('api/audit/events?cursor=7&size=50');
    expect(wrapper.text()).toContain('第 2 页');
    expect(button('下一页').attributes('disabled')).toBeDefined();

    await button('上一页').trigger('click');
    await flushPromises();
    expect(searches.at(-1)).toBe('api/audit/events?size=50');
    expect(wrapper.text()).toContain('第 1 页');
  });

  it('should show the server refusal in Chinese', async () => {
    server();
    const wrapper = mount(AuditLogPage, MOUNTING);
    await flushPromises();
    globalThis.fetch.mockImplementationOnce(async () => new Response(JSON.stringify({ detail: '未知的角色「X」' }),
      { status: 400, headers: { 'Content-Type': 'application/problem+json' } }));

    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(wrapper.find('[role=alert]').text()).toBe('未知的角色「X」');
  });
});
