import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import LiveTicker from './LiveTicker.vue';
import OverdueList from './OverdueList.vue';
import RankingList from './RankingList.vue';

const HOSTILE = '<img src=x onerror="alert(1)">';

describe('OverdueList', () => {
  const now = new Date('2026-11-22T08:00:00Z');

  it('lists overdue cases longest overdue first, with type, region, due date and days', () => {
    const wrapper = mount(OverdueList, {
      props: {
        now,
        cases: [
          { caseId: 'p-2', caseType: 'PETITION', title: '路灯不亮', dueAt: '2026-11-20T00:00:00Z', regionName: '某某镇' },
          { caseId: 's-1', caseType: 'SUGGESTION', title: '增设公交线路', dueAt: '2026-11-01T00:00:00Z', regionName: '某某街道' },
        ],
      },
    });

    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()));
    expect(rows).toEqual([
      ['代表建议', '增设公交线路', '某某街道', '2026-11-01', '21天'],
      ['民意诉求', '路灯不亮', '某某镇', '2026-11-20', '2天'],
    ]);
  });

  it('renders a title from the server as text, never as markup', () => {
    const wrapper = mount(OverdueList, {
      props: { now, cases: [{ caseId: 'p-1', caseType: 'PETITION', title: HOSTILE, dueAt: now.toISOString(), regionName: HOSTILE }] },
    });

    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.find('td.title').text()).toBe(HOSTILE);
    expect(wrapper.find('td.days').text()).toBe('当天');
  });
});

describe('LiveTicker', () => {
  it('shows each event with its type label, region, actor and action, as text', () => {
    const wrapper = mount(LiveTicker, {
      props: {
        live: true,
        events: [
          {
            key: 1,
            globalIndex: 18343,
            time: '2026-11-22T08:00:01Z',
            regionName: '某某镇',
            caseType: 'PETITION',
            caseTypeLabel: '民意诉求',
            action: '代表受理诉求',
            actorName: HOSTILE,
          },
        ],
      },
    });

    const item = wrapper.find('li');
    expect(item.find('.ticker__type').text()).toBe('民意诉求');
    expect(item.find('.ticker__region').text()).toBe('某某镇');
    expect(item.find('.ticker__action').text()).toBe('代表受理诉求');
    expect(item.find('.ticker__actor').text()).toBe(HOSTILE);
    expect(wrapper.find('img').exists()).toBe(false);
  });

  it('waits for the live feed instead of showing anything made up', () => {
    expect(mount(LiveTicker, { props: { events: [], live: false } }).text()).toBe('实时连接建立后显示最新动态');
    expect(mount(LiveTicker, { props: { events: [], live: true } }).text()).toBe('等待新的履职动态…');
  });
});

describe('RankingList', () => {
  it('numbers the entries in the order the server ranked them and formats the figures', () => {
    const wrapper = mount(RankingList, {
      props: {
        heading: '代表履职积分',
        unit: '分',
        items: [
          { key: 'd-1', name: '张三', value: 120 },
          { key: 'd-2', name: '李四', value: 12500 },
        ],
      },
    });

    const rows = wrapper.findAll('li').map((li) => [li.find('.ranking__place').text(), li.find('.ranking__name').text(), li.find('.ranking__value').text()]);
    expect(rows).toEqual([
      ['1', '张三', '120分'],
      ['2', '李四', '1.25万分'],
    ]);
  });
});
