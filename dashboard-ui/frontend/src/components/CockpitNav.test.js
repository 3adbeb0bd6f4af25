import { describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';

vi.mock('../shell/account.js', () => ({ loadAccount: vi.fn() }));

const { loadAccount } = await import('../shell/account.js');
const { default: CockpitNav } = await import('./CockpitNav.vue');
const { hrefOf, pagesFor } = await import('../shell/pages.js');

async function linksFor(role) {
  loadAccount.mockResolvedValueOnce({ role, displayName: '测试' });
  const nav = mount(CockpitNav);
  await flushPromises();
  return nav;
}

describe('CockpitNav', () => {
  it("links to the role's other pages, not to the cockpit itself, and offers 退出", async () => {
    const nav = await linksFor('LEADER');
    const links = nav.findAll('a').map((a) => [a.text(), a.attributes('href')]);
    expect(links).toEqual(pagesFor('LEADER').filter((page) => page.file !== 'index.html')
      .map((page) => [page.title, hrefOf(page)]));
    expect(links).toContainEqual(['待办', 'todo.html']);
    expect(links.map(([title]) => title)).not.toContain('数据驾驶舱');
    expect(nav.find('button').text()).toBe('退出');
  });

  it('shows only 退出 when the account cannot be read', async () => {
    loadAccount.mockRejectedValueOnce(new Error('登录已失效，请重新登录'));
    const nav = mount(CockpitNav);
    await flushPromises();
    expect(nav.findAll('a')).toHaveLength(0);
    expect(nav.find('button').text()).toBe('退出');
  });
});
